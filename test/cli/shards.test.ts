/**
 * Results crossing process and file boundaries, as a user meets them (issue 14): a user's claim file
 * refuted with BigInt rationals in its instance, sharded and merged to exactly the single run (with
 * `--file` in every replay line); Ctrl-C during a shard, a report and a sweep keeps what finished and
 * says so in one line; a sweep's shards merged from another folder name where the scenario was
 * looked for; strict --jobs and --shard; --json with --out prints the shard's JSON.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execCli, runCli } from '../helpers.ts';
import { terminalWidth, progressLine } from '../../src/cli/progress.ts';

/** The JSON report without wall-clock fields, which are the only thing allowed to differ. */
function timingsAside(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(timingsAside);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'seconds').map(([k, v]) => [k, timingsAside(v)]));
  return x;
}

/** Two refuted claims whose instances hold BigInt, exact rationals and −0 (what JSON.stringify cannot write). */
const BIG_CLAIMS = `import fc from 'fast-check';
import { propertyClaim, rationals } from 'gdcheck';
const { Q } = rationals;
type I = { n: bigint; q: rationals.Q; z: number };
const mk = (id: string, cap: bigint) => propertyClaim<I>({
  id, title: 'n/3 ≤ cap', statement: 'n/3 is at most the cap', source: { arxiv: 'none', where: 'Lemma 1', catalogue: 'mine' },
  provenance: 'read', kind: 'upper', expected: 'holds',
  instances: fc.bigInt({ min: 0n, max: 1000n }).map((n) => ({ n, q: new Q(n, 3n), z: -0 })),
  measure: (i) => ({ measured: i.q, claimed: new Q(cap, 1n) }),
  relation: 'le', tolerance: { abs: 0, reason: 'exact rationals' },
  show: (i) => \`n=\${i.n}\`, precision: { search: 'exact', verify: 'exact' }, mutants: [],
});
export default [mk('me/big-a', 10n), mk('me/big-b', 20n)];
`;

/** A claim that presses Ctrl-C while it runs (SIGINT's listeners called at that point, so the test does not depend on when a signal is delivered), then a second claim. */
const CTRL_C_CLAIMS = `import fc from 'fast-check';
import { propertyClaim } from 'gdcheck';
let sent = false;
const mk = (id: string, press: boolean) => propertyClaim<number>({
  id, title: 'x ≥ 0', statement: 'x is at least 0', source: { arxiv: 'none', where: 'Lemma 1', catalogue: 'mine' },
  provenance: 'read', kind: 'lower', expected: 'holds', instances: fc.integer({ min: 0, max: 9 }),
  measure: (x) => { if (press && !sent) { sent = true; process.emit('SIGINT'); } return { measured: x, claimed: 0 }; },
  relation: 'ge', tolerance: { abs: 0, reason: 'exact integers' }, show: String, precision: { search: 'exact', verify: 'exact' }, mutants: [],
});
export default [mk('me/presses', true), mk('me/after', false)];
`;

/**
 * A project with two sweep scenarios: 'calm' (squares of 1..4) and 'ctrl-c' (its first point presses
 * Ctrl-C). With --jobs 1 --time-limit 0 the point runs in the gdcheck process, which gets SIGINT's listeners called at
 * once; with --jobs 2 it runs in a child of gdcheck (src/parallel/pool.ts), which sends the parent a
 * real SIGINT, as the terminal would, and waits to be stopped.
 */
function sweepProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gdcheck-sweep-project-'));
  mkdirSync(join(dir, 'claims'));
  writeFileSync(join(dir, 'gdcheck.config.json'), JSON.stringify({ claims: ['claims'] }));
  const scenario = (name: string, press: boolean) => `import { scenarios, type Scenario, type Sweep } from 'gdcheck';
const press = () => {
  if (!process.send) { process.emit('SIGINT'); return; }
  process.kill(process.ppid, 'SIGINT');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20_000);
};
const sweep: Sweep<number, number> = {
  points: () => [1, 2, 3, 4],
  label: (p) => \`p = \${p}\`,
  point: (_o, p) => { if (${press} && p === 1) press(); return p * p; },
  report: (o, rs, io) => { io.write(o.json ? JSON.stringify({ squares: rs }) : rs.map((r, k) => \`\${k + 1}² = \${r}\`).join('\\n')); return 0; },
};
const s: Scenario = { name: '${name}', description: 'squares', usage: '', settings: {}, sweep, run: scenarios.runSweep(sweep) };
export default s;
`;
  writeFileSync(join(dir, 'claims', '_scenario-calm.ts'), scenario('calm', false));
  writeFileSync(join(dir, 'claims', '_scenario-ctrl-c.ts'), scenario('ctrl-c', true));
  return dir;
}

describe('shards and merge across processes and files (issue 14)', () => {
  it('a refuted user claim with BigInt rationals shards and merges to exactly the single run, --file in its replay lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdcheck-shard-user-'));
    mkdirSync(join(dir, 'my claims'));
    const file = join(dir, 'my claims', 'big.ts');
    writeFileSync(file, BIG_CLAIMS);
    const common = [file, '--no-db', '--runs', '20', '--jobs', '1'];
    const shards = [0, 1].map((i) => join(dir, `shard-${i}.json`));
    const single = await runCli(['check', ...common, '--json']);
    expect(single.code, single.err).toBe(1);
    const parts = [await runCli(['check', ...common, '--shard', '0/2', '--out', shards[0]!]), await runCli(['check', ...common, '--shard', '1/2', '--out', shards[1]!, '--json'])];
    expect(parts[0]).toMatchObject({ code: 1, out: `shard 0/2: 1 of 2 tasks written to ${shards[0]}\n` });
    // --json with --out: stdout is the shard's JSON (the file's), the note goes to stderr.
    expect(parts[1]!.code).toBe(1);
    expect(JSON.parse(parts[1]!.out)).toEqual(JSON.parse(readFileSync(shards[1]!, 'utf8')));
    expect(parts[1]!.err).toBe(`shard 1/2: 1 of 2 tasks written to ${shards[1]}\n`);
    const merged = await runCli(['merge', shards[1]!, shards[0]!, '--json']);
    expect(merged.code, merged.err).toBe(1);
    expect(timingsAside(JSON.parse(merged.out))).toEqual(timingsAside(JSON.parse(single.out)));
    const text = await runCli(['merge', ...shards]);
    const replays = text.out.split('\n').filter((l) => l.includes('replay:'));
    expect(replays).toHaveLength(2);
    for (const l of replays) expect(l).toContain(`--file ${file.includes(' ') ? `'${file}'` : file} --seed`);
    // A shard run with the counterexample database (it replays saved instances first) is not of a --no-db run.
    const withDb = join(dir, 'shard-0-db.json');
    expect((await execCli(['check', ...common.filter((a) => a !== '--no-db'), '--shard', '0/2', '--out', withDb], dir)).code).toBe(1);
    expect(await runCli(['merge', shards[1]!, withDb])).toMatchObject({ code: 2, err: `gdcheck: ${withDb} was run with other settings than ${shards[1]}: not shards of one run\n` });
  });

  it('Ctrl-C during a shard writes its finished tasks marked interrupted, which merge refuses in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdcheck-shard-int-'));
    const file = join(dir, 'press.ts');
    writeFileSync(file, CTRL_C_CLAIMS);
    const out = join(dir, 'shard-0.json');
    const r = await execCli(['check', file, '--no-db', '--runs', '10', '--jobs', '1', '--time-limit', '0', '--shard', '0/1', '--out', out]);
    expect(r.code, r.err).toBe(130);
    expect(r.out).toBe(`interrupted (Ctrl-C): shard 0/1 kept its 1 finished of 2 task(s) in ${out}, marked interrupted (merge refuses it: run the shard again)\n`);
    const shard = JSON.parse(readFileSync(out, 'utf8'));
    expect(shard).toMatchObject({ interrupted: true, results: [{ index: 0 }] });
    expect(await runCli(['merge', out])).toMatchObject({ code: 2, err: `gdcheck: ${out}: shard 0/1 was interrupted (Ctrl-C or a signal) after 1 of 2 task(s): run it again\n` });

    // report --html: nothing written over an existing report, the finished claims shown, one line saying so.
    const html = join(dir, 'r.html');
    writeFileSync(html, 'the previous report');
    const rep = await execCli(['report', '--html', html, '--no-figures', '--no-db', '--runs', '10', '--jobs', '1', '--time-limit', '0', file]);
    expect(rep.code, rep.err).toBe(130);
    expect(readFileSync(html, 'utf8')).toBe('the previous report');
    expect(rep.out).toMatch(/me\/presses[\s\S]*interrupted \(Ctrl-C\) after 1 finished claim\(s\)/);
    expect(rep.err).toContain(`interrupted (Ctrl-C): the report was not written (${html} is as it was); the 1 finished claim(s) are shown above\n`);
  });

  it('a sweep: Ctrl-C keeps the finished points in an interrupted shard or says nothing was printed; merged elsewhere, the scenario not found names where it looked', async () => {
    const project = sweepProject();
    const out = join(project, 'int.json');
    const shard = await execCli(['simulate', 'ctrl-c', '--jobs', '1', '--time-limit', '0', '--shard', '0/1', '--out', out], project);
    expect(shard.code, shard.err).toBe(130);
    expect(shard.out).toBe(`interrupted (Ctrl-C): shard 0/1 of ctrl-c kept its 1 finished of 4 point(s) in ${out}, marked interrupted (merge refuses it: run the shard again)\n`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ interrupted: true, results: [{ index: 0, value: 1 }] });
    const two = await execCli(['simulate', 'ctrl-c', '--jobs', '2'], project);
    expect(two.code, two.err).toBe(130);
    expect(two.out).toBe('');
    expect(two.err).toMatch(/interrupted \(Ctrl-C\): ctrl-c stopped after \d of 4 point\(s\); nothing printed, since its report needs every point/);

    const files = [0, 1].map((i) => join(project, `calm-${i}.json`));
    for (const [i, f] of files.entries()) expect((await execCli(['simulate', 'calm', '--shard', `${i}/2`, '--out', f], project)).code).toBe(0);
    const here = await execCli(['merge', ...files], project);
    expect(here).toMatchObject({ code: 0, out: (await execCli(['simulate', 'calm'], project)).out });
    // Shards whose point list is not the scenario's at their options (edited alike in every shard).
    const edited = files.map((f, i) => { const s = JSON.parse(readFileSync(f, 'utf8')); s.run.jobs[3] = 'p = 5'; const e = join(project, `edited-${i}.json`); writeFileSync(e, JSON.stringify(s)); return e; });
    expect(await execCli(['merge', ...edited], project)).toMatchObject({ code: 2, err: "gdcheck: the shards' points are not those of 'calm' at their options: point 3 is 'p = 5' in the shards, 'p = 4' here (4 against 4 points)\n" });
    const elsewhere = mkdtempSync(join(tmpdir(), 'gdcheck-elsewhere-'));
    const lost = await execCli(['merge', ...files], elsewhere);
    expect(lost.code).toBe(2);
    expect(lost.err).toBe(`gdcheck: scenario 'calm' not found: looked in gdcheck's registry and no gdcheck.config.json in ${elsewhere} or above it; run merge in the project folder the shards were run in\n`);
    // The scenario changed since the shards ran: its results are not this code's.
    writeFileSync(join(project, 'claims', '_scenario-calm.ts'), readFileSync(join(project, 'claims', '_scenario-calm.ts'), 'utf8').replace('p * p', 'p * p + 1'));
    expect(await execCli(['merge', ...files], project)).toMatchObject({ code: 2, err: expect.stringMatching(/^gdcheck: scenario 'calm' found here \(.*_scenario-calm\.ts\) is not the code the shards ran: it or the scripts beside it differ\n$/) });
  });

  it('Ctrl-C while report draws its figures writes the report of every claim, the figures not drawn marked', async () => {
    const project = mkdtempSync(join(tmpdir(), 'gdcheck-figures-'));
    mkdirSync(join(project, 'claims'));
    writeFileSync(join(project, 'gdcheck.config.json'), JSON.stringify({ claims: ['claims'] }));
    writeFileSync(join(project, 'claims', 'a.ts'), BIG_CLAIMS.replace("export default [mk('me/big-a', 10n), mk('me/big-b', 20n)];", "export default mk('me/big-a', 1000n);"));
    // Two figures of me/big-a: the first run presses Ctrl-C as it draws, so the second is never run.
    const figure = (name: string, press: boolean) => `import type { Scenario } from 'gdcheck';
const s: Scenario = { name: '${name}', description: 'a figure', usage: '', settings: {},
  figures: [{ claims: ['me/big-a'], caption: 'figure ${name}', options: {} }],
  run: (_o, io) => { if (${press}) process.emit('SIGINT'); io.plot('<svg xmlns="http://www.w3.org/2000/svg"></svg>'); return 0; } };
export default s;
`;
    writeFileSync(join(project, 'claims', '_scenario-fig-a.ts'), figure('fig-a', true));
    writeFileSync(join(project, 'claims', '_scenario-fig-b.ts'), figure('fig-b', false));
    const html = join(project, 'r.html');
    const r = await execCli(['report', '--html', html, '--no-db', '--runs', '10', '--jobs', '1'], project);
    expect(r.code, r.err).toBe(130);
    expect(r.err).toContain(`interrupted (Ctrl-C) while drawing figures: the report of all 1 claims was written to ${html}, the figures not yet drawn marked as such\n`);
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('figure fig-a');
    expect(text).toContain('figure not drawn: the report was interrupted (Ctrl-C)');
  });

  it('--jobs, --runs and --shard are strict: surrounding whitespace is refused in one line', async () => {
    for (const [args, msg] of [[['--jobs', ' 2'], "--jobs must be an integer, got ' 2'"], [['--runs', '5 '], "--runs must be an integer, got '5 '"], [['--shard', ' 0/2', '--out', 'x.json'], "--shard must look like i/N (for example 0/4), got ' 0/2'"], [['--shard', '0 / 2', '--out', 'x.json'], "--shard must look like i/N (for example 0/4), got '0 / 2'"]] as const) {
      const r = await runCli(['check', 'tyurin2024/T5.1-counts', ...args]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(msg);
    }
  });

  it('a terminal that reports 0 columns has an unknown width: progress lines are cut at 80, not emptied', () => {
    expect(terminalWidth({ columns: 0 })).toBe(80);
    expect(terminalWidth({})).toBe(80);
    expect(terminalWidth({ columns: 132 })).toBe(132);
    let written = '';
    const stream = { isTTY: true, columns: 0, write: (s: string) => { written += s; return true; } } as unknown as NodeJS.WriteStream;
    progressLine(stream).update('tyurin2024/T3.3 | smorodinsky2026/S-C6');
    expect(written).toContain('tyurin2024/T3.3 | smorodinsky2026/S-C6');
  });
});
