/**
 * Runs a list of independent jobs on this thread and N − 1 worker threads: the claims and mutants
 * of `check` (tasks.ts), the sweep points of `simulate` (sweep.ts). Every participant takes the next
 * job index from one shared atomic counter, so jobs start in list order and nobody waits for a
 * dispatcher; results are kept by job index, so what is printed does not depend on the schedule.
 * This thread works too (a worker must first load the claim or scenario files, about as costly as a
 * job, and on N cores N participants is the most that helps). Jobs are deterministic in their
 * inputs, so a job run in a worker gives the outcome it gives here (test/parallel compares the JSON
 * of --jobs 1 and --jobs 2, for check and for simulate).
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { COMPILED, PACKAGE_ROOT_URL } from '../core/packageRoot.ts';

/** The default of --jobs: the number of cores this process may use. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

/** A job: its position in the run's list. */
export interface Job { index: number }

export interface PoolOptions<J extends Job, R> {
  jobs: number;
  /** The worker's module (compiled or source, as this module is), which calls serveJobs. */
  entry: string;
  /** What a worker needs besides the jobs (structured-cloneable: files to load, the run's settings). */
  init: object;
  /** Runs one job on this thread. */
  runHere(job: J, progress: (message: string) => void): Promise<R>;
  /** A job's name, for a worker's failure. */
  label(job: J): string;
  /** Stops taking new jobs and terminates the workers; the results finished so far are returned. */
  signal?: AbortSignal;
  /** A job started. */
  start?(job: J): void;
  /** A line of progress from inside a running job. */
  sub?(job: J, message: string): void;
  /** A job finished. */
  done?(job: J, r: R): void;
}

/** Messages from a worker. */
export type FromWorker<R> =
  | { type: 'start'; index: number }
  | { type: 'result'; index: number; result: R }
  | { type: 'progress'; index: number; message: string }
  | { type: 'finished' }
  | { type: 'error'; index?: number; message: string };

/** What a worker receives: the jobs, the shared counter, and the pool's `init`. */
export interface WorkerInit<J extends Job> { jobs: J[]; counter: SharedArrayBuffer; init: object }

/**
 * A worker starts from a tiny bootstrap that, running from src/, installs the command's module
 * loaders first (bin/loaders.mjs: tsx and the resolve hook of `gdcheck`), since loader hooks are per
 * thread: claim files, the user's own included, load in a worker exactly as in the main thread.
 * From dist/ the worker module is plain JavaScript, and files install the loaders when they need them
 * (src/core/moduleLoading.ts), as in the main thread.
 */
function bootstrap(): string {
  if (COMPILED) return `import(require('node:worker_threads').workerData.entry);`;
  const loaders = new URL('bin/loaders.mjs', PACKAGE_ROOT_URL).href;
  return `const { workerData } = require('node:worker_threads');
import(${JSON.stringify(loaders)}).then((l) => l.installLoaders('src')).then(() => import(workerData.entry));`;
}

const yieldToEvents = () => new Promise<void>((r) => setImmediate(r));
const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

/** Runs every job; resolves with the results by job index (a subset when aborted). */
export async function runJobs<J extends Job, R>(jobs: readonly J[], o: PoolOptions<J, R>): Promise<Map<number, R>> {
  const results = new Map<number, R>();
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const extra = Math.max(0, Math.min(o.jobs, jobs.length) - 1);
  const workers: Worker[] = [];
  let failure: Error | undefined;
  let stop = () => {};
  const stopped = new Promise<void>((r) => { stop = r; });
  const fail = (message: string) => { failure ??= new Error(message); Atomics.store(counter, 0, jobs.length); stop(); };
  const onAbort = () => { Atomics.store(counter, 0, jobs.length); stop(); };
  o.signal?.addEventListener('abort', onAbort, { once: true });
  const byIndex = new Map(jobs.map((j) => [j.index, j]));

  // Workers still busy; the run is over when this thread is done and this is zero.
  let busy = extra;
  const allDone = new Promise<void>((resolve) => {
    if (busy === 0) resolve();
    const init: WorkerInit<J> = { jobs: [...jobs], counter: counter.buffer as SharedArrayBuffer, init: o.init };
    for (let k = 0; k < extra; k++) {
      const w = new Worker(bootstrap(), { eval: true, workerData: { entry: o.entry, init } });
      workers.push(w);
      let current: J | undefined;
      let over = false;
      const end = () => { if (!over) { over = true; if (--busy === 0) resolve(); } };
      w.on('message', (msg: FromWorker<R>) => {
        if (msg.type === 'start') { current = byIndex.get(msg.index); if (current) o.start?.(current); }
        else if (msg.type === 'progress') { if (current) o.sub?.(current, msg.message); }
        else if (msg.type === 'result') { results.set(msg.index, msg.result); if (current) o.done?.(current, msg.result); current = undefined; }
        else if (msg.type === 'finished') end();
        else if (msg.type === 'error') { fail(current ? `${o.label(current)}: ${msg.message}` : `a worker failed: ${msg.message}`); end(); }
      });
      w.on('error', (e) => { fail(`a worker failed: ${firstLine(e)}`); end(); });
      w.on('exit', () => { if (!over && !o.signal?.aborted) fail(`a worker exited before its jobs were done${current ? ` (in ${o.label(current)})` : ''}`); end(); });
    }
  });

  try {
    for (;;) {
      const i = Atomics.add(counter, 0, 1);
      if (i >= jobs.length) break;
      const j = jobs[i]!;
      o.start?.(j);
      const r = await o.runHere(j, (m) => o.sub?.(j, m));
      results.set(j.index, r);
      o.done?.(j, r);
      await yieldToEvents(); // let the workers' messages (results, progress) through between jobs
    }
    await Promise.race([allDone, stopped]);
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure) throw failure;
  return results;
}

/**
 * The worker's side: `prepare` loads what the jobs need (from the pool's `init`) and returns the
 * function that runs one; then jobs are taken from the shared counter until the list is exhausted,
 * each result (and each progress line) posted back.
 */
export async function serveJobs<J extends Job, R>(prepare: (init: object) => Promise<(job: J, progress: (message: string) => void) => Promise<R>>): Promise<void> {
  const port = parentPort!;
  const { jobs, counter: shared, init } = workerData.init as WorkerInit<J>;
  const post = (m: FromWorker<R>) => port.postMessage(m);
  try {
    const run = await prepare(init);
    const counter = new Int32Array(shared);
    for (;;) {
      const i = Atomics.add(counter, 0, 1);
      if (i >= jobs.length) break;
      const j = jobs[i]!;
      post({ type: 'start', index: j.index });
      try {
        post({ type: 'result', index: j.index, result: await run(j, (message) => post({ type: 'progress', index: j.index, message })) });
      } catch (e) {
        post({ type: 'error', index: j.index, message: firstLine(e) });
        return;
      }
    }
    post({ type: 'finished' });
  } catch (e) {
    post({ type: 'error', message: firstLine(e) });
  }
}
