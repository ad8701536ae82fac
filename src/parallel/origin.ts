/**
 * Where a shard's results come from: the gdcheck version (and checkout commit) that ran it, a digest
 * of the claim or scenario files and their helpers, and one digest over those and the run's settings. Shards
 * of one run agree on all of it; `gdcheck merge` refuses a set that does not, since results computed
 * by different code are not one run's, even when their settings and claim ids agree.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gdcheckCommit, gdcheckVersion } from '../report/meta.ts';

export interface Origin {
  gdcheck: string;
  /** The checkout's commit ('+changes' when it has uncommitted changes); null for an installed package. */
  commit: string | null;
  /** SHA-256 (hex) of the names and contents of the claim (or scenario) files and the scripts beside them (codeFiles). */
  code: string;
  /** SHA-256 (hex) over gdcheck, commit, code and the run's settings. */
  digest: string;
}

const sha256 = (parts: readonly string[]): string => {
  const h = createHash('sha256');
  // Length-prefixed, so no two lists of parts hash alike by concatenation.
  for (const p of parts) h.update(`${Buffer.byteLength(p)}:`).update(p);
  return h.digest('hex');
};

const SCRIPT = /\.(m?ts|m?js)$/;
/** At most this many scripts in a folder count as its helpers (a claim file in a large folder counts alone). */
const MAX_SIBLINGS = 200;

/**
 * The files whose code decides a run: the claim (or scenario) files in run order, then the other
 * scripts in their folders (helpers such as `_perceptron.ts`, which claim files import), by name.
 */
function codeFiles(files: readonly string[]): string[] {
  const out = new Set(files);
  for (const dir of new Set(files.map(dirname))) {
    let names: string[];
    try { names = readdirSync(dir).filter((n) => SCRIPT.test(n)).sort(); } catch { continue; }
    if (names.length <= MAX_SIBLINGS) for (const n of names) out.add(join(dir, n));
  }
  return [...out];
}

/**
 * The origin of a run over `files` (absolute paths of the claim or scenario files) with `settings`
 * (seed, runs, digits, budget, mutants; or a sweep's recorded options).
 */
export function runOrigin(files: readonly string[], settings: unknown): Origin {
  const code = sha256(codeFiles(files).flatMap((f) => { try { return [basename(f), readFileSync(f, 'utf8')]; } catch { return [basename(f), 'unreadable']; } }));
  const gdcheck = gdcheckVersion();
  const commit = gdcheckCommit();
  return { gdcheck, commit, code, digest: sha256([gdcheck, String(commit), code, JSON.stringify(settings)]) };
}

/**
 * Why shard `a` is not of the same run as shard `b` (a one-line message naming both files), or
 * undefined when their origins agree. `what` names the code: 'claim files', 'scenario file'.
 */
export function originMismatch(a: { file: string; origin: Origin }, b: { file: string; origin: Origin }, what: string): string | undefined {
  const v = (o: Origin) => `${o.gdcheck}${o.commit ? ` (commit ${o.commit})` : ''}`;
  if (a.origin.gdcheck !== b.origin.gdcheck || a.origin.commit !== b.origin.commit) return `${a.file} was run by gdcheck ${v(a.origin)}, ${b.file} by ${v(b.origin)}: not shards of one run`;
  if (a.origin.code !== b.origin.code) return `${a.file} was run on other ${what} than ${b.file} (their contents differ): not shards of one run`;
  if (a.origin.digest !== b.origin.digest) return `${a.file} was run with other settings than ${b.file}: not shards of one run`;
  return undefined;
}
