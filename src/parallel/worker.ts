/**
 * A worker thread of the pool: loads the run's claim files (the main thread loaded them already, so they load), then takes task indices from the shared
 * counter until the list is exhausted, posting each result (and sub-progress lines) back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadFiles } from '../core/registry.ts';
import { runTask, type PlainContext, type Task, type TaskResult } from './tasks.ts';

export interface WorkerInit { files: string[]; ctx: PlainContext; tasks: Task[]; counter: SharedArrayBuffer }
export type FromWorker =
  | { type: 'start'; index: number }
  | { type: 'result'; result: TaskResult }
  | { type: 'progress'; index: number; message: string }
  | { type: 'finished' }
  | { type: 'error'; index?: number; message: string };

const port = parentPort!;
const init = workerData.init as WorkerInit;
const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

async function work(): Promise<void> {
  const loaded = await loadFiles(init.files);
  // The main thread loaded these files; one failing here is an environment fault, named as such.
  if (loaded.errors.length) throw new Error(`a worker could not load ${loaded.errors[0]!.file}: ${loaded.errors[0]!.message}`);
  const byId = new Map(loaded.claims.map((c) => [c.id, c]));
  const counter = new Int32Array(init.counter);
  for (;;) {
    const i = Atomics.add(counter, 0, 1);
    if (i >= init.tasks.length) break;
    const t = init.tasks[i]!;
    port.postMessage({ type: 'start', index: t.index } satisfies FromWorker);
    try {
      const result = await runTask(byId, t, { ...init.ctx, progress: (message) => port.postMessage({ type: 'progress', index: t.index, message } satisfies FromWorker) });
      port.postMessage({ type: 'result', result } satisfies FromWorker);
    } catch (e) {
      port.postMessage({ type: 'error', index: t.index, message: firstLine(e) } satisfies FromWorker);
      return;
    }
  }
  port.postMessage({ type: 'finished' } satisfies FromWorker);
}

work().catch((e) => port.postMessage({ type: 'error', message: firstLine(e) } satisfies FromWorker));
