/**
 * A worker process of `check --jobs` (tasks.ts): loads the run's claim files (the parent process loaded
 * them already, so they load), then runs the tasks the parent hands out (pool.ts).
 */
import { loadFiles } from '../core/registry.ts';
import { serveJobs } from './pool.ts';
import { runTask, type PlainContext, type Task, type TaskResult } from './tasks.ts';

await serveJobs<Task, TaskResult>(async (init) => {
  const { files, ctx } = init as { files: string[]; ctx: PlainContext };
  const loaded = await loadFiles(files);
  // The parent loaded these files; one failing here is an environment fault, named as such.
  if (loaded.errors.length) throw new Error(`a worker could not load ${loaded.errors[0]!.file}: ${loaded.errors[0]!.message}`);
  const byId = new Map(loaded.claims.map((c) => [c.id, c]));
  return (t, progress) => runTask(byId, t, { ...ctx, progress });
});
