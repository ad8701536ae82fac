/**
 * A claim file named in a shard, as merge must print it: a shard records the file as typed on its
 * command line (relative to where it ran) and that folder (`cwd`), so `gdcheck merge` run from
 * another folder prints replay lines whose `--file` works from there.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { shellWord } from '../core/shell.ts';
import type { ClaimReport } from '../core/runner.ts';

/**
 * `file` (as typed in `ranIn`) as named from `here`: unchanged when typed absolute, when the shard ran
 * in `here` or did not record where it ran; else relative to `here` when it lies below it, absolute
 * otherwise; a trailing '/' (a folder as typed) is kept.
 */
export function fileFromHere(file: string, ranIn: string | undefined, here: string = process.cwd()): string {
  if (ranIn === undefined || isAbsolute(file) || resolve(ranIn) === resolve(here)) return file;
  const full = resolve(ranIn, file);
  const rel = relative(here, full);
  const named = rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? full : rel;
  return /[\\/]$/.test(file) && !named.endsWith(sep) ? `${named}/` : named;
}

/** A claim's report with its file, and the `--file` of the replay lines among its details, named from `here` (see fileFromHere). */
export function reportFromHere(r: ClaimReport, ranIn: string | undefined, here: string = process.cwd()): ClaimReport {
  if (r.file === undefined) return r;
  const file = fileFromHere(r.file, ranIn, here);
  if (file === r.file) return r;
  const [was, now] = [` --file ${shellWord(r.file)}`, ` --file ${shellWord(file)}`];
  return { ...r, file, details: r.details?.map((d) => d.split(was).join(now)) };
}
