import {
  runPoint
} from "../chunk-55JYQ33C.js";
import {
  serveJobs
} from "../chunk-RB43IZ5W.js";
import {
  importWithDeadline,
  importableUrl
} from "../chunk-6LT5EU5C.js";
import "../chunk-RYYXEEND.js";

// dist/parallel/sweepWorker.js
await serveJobs(async (init) => {
  const { file, name, opts } = init;
  const mod = await importWithDeadline(await importableUrl(file));
  const list = Array.isArray(mod.default) ? mod.default : [mod.default];
  const s = list.find((x) => x?.name === name);
  if (!s?.sweep)
    throw new Error(`${file}: no sweep scenario '${name}' (the main thread loaded it, so the file changed?)`);
  const sweep = s.sweep;
  const points = sweep.points(opts);
  return (j) => runPoint(sweep, opts, points[j.index]);
});
