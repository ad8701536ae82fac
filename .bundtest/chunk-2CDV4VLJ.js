import {
  taskLabel
} from "./chunk-KVEXDBCR.js";
import {
  fromJsonValue,
  toJsonValue
} from "./chunk-55JYQ33C.js";
import {
  UserError
} from "./chunk-RYYXEEND.js";

// dist/parallel/shard.js
import { readFileSync, renameSync, writeFileSync } from "node:fs";
function shardOption(raw) {
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(raw);
  if (!m)
    throw new UserError(`--shard must look like i/N (for example 0/4), got '${raw}'`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > 1e5 || index >= count)
    throw new UserError(`--shard i/N needs 0 \u2264 i < N \u2264 100000, got '${raw}'`);
  return { index, count };
}
function shardTasks(jobs, s) {
  return jobs.filter((t) => t.index % s.count === s.index);
}
var SHARD_FORMAT = "gdcheck-shard/1";
var SWEEP_SHARD_FORMAT = "gdcheck-sweep-shard/1";
function shardFile(tasks, results, shard, o) {
  return {
    format: SHARD_FORMAT,
    shard,
    run: { ctx: { seed: o.seed, runs: o.runs, digits: o.digits, budget: o.budget }, mutants: !!o.mutants, tasks: tasks.map(taskLabel) },
    results: [...results.values()].sort((a, b) => a.index - b.index)
  };
}
function sweepShardFile(run, labels, results, shard) {
  return {
    format: SWEEP_SHARD_FORMAT,
    shard,
    run: { ...run, jobs: labels },
    results: [...results].sort(([a], [b]) => a - b).map(([index, value]) => ({ index, value: toJsonValue(value) }))
  };
}
function writeShardFile(file, content) {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content === null ? "" : JSON.stringify(content) + "\n");
    renameSync(tmp, file);
  } catch (e) {
    throw new UserError(`cannot write ${file}: ${e.message.split("\n")[0]}`);
  }
}
function readShard(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UserError(`cannot read ${file}: ${e.message.split("\n")[0]}`);
  }
  let f;
  try {
    f = JSON.parse(text);
  } catch {
    throw new UserError(`${file}: not a shard file (not JSON${text.trim() === "" ? ": empty, was its run cut short?" : ""})`);
  }
  const labels = f?.format === SHARD_FORMAT ? f.run?.tasks : f?.format === SWEEP_SHARD_FORMAT ? f.run?.jobs : void 0;
  if (!f?.shard || !f.run || !Array.isArray(f.results) || !Array.isArray(labels))
    throw new UserError(`${file}: not a ${SHARD_FORMAT} or ${SWEEP_SHARD_FORMAT} file`);
  return f;
}
function mergeAny(files) {
  if (files.length === 0)
    throw new UserError("merge needs the shard files of one run");
  const shards = files.map((f) => [f, readShard(f)]);
  const [first, head] = shards[0];
  const key = JSON.stringify([head.format, head.run]);
  const [noun, list] = head.format === SHARD_FORMAT ? ["task", "claim list"] : ["point", "scenario or point list"];
  const count = head.shard.count;
  const seen = /* @__PURE__ */ new Map();
  for (const [file, s] of shards) {
    if (JSON.stringify([s.format, s.run]) !== key)
      throw new UserError(`${file} is from a different run than ${first} (settings or ${list} differ)`);
    if (s.shard.count !== count)
      throw new UserError(`${file} is shard ${s.shard.index}/${s.shard.count}, but ${first} is one of ${count}`);
    const prev = seen.get(s.shard.index);
    if (prev)
      throw new UserError(`shard ${s.shard.index}/${count} given twice: ${prev} and ${file}`);
    seen.set(s.shard.index, file);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
  if (missing.length)
    throw new UserError(`missing shard(s) ${missing.map((i) => `${i}/${count}`).join(", ")} of this run`);
  const labels = head.format === SHARD_FORMAT ? head.run.tasks : head.run.jobs;
  const results = /* @__PURE__ */ new Map();
  for (const [file, s] of shards) {
    for (const r of s.results) {
      if (!Number.isInteger(r.index) || r.index < 0 || r.index >= labels.length || r.index % count !== s.shard.index)
        throw new UserError(`${file}: a result for ${noun} ${r.index}, which is not in shard ${s.shard.index}/${count}`);
      results.set(r.index, r);
    }
  }
  const absent = labels.findIndex((_, i) => !results.has(i));
  if (absent >= 0)
    throw new UserError(`no result for ${labels.length - results.size} ${noun}(s), first ${labels[absent]} (shard ${absent % count}/${count}: was its run cut short?)`);
  return { run: head.run, labels, results };
}
function mergeShards(files) {
  const { run, labels, results } = mergeAny(files);
  const tasks = labels.map((label, index) => {
    const k = label.indexOf("~");
    return k < 0 ? { index, claim: label } : { index, claim: label.slice(0, k), mutant: label.slice(k + 1) };
  });
  return { run, tasks, results };
}
function mergeSweepShards(files) {
  const { run, labels, results } = mergeAny(files);
  return { run, values: labels.map((_, i) => fromJsonValue(results.get(i).value)) };
}

export {
  shardOption,
  shardTasks,
  SWEEP_SHARD_FORMAT,
  shardFile,
  sweepShardFile,
  writeShardFile,
  readShard,
  mergeShards,
  mergeSweepShards
};
