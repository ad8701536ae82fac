// Whether the compiled dist/ may run in place of the TypeScript sources. In a checkout, dist/ is
// used only when it was built from exactly the sources that are here now: `npm run build`
// (scripts/build.mjs) records, in dist/.build-stamp.json, taken before compiling, two parts: the
// engine (src/ and the tsconfig files) and the registry's claims (properties/ and proofs/,
// transpiled to dist/claims/). For each part it records a sha256 of the files' paths and contents,
// and the stat of each file (size, modification and change times) and folder. A part is fresh when
// every stat is as recorded (one stat per file and folder, a few ms, no reading: a file added or
// removed changes its folder's times), else when its content digest matches (40-60 ms for the
// engine). So `git checkout`, which rewrites modification times, falls back to the content
// and cannot fool it, and a file edited since (or during) the build makes that part stale; it then
// runs from its TypeScript through tsx. When a file or folder was modified within STAT_MARGIN_MS of
// the stamp, the part gets no stat record (that time could equal a later edit's: git's "racily
// clean" case), and is always checked by content. An installed package ships dist/ and no src/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';

export const STAMP = 'dist/.build-stamp.json';
/** The registry's claim folders, transpiled to dist/claims/<folder>/. */
export const CLAIM_SOURCES = ['properties', 'proofs'];
/** A file modified this close (ms) to the stamp is checked by content, never by its stat. */
export const STAT_MARGIN_MS = 2000;

/** The two parts of a build: the engine ('digest' in the stamp) and the registry's claims ('claims'). */
const PARTS = {
  digest: { dirs: ['src'], ending: /\.ts$/, extra: ['tsconfig.json', 'tsconfig.build.json'] },
  claims: { dirs: CLAIM_SOURCES, ending: /\.(ts|mts|js|mjs)$/, extra: [] },
};

/** The files of a part (relative to root, a file: URL): its extra files, then those under its dirs, sorted. */
function filesOf(root, { dirs, ending, extra }) {
  const files = dirs.flatMap((d) => (existsSync(new URL(`${d}/`, root))
    ? readdirSync(new URL(`${d}/`, root), { recursive: true }).filter((f) => ending.test(f)).map((f) => `${d}/${f.replaceAll('\\', '/')}`)
    : [])).sort();
  return [...extra, ...files];
}

/** sha256 over the paths and contents of a part's files (a missing extra file counts as empty). */
function digest(root, part) {
  const h = createHash('sha256');
  for (const f of filesOf(root, part)) {
    h.update(f).update('\0');
    h.update(existsSync(new URL(f, root)) ? readFileSync(new URL(f, root)) : '').update('\0');
  }
  return h.digest('hex');
}

/** [size, mtimeMs, ctimeMs] of a file, [mtimeMs, ctimeMs] of a folder, null when missing. */
const statOf = (root, f) => {
  const s = statSync(new URL(f, root), { throwIfNoEntry: false });
  if (!s) return null;
  return s.isDirectory() ? [s.mtimeMs, s.ctimeMs] : [s.size, s.mtimeMs, s.ctimeMs];
};

/**
 * The stat record of a part: each file's and each folder's (a folder's times change when an entry
 * is added, removed or renamed, so checking the record needs no readdir), and missing extra files
 * as null. Undefined when anything was modified within STAT_MARGIN_MS of `now`.
 */
function statsOf(root, part, now) {
  const out = {};
  for (const d of part.dirs) {
    out[`${d}/`] = statOf(root, `${d}/`);
    if (!out[`${d}/`]) continue;
    for (const e of readdirSync(new URL(`${d}/`, root), { recursive: true })) {
      const f = `${d}/${e.replaceAll('\\', '/')}`;
      const s = statOf(root, f);
      if (s?.length === 2) out[`${f}/`] = s;
      else if (s && part.ending.test(f)) out[f] = s;
    }
  }
  for (const f of part.extra) out[f] = statOf(root, f);
  const racy = Object.values(out).some((s) => s && s.slice(-2).some((t) => t >= now - STAT_MARGIN_MS));
  return racy ? undefined : out;
}

/** The engine's digest: src/**\/*.ts and the tsconfig files. */
export const sourceDigest = (root) => digest(root, PARTS.digest);
/** The registry claims' digest: properties/ and proofs/ (TypeScript and JavaScript files). */
export const claimsDigest = (root) => digest(root, PARTS.claims);

/**
 * What scripts/build.mjs writes to the stamp, before compiling: both parts' stats, then their
 * digests (stats first: a file edited between the two then fails its stat check and is read).
 * `now` is when the stamp counts as taken (a test sets it later to get a stat record at once).
 */
export function buildStamp(root, now = Date.now()) {
  const stats = { digest: statsOf(root, PARTS.digest, now), claims: statsOf(root, PARTS.claims, now) };
  return { digest: sourceDigest(root), claims: claimsDigest(root), stats, built: new Date(now).toISOString() };
}

/** The transpiled twin of a claim source (an absolute path under the root directory `dir`): dist/claims/<same path>.js. */
export const twinOf = (dir, file) => join(dir, 'dist', 'claims', relative(dir, file)).replace(/\.ts$/, '.js').replace(/\.mts$/, '.mjs');

function readStamp(root) {
  try { return JSON.parse(readFileSync(new URL(STAMP, root), 'utf8')); } catch { return undefined; }
}

/** Whether a part of the build matches its sources now: every stat as recorded, else the content digest. */
function partFresh(root, stamp, key) {
  if (typeof stamp?.[key] !== 'string') return false;
  const recorded = stamp.stats?.[key];
  const same = ([f, r]) => {
    const s = statOf(root, f);
    return r === null ? s === null : Array.isArray(r) && !!s && s.length === r.length && s.every((v, i) => v === r[i]);
  };
  if (recorded && typeof recorded === 'object' && Object.entries(recorded).every(same)) return true;
  return stamp[key] === digest(root, PARTS[key]);
}

/**
 * 'installed' (dist/ and no src/: the package), 'fresh' (a checkout whose dist/ matches src/),
 * 'stale' (dist/ built from other sources, or not stamped) or 'absent' (no dist/).
 */
export function distState(root) {
  const hasDist = existsSync(new URL('dist/index.js', root));
  if (!existsSync(new URL('src/index.ts', root))) return hasDist ? 'installed' : 'absent';
  if (!hasDist) return 'absent';
  return partFresh(root, readStamp(root), 'digest') ? 'fresh' : 'stale';
}

/** Whether dist/claims/ was transpiled from the claim files that are here now. */
export function claimsFresh(root) {
  return partFresh(root, readStamp(root), 'claims');
}
