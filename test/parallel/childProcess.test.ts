/**
 * What a claim or a sweep point does in a child process of --jobs is what it does with --jobs 1
 * (breaker findings): its prints go to stderr and stdout holds only the result; a call of
 * process.exit is stopped and makes the claim inconclusive (it once ended gdcheck with exit 0 and no
 * report); a point's exact rationals reach the report as rationals; two slow claims run side by side.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { execCli, fileTree } from '../helpers.ts';

const META = `const meta = (id: string) => ({ id: 'kid/' + id, title: id, statement: id, source: { arxiv: '0000.00000', where: 'Thm 1', catalogue: 'kid' }, provenance: 'reconstructed' as const, kind: 'upper' as const, expected: 'holds' as const });
const prop = (id: string, measure: (x: number) => number) => propertyClaim<{ x: number }>({ ...meta(id),
  instances: fc.integer({ min: 0, max: 100 }).map((x) => ({ x })),
  measure: ({ x }) => ({ measured: measure(x), claimed: 1000 }), relation: 'le', tolerance: { abs: 0, reason: 'exact' },
  show: ({ x }) => 'x=' + x, precision: { search: 'exact', verify: 'exact' }, mutants: [{ id: 'm', description: 'claimed 50', measure: ({ x }) => ({ measured: x, claimed: 50 }) }] });`;
const claimFile = (body: string) => `import fc from 'fast-check';\nimport { propertyClaim } from 'gdcheck';\n${META}\n${body}\n`;

const project = fileTree({
  'noisy.ts': claimFile(`console.log('TOPLEVEL noise');\nexport default prop('noisy', (x) => { console.log('measuring', x); console.error('to stderr', x); return x; });`),
  'exits.ts': claimFile(`export default [prop('exit0', (x) => { if (x > 50) process.exit(0); return x; }), prop('fine', (x) => x)];`),
  'late.ts': claimFile(`export default prop('late', (x) => { if (x > 50) setTimeout(() => { throw new Error('timer boom'); }, 0); return x; });`),
  'gdcheck.config.json': JSON.stringify({ claims: ['claims'] }),
  'claims/_scenario-rationals.ts': `import { rationals, type Scenario, type Sweep, scenarios } from 'gdcheck';
const { Q } = rationals;
const sweep: Sweep<number, { p: number; q: InstanceType<typeof Q> }> = {
  points: () => [0, 1, 2, 3], label: (p) => 'p = ' + p,
  point: (_o, p) => ({ p, q: Q.of(p, 7) }),
  report: (_o, rs, io) => { for (const r of rs) io.write(\`q = \${r.q}, q² = \${r.q.mul(r.q)}\`); return 0; },
};
const scenario: Scenario = { name: 'rationals', description: 'exact rationals through the sweep', usage: '', settings: {}, sweep, run: scenarios.runSweep(sweep) };
export default scenario;
`,
  'claims/_scenario-exits.ts': `import { type Scenario, type Sweep, scenarios } from 'gdcheck';
const sweep: Sweep<number, number> = {
  points: () => [0, 1, 2], label: (p) => 'p = ' + p,
  point: (_o, p) => { if (p === 1) process.exit(0); return p; },
  report: (_o, rs, io) => { io.write(rs.join(' ')); return 0; },
};
export default [
  { name: 'exits', description: 'a point calls process.exit(0)', usage: '', settings: {}, sweep, run: scenarios.runSweep(sweep) },
  { name: 'quits', description: 'the run calls process.exit(0)', usage: '', settings: {}, run: () => { process.exit(0); } },
] satisfies Scenario[];
`,
}, 'gdcheck-children-');

describe('claims and sweep points in child processes (--jobs 2) behave as with --jobs 1', () => {
  it.each(['1', '2'])("a claim's prints go to stderr; stdout is one JSON document (--jobs %s)", { timeout: 120_000 }, async (jobs) => {
    const r = await execCli(['check', join(project, 'noisy.ts'), '--mutants', '--no-db', '--json', '--runs', '10', '--jobs', jobs], project);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).claims.map((c: { id: string }) => c.id)).toEqual(['kid/noisy']);
    expect(r.err).toContain('TOPLEVEL noise');
    expect(r.err).toMatch(/measuring \d+/);
    expect(r.err).toMatch(/to stderr \d+/);
  });

  it.each(['1', '2'])('a claim calling process.exit(0) is inconclusive, the others are reported, exit 1 (--jobs %s)', { timeout: 120_000 }, async (jobs) => {
    const r = await execCli(['check', join(project, 'exits.ts'), '--no-db', '--json', '--runs', '30', '--jobs', jobs], project);
    expect(r.code, r.err).toBe(1);
    const claims = JSON.parse(r.out).claims as { id: string; verdict: string; reason: string }[];
    expect(claims.map((c) => [c.id, c.verdict])).toEqual([['kid/exit0', 'inconclusive'], ['kid/fine', 'holds']]);
    expect(claims[0]!.reason).toMatch(/^the claim's code called process\.exit\(0\) during its run/);
  });

  it.each(['1', '2'])('a sweep point or a scenario calling process.exit(0) is one line and exit 2, not a silent exit 0 (--jobs %s)', { timeout: 120_000 }, async (jobs) => {
    const point = await execCli(['simulate', 'exits', '--jobs', jobs], project);
    expect(point).toMatchObject({ code: 2, out: '', err: "gdcheck: scenario 'exits': point 'p = 1' called process.exit(0); gdcheck stopped the exit (a point must return its result)\n" });
    const run = await execCli(['simulate', 'quits'], project);
    expect(run).toMatchObject({ code: 2, out: '', err: "gdcheck: scenario 'quits' called process.exit(0); gdcheck stopped the exit (a scenario's run must return its exit code)\n" });
  });

  it.each(['1', '2'])('a throw from a claim\'s timer ends the run in one line naming its file, exit 2, no stack trace (--jobs %s)', { timeout: 120_000 }, async (jobs) => {
    // gdcheck's own handler exits with Node's process.exit, not the one a running claim sees (which throws).
    const r = await execCli(['check', join(project, 'late.ts'), '--no-db', '--runs', '30', '--jobs', jobs], project);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^gdcheck: .*late\.ts:\d+:\d+: error thrown asynchronously: timer boom\n$/);
  });

  it("a sweep point's exact rationals reach the report as rationals at --jobs 2, as at --jobs 1", { timeout: 120_000 }, async () => {
    const one = await execCli(['simulate', 'rationals', '--jobs', '1'], project);
    const two = await execCli(['simulate', 'rationals', '--jobs', '2'], project);
    expect(one.code, one.err).toBe(0);
    expect(one.out).toContain('q = 3/7, q² = 9/49');
    expect(two).toMatchObject({ code: 0, out: one.out });
  });
});
