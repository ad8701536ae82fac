// Module resolve hook for claim files anywhere (registered by bin/gdcheck.mjs with module.register):
// - `gdcheck` and `gdcheck/vitest` resolve to the running tool's own entry (src/*.ts from a checkout,
//   dist/*.js from an installed package), so a claim file and the checker share one module instance;
// - the tool's dependencies a claim file may import (fast-check, decimal.js, mathjs) resolve to the
//   tool's own copies, wherever the file lives and whether or not a node_modules sits beside it;
// - a claim file (.ts/.js outside node_modules) is ESM even with no package.json beside it, unless its
//   nearest package.json says "type": "commonjs" (tsx would otherwise load it as CommonJS).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

const typeCache = new Map();
/** The "type" field of the nearest package.json above a file, or undefined. */
function nearestType(dir) {
  if (typeCache.has(dir)) return typeCache.get(dir);
  let type;
  try {
    type = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).type ?? null;
  } catch {
    const up = dirname(dir);
    type = up === dir ? null : nearestType(up);
  }
  typeCache.set(dir, type);
  return type;
}

export async function resolve(specifier, context, next) {
  const entry = entries[specifier];
  if (entry) return next(entry, context);
  if (OWN.has(packageName(specifier)) && outsideNodeModules(context.parentURL)) return next(specifier, { ...context, parentURL: base });
  const r = await next(specifier, context);
  if (r.format === 'commonjs' && outsideNodeModules(r.url) && /\.(ts|js)$/.test(new URL(r.url).pathname)) {
    if (nearestType(dirname(fileURLToPath(r.url))) !== 'commonjs') return { ...r, format: 'module' };
  }
  return r;
}
