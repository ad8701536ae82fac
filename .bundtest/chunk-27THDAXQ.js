import {
  LoadTimeout,
  checkUserFile,
  importWithDeadline,
  importableUrl,
  markLoaded
} from "./chunk-6LT5EU5C.js";
import {
  UserError
} from "./chunk-RYYXEEND.js";

// dist/core/claim.js
var ReplayPathError = class extends Error {
};
function isClaim(x) {
  const c = x;
  return !!c && typeof c === "object" && typeof c.id === "string" && typeof c.run === "function" && Array.isArray(c.mutants);
}
function asExpected(verdict, expected) {
  return verdict === expected || expected === "holds" && verdict === "verified";
}

// dist/core/loadError.js
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
var escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function showLoadError(e) {
  return `${e.file}${e.line !== void 0 ? `:${e.line}${e.column !== void 0 ? `:${e.column}` : ""}` : ""}: ${e.message}`;
}
function locateLoadError(err, absPath, shown) {
  const plain = (s) => s.replace(/\x1b\[[0-9;]*m/g, "");
  const text = plain(err instanceof Error ? `${err.message}` : String(err));
  const stack = plain(err instanceof Error ? err.stack ?? "" : "");
  const url = pathToFileURL(absPath).href;
  const esb = new RegExp(`^(?:${escape(absPath)}|${escape(url)}|[^\\n]*?):(\\d+):(\\d+): ERROR: (.*)$`, "m").exec(text);
  if (esb)
    return { file: shown, line: Number(esb[1]), column: Number(esb[2]) + 1, message: `syntax error: ${esb[3].trim()}` };
  const first = firstLine(text);
  const oxc = /\[ *([^\]\s]+):(\d+):(\d+) *\]/.exec(text);
  if (oxc && absPath.endsWith(oxc[1].replace(/^(\.\.\/)+/, "").replace(/^\.\//, "")))
    return { file: shown, line: Number(oxc[2]), column: Number(oxc[3]), message: `syntax error: ${first}` };
  const parse = new RegExp(`^(?:${escape(url)}|${escape(absPath)}):(\\d+)\\n[^\\n]*\\n( *)\\^`, "m").exec(stack);
  if (parse)
    return { file: shown, line: Number(parse[1]), column: parse[2].length + 1, message: first };
  const frame = new RegExp(`(?:${escape(url)}|${escape(absPath)}):(\\d+):(\\d+)`).exec(stack);
  if (frame)
    return { file: shown, line: Number(frame[1]), column: Number(frame[2]), message: first };
  const spec = /(?:Cannot find (?:package|module) '([^']+)'|does not provide an export named '([^']+)')/.exec(text);
  if (spec) {
    const where = findInSource(absPath, spec[1] !== void 0 ? `'${spec[1]}'` : spec[2]) ?? findInSource(absPath, `"${spec[1]}"`);
    if (where)
      return { file: shown, ...where, message: first };
  }
  return { file: shown, message: first };
}
function firstLine(text) {
  const lines = text.split("\n").map((l) => l.trim().replace(/^(Error: )?(\[[A-Z_]+\] )?/, "")).filter((l) => l && !/^Transform failed with \d+ errors?:?$/.test(l));
  return lines[0] ?? "unknown error";
}
function findInSource(absPath, needle) {
  let src;
  try {
    src = readFileSync(absPath, "utf8");
  } catch {
    return void 0;
  }
  const k = src.indexOf(needle);
  if (k < 0)
    return void 0;
  const before = src.slice(0, k).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

// dist/core/config.js
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { dirname, join, resolve } from "node:path";
var __rewriteRelativeImportExtension = function(path, preserveJsx) {
  if (typeof path === "string" && /^\.\.?\//.test(path)) {
    return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function(m, tsx, d, ext, cm) {
      return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : d + ext + "." + cm.toLowerCase() + "js";
    });
  }
  return path;
};
var CONFIG_NAMES = ["gdcheck.config.json", "gdcheck.config.ts", "gdcheck.config.mjs", "gdcheck.config.js"];
function findConfigFile(cwd) {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES)
      if (existsSync(join(dir, name)))
        return join(dir, name);
    if (dirname(dir) === dir)
      return void 0;
  }
}
async function loadProject(cwd = process.cwd()) {
  const file = findConfigFile(cwd);
  if (!file)
    return { root: resolve(cwd), claims: [] };
  let raw;
  try {
    raw = file.endsWith(".json") ? JSON.parse(readFileSync2(file, "utf8")) : (await import(__rewriteRelativeImportExtension(await importableUrl(file)))).default;
  } catch (e) {
    throw new UserError(`${file}: cannot read the config: ${(e instanceof Error ? e.message : String(e)).split("\n").find((l) => l.trim() && !/^Transform failed/.test(l))?.trim()}`);
  }
  const claims = raw?.claims;
  if (!Array.isArray(claims) || claims.length === 0 || !claims.every((c) => typeof c === "string" && c.length > 0)) {
    throw new UserError(`${file}: "claims" must be a non-empty list of folders, e.g. { "claims": ["claims"] }`);
  }
  const root = dirname(file);
  const folders = claims.map((c) => resolve(root, c));
  const missing = folders.find((f) => !existsSync(f));
  if (missing)
    throw new UserError(`${file}: claim folder '${missing}' does not exist`);
  return { root, configFile: file, claims: folders };
}

// dist/core/registry.js
import { existsSync as existsSync2, readFileSync as readFileSync3, readdirSync, statSync } from "node:fs";
import { isAbsolute, join as join2, relative, resolve as resolve2 } from "node:path";
import { fileURLToPath } from "node:url";
var ROOT = resolve2(fileURLToPath(new URL(".", import.meta.url)), "../..");
var CLAIM_DIRS = ["properties", "proofs"];
var CLAIM_EXTENSIONS = [".ts", ".mts", ".js", ".mjs"];
var isClaimFileName = (name) => CLAIM_EXTENSIONS.some((e) => name.endsWith(e)) && !/\.d\.[mc]?ts$/.test(name) && !/\.(test|spec)\.[mc]?[jt]s$/.test(name) && !CONFIG_NAMES.includes(name);
var DEFAULT_EXPORT = /\bexport\s+default\b|\bexport\s*\{[^}]*\bdefault\b[^}]*\}/;
var NOT_A_CLAIM_FILE = "not a claim file: no 'export default', so it was not run (a claims folder holds claim files; start a helper's or a script's name with '_' to skip it)";
var MAX_FOLDERS = 500;
var MAX_FILES = 2e3;
function claimFiles(path, walk = { folders: 0, root: path }) {
  let st;
  try {
    st = statSync(path);
  } catch {
    return [];
  }
  if (!st.isDirectory())
    return [path];
  if (++walk.folders > MAX_FOLDERS)
    throw new UserError(`'${walk.root}' holds more than ${MAX_FOLDERS} folders: name the claims folder itself`);
  const out = [];
  let names;
  try {
    names = readdirSync(path).sort();
  } catch {
    return [];
  }
  for (const name of names) {
    if (name.startsWith("_") || name.startsWith(".") || name === "node_modules")
      continue;
    const full = join2(path, name);
    let sub;
    try {
      sub = statSync(full);
    } catch {
      continue;
    }
    if (sub.isDirectory())
      out.push(...claimFiles(full, walk));
    else if (isClaimFileName(name))
      out.push(full);
    if (out.length > MAX_FILES)
      throw new UserError(`'${walk.root}' holds more than ${MAX_FILES} TypeScript or JavaScript files: name the claims folder itself`);
  }
  return out;
}
var emptyLoaded = () => ({ claims: [], errors: [], fileOf: /* @__PURE__ */ new Map() });
function shownPath(file, base = process.cwd()) {
  const rel = relative(base, file);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}
async function loadFiles(files, into = emptyLoaded(), base = process.cwd()) {
  const seenId = new Map([...into.fileOf].map(([c, f]) => [c.id, f]));
  for (const file of files) {
    const shown = shownPath(file, base);
    let mod;
    try {
      checkUserFile(file);
    } catch (e) {
      into.errors.push({ file: shown, message: e.message.replace(`${file}: `, "") });
      continue;
    }
    let text = "";
    try {
      text = readFileSync3(file, "utf8");
    } catch {
    }
    if (text && !DEFAULT_EXPORT.test(text)) {
      into.errors.push({ file: shown, line: 1, column: 1, message: NOT_A_CLAIM_FILE });
      continue;
    }
    markLoaded(file);
    try {
      mod = await importWithDeadline(await importableUrl(file));
    } catch (e) {
      into.errors.push(e instanceof LoadTimeout ? { file: shown, line: 1, column: 1, message: e.message } : locateLoadError(e, file, shown));
      continue;
    }
    const at = findInSource(file, "export default") ?? { line: 1, column: 1 };
    if (mod.default === void 0) {
      into.errors.push({ file: shown, ...at, message: "no default export: a claim file default-exports a claim (propertyClaim, casesClaim, rateClaim, complexityClaim, derivationClaim or defineClaim)" });
      continue;
    }
    const exported = Array.isArray(mod.default) ? mod.default : [mod.default];
    for (const c of exported) {
      if (!isClaim(c)) {
        into.errors.push({ file: shown, ...at, message: "default export is not a claim (use propertyClaim, casesClaim, rateClaim, complexityClaim, derivationClaim or defineClaim)" });
        break;
      }
      if (c.expected === "inconclusive" && !c.open) {
        into.errors.push({ file: shown, ...at, message: `claim '${c.id}' expects 'inconclusive' but does not say why in 'open'` });
        continue;
      }
      const prev = seenId.get(c.id);
      if (prev !== void 0) {
        if (prev !== file)
          into.errors.push({ file: shown, ...findInSource(file, c.id) ?? at, message: `claim id '${c.id}' is already defined in ${shownPath(prev, base)}` });
        continue;
      }
      seenId.set(c.id, file);
      into.fileOf.set(c, file);
      into.claims.push(c);
    }
  }
  return into;
}
var registryCache;
function loadRegistry() {
  return registryCache ??= loadFiles(CLAIM_DIRS.flatMap((d) => claimFiles(join2(ROOT, d))), emptyLoaded(), ROOT);
}
var isPathName = (name, cwd) => existsSync2(resolve2(cwd, name)) || CLAIM_EXTENSIONS.some((e) => name.endsWith(e));
async function resolveTargets(names, cwd = process.cwd()) {
  const blank = names.find((n) => n.trim() === "");
  if (blank !== void 0)
    throw new UserError(`an empty claim id, paper id or path${names.length > 1 ? " among the targets" : ""} (give '.' for this folder)`);
  const project = await loadProject(cwd);
  const paths = names.filter((n) => isPathName(n, cwd));
  const ids = names.filter((n) => !paths.includes(n));
  const out = { ...emptyLoaded(), sources: [], typed: /* @__PURE__ */ new Map() };
  for (const p of paths) {
    const abs = resolve2(cwd, p);
    if (!existsSync2(abs))
      throw new UserError(`no such file or folder '${p}'`);
    await loadFiles(claimFiles(abs), out, cwd);
    for (const c of out.claims)
      if (!out.typed.has(c))
        out.typed.set(c, p);
    out.sources.push(p);
  }
  if (paths.length > 0 && ids.length === 0)
    return out;
  const fromConfig = project.configFile ? await loadFiles(project.claims.flatMap((f) => claimFiles(f)), emptyLoaded(), cwd) : void 0;
  const configText = project.configFile ? `${project.claims.map((f) => shownPath(f, cwd)).join(", ")} (${shownPath(project.configFile, cwd)})` : "";
  if (ids.length === 0) {
    const src = fromConfig ?? await loadRegistry();
    out.sources.push(fromConfig ? configText : "the registry");
    return merge(out, src, src.claims);
  }
  const picked = /* @__PURE__ */ new Set();
  const pools = [];
  if (fromConfig)
    pools.push({ name: configText, loaded: fromConfig });
  for (const name of ids) {
    let hits = [];
    for (const pool of pools) {
      hits = pool.loaded.claims.filter((c) => c.id === name || c.paper === name);
      if (hits.length)
        break;
    }
    if (hits.length === 0 && !pools.some((p) => p.name === "the registry")) {
      pools.push({ name: "the registry", loaded: await loadRegistry() });
      hits = pools.at(-1).loaded.claims.filter((c) => c.id === name || c.paper === name);
    }
    if (hits.length === 0) {
      const papers = [...new Set(pools.flatMap((p) => p.loaded.claims.map((c) => c.paper)))].join(", ");
      const broken = pools.reduce((s, p) => s + p.loaded.errors.length, 0);
      throw new UserError(`unknown claim or paper id '${name}', and no such file or folder (papers: ${papers}; see 'gdcheck list')${broken ? `; ${broken} claim file(s) failed to load` : ""}`);
    }
    hits.forEach((c) => picked.add(c));
  }
  for (const pool of pools) {
    out.sources.push(pool.name);
    merge(out, pool.loaded, pool.loaded.claims.filter((c) => picked.has(c)));
  }
  return out;
}
function merge(out, from, claims) {
  for (const c of claims) {
    if (out.claims.some((x) => x.id === c.id))
      continue;
    out.claims.push(c);
    out.fileOf.set(c, from.fileOf.get(c));
  }
  for (const e of from.errors)
    if (!out.errors.some((x) => x.file === e.file))
      out.errors.push(e);
  return out;
}
function findClaim(claims, id) {
  const [cid, mid] = id.split("~");
  const claim = claims.find((c) => c.id === cid);
  if (!claim)
    throw new UserError(`unknown claim id '${cid}' (see 'gdcheck list')`);
  if (mid !== void 0 && !claim.mutants.some((m) => m.id === mid))
    throw new UserError(`claim '${cid}' has no mutant '${mid}' (mutants: ${claim.mutants.map((m) => m.id).join(", ")})`);
  return { claim, mutant: mid };
}

export {
  ReplayPathError,
  isClaim,
  asExpected,
  showLoadError,
  locateLoadError,
  findConfigFile,
  loadProject,
  ROOT,
  shownPath,
  loadFiles,
  resolveTargets,
  findClaim
};
