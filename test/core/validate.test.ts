// A claim file is user input: every builder checks the shape of what it is given, and a bad field is
// one UserError line naming the claim and the field (the loader turns it into that file's error row).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { propertyClaim, casesClaim, rateClaim, complexityClaim, derivationClaim, defineClaim, exponentObservation } from '../../src/index.ts';
import { UserError } from '../../src/core/errors.ts';
import { runCli, testContext } from '../helpers.ts';

const meta = { id: 'me/c', title: 't', statement: 's', source: { arxiv: '1', where: 'Thm 1', catalogue: 'x' }, provenance: 'reconstructed' as const, kind: 'upper' as const, expected: 'holds' as const };
const measure = () => ({ measured: 1, claimed: 2 });
const builders: Record<string, (over: Record<string, unknown>) => unknown> = {
  propertyClaim: (o) => propertyClaim({ ...meta, instances: fc.nat(), measure, show: String, relation: 'le', tolerance: { abs: 0, reason: 'exact' }, precision: { search: 'f64', verify: 'f64' }, mutants: [], ...o } as never),
  casesClaim: (o) => casesClaim({ ...meta, cases: [1], measure, show: String, relation: 'le', tolerance: { abs: 0, reason: 'exact' }, exact: true, precision: 'exact', mutants: [], ...o } as never),
  defineClaim: (o) => defineClaim({ ...meta, run: () => ({ verdict: 'holds', reason: '', instances: 1, precision: '' }), mutants: [], ...o } as never),
  complexityClaim: (o) => complexityClaim({ ...meta, variable: 'd', setting: { family: 'f', algorithm: 'a' }, grid: () => [1], instancesPerPoint: () => 1, count: () => 1, law: { bound: 'tight', exponent: 1, logPower: 0 }, precision: 'exact', mutants: [], ...o } as never),
  derivationClaim: (o) => derivationClaim({ ...meta, sizes: {}, indices: {}, assume: [], steps: [{ expr: 'x', rule: 'given', why: '' }], twins: [], ...o } as never),
};

/** The first line of what `f` throws: it must be a single-line UserError. */
function userError(f: () => unknown): string {
  try { f(); } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as Error).message.split('\n')).toHaveLength(1);
    return (e as Error).message;
  }
  throw new Error('no error thrown');
}

describe('claim builders check what a claim file gives them', () => {
  it.each(Object.keys(builders))('%s: a well-formed spec builds; each bad field is named', (name) => {
    const build = builders[name]!;
    expect(build({})).toMatchObject({ id: 'me/c', paper: 'me' });
    const list = name === 'derivationClaim' ? 'twins' : 'mutants';
    const twin = name === 'derivationClaim' ? { at: 1, step: { expr: 'y' } } : {}; // a twin's own keys (a mutant has none of them)
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ id: undefined }, /id must look like 'paper\/name'.*got nothing/],
      [{ id: 'no-slash' }, /id must look like/],
      [{ id: 'a/b~c' }, /no '~'/],
      [{ title: 42 }, /me\/c: 'title' must be a non-empty string, got number/],
      [{ statement: '' }, /'statement' must be a non-empty string/],
      [{ source: 'arXiv 1' }, /'source' must be an object/],
      [{ source: { arxiv: '1' } }, /'source.where' must say where/],
      [{ provenance: 'PRED' }, /'provenance' must be one of read, secondary, reconstructed.*'PRED'/],
      [{ expected: 'passes' }, /'expected' must be one of holds, refuted, inconclusive/],
      [{ [list]: 'none' }, new RegExp(`'${list}' must be an array`)],
      [{ [list]: [{ id: 'm', description: 'd', ...twin }, { id: 'm', description: 'e', ...twin }] }, /'m' is used twice/],
      [{ [list]: [{ description: 'd' }] }, new RegExp(`${list}\\[0\\]\\.id must be`)],
    ];
    for (const [over, re] of bad) expect(userError(() => build(over)), JSON.stringify(over)).toMatch(re);
  });

  // A misspelt key ('mutant' for 'mutants', 'tolerence', an extra key in source or in a mutant) was
  // silently ignored: the claim ran without what its author meant. Every builder names it now.
  it.each(Object.keys(builders))('%s: an unknown key is named, in the spec, its source and its mutants', (name) => {
    const build = builders[name]!;
    const list = name === 'derivationClaim' ? 'twins' : 'mutants';
    expect(userError(() => build({ tolerence: 1 }))).toMatch(new RegExp(`^me/c: unknown key 'tolerence' in the ${name} spec \\(known: id, title, .*${list}\\)$`));
    expect(userError(() => build({ source: { arxiv: '1', where: 'Thm 1', catalogue: 'x', url: 'u' } }))).toMatch(/unknown key 'url' in 'source' \(known: arxiv, version, where, catalogue\)/);
    const mutant = name === 'derivationClaim' ? { id: 'm', description: 'd', at: 1, step: { expr: 'y' }, atStep: 2 } : { id: 'm', description: 'd', atStep: 2 };
    expect(userError(() => build({ [list]: [mutant] }))).toMatch(new RegExp(`unknown key 'atStep' in ${list}\\[0\\] \\('m'\\)`));
  });

  it('rateClaim and exponentObservation refuse unknown keys too; a rate claim checks its options', () => {
    const series = { t: [1, 10, 100], values: [1, 0.1, 0.01] };
    expect(userError(() => rateClaim({ id: 'me/r', law: 'power', a: 1, series, lawTolerance: 0.1 } as never))).toMatch(/unknown key 'lawTolerance' in the rateClaim spec/);
    expect(userError(() => rateClaim({ id: 'me/r', law: 'power', a: 1, series, options: { minDecade: 3 } } as never))).toMatch(/^me\/r: unknown key 'minDecade' in 'options'/);
    expect(userError(() => rateClaim({ id: 'me/r', law: 'power', a: 1, series, options: { minPoints: 2.5 } } as never))).toMatch(/'options.minPoints' must be a positive integer, got 2.5/);
    expect(userError(() => rateClaim({ id: 'me/r', law: 'power', a: 1, series, mutants: [{ id: 'm', description: 'd', claimed: { law: 'exp' }, options: { band: '2' } }] } as never))).toMatch(/'mutants\[0\]\.options\.band' must be a finite positive number, got '2'/);
    const obs = { ...meta, exponentName: 'a', series: () => [], fit: () => ({}), band: { lo: 0, hi: 1, reason: 'r' }, precision: 'f64', mutants: [] };
    expect(exponentObservation(obs as never)).toMatchObject({ id: 'me/c' });
    expect(userError(() => exponentObservation({ ...obs, bands: [] } as never))).toMatch(/unknown key 'bands' in the exponentObservation spec/);
  });

  // What a builder checks it reads again when the claim runs: a tolerance getter that answered
  // { abs: 0 } to the check and { abs: Infinity } to the run would pass a false claim.
  it('a getter or a Proxy in a spec, its source, tolerance or a mutant is refused (only plain data reads the same twice)', () => {
    let reads = 0;
    const spec = { ...meta, instances: fc.nat(), measure, show: String, relation: 'le', precision: { search: 'f64', verify: 'f64' }, mutants: [] };
    Object.defineProperty(spec, 'tolerance', { enumerable: true, get: () => (reads++ === 0 ? { abs: 0, reason: 'exact' } : { abs: Infinity, reason: 'anything' }) });
    expect(userError(() => propertyClaim(spec as never))).toMatch(/^me\/c: the spec\.tolerance is a getter \(an accessor property\): it must be a plain value/);
    expect(userError(() => builders.casesClaim!({ tolerance: { reason: 'exact', get abs() { return 0; } } }))).toMatch(/'tolerance'\.abs is a getter/);
    expect(userError(() => builders.defineClaim!({ source: new Proxy({ arxiv: '1', where: 'Thm 1', catalogue: 'x' }, {}) }))).toMatch(/'source' is a Proxy/);
    expect(userError(() => builders.propertyClaim!({ mutants: [{ id: 'm', description: 'd', get measure() { return measure; } }] }))).toMatch(/mutants\[0\]\.measure is a getter/);
    expect(userError(() => builders.propertyClaim!({ mutants: [{ id: 'm', description: 'd', tolerance: { reason: 'r', get abs() { return 1; } } }] }))).toMatch(/mutants\[0\]\.tolerance\.abs is a getter/);
  });

  // A complexity claim's law, setting and decision options were not checked: `law: { kind: 'linear' }`
  // built, and printed "undefined" in its statement.
  it("a complexity claim's variable, setting, law, decision options and closed form are checked", () => {
    const c = builders.complexityClaim!;
    expect(userError(() => c({ law: { kind: 'linear' } }))).toMatch(/^me\/c: unknown key 'kind' in 'law' \(known: bound, exponent, logPower\)$/);
    expect(userError(() => c({ law: { bound: 'exact', exponent: 1, logPower: 0 } }))).toMatch(/'law\.bound' must be one of upper, lower, tight, got 'exact'/);
    expect(userError(() => c({ law: { bound: 'tight', exponent: NaN, logPower: 0 } }))).toMatch(/'law\.exponent' must be a finite number, got NaN/);
    expect(userError(() => c({ variable: 'x' }))).toMatch(/'variable' must be 'd' or 'n', got x/);
    expect(userError(() => c({ setting: { family: 'f', algo: 'a' } }))).toMatch(/unknown key 'algo' in 'setting'/);
    expect(userError(() => c({ decide: { slak: 0.1 } }))).toMatch(/unknown key 'slak' in 'decide'/);
    expect(userError(() => c({ decide: { upperFraction: 2 } }))).toMatch(/'decide\.upperFraction' must be in \(0, 1\], got 2/);
    expect(userError(() => c({ closedForm: { formula: 'd', value: 3 } }))).toMatch(/'closedForm' needs a 'formula' string and a 'value' function/);
    expect(userError(() => c({ mutants: [{ id: 'm', description: 'd', law: { bound: 'upper' } }] }))).toMatch(/'mutants\[0\]\.law\.exponent' must be a finite number/);
  });

  it("a tolerance with a misspelt key, and a property claim's precision, are refused", () => {
    expect(userError(() => builders.propertyClaim!({ tolerance: { abs: 0, relative: 0.1, reason: 'r' } }))).toMatch(/unknown key 'relative' in 'tolerance' \(known: abs, rel, reason\)/);
    expect(userError(() => builders.casesClaim!({ mutants: [{ id: 'm', description: 'd', tolerance: { abs: 0, reson: 'r' } }] }))).toMatch(/unknown key 'reson' in 'mutants\[0\]\.tolerance'/);
    expect(userError(() => builders.propertyClaim!({ precision: 'exact' }))).toMatch(/'precision' must be an object \{ search, verify \}/);
    expect(userError(() => builders.propertyClaim!({ precision: { search: 'f64', verfy: 'exact' } }))).toMatch(/unknown key 'verfy' in 'precision'/);
  });

  it('functions and arbitraries are checked by type', () => {
    expect(userError(() => builders.propertyClaim!({ measure: 'x' }))).toMatch(/'measure' must be a function, got '/);
    expect(userError(() => builders.propertyClaim!({ instances: [1, 2] }))).toMatch(/'instances' must be a fast-check arbitrary/);
    expect(userError(() => builders.casesClaim!({ show: undefined }))).toMatch(/'show' must be a function, got nothing/);
    expect(userError(() => builders.complexityClaim!({ count: 3 }))).toMatch(/'count' must be a function/);
    expect(userError(() => builders.defineClaim!({ run: null }))).toMatch(/'run' must be a function, got null/);
  });

  it('a derivation: steps, twins, assumptions; sizes and indices default to none', () => {
    const d = builders.derivationClaim!;
    expect(userError(() => d({ steps: [] }))).toMatch(/'steps' must be a non-empty array/);
    expect(userError(() => d({ steps: [{ expr: 'x' }] }))).toMatch(/step 1 must be an object with 'expr' and 'rule'/);
    expect(userError(() => d({ twins: [{ id: 't', description: 'd', step: { expr: 'y' } }] }))).toMatch(/twins\[0\] \('t'\) needs 'at'/);
    expect(userError(() => d({ assume: 'x > 0' }))).toMatch(/'assume' must be an array of strings/);
    expect(d({ sizes: undefined, indices: undefined, assume: undefined })).toMatchObject({ derivation: { sizes: {}, indices: {}, assume: [] } });
  });

  it('a rate claim may leave its metadata out, but not give it malformed', () => {
    const series = { t: [1, 10, 100], values: [1, 0.1, 0.01] };
    expect(rateClaim({ id: 'me/r', law: 'power', a: 1, series } as never)).toMatchObject({ id: 'me/r', provenance: 'reconstructed' });
    expect(userError(() => rateClaim({ id: 'me/r', law: 'power', a: 1, series, provenance: 'paper' } as never))).toMatch(/'provenance' must be one of/);
    expect(userError(() => rateClaim({ id: 'me/r', law: 'power', a: 1, series, mutants: {} } as never))).toMatch(/'mutants' must be an array/);
  });

  it('end to end: a malformed claim file is its own error row, named by field; the other claims still run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdcheck-shape-'));
    writeFileSync(join(dir, 'a-bad.ts'), "import { derivationClaim } from 'gdcheck';\nexport default derivationClaim({ id: 'me/bad', title: 't', statement: 's', source: { where: 'x' }, provenance: 'reconstructed', steps: [{ expr: 'x', rule: 'given' }] } as any);\n");
    writeFileSync(join(dir, 'b-good.ts'), "import { derivationClaim } from 'gdcheck';\nexport default derivationClaim({ id: 'me/good', title: 't', statement: 's', source: { where: 'Lemma 1' }, provenance: 'reconstructed', steps: [{ expr: '2*x', rule: 'given' }, { expr: 'x + x', rule: 'algebra' }], twins: [{ id: 'three', description: '3x', at: 2, step: { expr: '3*x' } }] });\n");
    const r = await runCli(['check', dir]);
    expect(r.code, r.err).toBe(2);
    expect(r.out).toMatch(/a-bad\.ts:\d+:\d+.*me\/bad: 'twins' must be an array/);
    expect(r.out).toMatch(/me\/good\s.*verified/);
    expect(r.out).not.toMatch(/undefined/);
    const html = join(dir, 'r.html');
    expect((await runCli(['report', '--html', html, join(dir, 'b-good.ts')])).code).toBe(0);
    expect(readFileSync(html, 'utf8')).not.toMatch(/undefined/);
  });
});

describe('names typed on the command line are never object keys', () => {
  it('--init constructor, rule toString, an empty id', async () => {
    const init = await runCli(['simulate', 'two-neuron', '--steps', '10', '--init', 'constructor']);
    expect(init).toMatchObject({ code: 2, err: expect.stringMatching(/^gdcheck: two-neuron: unknown --init 'constructor'/) });
    expect(userError(() => builders.derivationClaim!({ steps: [{ expr: 'x', rule: 'given' }, { expr: 'x', rule: 'toString' }] }))).toMatch(/step 2: unknown rule 'toString' \(rules: /);
    // An empty claim part must not load every script in the working directory (it once ran the benchmark).
    expect(await runCli(['replay', '~x', '--path', '0'])).toMatchObject({ code: 2, err: expect.stringMatching(/^gdcheck: replay takes <claim> or <claim>~<mutant>, got '~x'\n$/) });
    expect(await runCli(['check', ' '])).toMatchObject({ code: 2, err: expect.stringMatching(/an empty claim id, paper id or path/) });
  });
});

// The breaker's bad comparison rules and malformed measurements (test/core: each with its right outcome).
describe('comparison rules and measurements', () => {
  const make = (o: Record<string, unknown>) => propertyClaim({ ...meta, instances: fc.integer({ min: 1, max: 10 }), measure: (n: number) => ({ measured: n, claimed: 100 }), show: String, relation: 'le', tolerance: { abs: 0, reason: 'exact' }, precision: { search: 'x', verify: 'x' }, mutants: [], ...o } as never);
  it('a tolerance that is infinite, negative, NaN or ≥ 100% relative, or an unknown relation, is one line naming the field', () => {
    expect(userError(() => make({ tolerance: { abs: Infinity, reason: 'lazy' } }))).toMatch(/'tolerance\.abs' must be a finite number ≥ 0, got Infinity/);
    expect(userError(() => make({ tolerance: { abs: -1, reason: 'neg' } }))).toMatch(/'tolerance\.abs' .* got -1/);
    expect(userError(() => make({ tolerance: { abs: NaN, reason: 'nan' } }))).toMatch(/'tolerance\.abs' .* got NaN/);
    expect(userError(() => make({ tolerance: { rel: 1e6, reason: 'huge' } }))).toMatch(/'tolerance\.rel' must be a finite number in \[0, 1\)/);
    expect(userError(() => make({ relation: 'lt' }))).toMatch(/'relation' must be one of le, ge, eq .* got 'lt'/);
    expect(userError(() => make({ mutants: [{ id: 'm', description: 'd', tolerance: { abs: -2, reason: 'x' } }] }))).toMatch(/'mutants\[0\]\.tolerance\.abs'/);
  });
  const ctx = testContext() as never;
  const run = async (measure: unknown) => (make({ measure }) as { run: (c: never) => Promise<{ verdict: string; reason: string }> }).run(ctx);
  it('an inverted bracket, a string, nothing or a Promise from the measure is inconclusive naming the problem, never holds', async () => {
    const cases: [unknown, RegExp][] = [
      [() => ({ measured: { lo: 1000, hi: 0 }, claimed: 100 }), /'measured' is an inverted bracket: lo = 1000 > hi = 0/],
      [() => ({ measured: 1, claimed: { lo: 5000, hi: 1 } }), /'claimed' is an inverted bracket: lo = 5000 > hi = 1/],
      [() => ({ measured: '5', claimed: 100 }), /'measured' is a string \('5'\)/],
      [() => ({ claimed: 100 }), /'measured' is nothing/],
      [async () => ({ measured: 1, claimed: 100 }), /returned a Promise/],
    ];
    for (const [measure, why] of cases) {
      const o = await run(measure);
      expect(o.verdict).toBe('inconclusive');
      expect(o.reason).toMatch(why);
      expect(o.reason).toMatch(/^the measure failed on \d+ instance\(s\): malformed measurement: /);
    }
    // A proper bracket still decides: [1, 2] ≤ 100 holds; [200, 300] ≤ 100 is refuted.
    expect((await run(() => ({ measured: { lo: 1, hi: 2 }, claimed: 100 }))).verdict).toBe('holds');
    expect((await run(() => ({ measured: { lo: 200, hi: 300 }, claimed: 100 }))).verdict).toBe('refuted');
  });
});

describe('complexityClaim statement', () => {
  it('adds the success criterion only when the claim states one (no default words put in a user statement)', () => {
    expect((builders.complexityClaim!({}) as { statement: string }).statement).not.toMatch(/Success:/);
    expect((builders.complexityClaim!({ setting: { family: "f", algorithm: "a", criterion: "loss below 1e-3" } }) as { statement: string }).statement).toMatch(/Success: loss below 1e-3\./);
  });
});
