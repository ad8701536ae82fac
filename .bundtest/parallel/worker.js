import {
  runTask
} from "../chunk-KVEXDBCR.js";
import {
  serveJobs
} from "../chunk-RB43IZ5W.js";
import "../chunk-FIGVPWOE.js";
import "../chunk-2MI5EISQ.js";
import "../chunk-LVUM6PTI.js";
import "../chunk-WVPELFOJ.js";
import "../chunk-WZMLMJOQ.js";
import {
  loadFiles
} from "../chunk-27THDAXQ.js";
import "../chunk-GAT5BCTC.js";
import "../chunk-6LT5EU5C.js";
import "../chunk-RYYXEEND.js";

// dist/parallel/worker.js
await serveJobs(async (init) => {
  const { files, ctx } = init;
  const loaded = await loadFiles(files);
  if (loaded.errors.length)
    throw new Error(`a worker could not load ${loaded.errors[0].file}: ${loaded.errors[0].message}`);
  const byId = new Map(loaded.claims.map((c) => [c.id, c]));
  return (t, progress) => runTask(byId, t, { ...ctx, progress });
});
