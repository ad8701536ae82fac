/**
 * The process pool of --jobs (src/parallel/pool.ts), on a fixture child: every job's result by its
 * index, a claim's group kept in one process, a child's crash reported in one line naming the job, and
 * a job past the time limit stopped (its child killed and replaced).
 */
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runJobs } from '../../src/parallel/pool.ts';
import { UserError } from '../../src/core/errors.ts';

const ENTRY = pathToFileURL(join(import.meta.dirname, 'fixtures', 'poolEntry.ts')).href;
interface J { index: number; group: string }
// Groups of 1 to 4 consecutive jobs, as a claim and its mutants.
const JOBS: J[] = Array.from({ length: 30 }, (_, index) => ({ index, group: `g${Math.floor(index / 3) + (index % 7 === 0 ? 100 : 0)}` }));

const options = (init: object) => ({
  jobs: 2, entry: ENTRY, init,
  runHere: async () => { throw new Error('with --jobs 2 no job runs in the parent'); },
  label: (j: J) => `job ${j.index}`,
  group: (j: J) => j.group,
});

describe('the process pool of --jobs', () => {
  it('runs every job in a child, once, and keeps each group in one process', { timeout: 60_000 }, async () => {
    const started: number[] = [];
    const results = await runJobs<J, { pid: number; value: number }>(JOBS, { ...options({ factor: 3 }), start: (j) => started.push(j.index) });
    expect([...results.keys()].sort((a, b) => a - b)).toEqual(JOBS.map((j) => j.index));
    for (const j of JOBS) expect(results.get(j.index)!.value).toBe(3 * j.index);
    expect([...started].sort((a, b) => a - b)).toEqual(JOBS.map((j) => j.index));
    const pids = new Set([...results.values()].map((r) => r.pid));
    expect(pids.has(process.pid)).toBe(false);
    for (const j of JOBS) {
      const mates = JOBS.filter((k) => k.group === j.group && Math.abs(k.index - j.index) === 1);
      for (const k of mates) expect(results.get(k.index)!.pid, `${j.index} and ${k.index} share group ${j.group}`).toBe(results.get(j.index)!.pid);
    }
  });

  it("reports a child's crash in one line that names the job and the child's last words", { timeout: 60_000 }, async () => {
    const run = runJobs<J, { pid: number; value: number }>(JOBS, options({ factor: 1, crashAt: 11 }));
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(/^job 11: its worker process exited with code 7 \(its last words: Error: the fixture crashed on purpose\); no report$/);
  });

  it('ends the run with the one line of --jobs 1 when a job throws from a timer (a user error, not an internal one)', { timeout: 60_000 }, async () => {
    const run = runJobs<J, { pid: number; value: number }>(JOBS, options({ factor: 1, throwLaterAt: 5 }));
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(/^error thrown asynchronously: thrown from a timer$/);
  });

  it('stops a child whose job overran the time limit, gives that job its overran result, and runs the rest in a fresh child', { timeout: 60_000 }, async () => {
    const spun = join(mkdtempSync(join(tmpdir(), 'gdcheck-pool-spin-')), 'pid');
    const overran: number[] = [];
    for (const jobs of [1, 2]) {
      const results = await runJobs<J, { pid: number; value: number }>(JOBS.slice(0, 8), { ...options({ factor: 2, spinAt: 3, spun }), jobs, timeLimit: 0.5, overran: (j, s) => { overran.push(j.index); return { pid: -1, value: -s }; } });
      expect([...results.keys()].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(results.get(3)).toEqual({ pid: -1, value: -0.5 });
      for (const k of [0, 1, 2, 4, 5, 6, 7]) expect(results.get(k)!.value).toBe(2 * k);
      // The spinning child was killed: job 3's mates after it ran in another process.
      const spinner = Number(readFileSync(spun, 'utf8'));
      expect(results.get(4)!.pid).not.toBe(spinner);
      expect(() => process.kill(spinner, 0)).toThrow();
    }
    expect(overran).toEqual([3, 3]);
  });

  it('ends the run with one line naming the job when an overrun has no result of its own (a sweep point)', { timeout: 60_000 }, async () => {
    const spun = join(mkdtempSync(join(tmpdir(), 'gdcheck-pool-spin-')), 'pid');
    const run = runJobs<J, { pid: number; value: number }>(JOBS.slice(0, 6), { ...options({ factor: 1, spinAt: 2, spun }), jobs: 1, timeLimit: 0.5 });
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(/^job 2: did not finish within 0\.5 s \(--time-limit\)$/);
  });

  it('starts no job when the run was interrupted before it (a signal while the claim files loaded)', { timeout: 60_000 }, async () => {
    for (const jobs of [1, 2]) {
      const started: number[] = [];
      const results = await runJobs<J, number>(JOBS.slice(0, 6), { ...options({ factor: 1 }), jobs, timeLimit: 0, signal: AbortSignal.abort(), runHere: async (j) => j.index, start: (j) => started.push(j.index) });
      expect(results.size).toBe(0);
      expect(started).toEqual([]);
    }
  });

  it('runs in this process with --jobs 1', async () => {
    const results = await runJobs<J, number>(JOBS.slice(0, 4), { ...options({}), jobs: 1, runHere: async (j) => j.index + 1 });
    expect([...results.values()]).toEqual([1, 2, 3, 4]);
  });
});

describe('the schedule of --jobs', () => {
  it('gives each child a job before any child gets one in reserve (two jobs, two children: one each)', { timeout: 60_000 }, async () => {
    // Job 0 waits for job 1: with job 1 in reserve behind it in the same child, it would wait in vain.
    const two = JOBS.slice(0, 2).map((_, index) => ({ index, group: `only${index}` }));
    const meet = mkdtempSync(join(tmpdir(), 'gdcheck-pool-meet-'));
    const results = await runJobs<J, { pid: number; value: number }>(two, options({ factor: 1, meet }));
    expect(results.get(0)!.value, 'job 0 saw job 1 run').toBe(0);
    expect(results.get(0)!.pid).not.toBe(results.get(1)!.pid);
  });
});
