/**
 * --time-limit (src/parallel/pool.ts): a claim, mutant or sweep point that never finishes (a
 * synchronous loop, or a run awaiting forever while its own timer ticks) is stopped after the limit,
 * at --jobs 1 and 2: a claim or mutant is inconclusive, never as expected (not even a claim that
 * expects inconclusive), and every other result, the table and the JSON still come; a sweep point
 * ends the run in one line. Bad values are one line. Limits of 1 s on tiny claim files.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execCli, fileTree, runCli } from '../helpers.ts';

const CLAIMS = `import fc from 'fast-check';
import { defineClaim, propertyClaim } from 'gdcheck';
type M = (x: number) => { measured: number; claimed: number };
const one: M = (x) => ({ measured: x, claimed: 1 });
const mk = (id: string, measure: M, mutant: M = one) => propertyClaim<number>({
  id, title: 'x ≥ 0', statement: 'x is at least 0', source: { arxiv: 'none', where: 'Lemma 1', catalogue: 'mine' },
  provenance: 'read', kind: 'lower', expected: 'holds', instances: fc.integer({ min: 0, max: 9 }),
  measure, relation: 'ge', tolerance: { abs: 0, reason: 'exact integers' }, show: String, precision: { search: 'exact', verify: 'exact' },
  mutants: [{ id: mutant === one ? 'one' : 'spin', description: 'claims x ≥ 1', measure: mutant }],
});
const spin: M = (x) => { if (x >= 0) for (;;); return { measured: x, claimed: 0 }; };
export default [
  mk('me/ok', (x) => ({ measured: x, claimed: 0 })),
  mk('me/spins', spin),
  mk('me/mutant-spins', (x) => ({ measured: x, claimed: 0 }), spin),
  defineClaim({
    id: 'me/ticks', title: 'ticks', statement: 'awaits forever while its own timer ticks', source: { arxiv: 'none', where: 'Lemma 2', catalogue: 'mine' },
    provenance: 'read', kind: 'upper', expected: 'inconclusive', open: 'an open case, which a timeout must not pass', mutants: [],
    run: async () => { setInterval(() => {}, 5); return new Promise(() => {}); },
  }),
  mk('me/after', (x) => ({ measured: x, claimed: 0 })),
];
`;
const UNFINISHED = 'did not finish within 1 s (--time-limit)';

const SCENARIO = `import { scenarios, type Scenario, type Sweep } from 'gdcheck';
const sweep: Sweep<number, number> = {
  points: () => [1, 2, 3, 4],
  label: (p) => \`p = \${p}\`,
  point: (_o, p) => { if (p === 3) for (;;); return p * p; },
  report: (_o, rs, io) => { io.write(rs.join(',')); return 0; },
};
const s: Scenario = { name: 'spin', description: 'squares, but point 3 loops', usage: '', settings: {}, sweep, run: scenarios.runSweep(sweep) };
export default s;
`;

describe('--time-limit: a task that never finishes is stopped, never a hang', () => {
  for (const jobs of ['1', '2']) {
    it(`a looping claim, a looping mutant and a ticking wait are inconclusive after the limit, the rest reported (--jobs ${jobs})`, { timeout: 120_000 }, async () => {
      const dir = fileTree({ 'c.ts': CLAIMS }, 'gdcheck-time-limit-');
      const r = await execCli(['check', join(dir, 'c.ts'), '--no-db', '--runs', '10', '--mutants', '--json', '--jobs', jobs, '--time-limit', '1']);
      expect(r.code, r.err).toBe(1);
      const claims = JSON.parse(r.out).claims as { id: string; verdict: string; reason: string; asExpected: boolean; mutants: { id: string; verdict: string; reason: string }[] }[];
      expect(claims.map((c) => c.id)).toEqual(['me/ok', 'me/spins', 'me/mutant-spins', 'me/ticks', 'me/after']);
      const by = Object.fromEntries(claims.map((c) => [c.id, c]));
      for (const id of ['me/ok', 'me/mutant-spins', 'me/after']) expect(by[id], id).toMatchObject({ verdict: 'holds', asExpected: true });
      expect(by['me/spins']).toMatchObject({ verdict: 'inconclusive', reason: UNFINISHED, asExpected: false });
      // An open case expects inconclusive: a run cut off shows nothing about it, so it is not as expected.
      expect(by['me/ticks']).toMatchObject({ verdict: 'inconclusive', reason: UNFINISHED, asExpected: false });
      expect(by['me/spins']!.mutants).toMatchObject([{ id: 'me/spins~one', verdict: 'refuted' }]);
      expect(by['me/mutant-spins']!.mutants).toMatchObject([{ id: 'me/mutant-spins~spin', verdict: 'inconclusive', reason: UNFINISHED }]);
      expect(r.err).not.toMatch(/\bat .*:\d+:\d+/);
    });
  }

  it('the table says why, and shards of a run with an overrun merge to the single run', { timeout: 120_000 }, async () => {
    const dir = fileTree({ 'c.ts': CLAIMS }, 'gdcheck-time-limit-');
    const common = [join(dir, 'c.ts'), '--no-db', '--runs', '10', '--time-limit', '1'];
    const table = await execCli(['check', ...common]);
    expect(table.code, table.err).toBe(1);
    expect(table.out).toMatch(/✗ +me\/spins .* inconclusive/);
    expect(table.out).toContain(`me/spins: inconclusive (expected holds): ${UNFINISHED}`);
    expect(table.out).toMatch(/5 claims: 3 as expected, 2 not/);
    const shards = [0, 1].map((i) => join(dir, `s${i}.json`));
    // Shard 0 holds tasks 0, 2, 4 (all as expected), shard 1 the two that overran.
    for (const [i, f] of shards.entries()) expect((await execCli(['check', ...common, '--shard', `${i}/2`, '--out', f])).code).toBe(i);
    expect(JSON.parse(readFileSync(shards[0]!, 'utf8')).interrupted).toBe(false);
    const merged = await execCli(['merge', ...shards]);
    expect(merged.code, merged.err).toBe(1);
    const strip = (s: string) => s.replace(/\d+\.\d\d( |$)/gm, 'T$1');
    expect(strip(merged.out)).toBe(strip(table.out));
  });

  it('a sweep point that loops ends simulate in one line naming it, at --jobs 1 and 2', { timeout: 120_000 }, async () => {
    const project = fileTree({ 'gdcheck.config.json': JSON.stringify({ claims: ['claims'] }), 'claims/_scenario-spin.ts': SCENARIO }, 'gdcheck-time-limit-sweep-');
    for (const jobs of ['1', '2']) {
      expect(await execCli(['simulate', 'spin', '--jobs', jobs, '--time-limit', '1'], project)).toMatchObject({ code: 2, out: '', err: `gdcheck: scenario 'spin': point 'p = 3': ${UNFINISHED}\n` });
    }
  });

  it('is validated like every number, in one line, on check, report and simulate; a single scenario run takes none', async () => {
    for (const [cmd, bad, msg] of [
      [['check', 'tyurin2024/T5.1-counts'], '-1', "--time-limit must be a number in [0, 1000000], got '-1'"],
      [['check', 'tyurin2024/T5.1-counts', '--shard', '0/2', '--out', 'x.json'], '0x10', "--time-limit must be a decimal number, got '0x10'"],
      [['report', '--html', 'r.html'], 'Infinity', "--time-limit must be a decimal number, got 'Infinity'"],
      [['simulate', 'lower-bound'], '1e7', "--time-limit must be a number in [0, 1000000], got '1e7'"],
      [['simulate', 'lower-bound'], ' 5', "--time-limit must be a decimal number, got ' 5'"],
    ] as const) {
      expect(await runCli([...cmd, '--time-limit', bad])).toMatchObject({ code: 2, out: '', err: `gdcheck: ${msg}\n` });
    }
    const single = await runCli(['simulate', 'two-neuron', '--time-limit', '5']);
    expect(single).toMatchObject({ code: 2, err: expect.stringMatching(/^gdcheck: two-neuron is not a sweep of independent points: --jobs, --shard, --out and --time-limit apply to .*lower-bound.*\n$/) });
  });
});
