// Module resolve hook for claim files anywhere (registered by bin/loaders.mjs with module.register):
// - `gdcheck` and `gdcheck/vitest` resolve to the running tool's own entry (src/*.ts from a checkout,
//   dist/*.js from an installed package), so a claim file and the checker share one module instance;
// - the tool's dependencies a claim file may import (fast-check, decimal.js, mathjs) resolve to the
//   tool's own copies, wherever the file lives and whether or not a node_modules sits beside it;
// - a user's .ts/.js file (outside node_modules) is an ES module when its syntax says so (import,
//   export, import.meta, top-level await), whatever the nearest package.json's "type" says: npm 11's
//   `npm init -y` writes "type": "commonjs", and tsx would load such a file as CommonJS, which fails
//   ("Cannot require() ES Module ... in a cycle", "Cannot use import statement outside a module").
//   A file without module syntax keeps the format its package gives it (CommonJS unless "type":
//   "module"), so a CommonJS helper or config (require, module.exports) still loads as one.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

let entries = {};
let base = '';
const OWN = new Set(['fast-check', 'decimal.js', 'mathjs']);

export async function initialize(data) {
  entries = data.entries;
  base = data.base;
}

const packageName = (s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]);
const outsideNodeModules = (url) => !!url && url.startsWith('file:') && !url.includes('/node_modules/');

let esbuild;
/** esbuild, as tsx (which parses every TypeScript file with it) resolves it: any install layout has it there. */
function parser() {
  const require = createRequire(import.meta.url);
  return (esbuild ??= createRequire(require.resolve('tsx/package.json'))('esbuild'));
}

const syntaxCache = new Map();
/**
 * Whether the file at `url` has ES module syntax, as esbuild's parser sees it (the metafile's
 * `format` of the input is 'esm' exactly then). A file esbuild cannot parse counts as a module, so
 * that its syntax error is reported by the module loader, as file:line:col.
 */
function hasModuleSyntax(url) {
  let known = syntaxCache.get(url);
  if (!known) {
    const path = fileURLToPath(url);
    known = readFile(path, 'utf8')
      .then((contents) => parser().build({
        stdin: { contents, loader: path.endsWith('.ts') ? 'ts' : 'js', sourcefile: path },
        write: false, metafile: true, bundle: false, logLevel: 'silent',
      }))
      .then((r) => Object.values(r.metafile.inputs).some((i) => i.format === 'esm'), () => true);
    syntaxCache.set(url, known);
  }
  return known;
}

/**
 * The plain file: URL under tsx's marks for a CommonJS file imported from a module (a path suffix
 * `%3Ftsx-…` and `tsx-…` query parameters), which route the file through its CommonJS loader.
 */
function withoutTsxMarks(url) {
  const u = new URL(url);
  u.pathname = u.pathname.replace(/%3Ftsx-[^/]*$/, '');
  for (const k of [...u.searchParams.keys()]) if (k.startsWith('tsx-')) u.searchParams.delete(k);
  return u.href;
}

export async function resolve(specifier, context, next) {
  const entry = entries[specifier];
  if (entry) return next(entry, context);
  if (OWN.has(packageName(specifier)) && outsideNodeModules(context.parentURL)) return next(specifier, { ...context, parentURL: base });
  const r = await next(specifier, context);
  if (r.format !== 'commonjs' || !outsideNodeModules(r.url)) return r;
  const url = withoutTsxMarks(r.url);
  return /\.(ts|js)$/.test(new URL(url).pathname) && (await hasModuleSyntax(url)) ? { ...r, url, format: 'module' } : r;
}
