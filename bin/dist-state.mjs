// Whether the compiled dist/ may run in place of the TypeScript sources. In a checkout, dist/ is
// used only when it was built from exactly the sources that are here now: `npm run build`
// (scripts/build.mjs) records digests of src/ (the engine) and of properties/ and proofs/ (the
// registry's claims, transpiled to dist/claims/) in dist/.build-stamp.json, taken before compiling;
// a source edited since (or during) the build makes its digest differ, and that part runs from its
// TypeScript through tsx. Content, not modification times, so `git checkout` cannot fool it.
// About 20 ms for the engine's 160 files. An installed package ships dist/ and no src/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';

export const STAMP = 'dist/.build-stamp.json';
/** The registry's claim folders, transpiled to dist/claims/<folder>/. */
export const CLAIM_SOURCES = ['properties', 'proofs'];

/** sha256 over the paths and contents of the files (relative to root, a file: URL) under `dirs` with the given endings, and of `extra` files. */
function digest(root, dirs, ending, extra = []) {
  const files = dirs.flatMap((d) => (existsSync(new URL(`${d}/`, root))
    ? readdirSync(new URL(`${d}/`, root), { recursive: true }).filter((f) => ending.test(f)).map((f) => `${d}/${f.replaceAll('\\', '/')}`)
    : [])).sort();
  const h = createHash('sha256');
  for (const f of [...extra, ...files]) {
    h.update(f).update('\0');
    h.update(existsSync(new URL(f, root)) ? readFileSync(new URL(f, root)) : '').update('\0');
  }
  return h.digest('hex');
}

/** The engine's digest: src/**\/*.ts and the tsconfig files. */
export const sourceDigest = (root) => digest(root, ['src'], /\.ts$/, ['tsconfig.json', 'tsconfig.build.json']);
/** The registry claims' digest: properties/ and proofs/ (TypeScript and JavaScript files). */
export const claimsDigest = (root) => digest(root, CLAIM_SOURCES, /\.(ts|mts|js|mjs)$/);

/** The transpiled twin of a claim source (an absolute path under the root directory `dir`): dist/claims/<same path>.js. */
export const twinOf = (dir, file) => join(dir, 'dist', 'claims', relative(dir, file)).replace(/\.ts$/, '.js').replace(/\.mts$/, '.mjs');

function readStamp(root) {
  try { return JSON.parse(readFileSync(new URL(STAMP, root), 'utf8')); } catch { return undefined; }
}

/**
 * 'installed' (dist/ and no src/: the package), 'fresh' (a checkout whose dist/ matches src/),
 * 'stale' (dist/ built from other sources, or not stamped) or 'absent' (no dist/).
 */
export function distState(root) {
  const hasDist = existsSync(new URL('dist/index.js', root));
  if (!existsSync(new URL('src/index.ts', root))) return hasDist ? 'installed' : 'absent';
  if (!hasDist) return 'absent';
  return readStamp(root)?.digest === sourceDigest(root) ? 'fresh' : 'stale';
}

/** Whether dist/claims/ was transpiled from the claim files that are here now. */
export function claimsFresh(root) {
  const stamp = readStamp(root);
  return !!stamp?.claims && stamp.claims === claimsDigest(root);
}
