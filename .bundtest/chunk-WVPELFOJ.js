import {
  VERSION
} from "./chunk-WZMLMJOQ.js";
import {
  Q
} from "./chunk-GAT5BCTC.js";

// dist/db/examples.js
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// dist/db/encode.js
import Decimal from "decimal.js";
var NotEncodable = class extends Error {
};
var NotDecodable = class extends Error {
};
function encode(v) {
  if (v === null || typeof v === "boolean" || typeof v === "string")
    return v;
  if (v === void 0)
    return { $undefined: true };
  if (typeof v === "number")
    return Number.isFinite(v) && !Object.is(v, -0) ? v : { $number: Object.is(v, -0) ? "-0" : String(v) };
  if (typeof v === "bigint")
    return { $bigint: v.toString() };
  if (v instanceof Q)
    return { $Q: `${v.num}/${v.den}` };
  if (Decimal.isDecimal(v))
    return { $decimal: v.toString() };
  if (v instanceof Float64Array)
    return { $Float64Array: Array.from(v, (x) => encode(x)) };
  if (Array.isArray(v))
    return v.map(encode);
  if (typeof v === "object") {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null)
      throw new NotEncodable(`an instance of ${proto?.constructor?.name ?? "an unknown class"} has no exact encoding`);
    const out = {};
    for (const [k, x] of Object.entries(v))
      out[k.startsWith("$") ? `$${k}` : k] = encode(x);
    return out;
  }
  throw new NotEncodable(`a ${typeof v} has no exact encoding`);
}
var BIGINT = /^-?\d+$/;
function decode(j) {
  if (j === null || typeof j !== "object")
    return j;
  if (Array.isArray(j))
    return j.map(decode);
  const keys = Object.keys(j);
  if (keys.length === 1 && keys[0].startsWith("$") && !keys[0].startsWith("$$")) {
    const [k] = keys;
    const x = j[k];
    switch (k) {
      case "$undefined":
        return void 0;
      case "$number": {
        if (x === "-0")
          return -0;
        if (x === "NaN" || x === "Infinity" || x === "-Infinity")
          return Number(x);
        break;
      }
      case "$bigint":
        if (typeof x === "string" && BIGINT.test(x))
          return BigInt(x);
        break;
      case "$Q": {
        const m = typeof x === "string" ? /^(-?\d+)\/(\d+)$/.exec(x) : null;
        if (m && m[2] !== "0")
          return new Q(BigInt(m[1]), BigInt(m[2]));
        break;
      }
      case "$decimal": {
        if (typeof x === "string") {
          try {
            return new Decimal(x);
          } catch {
          }
        }
        break;
      }
      case "$Float64Array":
        if (Array.isArray(x))
          return Float64Array.from(x.map((e) => decodeNumber(e)));
        break;
      default:
        throw new NotDecodable(`unknown tag '${k}'`);
    }
    throw new NotDecodable(`malformed ${k}: ${JSON.stringify(x).slice(0, 60)}`);
  }
  const out = {};
  for (const [k, x] of Object.entries(j))
    out[k.startsWith("$$") ? k.slice(1) : k] = decode(x);
  return out;
}
function decodeNumber(e) {
  const v = decode(e);
  if (typeof v !== "number")
    throw new NotDecodable(`a Float64Array entry is not a number: ${JSON.stringify(e)}`);
  return v;
}

// dist/db/examples.js
var dbDir = (projectRoot) => process.env.GDCHECK_DB_DIR || join(projectRoot, ".gdcheck", "examples");
var fileName = (claimId) => `${claimId.replace(/[^A-Za-z0-9._-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`)}.json`;
function readClaimFile(file) {
  const j = JSON.parse(readFileSync(file, "utf8"));
  if (!j || typeof j.claim !== "string" || !Array.isArray(j.examples))
    throw new NotDecodable('not a gdcheck examples file (needs "claim" and "examples")');
  return j;
}
function load(dir, claimId) {
  const file = join(dir, fileName(claimId));
  const out = { examples: [], unreadable: [], file };
  if (!existsSync(file))
    return out;
  let cf;
  try {
    cf = readClaimFile(file);
  } catch (e) {
    out.unreadable.push(`${file}: ${e.message.split("\n")[0]}`);
    return out;
  }
  cf.examples.forEach((e, k) => {
    const label = `saved counterexample #${k + 1} (found ${String(e?.found ?? "?").slice(0, 10)} by gdcheck ${e?.version ?? "?"})`;
    try {
      if (!e || typeof e.shown !== "string")
        throw new NotDecodable('entry has no "shown" instance');
      const hasValue = e.instance !== null && e.instance !== void 0;
      out.examples.push({ label, shown: e.shown, hasValue, value: hasValue ? decode(e.instance) : void 0, seed: e.seed ?? void 0, path: e.path ?? void 0 });
    } catch (err) {
      out.unreadable.push(`${label} no longer parses: ${err.message.split("\n")[0]}`);
    }
  });
  return out;
}
function save(dir, claimId, c, value, hasValue, seed, path) {
  const file = join(dir, fileName(claimId));
  let cf = { claim: claimId, examples: [] };
  if (existsSync(file)) {
    try {
      cf = readClaimFile(file);
    } catch {
      return false;
    }
  }
  if (cf.examples.some((e) => e.shown === c.instance && e.seed === (seed ?? null) && e.path === (path ?? null)))
    return false;
  let instance = null;
  if (hasValue) {
    try {
      instance = encode(value);
    } catch (e) {
      if (!(e instanceof NotEncodable))
        throw e;
    }
  }
  cf.examples.push({ instance, shown: c.instance, seed: seed ?? null, path: path ?? null, version: VERSION, found: (/* @__PURE__ */ new Date()).toISOString(), measured: c.measured, claimed: c.claimed });
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(cf, null, 2) + "\n");
  return true;
}
function list(dir) {
  if (!existsSync(dir))
    return [];
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => {
    const file = join(dir, f);
    try {
      const cf = readClaimFile(file);
      return { claim: cf.claim, file, examples: cf.examples };
    } catch (e) {
      return { claim: f.replace(/\.json$/, ""), file, examples: [], error: e.message.split("\n")[0] };
    }
  });
}
function clear(dir, id) {
  const removed = [];
  for (const l of list(dir)) {
    if (id !== void 0 && l.claim !== id && !l.claim.startsWith(`${id}/`))
      continue;
    rmSync(l.file);
    removed.push(l.claim);
  }
  return removed;
}

export {
  dbDir,
  load,
  save,
  list,
  clear
};
