// dist/parallel/pool.js
import { Worker, parentPort, workerData } from "node:worker_threads";
import { availableParallelism } from "node:os";
var defaultJobs = () => Math.max(1, availableParallelism());
function bootstrap() {
  if (!import.meta.url.endsWith(".ts"))
    return `import(require('node:worker_threads').workerData.entry);`;
  const loaders = new URL("../../bin/loaders.mjs", import.meta.url).href;
  return `const { workerData } = require('node:worker_threads');
import(${JSON.stringify(loaders)}).then((l) => l.installLoaders('src')).then(() => import(workerData.entry));`;
}
var yieldToEvents = () => new Promise((r) => setImmediate(r));
var firstLine = (e) => (e instanceof Error ? e.message : String(e)).split("\n")[0];
async function runJobs(jobs, o) {
  const results = /* @__PURE__ */ new Map();
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const extra = Math.max(0, Math.min(o.jobs, jobs.length) - 1);
  const workers = [];
  let failure;
  let stop = () => {
  };
  const stopped = new Promise((r) => {
    stop = r;
  });
  const fail = (message) => {
    failure ??= new Error(message);
    Atomics.store(counter, 0, jobs.length);
    stop();
  };
  const onAbort = () => {
    Atomics.store(counter, 0, jobs.length);
    stop();
  };
  o.signal?.addEventListener("abort", onAbort, { once: true });
  const byIndex = new Map(jobs.map((j) => [j.index, j]));
  let busy = extra;
  const allDone = new Promise((resolve) => {
    if (busy === 0)
      resolve();
    const init = { jobs: [...jobs], counter: counter.buffer, init: o.init };
    for (let k = 0; k < extra; k++) {
      const w = new Worker(bootstrap(), { eval: true, workerData: { entry: o.entry, init } });
      workers.push(w);
      let current;
      let over = false;
      const end = () => {
        if (!over) {
          over = true;
          if (--busy === 0)
            resolve();
        }
      };
      w.on("message", (msg) => {
        if (msg.type === "start") {
          current = byIndex.get(msg.index);
          if (current)
            o.start?.(current);
        } else if (msg.type === "progress") {
          if (current)
            o.sub?.(current, msg.message);
        } else if (msg.type === "result") {
          results.set(msg.index, msg.result);
          if (current)
            o.done?.(current, msg.result);
          current = void 0;
        } else if (msg.type === "finished")
          end();
        else if (msg.type === "error") {
          fail(current ? `${o.label(current)}: ${msg.message}` : `a worker failed: ${msg.message}`);
          end();
        }
      });
      w.on("error", (e) => {
        fail(`a worker failed: ${firstLine(e)}`);
        end();
      });
      w.on("exit", () => {
        if (!over && !o.signal?.aborted)
          fail(`a worker exited before its jobs were done${current ? ` (in ${o.label(current)})` : ""}`);
        end();
      });
    }
  });
  try {
    for (; ; ) {
      const i = Atomics.add(counter, 0, 1);
      if (i >= jobs.length)
        break;
      const j = jobs[i];
      o.start?.(j);
      const r = await o.runHere(j, (m) => o.sub?.(j, m));
      results.set(j.index, r);
      o.done?.(j, r);
      await yieldToEvents();
    }
    await Promise.race([allDone, stopped]);
  } finally {
    o.signal?.removeEventListener("abort", onAbort);
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure)
    throw failure;
  return results;
}
async function serveJobs(prepare) {
  const port = parentPort;
  const { jobs, counter: shared, init } = workerData.init;
  const post = (m) => port.postMessage(m);
  try {
    const run = await prepare(init);
    const counter = new Int32Array(shared);
    for (; ; ) {
      const i = Atomics.add(counter, 0, 1);
      if (i >= jobs.length)
        break;
      const j = jobs[i];
      post({ type: "start", index: j.index });
      try {
        post({ type: "result", index: j.index, result: await run(j, (message) => post({ type: "progress", index: j.index, message })) });
      } catch (e) {
        post({ type: "error", index: j.index, message: firstLine(e) });
        return;
      }
    }
    post({ type: "finished" });
  } catch (e) {
    post({ type: "error", message: firstLine(e) });
  }
}

export {
  defaultJobs,
  runJobs,
  serveJobs
};
