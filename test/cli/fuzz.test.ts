// Issue 13, "done when": a bounded fuzz of the command line. fast-check generates bad inputs (numbers
// for every numeric option, --set keys and values for every scenario, replay ids and paths, output
// paths, derivation expressions); each must give exit 2 and one line on stderr naming the problem,
// with no stack trace, within bounded memory. Each property stops after its time limit.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, spawnCli } from '../helpers.ts';
import { parseExpr } from '../../src/symbolic/parse.ts';
import { UserError } from '../../src/core/registry.ts';
import { loadScenarios } from '../../src/scenarios/discover.ts';

const SECONDS = 12; // per property: about 50 s in all
const seed = Number(process.env.CHECK_SEED ?? 20261122);
const dir = mkdtempSync(join(tmpdir(), 'gdcheck-fuzz-'));

function oneLine(r: { code: number; err: string; out: string }, input: string): void {
  expect(r.code, `${input}\n${r.err}`).toBe(2);
  const lines = r.err.trim().split('\n');
  expect(lines, input).toHaveLength(1);
  expect(lines[0], input).toMatch(/^gdcheck: \S/);
  expect(r.err, input).not.toMatch(/\n\s+at |internal error|TypeError|RangeError|ReferenceError/);
  expect(lines[0]!.length, input).toBeLessThan(600);
}

/** Text that is not a number in range: hex, binary, words, junk, blanks, other digits, out of range. */
const badNumber = (max: number): fc.Arbitrary<string> => fc.oneof(
  fc.integer({ min: 0, max: 1e6 }).map((n) => `0x${n.toString(16)}`),
  fc.integer({ min: 0, max: 1e6 }).map((n) => `0b${n.toString(2)}`),
  fc.constantFrom('NaN', 'Infinity', '-Infinity', 'inf', 'nan', '', ' ', '1e400', '-1e400', '１２', '١٢', '1_000', '1,5', '--1', '+-1', '.', 'e5', '1e', 'null', 'undefined', '[]', '{}', '\u0000'),
  fc.tuple(fc.integer({ min: 0, max: 99 }), fc.stringMatching(/^[a-zA-Z%$#!?]{1,4}$/)).map(([n, s]) => `${n}${s}`),
  fc.double({ min: max * 2 + 2, max: 1e300, noNaN: true }).map(String),
  fc.integer({ min: 1, max: 400 }).map((k) => '9'.repeat(k)).filter((s) => Number(s) > max),
);

const RANGES: [string, number][] = [['--seed', 2 ** 31 - 1], ['--runs', 1e6], ['--digits', 2000], ['--budget', 1000], ['--jobs', 256], ['--time-limit', 1e6]];

describe('CLI fuzz: bad input is one line and exit 2', () => {
  it('numeric options of check, replay, report and simulate', async () => {
    // Load the commands, claims and scenarios once before the clock of the property starts.
    oneLine(await runCli(['check', 'tyurin2024/T5.1-counts', '--runs', '0x1']), 'warm-up');
    oneLine(await runCli(['replay', 'tyurin2024/T5.1-counts', '--path', '99']), 'warm-up');
    oneLine(await runCli(['simulate', 'lower-bound', '--set', 'nope=1']), 'warm-up');
    const before = process.memoryUsage().rss;
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...RANGES), fc.constantFrom('check', 'replay', 'report', 'simulate'), fc.nat(),
      async ([opt, max], cmd, k) => {
        const bad = fc.sample(badNumber(max), { seed: seed + k, numRuns: 1 })[0]!;
        const args = cmd === 'check' ? ['check', 'tyurin2024/T5.1-counts', opt, bad]
          : cmd === 'replay' ? ['replay', 'tyurin2024/T5.1-counts', '--path', '0', opt, bad]
            : cmd === 'report' ? ['report', '--html', join(dir, 'r.html'), 'tyurin2024/T5.1-counts', opt, bad]
              : ['simulate', 'lower-bound', '--set', 'max=40', opt === '--jobs' ? '--steps' : opt === '--runs' || opt === '--digits' ? '--budget' : opt, bad];
        oneLine(await runCli(args), JSON.stringify(args));
      },
    ), { seed, numRuns: 400, interruptAfterTimeLimit: SECONDS * 1000, markInterruptAsFailure: false });
    expect(process.memoryUsage().rss - before).toBeLessThan(512 * 2 ** 20);
  }, 120_000);

  it('--set keys and values, --init, replay ids and paths, output paths', async () => {
    const scenarios = await loadScenarios();
    const before = process.memoryUsage().rss;
    const setInput = fc.constantFrom(...scenarios).chain((s) => {
      const keys = Object.keys(s.settings);
      const unknown = fc.stringMatching(/^[a-zA-Z_][a-zA-Z0-9_]{0,12}$/).filter((k) => !keys.includes(k)).map((k) => `${k}=1`);
      const badValue = keys.length ? fc.tuple(fc.constantFrom(...keys), badNumber(1e7)).map(([k, v]) => `${k}=${v}`) : unknown;
      const malformed = fc.constantFrom('=1', 'noequals', '=', '');
      return fc.tuple(fc.constant(s.name), fc.oneof(unknown, badValue, malformed));
    }).map(([name, set]) => ['simulate', name, '--set', set]);
    const initInput = fc.oneof(
      fc.array(badNumber(1e3), { minLength: 4, maxLength: 4 }).map((a) => a.join(',')),
      fc.array(fc.double({ min: -1e308, max: 1e308, noNaN: true }), { minLength: 1, maxLength: 6 }).filter((a) => a.length !== 4 || a.some((x) => Math.abs(x) > 1e3)).map((a) => a.join(',')),
      fc.stringMatching(/^[a-z:]{1,12}$/).filter((s) => !['verification', 'symmetric', 'asymmetric'].includes(s) && !/^random:\d+$/.test(s)),
    ).map((init) => ['simulate', 'two-neuron', '--steps', '10', '--init', init]);
    const replayInput = fc.oneof(
      fc.tuple(fc.constantFrom('tyurin2024/T5.1-counts', 'tyurin2024/T3.3', 'jakhmola2025/J-CE1', 'tyurin2025/sigmoid-limit'), fc.oneof(fc.integer({ min: 3000, max: 2 ** 40 }).map(String), fc.stringMatching(/^[0-9:a-z ]{0,20}$/).filter((p) => !/^\d+(:\d+)*$/.test(p))))
        .map(([id, p]) => ['replay', id, '--path', p]),
      fc.stringMatching(/^[a-z0-9/~.-]{1,30}$/).filter((id) => !id.includes('/') || id.split('~').length > 2 || id.endsWith('~')).map((id) => ['replay', id, '--path', '0']),
    );
    const pathInput = fc.tuple(
      fc.constantFrom('/nonexistent-gdcheck/x.svg', dir, '/', '', `${dir}/no/such/dir/f.svg`, `${'x'.repeat(5000)}.svg`, '/proc/version', `${dir}\u0000x`),
      fc.constantFrom('plot', 'html'),
    ).map(([p, kind]) => (kind === 'plot' ? ['simulate', 'lower-bound', '--set', 'max=40', '--plot', p] : ['report', '--html', p, 'tyurin2024/T5.1-counts']));
    await fc.assert(fc.asyncProperty(fc.oneof(setInput, initInput, replayInput, pathInput), async (args) => {
      oneLine(await runCli(args), JSON.stringify(args));
    }), { seed, numRuns: 400, interruptAfterTimeLimit: SECONDS * 1000, markInterruptAsFailure: false });
    expect(process.memoryUsage().rss - before).toBeLessThan(512 * 2 ** 20);
  }, 120_000);

  it('derivation expressions: malformed or hostile text is one UserError line', () => {
    const hostile = fc.oneof(
      fc.stringMatching(/^[a-z0-9+\-*/^().,[\]{} ]{0,60}$/),
      fc.integer({ min: 101, max: 3000 }).map((k) => '('.repeat(k) + 'x' + ')'.repeat(k)),
      fc.integer({ min: 5001, max: 20000 }).map((k) => 'x+'.repeat(k / 2) + 'x'),
      fc.constantFrom('import("fs")', 'createUnit("x")', 'evaluate("1")', 'x = 1', 'f(x) = x', '"text"', 'x ? 1 : 2', '[1, 2]', 'x.y', '1 to 2', 'x!', 'x; y', 'foo(x)', '1e999', 'Infinity', 'NaN', '', ' ', '((x)', 'x))'),
    );
    fc.assert(fc.property(hostile, (src) => {
      try {
        parseExpr(src);
      } catch (e) {
        expect(e, src).toBeInstanceOf(UserError);
        expect((e as Error).message.split('\n'), src).toHaveLength(1);
      }
    }), { seed, numRuns: 2000, interruptAfterTimeLimit: SECONDS * 1000, markInterruptAsFailure: false });
  }, 120_000);

  it('a derivation file with a malformed step, end to end through `gdcheck derive`', async () => {
    const file = join(dir, 'bad.ts');
    writeFileSync(file, `import { derivationClaim } from 'gdcheck';
export default derivationClaim({
  id: 'fuzz/bad', title: 't', statement: 's', source: { arxiv: '-', where: '-', catalogue: '-' }, provenance: 'reconstructed',
  sizes: {}, indices: {}, assume: [],
  steps: [{ expr: 'x + 1', rule: 'given', why: 'w' }, { expr: 'foo(x) + ((1', rule: 'algebra', why: 'w' }],
  twins: [],
});
`);
    const p = spawnCli(['derive', file]);
    const r = await p.done;
    oneLine({ code: r.code ?? -1, err: r.err, out: r.out }, 'derive bad.ts');
    expect(r.err).toMatch(/step 2: unbalanced parentheses/);
  }, 200_000);
});
