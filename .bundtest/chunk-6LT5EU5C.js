import {
  UserError
} from "./chunk-RYYXEEND.js";

// dist/core/userFile.js
import { statSync } from "node:fs";
import { resolve as resolve2 } from "node:path";

// dist/core/moduleLoading.js
import { existsSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
var __rewriteRelativeImportExtension = function(path, preserveJsx) {
  if (typeof path === "string" && /^\.\.?\//.test(path)) {
    return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function(m, tsx, d, ext, cm) {
      return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : d + ext + "." + cm.toLowerCase() + "js";
    });
  }
  return path;
};
var COMPILED = !import.meta.url.endsWith(".ts");
var ROOT_URL = new URL("../../", import.meta.url);
var ROOT = fileURLToPath(ROOT_URL);
var state;
var loaders;
function ensureLoaders() {
  if (!COMPILED)
    return Promise.resolve();
  return loaders ??= import(__rewriteRelativeImportExtension(new URL("bin/loaders.mjs", ROOT_URL).href)).then((l) => l.installLoaders("dist"));
}
async function importableUrl(path) {
  const file = resolve(path);
  if (!COMPILED)
    return pathToFileURL(file).href;
  state ??= import(__rewriteRelativeImportExtension(new URL("bin/dist-state.mjs", ROOT_URL).href)).then((mod2) => ({ fresh: mod2.claimsFresh(ROOT_URL), mod: mod2 }));
  const { fresh, mod } = await state;
  const rel = relative(ROOT, file);
  if (fresh && !rel.startsWith("..") && !isAbsolute(rel) && mod.CLAIM_SOURCES.includes(rel.split(/[\\/]/)[0])) {
    const twin = mod.twinOf(ROOT, file);
    if (existsSync(twin))
      return pathToFileURL(twin).href;
  }
  await ensureLoaders();
  return pathToFileURL(file).href;
}

// dist/core/userFile.js
var __rewriteRelativeImportExtension2 = function(path, preserveJsx) {
  if (typeof path === "string" && /^\.\.?\//.test(path)) {
    return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function(m, tsx, d, ext, cm) {
      return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : d + ext + "." + cm.toLowerCase() + "js";
    });
  }
  return path;
};
var MAX_USER_FILE_BYTES = 1e6;
function checkUserFile(path) {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new UserError(`${path}: no such file`);
  }
  if (!st.isFile())
    throw new UserError(`${path}: not a regular file (${st.isDirectory() ? "a directory" : "a device, socket or pipe"})`);
  if (st.size > MAX_USER_FILE_BYTES)
    throw new UserError(`${path}: ${st.size} bytes, more than a claim file can be (limit ${MAX_USER_FILE_BYTES})`);
}
function frameIn(stack, file) {
  if (!stack)
    return void 0;
  for (const line of stack.split("\n")) {
    const m = /(?:\(|\s|file:\/\/)(\/[^():\s]+):(\d+):(\d+)\)?\s*$/.exec(line);
    if (m && resolve2(m[1]) === resolve2(file))
      return `${m[1]}:${m[2]}:${m[3]}`;
  }
  return void 0;
}
function loadErrorLine(file, e) {
  const msg = (e instanceof Error ? e.message : String(e)).replace(/\u001b\[[0-9;]*m/g, "");
  const syntax = /^(.+?):(\d+):(\d+): ERROR: (.*)$/m.exec(msg);
  if (syntax)
    return `${syntax[1]}:${syntax[2]}:${syntax[3]}: syntax error: ${syntax[4]}`;
  const oxc = /\[PARSE_ERROR\]\s*(.*)[\s\S]*?\[\s*(.+?):(\d+):(\d+)\s*\]/.exec(msg);
  if (oxc)
    return `${file}:${oxc[3]}:${oxc[4]}: syntax error: ${oxc[1].trim()}`;
  const first = msg.split("\n").find((l) => l.trim() !== "") ?? "unknown error";
  const at = frameIn(e instanceof Error ? e.stack : void 0, file);
  return `${at ?? file}: cannot load: ${first}`;
}
var LOAD_SECONDS = 60;
var LoadTimeout = class extends UserError {
};
async function importWithDeadline(url, seconds = LOAD_SECONDS) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new LoadTimeout(`did not finish loading within ${seconds} s (a top-level await that never settles, or heavy work at import?)`)), seconds * 1e3);
  });
  try {
    return await Promise.race([import(__rewriteRelativeImportExtension2(url)), late]);
  } finally {
    clearTimeout(timer);
  }
}
async function importUserFile(path) {
  checkUserFile(path);
  loaded.add(resolve2(path));
  try {
    return await importWithDeadline(await importableUrl(path));
  } catch (e) {
    if (e instanceof UserError)
      throw new UserError(`${path}: ${e.message}`);
    throw new UserError(loadErrorLine(path, e));
  }
}
var loaded = /* @__PURE__ */ new Set();
function markLoaded(path) {
  loaded.add(resolve2(path));
}
function asyncErrorLine(e) {
  const msg = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  const stack = e instanceof Error ? e.stack : void 0;
  for (const f of loaded) {
    const at = frameIn(stack, f);
    if (at)
      return `${at}: error thrown asynchronously: ${msg}`;
  }
  return `error thrown asynchronously${loaded.size ? ` (while running ${[...loaded].join(", ")})` : ""}: ${msg}`;
}

export {
  importableUrl,
  MAX_USER_FILE_BYTES,
  checkUserFile,
  loadErrorLine,
  LOAD_SECONDS,
  LoadTimeout,
  importWithDeadline,
  importUserFile,
  markLoaded,
  asyncErrorLine
};
