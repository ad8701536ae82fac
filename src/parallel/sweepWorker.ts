/** A worker process of a sweep (sweep.ts): loads the scenario's file, then runs the points the parent hands out. */
import { serveJobs } from './pool.ts';
import { importWithDeadline } from '../core/userFile.ts';
import { PointError, runPoint, toJsonValue, type Sweep } from '../scenarios/sweep.ts';
import { UserError } from '../core/errors.ts';
import type { Scenario } from '../scenarios/scenario.ts';
import type { PointJob, SweepInit } from './sweep.ts';

await serveJobs<PointJob, unknown>(async (init) => {
  const { file, name, opts } = init as SweepInit;
  const mod = await importWithDeadline(file);
  const list = (Array.isArray(mod.default) ? mod.default : [mod.default]) as (Scenario | undefined)[];
  const s = list.find((x) => x?.name === name);
  if (!s?.sweep) throw new Error(`${file}: no sweep scenario '${name}' (the parent loaded it, so the file changed?)`);
  const sweep: Sweep = s.sweep;
  const points = sweep.points(opts);
  // Sent as its JSON value, decoded by the parent (sweep.ts).
  return async (j) => {
    try {
      return toJsonValue(await runPoint(sweep, opts, points[j.index]));
    } catch (e) {
      // As simulate names the scenario of a failing point (cli/commands/simulate.ts).
      throw e instanceof PointError ? new UserError(`scenario '${name}': ${e.message}`) : e;
    }
  };
});
