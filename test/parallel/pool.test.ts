/**
 * The process pool of --jobs (src/parallel/pool.ts), on a fixture child: every job's result by its
 * index, a claim's group kept in one process, and a child's crash reported in one line naming the job.
 */
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
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
