/**
 * SIGTERM and SIGHUP (src/cli/interrupt.ts) keep the finished work as Ctrl-C does: what Slurm sends to
 * every process of a job step at its time limit, Kubernetes to a pod, a closed terminal to its
 * shell. A shard writes its finished tasks marked interrupted, a sweep its finished points, a report
 * shows what finished and leaves the HTML file alone; one line says so, and the exit code is
 * 128 + the signal's number. Worker processes ignore the signal (their parent decides) and are
 * stopped, none left running.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execCli, fileTree, runCli } from '../helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/gdcheck.mjs', import.meta.url));

/** A claim file: me/first holds; me/spins writes its process id to `pidFile` and loops forever; me/last holds. */
const claims = (pidFile: string) => `import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { propertyClaim } from 'gdcheck';
const mk = (id: string, measure: (x: number) => { measured: number; claimed: number }) => propertyClaim<number>({
  id, title: 'x ≥ 0', statement: 'x is at least 0', source: { arxiv: 'none', where: 'Lemma 1', catalogue: 'mine' },
  provenance: 'read', kind: 'lower', expected: 'holds', instances: fc.integer({ min: 0, max: 9 }),
  measure, relation: 'ge', tolerance: { abs: 0, reason: 'exact integers' }, show: String, precision: { search: 'exact', verify: 'exact' }, mutants: [],
});
const spin = (x: number) => { writeFileSync(${JSON.stringify(pidFile)}, String(process.pid)); for (;;); return { measured: x, claimed: 0 }; };
export default [mk('me/first', (x) => ({ measured: x, claimed: 0 })), mk('me/spins', spin), mk('me/last', (x) => ({ measured: x, claimed: 0 }))];
`;

/** A sweep of 4 points whose point 3 sends SIGTERM to gdcheck (its parent, with --jobs 2) and then loops. */
const SWEEP = `import { scenarios, type Scenario, type Sweep } from 'gdcheck';
const sweep: Sweep<number, number> = {
  points: () => [1, 2, 3, 4],
  label: (p) => \`p = \${p}\`,
  point: (_o, p) => { if (p === 3) { process.kill(process.send ? process.ppid : process.pid, 'SIGTERM'); for (;;); } return p * p; },
  report: (_o, rs, io) => { io.write(rs.join(',')); return 0; },
};
const s: Scenario = { name: 'term', description: 'squares', usage: '', settings: {}, sweep, run: scenarios.runSweep(sweep) };
export default s;
`;

/** Runs gdcheck in a process group of its own, as a batch scheduler does, with the progress line on stderr. */
function spawnGroup(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { detached: true, env: { ...process.env, GDCHECK_PROGRESS: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => { out += String(d); });
  child.stderr!.on('data', (d) => { err += String(d); });
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) => { child.on('close', (code) => resolve({ code, out, err })); });
  const when = (test: () => boolean): Promise<void> => new Promise((resolve) => { const poll = () => (test() ? resolve() : setTimeout(poll, 50)); poll(); });
  return { child, done, when, err: () => err };
}

/** Whether process `pid` has ended (a zombie not yet reaped by its new parent has ended too). */
const gone = (pid: number): boolean => {
  try { process.kill(pid, 0); } catch { return true; }
  try { return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8')); } catch { return false; }
};

describe('SIGTERM and SIGHUP keep the finished work, as Ctrl-C does', () => {
  it('SIGTERM to the process group of a shard run writes its finished task, marked interrupted, exit 143, no worker left', { timeout: 120_000 }, async () => {
    const dir = fileTree({}, 'gdcheck-sigterm-');
    const pidFile = join(dir, 'spinner.pid');
    writeFileSync(join(dir, 'c.ts'), claims(pidFile));
    const out = join(dir, 'shard-0.json');
    // --jobs 1 with the default time limit: the tasks run in one worker process, which spins on me/spins.
    const p = spawnGroup(['check', join(dir, 'c.ts'), '--no-db', '--runs', '10', '--jobs', '1', '--shard', '0/1', '--out', out]);
    await p.when(() => /\[1\/3\]/.test(p.err()) && existsSync(pidFile) && readFileSync(pidFile, 'utf8') !== '');
    process.kill(-p.child.pid!, 'SIGTERM');
    const r = await p.done;
    expect(r.code, r.err).toBe(143);
    expect(r.out).toBe(`interrupted (SIGTERM): shard 0/1 kept its 1 finished of 3 task(s) in ${out}, marked interrupted (merge refuses it: run the shard again)\n`);
    expect(r.err).toContain('interrupted (SIGTERM): stopping; the claims in progress in the worker processes are dropped, the finished ones kept');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ interrupted: true, results: [{ index: 0 }] });
    expect(gone(Number(readFileSync(pidFile, 'utf8'))), 'the spinning worker was stopped').toBe(true);
    expect(await runCli(['merge', out])).toMatchObject({ code: 2, err: `gdcheck: ${out}: shard 0/1 was interrupted (Ctrl-C or a signal) after 1 of 3 task(s): run it again\n` });
  });

  it('SIGTERM during a simulate --jobs 2 sweep keeps the finished points with --out, else says nothing was printed; exit 143', { timeout: 120_000 }, async () => {
    const project = fileTree({ 'gdcheck.config.json': JSON.stringify({ claims: ['claims'] }), 'claims/_scenario-term.ts': SWEEP }, 'gdcheck-sigterm-sweep-');
    const out = join(project, 'term.json');
    const shard = await execCli(['simulate', 'term', '--jobs', '2', '--shard', '0/1', '--out', out], project);
    expect(shard.code, shard.err).toBe(143);
    expect(shard.out).toMatch(new RegExp(`^interrupted \\(SIGTERM\\): shard 0/1 of term kept its [123] finished of 4 point\\(s\\) in ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, marked interrupted`));
    const kept = JSON.parse(readFileSync(out, 'utf8'));
    expect(kept.interrupted).toBe(true);
    // Point 3 ran after point 1 in the same worker, so point 1 was finished.
    expect(kept.results).toContainEqual({ index: 0, value: 1 });
    expect(kept.results.map((x: { index: number }) => x.index)).not.toContain(2);
    const plain = await execCli(['simulate', 'term', '--jobs', '2'], project);
    expect(plain.code).toBe(143);
    expect(plain.out).toBe('');
    expect(plain.err).toMatch(/interrupted \(SIGTERM\): term stopped after [123] of 4 point\(s\); nothing printed, since its report needs every point/);
  });

  it('SIGHUP during report --html shows the finished claims, leaves the report file as it was, exit 129', { timeout: 120_000 }, async () => {
    const project = fileTree({ 'gdcheck.config.json': JSON.stringify({ claims: ['claims'] }) }, 'gdcheck-sighup-');
    // me/spins sends SIGHUP to gdcheck (its parent when the claims run in a worker process) before it loops.
    mkdirSync(join(project, 'claims'));
    writeFileSync(join(project, 'claims', 'c.ts'), claims(join(project, 'pid')).replace('writeFileSync(', "process.kill(process.send ? process.ppid : process.pid, 'SIGHUP'); writeFileSync("));
    const html = join(project, 'r.html');
    writeFileSync(html, 'the previous report');
    const r = await execCli(['report', '--html', html, '--no-db', '--runs', '10', '--jobs', '1'], project);
    expect(r.code, r.err).toBe(129);
    expect(readFileSync(html, 'utf8')).toBe('the previous report');
    expect(r.out).toMatch(/me\/first[\s\S]*interrupted: SIGHUP stopped the run[\s\S]*interrupted \(SIGHUP\) after 1 finished claim\(s\)/);
    expect(r.err).toContain(`interrupted (SIGHUP): the report was not written (${html} is as it was); the 1 finished claim(s) are shown above\n`);
  });
});
