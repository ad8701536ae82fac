/**
 * Where this package's files are, and which build is running. The root is the folder of gdcheck's
 * own package.json, found by walking up from this module: a path computed from a module's own
 * location ('../package.json', './worker.js') would break when the build bundles modules into
 * chunks at another depth (scripts/build.mjs), and this works from src/, from dist/ and from an
 * installed package alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Whether the compiled build (dist/) is running, rather than the TypeScript sources (tsx, vitest). */
export const COMPILED: boolean = !import.meta.url.endsWith('.ts');

function findRoot(): { root: string; pkg: { version: string } } {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'gdcheck') return { root: dir, pkg };
    }
    if (dirname(dir) === dir) throw new Error(`no package.json of gdcheck in a folder above ${here}`);
  }
}

const found = findRoot();
/** The package root: absolute path, no trailing separator. */
export const PACKAGE_ROOT: string = found.root;
/** The package root as a file: URL ending in '/'. */
export const PACKAGE_ROOT_URL: URL = pathToFileURL(PACKAGE_ROOT + sep);
/** The package's version (package.json). */
export const PACKAGE_VERSION: string = found.pkg.version;

/** The URL of one of the engine's modules in the running build: 'parallel/worker' is dist/parallel/worker.js or src/parallel/worker.ts. */
export const buildModuleUrl = (path: string): string => new URL(COMPILED ? `dist/${path}.js` : `src/${path}.ts`, PACKAGE_ROOT_URL).href;
