import {
  writeFileAtomic
} from "./chunk-MHEI33N5.js";
import {
  parseSettings
} from "./chunk-TUWJEXOA.js";
import {
  ROOT,
  loadProject,
  locateLoadError,
  showLoadError,
  shownPath
} from "./chunk-27THDAXQ.js";
import {
  importUserFile,
  importableUrl
} from "./chunk-6LT5EU5C.js";
import {
  UserError
} from "./chunk-RYYXEEND.js";

// dist/scenarios/scenario.js
function scenarioOptions(s, opts) {
  for (const k of ["steps", "init"]) {
    if (opts[k] !== void 0 && !s.takes?.includes(k))
      throw new UserError(`${s.name} does not take --${k} (see gdcheck simulate list)`);
  }
  return { ...opts, settings: parseSettings(s.name, opts.set, s.settings, s.settingsHint) };
}
async function runScenario(s, opts, io) {
  return s.run(scenarioOptions(s, opts), {
    progress: () => {
    },
    note: (m) => {
      process.stderr.write(`${m}
`);
    },
    plot: (svg) => {
      if (opts.plot !== void 0)
        writeFileAtomic("--plot", opts.plot, svg);
    },
    ...io
  });
}

// dist/scenarios/discover.js
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
var __rewriteRelativeImportExtension = function(path, preserveJsx) {
  if (typeof path === "string" && /^\.\.?\//.test(path)) {
    return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function(m, tsx, d, ext, cm) {
      return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : d + ext + "." + cm.toLowerCase() + "js";
    });
  }
  return path;
};
var SCENARIO_FILE = /^_scenario-[a-z0-9][a-z0-9-]*\.(ts|mts|js|mjs)$/;
var MAX_FOLDERS = 500;
function scenarioFiles(dir, walk = { folders: 0 }) {
  let st;
  try {
    st = statSync(dir);
  } catch {
    return [];
  }
  if (!st.isDirectory())
    return SCENARIO_FILE.test(dir.split(/[\\/]/).pop()) ? [dir] : [];
  if (++walk.folders > MAX_FOLDERS)
    return [];
  const out = [];
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  for (const name of names) {
    if (name.startsWith(".") || name === "node_modules")
      continue;
    const full = join(dir, name);
    if (SCENARIO_FILE.test(name))
      out.push(full);
    else {
      try {
        if (statSync(full).isDirectory())
          out.push(...scenarioFiles(full, walk));
      } catch {
      }
    }
  }
  return out;
}
var isScenario = (s) => typeof s === "object" && s !== null && typeof s.name === "string" && typeof s.run === "function" && typeof s.settings === "object";
async function importScenarios(file, own, into) {
  const shown = shownPath(file, own ? ROOT : process.cwd());
  let mod;
  if (own) {
    try {
      mod = await import(__rewriteRelativeImportExtension(await importableUrl(file)));
    } catch (e) {
      throw new UserError(showLoadError(locateLoadError(e, file, shown)));
    }
  } else {
    mod = await importUserFile(shown);
  }
  const list = Array.isArray(mod.default) ? mod.default : [mod.default];
  for (const s of list) {
    if (!isScenario(s))
      throw new UserError(`${shown}: default export is not a Scenario (an object with name, description, usage, settings and run)`);
    const prev = into.get(s.name);
    if (prev)
      throw new UserError(`${shown}: scenario '${s.name}' is already defined in ${prev.file}`);
    into.set(s.name, { s, file: shown });
    fileOf.set(s, resolve(file));
  }
}
var fileOf = /* @__PURE__ */ new WeakMap();
function scenarioFile(s) {
  const f = fileOf.get(s);
  if (f === void 0)
    throw new Error(`scenario '${s.name}' was not discovered from a file`);
  return f;
}
var cache = /* @__PURE__ */ new Map();
function loadScenarios(cwd = process.cwd()) {
  let p = cache.get(cwd);
  if (!p) {
    p = (async () => {
      const found = /* @__PURE__ */ new Map();
      for (const f of scenarioFiles(join(ROOT, "properties")))
        await importScenarios(f, true, found);
      const project = await loadProject(cwd);
      const own = new Set(scenarioFiles(join(ROOT, "properties")));
      for (const dir of project.claims)
        for (const f of scenarioFiles(dir))
          if (!own.has(f))
            await importScenarios(f, false, found);
      return [...found.values()].map((x) => x.s).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    })();
    cache.set(cwd, p);
    p.catch(() => cache.delete(cwd));
  }
  return p;
}

export {
  scenarioOptions,
  runScenario,
  SCENARIO_FILE,
  scenarioFiles,
  scenarioFile,
  loadScenarios
};
