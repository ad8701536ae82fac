/**
 * Scenario discovery for `gdcheck simulate` and the figures of `gdcheck report`. A scenario is
 * paper code: it lives beside its paper's claims as `_scenario-<name>.ts` (the leading '_' marks a
 * helper, so claim discovery never imports it as a claim), and imports the engine only from 'gdcheck'.
 * Found in this package's properties/ (in a checkout and in the installed package, which ships
 * properties/) and in the claim folders of the project's gdcheck.config.json, so a researcher's own
 * scenario runs with `gdcheck simulate` like the registry's.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, shownPath } from '../core/registry.ts';
import { UserError } from '../core/errors.ts';
import { loadProject } from '../core/config.ts';
import { locateLoadError, showLoadError } from '../core/loadError.ts';
import { importUserFile } from '../core/userFile.ts';
import { importModule } from '../core/moduleLoading.ts';
import type { Scenario } from './scenario.ts';
import { scenarioProblem } from './scenarioSchema.ts';

/** The file name of a scenario: `_scenario-<name>.ts` (or .mts, .js, .mjs). */
export const SCENARIO_FILE = /^_scenario-[a-z0-9][a-z0-9-]*\.(ts|mts|js|mjs)$/;
/** Folders walked below one root: a paper folder is shallow; this bounds a mistaken root. */
const MAX_FOLDERS = 500;

/** Scenario files under `dir` (recursively, sorted; node_modules and dot-folders skipped), or `dir` itself when it is one. */
export function scenarioFiles(dir: string, walk = { folders: 0 }): string[] {
  let st;
  try { st = statSync(dir); } catch { return []; }
  if (!st.isDirectory()) return SCENARIO_FILE.test(dir.split(/[\\/]/).pop()!) ? [dir] : [];
  if (++walk.folders > MAX_FOLDERS) return [];
  const out: string[] = [];
  let names: string[];
  try { names = readdirSync(dir).sort(); } catch { return []; }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = join(dir, name);
    if (SCENARIO_FILE.test(name)) out.push(full);
    else {
      try { if (statSync(full).isDirectory()) out.push(...scenarioFiles(full, walk)); } catch { /* vanished or unreadable: skip */ }
    }
  }
  return out;
}

async function importScenarios(file: string, own: boolean, into: Map<string, { s: Scenario; file: string }>): Promise<void> {
  const shown = shownPath(file, own ? ROOT : process.cwd());
  let mod: { default?: unknown };
  if (own) {
    try { mod = await importModule(file); } catch (e) { throw new UserError(showLoadError(locateLoadError(e, file, shown))); }
  } else {
    mod = await importUserFile(shown);
  }
  const list = Array.isArray(mod.default) ? mod.default : [mod.default];
  for (const s of list) {
    const bad = scenarioProblem(s);
    if (bad) throw new UserError(`${shown}: default export is not a valid Scenario: ${bad}`);
    const prev = into.get(s.name);
    if (prev) throw new UserError(`${shown}: scenario '${s.name}' is already defined in ${prev.file}`);
    into.set(s.name, { s, file: shown });
    fileOf.set(s, resolve(file));
    if (!own) projectFile.set(s, shown);
  }
}

const fileOf = new WeakMap<Scenario, string>();
/** The project's scenarios (not this package's), with their file as shown: their failures are the user's, not gdcheck's. */
const projectFile = new WeakMap<Scenario, string>();

/** The file (as shown) of a scenario from the project's claim folders; undefined for this package's own. */
export function projectScenarioFile(s: Scenario): string | undefined {
  return projectFile.get(s);
}

/** The absolute path of the file a discovered scenario came from (a sweep's worker processes load it). */
export function scenarioFile(s: Scenario): string {
  const f = fileOf.get(s);
  if (f === undefined) throw new Error(`scenario '${s.name}' was not discovered from a file`);
  return f;
}

const cache = new Map<string, Promise<Scenario[]>>();

/**
 * Every scenario: this package's (properties/) and the project's (the claim folders of the
 * gdcheck.config.json found from `cwd`), sorted by name. A file that fails to load, a default export
 * that is not a Scenario, or a name defined twice is a one-line UserError naming the file.
 */
export function loadScenarios(cwd = process.cwd()): Promise<Scenario[]> {
  let p = cache.get(cwd);
  if (!p) {
    p = (async () => {
      const found = new Map<string, { s: Scenario; file: string }>();
      for (const f of scenarioFiles(join(ROOT, 'properties'))) await importScenarios(f, true, found);
      const project = await loadProject(cwd);
      const own = new Set(scenarioFiles(join(ROOT, 'properties')));
      for (const dir of project.claims) for (const f of scenarioFiles(dir)) if (!own.has(f)) await importScenarios(f, false, found);
      return [...found.values()].map((x) => x.s).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    })();
    cache.set(cwd, p);
    p.catch(() => cache.delete(cwd));
  }
  return p;
}
