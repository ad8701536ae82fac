/**
 * A project's gdcheck configuration: `gdcheck.config.json` (or `.ts`, `.mjs`, `.js` default-exporting
 * the same object), found from the working directory upwards. Its directory is the project root, where
 * the counterexample database lives (`.gdcheck/examples/`); without one, the working directory is.
 *
 *   { "claims": ["claims", "paper/proofs"] }   folders (or files) of claim files, relative to the config
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from './errors.ts';
import { importModule } from './moduleLoading.ts';
import { isObject, unknownKeyProblem } from './shape.ts';

export const CONFIG_NAMES = ['gdcheck.config.json', 'gdcheck.config.ts', 'gdcheck.config.mjs', 'gdcheck.config.js'];

export interface Project {
  /** The config file's directory, or the working directory when there is none. */
  root: string;
  /** The config file, when one was found. */
  configFile?: string;
  /** Absolute claim folders or files named by the config. */
  claims: string[];
}

export function findConfigFile(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return undefined;
  }
}

/** The project seen from `cwd`. Errors (unreadable or malformed config) are one line naming the file. */
export async function loadProject(cwd = process.cwd()): Promise<Project> {
  const file = findConfigFile(cwd);
  if (!file) return { root: resolve(cwd), claims: [] };
  let raw: unknown;
  try {
    raw = file.endsWith('.json')
      ? JSON.parse(readFileSync(file, 'utf8'))
      : (await importModule(file)).default;
  } catch (e) {
    throw new UserError(`${file}: cannot read the config: ${(e instanceof Error ? e.message : String(e)).split('\n').find((l) => l.trim() && !/^Transform failed/.test(l))?.trim()}`);
  }
  // The config is declarative: anything but { claims } is a slip (a misspelt key would be ignored).
  if (!isObject(raw)) throw new UserError(`${file}: the config must be an object like { "claims": ["claims"] }, got ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}`);
  const extra = unknownKeyProblem('the config', raw, ['claims']);
  if (extra) throw new UserError(`${file}: ${extra}`);
  const claims = raw.claims;
  if (!Array.isArray(claims) || claims.length === 0 || !claims.every((c) => typeof c === 'string' && c.length > 0)) {
    throw new UserError(`${file}: "claims" must be a non-empty list of folders, e.g. { "claims": ["claims"] }`);
  }
  const root = dirname(file);
  const folders = claims.map((c) => resolve(root, c as string));
  const missing = folders.find((f) => !existsSync(f));
  if (missing) throw new UserError(`${file}: claim folder '${missing}' does not exist`);
  return { root, configFile: file, claims: folders };
}
