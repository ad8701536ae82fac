/**
 * How a claim, derivation or config file is imported, in whichever build is running.
 * - From src/ (through tsx, or under vitest) a TypeScript loader is already in place: a file is
 *   imported as it is.
 * - From the compiled dist/ (bin/gdcheck.mjs chose it), nothing transforms TypeScript until a file
 *   needs it, because starting tsx's loader thread costs a noticeable part of a short command:
 *   a registry claim (properties/, proofs/) runs from its transpiled twin in dist/claims/ when that
 *   was built from the file as it is now (the stamp, bin/dist-state.mjs), taken from the bundle of
 *   all twins (dist/claims/bundle.js, one module for Node's loader instead of ~80) when the file is
 *   in it; any other file first installs the command's loaders on this thread (tsx, and the hook that
 *   points `gdcheck` at this build), once.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { COMPILED, PACKAGE_ROOT, PACKAGE_ROOT_URL } from './packageRoot.ts';

const ROOT_URL = PACKAGE_ROOT_URL;
const ROOT = PACKAGE_ROOT;

interface DistState {
  CLAIM_SOURCES: string[];
  claimsFresh(root: URL): boolean;
  twinOf(dir: string, file: string): string;
}
interface Loaders { installLoaders(build: 'src' | 'dist'): void }

type Namespace = { default?: unknown };
/** dist/claims/bundle.js (scripts/build.mjs): each twin's namespace by its source's path relative to the root, evaluated on first call. */
interface Bundle { modules: Record<string, () => Promise<Namespace>> }

let state: Promise<{ fresh: boolean; mod: DistState }> | undefined;
let bundle: Promise<Bundle | undefined> | undefined;
let loaders: Promise<void> | undefined;

/** Installs tsx and the `gdcheck` resolve hook on this thread, once (a no-op when running from src/). */
export function ensureLoaders(): Promise<void> {
  if (!COMPILED) return Promise.resolve();
  return (loaders ??= (import(new URL('bin/loaders.mjs', ROOT_URL).href) as Promise<Loaders>).then((l) => l.installLoaders('dist')));
}

/**
 * The URL to import for the file at `path` (absolute or relative to the working directory):
 * its up-to-date transpiled twin, or the file itself once the loaders are in place.
 */
export async function importableUrl(path: string): Promise<string> {
  const file = resolve(path);
  if (!COMPILED) return pathToFileURL(file).href;
  const { fresh, mod } = await distState();
  const rel = relative(ROOT, file);
  if (fresh && isRegistryFile(rel, mod)) {
    const twin = mod.twinOf(ROOT, file);
    if (existsSync(twin)) return pathToFileURL(twin).href;
  }
  await ensureLoaders();
  return pathToFileURL(file).href;
}

function distState(): Promise<{ fresh: boolean; mod: DistState }> {
  return (state ??= (import(new URL('bin/dist-state.mjs', ROOT_URL).href) as Promise<DistState>).then((mod) => ({ fresh: mod.claimsFresh(ROOT_URL), mod })));
}

/** Whether a path relative to the root is in the registry's claim folders (properties/, proofs/). */
const isRegistryFile = (rel: string, mod: DistState): boolean => !rel.startsWith('..') && !isAbsolute(rel) && mod.CLAIM_SOURCES.includes(rel.split(/[\\/]/)[0]!);

/**
 * The module of the file at `path` (absolute or relative to the working directory): a registry file
 * from the bundle of the twins when they are fresh and it is there, else `import(importableUrl(path))`.
 * A file whose evaluation throws in the bundle is imported from its twin, so that the error names
 * its own file and line, and the bundle is not used again in this thread.
 * @throws whatever the file throws at import.
 */
export async function importModule(path: string): Promise<Namespace> {
  const file = resolve(path);
  if (COMPILED) {
    const { fresh, mod } = await distState();
    const rel = relative(ROOT, file);
    const load = fresh && isRegistryFile(rel, mod) ? (await loadBundle())?.modules[rel.split(sep).join('/')] : undefined;
    if (load) {
      try {
        return await load();
      } catch {
        bundle = Promise.resolve(undefined);
      }
    }
  }
  try {
    return (await import(await importableUrl(file))) as Namespace;
  } catch (e) {
    if (e !== null && (typeof e === 'object' || typeof e === 'function')) failedImports.add(e);
    throw e;
  }
}

/**
 * Errors importModule has thrown to its caller. Node (20) also reports an error thrown while a
 * CommonJS module of the graph evaluates as an unhandled rejection, the same object, after the
 * import's own rejection was caught: the command's handler of unhandled rejections skips these.
 */
const failedImports = new WeakSet<object>();

/** Whether `e` is an error importModule threw to its caller (so it is reported where it was caught). */
export const isReportedImportError = (e: unknown): boolean => e !== null && (typeof e === 'object' || typeof e === 'function') && failedImports.has(e);

function loadBundle(): Promise<Bundle | undefined> {
  const url = new URL('dist/claims/bundle.js', ROOT_URL);
  return (bundle ??= existsSync(url) ? (import(url.href) as Promise<Bundle>) : Promise.resolve(undefined));
}
