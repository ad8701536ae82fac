// A user's run that returns a malformed outcome, or a sweep point that throws or awaits forever, is
// that claim's or that point's one-line failure: the other claims' results are kept (--jobs 1 and 2),
// and simulate ends with one line naming the scenario and the point (exit 2), not exit 13 or an
// internal error.
import { describe, expect, it } from 'vitest';
import { execCli, fileTree } from '../helpers.ts';

const CLAIMS = `import { defineClaim, rationals } from 'gdcheck';
const meta = (id: string) => ({ id, title: id, statement: id, source: { arxiv: '-', where: '-', catalogue: 'u' }, provenance: 'reconstructed' as const, kind: 'upper' as const, expected: 'holds' as const });
const cyc: any = {}; cyc.self = cyc;
export default [
  defineClaim({ ...meta('u/weird'), mutants: [], run: () => ({ verdict: 'holds', reason: 'odd', instances: 1, precision: 'exact', details: ['line', 5n as any, rationals.Q.of(2, 3) as any, cyc] }) }),
  defineClaim({ ...meta('u/fine'), mutants: [], run: () => ({ verdict: 'holds', reason: 'fine', instances: 1, precision: 'exact' }) }),
];
`;

const SCENARIO = `import { scenarios, type Scenario, type Sweep } from 'gdcheck';
const sweep: Sweep<number, number> = {
  points: () => [0, 1, 2, 3],
  label: (p) => \`p = \${p}\`,
  point: async (o, p) => {
    if (p === 3 && o.settings.mode === 'throw') throw new Error('point 3 failed\\nsecond line');
    if (p === 3 && o.settings.mode === 'never') await new Promise(() => {});
    return p;
  },
  report: (_o, rs, io) => { io.write(rs.join(',')); return 0; },
};
const s: Scenario = { name: 'exo', description: 'x', usage: '', settings: { mode: { type: 'choice', values: ['ok', 'throw', 'never'] } }, sweep, run: scenarios.runSweep(sweep) };
export default s;
`;

const NEVER = `import type { Scenario } from 'gdcheck';
const s: Scenario = { name: 'still', description: 'x', usage: '', settings: {}, run: async () => { await new Promise(() => {}); return 0; } };
export default s;
`;

const THROWS = `import type { Scenario } from 'gdcheck';
const s: Scenario = { name: 'boom', description: 'x', usage: '', settings: {}, run: () => { throw new Error('bad thing\\nmore'); } };
export default s;
`;

/** A sweep whose own code returns what gdcheck cannot take, by its mode setting. */
const ODD = `import { scenarios, type Scenario, type Sweep } from 'gdcheck';
const sweep: Sweep<number, number> = {
  points: (o) => (o.settings.mode === 'pts' ? (5 as any) : o.settings.mode === 'throw' ? (() => { throw new Error('no points'); })() : [0, 1, 2]),
  label: (p) => \`p\${p}\`,
  point: (_o, p) => p,
  report: (o, rs, io) => { io.write(rs.join(',')); return o.settings.mode === 'str' ? ('ok' as any) : o.settings.mode === 'big' ? 300 : 0; },
};
const s: Scenario = { name: 'odd', description: 'x', usage: '', settings: { mode: { type: 'choice', values: ['ok', 'pts', 'throw', 'str', 'big'] } }, sweep, run: scenarios.runSweep(sweep) };
export default s;
`;

describe("failures of a user's own run", () => {
  it.each(['1', '2'])("a malformed outcome is that claim's inconclusive row, the others kept (--jobs %s)", async (jobs) => {
    const dir = fileTree({ 'gdcheck.config.json': '{ "claims": ["claims"] }', 'claims/u.ts': CLAIMS });
    const r = await execCli(['check', '--no-db', '--json', '--jobs', jobs], dir);
    expect(r.err).not.toMatch(/internal error/);
    expect(r.code).toBe(1);
    const claims = (JSON.parse(r.out) as { claims: { id: string; verdict: string; reason: string }[] }).claims;
    expect(claims.find((c) => c.id === 'u/weird')).toMatchObject({ verdict: 'inconclusive', reason: 'the run returned a malformed outcome: details[1] must be a string, got the BigInt 5' });
    expect(claims.find((c) => c.id === 'u/fine')).toMatchObject({ verdict: 'holds' });
  }, 60_000);

  it("a sweep point that throws or never settles, and a project's scenario that never settles or throws, end in one line (exit 2)", async () => {
    const dir = fileTree({ 'gdcheck.config.json': '{ "claims": ["claims"] }', 'claims/_scenario-exo.ts': SCENARIO, 'claims/_scenario-still.ts': NEVER, 'claims/_scenario-boom.ts': THROWS });
    expect(await execCli(['simulate', 'exo', '--jobs', '1'], dir)).toMatchObject({ code: 0, out: '0,1,2,3\n' });
    expect(await execCli(['simulate', 'exo', '--set', 'mode=throw', '--jobs', '1'], dir)).toMatchObject({ code: 2, err: "gdcheck: scenario 'exo': point 'p = 3' threw: point 3 failed\n" });
    expect(await execCli(['simulate', 'exo', '--set', 'mode=never', '--jobs', '1'], dir)).toMatchObject({ code: 2, err: "gdcheck: scenario 'exo': point 'p = 3': did not finish: it awaits a promise that can never settle (nothing is left for it to wait on)\n" });
    expect(await execCli(['simulate', 'still'], dir)).toMatchObject({ code: 2, err: "gdcheck: scenario 'still' did not finish: its run awaits a promise that can never settle (nothing is left for it to wait on)\n" });
    expect(await execCli(['simulate', 'boom'], dir)).toMatchObject({ code: 2, err: "gdcheck: scenario 'boom' (claims/_scenario-boom.ts) threw: bad thing\n" });
  }, 60_000);

  it.each(['1', '2'])("a sweep's malformed point list or exit code is one line naming the scenario (--jobs %s)", async (jobs) => {
    const dir = fileTree({ 'gdcheck.config.json': '{ "claims": ["claims"] }', 'claims/_scenario-odd.ts': ODD });
    const run = (mode: string) => execCli(['simulate', 'odd', '--set', `mode=${mode}`, '--jobs', jobs], dir);
    expect(await run('ok')).toMatchObject({ code: 0, out: '0,1,2\n' });
    expect(await run('pts')).toMatchObject({ code: 2, err: "gdcheck: scenario 'odd': points() must return an array of points, got 5\n" });
    expect(await run('throw')).toMatchObject({ code: 2, err: "gdcheck: scenario 'odd': points() threw: no points\n" });
    expect(await run('str')).toMatchObject({ code: 2, err: "gdcheck: scenario 'odd' returned 'ok', not an exit code (an integer from 0 to 255)\n" });
    expect(await run('big')).toMatchObject({ code: 2, err: "gdcheck: scenario 'odd' returned 300, not an exit code (an integer from 0 to 255)\n" });
  }, 60_000);
});
