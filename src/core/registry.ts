/**
 * Claim discovery and loading. A claim file (TypeScript or JavaScript, ESM) default-exports a claim or
 * an array of claims; files are discovered, so there is no hand registry. The registry's own claims
 * live in properties/ and proofs/ of this package; a researcher's live wherever they like, named on
 * the command line (files or folders) or by a config file (config.ts).
 *
 * Discovery rule (the same for the registry and a researcher's folders): every .ts/.mts/.js/.mjs file
 * of a claims folder is a claim file (a claim-like name gdcheck does not load, .cts/.cjs/.tsx/.jsx or
 * upper case .TS, is an error row naming it), except files and folders whose names start with '_' or '.'
 * (helpers, scenarios, scripts: never imported as claims), node_modules, test files (*.test.ts,
 * *.spec.ts) and a gdcheck.config file. A claim file default-exports a claim: a file with no
 * `export default` in its code (comments and strings do not count) is not run at all (a script there would otherwise execute) and
 * becomes an error row naming the rule. A file that fails to load, or whose default export is not a
 * claim, becomes a LoadError (file:line:column and the first line of the message); the other files
 * still load. A file named explicitly goes through the same checks.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { isClaim, type Claim } from './claim.ts';
import { UserError } from './errors.ts';
import { findInSource, locateLoadError, showLoadError, type LoadError } from './loadError.ts';
import { CONFIG_NAMES, loadProject } from './config.ts';
import { PACKAGE_ROOT } from './packageRoot.ts';
import { checkUserFile, importWithDeadline, LoadTimeout, markLoaded } from './userFile.ts';
import { codeOnly } from './codeText.ts';
/** CommonJS exports (`module.exports =`, `exports.x =`): a claim file written that way gets NOT_A_COMMONJS_CLAIM instead. */
import { COMMONJS_EXPORT } from './helperFault.ts';

export { UserError } from './errors.ts';
export type { LoadError } from './loadError.ts';

/** The package root (core/packageRoot.ts). */
export const ROOT = PACKAGE_ROOT;
/** The registry's own claim folders, relative to ROOT. */
export const CLAIM_DIRS = ['properties', 'proofs'];
export const CLAIM_EXTENSIONS = ['.ts', '.mts', '.js', '.mjs'];

/**
 * A file of a claims folder that is loaded or named: a claim file by its name, or one whose name looks
 * like one (.cts, .cjs, .tsx, .jsx, any case: rate.TS) that gdcheck does not load, so loadFiles names
 * it in an error row instead of skipping it without a word. Declarations, tests and configs are skipped
 * in any case.
 */
const isClaimFileName = (name: string): boolean =>
  /\.[mc]?[jt]sx?$/i.test(name) && !/\.d\.[mc]?ts$/i.test(name) && !/\.(test|spec)\.[mc]?[jt]sx?$/i.test(name) && !CONFIG_NAMES.includes(name.toLowerCase());

/** Whether a file's text default-exports something (`export default …`, `export { x as default }`): a claim file must. */
const DEFAULT_EXPORT = /\bexport\s+default\b|\bexport\s*\{[^}]*\bdefault\b[^}]*\}/;
export const NOT_A_CLAIM_FILE = "not a claim file: no 'export default', so it was not run (a claims folder holds claim files; start a helper's or a script's name with '_' to skip it)";
export const NOT_A_COMMONJS_CLAIM = "a CommonJS file (module.exports), so it was not run: a claim file is an ES module; write 'export default <claim>' and 'import … from' instead of require (it loads as one whatever package.json's \"type\" says)";

/** Why a file with a claim-like name is not loaded, for its error row ('' when nothing more to say). */
function notLoadedWhy(file: string): string {
  const ext = /\.[^./\\]+$/.exec(file)?.[0] ?? '';
  if (/^\.c[jt]s$/i.test(ext)) return ' (.cjs and .cts are CommonJS by their name)';
  if (/^\.[jt]sx$/i.test(ext)) return ` (${ext} is JSX, which a claim file does not use: rename it .${ext[1]!.toLowerCase()}s)`;
  if (CLAIM_EXTENSIONS.includes(ext.toLowerCase())) return ` (extensions are lower case: rename it ${ext.toLowerCase()})`;
  return '';
}

/** Claim files under a folder (sorted, recursively), or the file itself. */
const MAX_FOLDERS = 500;
const MAX_FILES = 2000;

export function claimFiles(path: string, walk = { folders: 0, root: path }): string[] {
  let st;
  try { st = statSync(path); } catch { return []; }
  if (!st.isDirectory()) return [path];
  // A claims folder is small: `gdcheck check /` must end in a message, not walk (and import) a disk.
  if (++walk.folders > MAX_FOLDERS) throw new UserError(`'${walk.root}' holds more than ${MAX_FOLDERS} folders: name the claims folder itself`);
  const out: string[] = [];
  let names: string[];
  try { names = readdirSync(path).sort(); } catch { return []; }
  for (const name of names) {
    if (name.startsWith('_') || name.startsWith('.') || name === 'node_modules') continue;
    const full = join(path, name);
    let sub;
    try { sub = statSync(full); } catch { continue; }
    if (sub.isDirectory()) out.push(...claimFiles(full, walk));
    else if (isClaimFileName(name)) out.push(full);
    if (out.length > MAX_FILES) throw new UserError(`'${walk.root}' holds more than ${MAX_FILES} TypeScript or JavaScript files: name the claims folder itself`);
  }
  return out;
}

export interface Loaded {
  claims: Claim[];
  errors: LoadError[];
  /** Where each claim was loaded from (absolute path). */
  fileOf: Map<Claim, string>;
}

const emptyLoaded = (): Loaded => ({ claims: [], errors: [], fileOf: new Map() });

/** How a path is shown: relative to `base` when inside it, else absolute. */
export function shownPath(file: string, base = process.cwd()): string {
  const rel = relative(base, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** Loads claim files; failures become LoadErrors, duplicates of an id already in `into` too. */
export async function loadFiles(files: readonly string[], into: Loaded = emptyLoaded(), base = process.cwd()): Promise<Loaded> {
  const seenId = new Map<string, string>([...into.fileOf].map(([c, f]) => [c.id, f]));
  for (const file of files) {
    const shown = shownPath(file, base);
    let mod: { default?: unknown };
    try {
      checkUserFile(file);
    } catch (e) {
      into.errors.push({ file: shown, message: (e as Error).message.replace(`${file}: `, '') });
      continue;
    }
    // A file named on the command line may have any name; only an ES module's name is loaded (a .cjs
    // or .cts file is CommonJS by its name, whatever its syntax).
    if (!CLAIM_EXTENSIONS.some((e) => file.endsWith(e))) {
      into.errors.push({ file: shown, line: 1, column: 1, message: `not a claim file: a claim file is an ES module named .ts, .mts, .js or .mjs${notLoadedWhy(file)}, so it was not run` });
      continue;
    }
    let text = '';
    try { text = readFileSync(file, 'utf8'); } catch { /* unreadable: the import below reports it */ }
    // Code only: `export default` in a comment or a string is no export (such a file was run).
    const code = codeOnly(text);
    if (text && !DEFAULT_EXPORT.test(code)) { into.errors.push({ file: shown, line: 1, column: 1, message: COMMONJS_EXPORT.test(code) ? NOT_A_COMMONJS_CLAIM : NOT_A_CLAIM_FILE }); continue; }
    markLoaded(file);
    try {
      mod = await importWithDeadline(file);
    } catch (e) {
      into.errors.push(e instanceof LoadTimeout ? { file: shown, line: 1, column: 1, message: e.message } : locateLoadError(e, file, shown));
      continue;
    }
    const at = findInSource(file, 'export default', { codeOnly: true }) ?? { line: 1, column: 1 };
    if (mod.default === undefined) { into.errors.push({ file: shown, ...at, message: 'no default export: a claim file default-exports a claim (propertyClaim, casesClaim, rateClaim, complexityClaim, derivationClaim or defineClaim)' }); continue; }
    const exported = Array.isArray(mod.default) ? mod.default : [mod.default];
    for (const c of exported) {
      if (!isClaim(c)) { into.errors.push({ file: shown, ...at, message: 'default export is not a claim (use propertyClaim, casesClaim, rateClaim, complexityClaim, derivationClaim or defineClaim)' }); break; }
      if (c.expected === 'inconclusive' && !c.open) { into.errors.push({ file: shown, ...at, message: `claim '${c.id}' expects 'inconclusive' but does not say why in 'open'` }); continue; }
      const prev = seenId.get(c.id);
      if (prev !== undefined) {
        if (prev !== file) into.errors.push({ file: shown, ...(findInSource(file, c.id) ?? at), message: `claim id '${c.id}' is already defined in ${shownPath(prev, base)}` });
        continue;
      }
      seenId.set(c.id, file);
      into.fileOf.set(c, file);
      into.claims.push(c);
    }
  }
  return into;
}

/** The registry's own claims (properties/ and proofs/ under root); any broken file is an error. */
export async function loadClaims(root = ROOT): Promise<Claim[]> {
  const loaded = await loadFiles(CLAIM_DIRS.flatMap((d) => claimFiles(join(root, d))), emptyLoaded(), root);
  const e = loaded.errors[0];
  if (e) throw new UserError(`${showLoadError(e)}${loaded.errors.length > 1 ? ` (and ${loaded.errors.length - 1} more file(s) failed to load)` : ''}`);
  return loaded.claims;
}

let registryCache: Promise<Loaded> | undefined;
/** The registry's own claims with their load errors (loaded once per process). */
export function loadRegistry(): Promise<Loaded> {
  return (registryCache ??= loadFiles(CLAIM_DIRS.flatMap((d) => claimFiles(join(ROOT, d))), emptyLoaded(), ROOT));
}

export interface Targets extends Loaded {
  /** What was searched, for messages: 'the registry', 'claims/ (gdcheck.config.json)', a path. */
  sources: string[];
  /** For a claim found in a file or folder named on the command line: that name as typed (for `replay --file`). */
  typed: Map<Claim, string>;
}

/** A name is a path when it exists on disk, or ends like a claim file (then a missing file is an error). */
const isPathName = (name: string, cwd: string): boolean => existsSync(resolve(cwd, name)) || CLAIM_EXTENSIONS.some((e) => name.endsWith(e));

/**
 * The claims named on a command line: files and folders (loaded from disk), claim ids and paper ids
 * (looked up in the project's config folders, then in the registry), or, with no names, every claim
 * of the config folders (or of the registry when there is no config). Unknown ids and missing files
 * are a UserError; broken files are LoadErrors in the result, and the other claims still load.
 */
export async function resolveTargets(names: readonly string[], cwd = process.cwd()): Promise<Targets> {
  // A blank name would resolve to the working directory and load every script in it.
  const blank = names.find((n) => n.trim() === '');
  if (blank !== undefined) throw new UserError(`an empty claim id, paper id or path${names.length > 1 ? ' among the targets' : ''} (give '.' for this folder)`);
  const project = await loadProject(cwd);
  const paths = names.filter((n) => isPathName(n, cwd));
  const ids = names.filter((n) => !paths.includes(n));
  const out: Targets = { ...emptyLoaded(), sources: [], typed: new Map() };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) throw new UserError(`no such file or folder '${p}'`);
    await loadFiles(claimFiles(abs), out, cwd);
    for (const c of out.claims) if (!out.typed.has(c)) out.typed.set(c, p);
    out.sources.push(p);
  }
  if (paths.length > 0 && ids.length === 0) return out;

  // Ids (or nothing): the config's folders first, then the registry.
  const fromConfig = project.configFile ? await loadFiles(project.claims.flatMap((f) => claimFiles(f)), emptyLoaded(), cwd) : undefined;
  const configText = project.configFile ? `${project.claims.map((f) => shownPath(f, cwd)).join(', ')} (${shownPath(project.configFile, cwd)})` : '';
  if (ids.length === 0) {
    const src = fromConfig ?? (await loadRegistry());
    out.sources.push(fromConfig ? configText : 'the registry');
    return merge(out, src, src.claims);
  }
  const picked = new Set<Claim>();
  const pools: { name: string; loaded: Loaded }[] = [];
  if (fromConfig) pools.push({ name: configText, loaded: fromConfig });
  for (const name of ids) {
    let hits: Claim[] = [];
    for (const pool of pools) {
      hits = pool.loaded.claims.filter((c) => c.id === name || c.paper === name);
      if (hits.length) break;
    }
    if (hits.length === 0 && !pools.some((p) => p.name === 'the registry')) {
      pools.push({ name: 'the registry', loaded: await loadRegistry() });
      hits = pools.at(-1)!.loaded.claims.filter((c) => c.id === name || c.paper === name);
    }
    if (hits.length === 0) {
      const papers = [...new Set(pools.flatMap((p) => p.loaded.claims.map((c) => c.paper)))].join(', ');
      const broken = pools.reduce((s, p) => s + p.loaded.errors.length, 0);
      throw new UserError(`unknown claim or paper id '${name}', and no such file or folder (papers: ${papers}; see 'gdcheck list')${broken ? `; ${broken} claim file(s) failed to load` : ''}`);
    }
    hits.forEach((c) => picked.add(c));
  }
  for (const pool of pools) {
    out.sources.push(pool.name);
    merge(out, pool.loaded, pool.loaded.claims.filter((c) => picked.has(c)));
  }
  return out;
}

function merge(out: Targets, from: Loaded, claims: Claim[]): Targets {
  for (const c of claims) {
    if (out.claims.some((x) => x.id === c.id)) continue;
    out.claims.push(c);
    out.fileOf.set(c, from.fileOf.get(c)!);
  }
  for (const e of from.errors) if (!out.errors.some((x) => x.file === e.file)) out.errors.push(e);
  return out;
}

/** Claims matching the given ids or paper ids (all claims when none given). Unknown names are an error. */
export function select(claims: readonly Claim[], names: readonly string[]): Claim[] {
  if (names.length === 0) return [...claims];
  const picked = new Set<Claim>();
  for (const name of names) {
    const hits = claims.filter((c) => c.id === name || c.paper === name);
    if (hits.length === 0) {
      const papers = [...new Set(claims.map((c) => c.paper))].join(', ');
      throw new UserError(`unknown claim or paper id '${name}' (papers: ${papers}; see 'gdcheck list')`);
    }
    hits.forEach((c) => picked.add(c));
  }
  return claims.filter((c) => picked.has(c));
}

export function findClaim(claims: readonly Claim[], id: string): { claim: Claim; mutant?: string } {
  const [cid, mid] = id.split('~');
  const claim = claims.find((c) => c.id === cid);
  if (!claim) throw new UserError(`unknown claim id '${cid}' (see 'gdcheck list')`);
  if (mid !== undefined && !claim.mutants.some((m) => m.id === mid)) throw new UserError(`claim '${cid}' has no mutant '${mid}' (mutants: ${claim.mutants.map((m) => m.id).join(', ')})`);
  return { claim, mutant: mid };
}
