/**
 * Runs a task list on this thread and N − 1 worker threads. Every participant takes the next task
 * index from one shared atomic counter, so tasks start in list order and nobody waits for a
 * dispatcher; results are kept by task index, so what is printed does not depend on the schedule.
 * This thread works too (a worker must first load the claim registry, about as costly as a claim,
 * and on N cores N participants is the most that helps). Claims are deterministic in (seed, runs,
 * digits, budget), so a claim run in a worker gives the outcome it gives here (test/parallel
 * compares the JSON of --jobs 1 and --jobs 2).
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Claim } from '../core/claim.ts';
import { runTask, taskLabel, type PlainContext, type Task, type TaskResult } from './tasks.ts';
import type { FromWorker, WorkerInit } from './worker.ts';

/** The default of --jobs: the number of cores this process may use. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

export interface PoolOptions {
  jobs: number;
  /** The claim files the workers load (those this thread loaded the claims from). */
  files: string[];
  ctx: PlainContext;
  /** Stops taking new tasks and terminates the workers; the results finished so far are returned. */
  signal?: AbortSignal;
  /** A task started. */
  start?(t: Task): void;
  /** A line of progress from inside a running task. */
  sub?(t: Task, message: string): void;
  /** A task finished. */
  done?(t: Task, r: TaskResult): void;
}

// The worker's module, as source or compiled JavaScript, whichever this module is.
const WORKER_URL = new URL(`./worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url).href;

/**
 * A worker starts from a tiny bootstrap that, running from src/, installs the command's module
 * loaders first (bin/loaders.mjs: tsx and the resolve hook of `gdcheck`), since loader hooks are per
 * thread: claim files, the user's own included, load in a worker exactly as in the main thread.
 */
function bootstrap(): string {
  // From dist/ the worker module is plain JavaScript, and claim files install the loaders when they
  // need them (src/core/moduleLoading.ts), as in the main thread.
  if (!import.meta.url.endsWith('.ts')) return `import(require('node:worker_threads').workerData.entry);`;
  const loaders = new URL('../../bin/loaders.mjs', import.meta.url).href;
  return `const { workerData } = require('node:worker_threads');
import(${JSON.stringify(loaders)}).then((l) => l.installLoaders('src')).then(() => import(workerData.entry));`;
}

const yieldToEvents = () => new Promise<void>((r) => setImmediate(r));

/** Runs every task; resolves with the results by task index (a subset when aborted). */
export async function runTasks(claims: readonly Claim[], tasks: readonly Task[], o: PoolOptions): Promise<Map<number, TaskResult>> {
  const results = new Map<number, TaskResult>();
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const extra = Math.max(0, Math.min(o.jobs, tasks.length) - 1);
  const workers: Worker[] = [];
  let failure: Error | undefined;
  let stop = () => {};
  const stopped = new Promise<void>((r) => { stop = r; });
  const fail = (message: string) => { failure ??= new Error(message); Atomics.store(counter, 0, tasks.length); stop(); };
  const onAbort = () => { Atomics.store(counter, 0, tasks.length); stop(); };
  o.signal?.addEventListener('abort', onAbort, { once: true });

  // Workers still busy; the run is over when this thread is done and this is zero.
  let busy = extra;
  const allDone = new Promise<void>((resolve) => {
    if (busy === 0) resolve();
    const init: WorkerInit = { files: o.files, ctx: o.ctx, tasks: [...tasks], counter: counter.buffer as SharedArrayBuffer };
    for (let k = 0; k < extra; k++) {
      const w = new Worker(bootstrap(), { eval: true, workerData: { entry: WORKER_URL, init } });
      workers.push(w);
      let current: Task | undefined;
      let over = false;
      const end = () => { if (!over) { over = true; if (--busy === 0) resolve(); } };
      w.on('message', (msg: FromWorker) => {
        if (msg.type === 'start') { current = tasks.find((t) => t.index === msg.index); if (current) o.start?.(current); }
        else if (msg.type === 'progress') { if (current) o.sub?.(current, msg.message); }
        else if (msg.type === 'result') { results.set(msg.result.index, msg.result); if (current) o.done?.(current, msg.result); current = undefined; }
        else if (msg.type === 'finished') end();
        else if (msg.type === 'error') { fail(current ? `${taskLabel(current)}: ${msg.message}` : `a worker failed: ${msg.message}`); end(); }
      });
      w.on('error', (e) => { fail(`a worker failed: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`); end(); });
      w.on('exit', () => { if (!over && !o.signal?.aborted) fail(`a worker exited before its tasks were done${current ? ` (in ${taskLabel(current)})` : ''}`); end(); });
    }
  });

  try {
    const byId = new Map(claims.map((c) => [c.id, c]));
    for (;;) {
      const i = Atomics.add(counter, 0, 1);
      if (i >= tasks.length) break;
      const t = tasks[i]!;
      o.start?.(t);
      const r = await runTask(byId, t, { ...o.ctx, progress: (m) => o.sub?.(t, m) });
      results.set(t.index, r);
      o.done?.(t, r);
      await yieldToEvents(); // let the workers' messages (results, progress) through between tasks
    }
    await Promise.race([allDone, stopped]);
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure) throw failure;
  return results;
}
