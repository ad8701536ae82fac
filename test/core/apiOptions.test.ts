// The public API checks its options as the command line checks its flags (issue 11): runClaim,
// claimTest and runScenario refuse a missing, mistyped, unknown or out-of-range option with one line
// (TypeError or RangeError) naming it and what it accepts, where `runClaim(c, {})` once returned an
// inconclusive report and `claimTest(c, { runs: -1 })` ran. The rules are the CLI's (RUN_OPTIONS).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { propertyClaim } from '../../src/core/property.ts';
import { runClaim } from '../../src/core/runner.ts';
import { claimTest } from '../../src/vitest.ts';
import { runScenario, type Scenario } from '../../src/scenarios/scenario.ts';
import { RUN_OPTIONS, checkNumber } from '../../src/core/runOptions.ts';
import { parseNumber } from '../../src/cli/options.ts';
import { UserError } from '../../src/core/errors.ts';
import { searchBoundary } from '../../src/search/search.ts';

const claim = propertyClaim<number>({
  id: 'api/square', title: 'x² ≥ 0', statement: 'x² ≥ 0', source: { arxiv: '-', where: 'Lemma 1', catalogue: 'test' },
  provenance: 'reconstructed', kind: 'lower', expected: 'holds', instances: fc.integer({ min: -9, max: 9 }),
  measure: (x) => ({ measured: x * x, claimed: 0 }), relation: 'ge', tolerance: { abs: 0, reason: 'exact' },
  show: String, precision: { search: 'exact', verify: 'exact' }, mutants: [],
});
const ok = { seed: 1, runs: 5, digits: 50, budget: 1 };

describe('runClaim checks its arguments', () => {
  it('a valid context runs', async () => {
    expect((await runClaim(claim, ok)).verdict).toBe('holds');
  });

  it.each([
    [{}, TypeError, /^runClaim: seed must be an integer in \[-2147483648, 2147483647\], got nothing$/],
    [{ ...ok, seed: 'abc' }, TypeError, /^runClaim: seed must be an integer in \[-2147483648, 2147483647\], got 'abc'$/],
    [{ ...ok, runs: -1 }, RangeError, /^runClaim: runs must be an integer in \[1, 1000000\], got -1$/],
    [{ ...ok, runs: 2.5 }, RangeError, /^runClaim: runs must be an integer/],
    [{ ...ok, digits: 5 }, RangeError, /^runClaim: digits must be an integer in \[20, 200\], got 5$/],
    [{ ...ok, budget: 0 }, RangeError, /^runClaim: budget must be a number in \[1, 1000\], got 0$/],
    [{ ...ok, budget: NaN }, RangeError, /^runClaim: budget must be a number in \[1, 1000\], got NaN$/],
    [{ ...ok, budget: '2' }, TypeError, /^runClaim: budget must be a number in \[1, 1000\], got '2'$/],
    [{ ...ok, run: 5 }, TypeError, /^runClaim: unknown option 'run' in the run options \(known: seed, runs, digits, budget, path, progress, examples\)$/],
    [{ ...ok, path: 3 }, TypeError, /^runClaim: path must be a string, got 3$/],
    [{ ...ok, path: 'x' }, RangeError, /^runClaim: --path must look like '3:1:0'/], // as `gdcheck replay --path` checks it
    [{ ...ok, path: '999999999' }, RangeError, /^runClaim: --path 999999999…: api\/square draws at most \d+ instances/],
    [undefined, TypeError, /^runClaim: the run options must be an object, got null$/],
  ])('%j is refused', async (ctx, kind, msg) => {
    const p = runClaim(claim, ctx as never);
    await expect(p).rejects.toThrow(kind);
    await expect(p).rejects.toThrow(msg);
  });

  it('not a claim, or a bad third argument, is refused', async () => {
    await expect(runClaim({ id: 'x' } as never, ok)).rejects.toThrow(/^runClaim: the first argument must be a claim/);
    await expect(runClaim(claim, ok, { mutants: 'yes' } as never)).rejects.toThrow(/^runClaim: mutants must be a boolean \(true or false\), got 'yes'$/);
    await expect(runClaim(claim, ok, { mutant: true } as never)).rejects.toThrow(/^runClaim: unknown option 'mutant' in the third argument \(known: mutants\)$/);
  });
});

describe('claimTest checks its options when the suite is collected', () => {
  it.each([
    [{ runs: -1 }, RangeError, /^claimTest: runs must be an integer in \[1, 1000000\], got -1$/],
    [{ digits: 5 }, RangeError, /^claimTest: digits must be an integer in \[20, 200\], got 5$/],
    [{ budget: 0 }, RangeError, /^claimTest: budget must be a number in \[1, 1000\], got 0$/],
    [{ seed: 'abc' }, TypeError, /^claimTest: seed must be an integer in \[-2147483648, 2147483647\], got 'abc'$/],
    [{ mutants: 1 }, TypeError, /^claimTest: mutants must be a boolean/],
    [{ db: 'no' }, TypeError, /^claimTest: db must be a boolean/],
    [{ timeout: -1 }, RangeError, /^claimTest: timeout \(ms\) must be an integer in \[1, 2147483647\], got -1$/],
    [{ run: 5 }, TypeError, /^claimTest: unknown option 'run' in the options \(known: seed, runs, digits, budget, mutants, db, timeout\)$/],
  ])('%j is refused', (o, kind, msg) => {
    expect(() => claimTest(claim, o as never)).toThrow(kind);
    expect(() => claimTest(claim, o as never)).toThrow(msg);
  });

  it('not a claim is refused', () => {
    expect(() => claimTest({} as never)).toThrow(/^claimTest: the first argument must be a claim or an array of claims/);
    expect(() => claimTest([claim, 3] as never)).toThrow(TypeError);
  });
});

describe('runScenario checks its options as simulate does', () => {
  const s: Scenario = { name: 'tiny', description: 'd', usage: '', settings: {}, run: () => 0 };
  it('valid options run; bad ones are refused with one line', async () => {
    expect(await runScenario(s, { budget: 0.004, seed: 1, set: {} }, { write: () => {} })).toBe(0); // a figure's budget
    await expect(runScenario(s, { budget: 0, seed: 1, set: {} }, { write: () => {} })).rejects.toThrow(/^runScenario: budget must be a number in \(0, 1000\], got 0$/);
    await expect(runScenario(s, { budget: 1, seed: 'x', set: {} } as never, { write: () => {} })).rejects.toThrow(TypeError);
    await expect(runScenario(s, { budget: 1, seed: 1, steps: 0, set: {} }, { write: () => {} })).rejects.toThrow(RangeError);
    await expect(runScenario(s, { budget: 1, seed: 1 } as never, { write: () => {} })).rejects.toThrow(/^runScenario: set must be an object of key=value strings/);
    await expect(runScenario(s, { budget: 1, seed: 1, set: { eta: 0.1 } } as never, { write: () => {} })).rejects.toThrow(TypeError);
  });
  it("a run's result that is not an exit code is refused as simulate refuses it (it was returned as it was)", async () => {
    const odd: Scenario = { ...s, name: 'odd', run: () => 'ok' as never };
    await expect(runScenario(odd, { budget: 1, seed: 1, set: {} }, { write: () => {} })).rejects.toThrow(/^scenario 'odd' returned .*'ok'.*, not an exit code \(an integer from 0 to 255\)$/);
  });
});

describe('searchBoundary (the search namespace) checks its options', () => {
  it('a seed that is not a 32-bit integer, or a negative budget, is refused, not searched at seed 0', () => {
    const base = { seed: 1, evaluations: 10, draws: [], evaluate: () => ({ status: 'ok' as const }), key: String };
    expect(searchBoundary<number>(base).effort.budget).toBe(10);
    expect(() => searchBoundary<number>({ ...base, seed: 'abc' as never })).toThrow(/^searchBoundary: seed must be an integer in \[-2147483648, 2147483647\], got 'abc'$/);
    expect(() => searchBoundary<number>({ ...base, evaluations: -1 })).toThrow(RangeError);
    expect(() => searchBoundary<number>({ ...base, evals: 3 } as never)).toThrow(/^searchBoundary: unknown option 'evals' in the options/);
    expect(() => searchBoundary<number>({ ...base, timeCapMs: -1 })).toThrow(/^searchBoundary: timeCapMs must be a number in \(0, 1000000000\], got -1$/);
    expect(() => searchBoundary<number>({ ...base, key: undefined as never })).toThrow(/^searchBoundary: key must be a function$/);
  });
});

describe('one rule for the command line and the API', () => {
  it('at each bound, a value the API refuses is a value the command line refuses, and the reverse', () => {
    for (const [name, rule] of Object.entries(RUN_OPTIONS)) {
      const step = 'integer' in rule && rule.integer ? 1 : 0.001;
      for (const v of [rule.min - step, rule.min, rule.min + step, rule.max - step, rule.max, rule.max + step, (rule.min + rule.max) / 2 + 0.5]) {
        let api = true, cli = true;
        try { checkNumber('api', name, v, rule); } catch (e) { expect(e).toBeInstanceOf(RangeError); api = false; }
        try { parseNumber(`--${name}`, String(v), rule); } catch (e) { expect(e).toBeInstanceOf(UserError); cli = false; }
        expect(api, `${name} = ${v}`).toBe(cli);
      }
    }
  });
});
