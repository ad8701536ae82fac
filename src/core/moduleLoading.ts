/**
 * How a claim, derivation or config file is imported, in whichever build is running.
 * - From src/ (through tsx, or under vitest) a TypeScript loader is already in place: a file is
 *   imported as it is.
 * - From the compiled dist/ (bin/gdcheck.mjs chose it), nothing transforms TypeScript until a file
 *   needs it, because starting tsx's loader thread costs a noticeable part of a short command:
 *   a registry claim (properties/, proofs/) runs from its transpiled twin in dist/claims/ when that
 *   was built from the file as it is now (the stamp's digest, bin/dist-state.mjs); any other file
 *   first installs the command's loaders on this thread (tsx, and the hook that points `gdcheck` at
 *   this build), once.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const COMPILED = !import.meta.url.endsWith('.ts');
const ROOT_URL = new URL('../../', import.meta.url);
const ROOT = fileURLToPath(ROOT_URL);

interface DistState {
  CLAIM_SOURCES: string[];
  claimsFresh(root: URL): boolean;
  twinOf(dir: string, file: string): string;
}
interface Loaders { installLoaders(build: 'src' | 'dist'): void }

let state: Promise<{ fresh: boolean; mod: DistState }> | undefined;
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
  state ??= (import(new URL('bin/dist-state.mjs', ROOT_URL).href) as Promise<DistState>).then((mod) => ({ fresh: mod.claimsFresh(ROOT_URL), mod }));
  const { fresh, mod } = await state;
  const rel = relative(ROOT, file);
  if (fresh && !rel.startsWith('..') && !isAbsolute(rel) && mod.CLAIM_SOURCES.includes(rel.split(/[\\/]/)[0]!)) {
    const twin = mod.twinOf(ROOT, file);
    if (existsSync(twin)) return pathToFileURL(twin).href;
  }
  await ensureLoaders();
  return pathToFileURL(file).href;
}
