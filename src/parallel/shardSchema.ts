/**
 * The schema of a shard file, checked whole before anything is merged: every field's type, range and
 * enum, the task or point labels, each result's index (in range, in this shard, given once), its
 * kind (a claim's own run or a mutant, as the label says), the reports inside it, and the count of
 * results. A file edited by hand, cut short or written by another tool is one line naming the file
 * and the field, never a wrong table, a "missing" for what is malformed, or an internal error.
 */
import { UserError } from '../core/errors.ts';
import { NotDecodable, type Json } from '../db/encode.ts';
import type { ClaimReport, MutantReport } from '../core/runner.ts';
import { asExpected } from '../core/claim.ts';
import { A_COUNT, evidenceProblem, isCount } from '../core/outcome.ts';
import { accepted, ruleBroken, RUN_OPTIONS, type NumberRule } from '../core/runOptions.ts';
import { fromPlain } from './wire.ts';
import { isReplayPathSyntax } from '../core/replayPath.ts';
import { printable } from '../core/printable.ts';
import type { Origin } from './origin.ts';

const VERDICTS = ['holds', 'verified', 'refuted', 'inconclusive'] as const;
const EXPECTED = ['holds', 'refuted', 'inconclusive'] as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const shown = (v: unknown): string => {
  let s: string;
  try { s = JSON.stringify(v) ?? String(v); } catch { s = 'a value nested too deeply to show'; }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

/** Field checks that throw a UserError `<file>: <field> must be …, got …`. */
export class FieldCheck {
  constructor(readonly file: string) {}
  fail(field: string, what: string, v?: unknown): never {
    throw new UserError(`${this.file}: ${field} ${what}${arguments.length > 2 ? `, got ${shown(v)}` : ''}`);
  }
  obj(v: unknown, field: string): Obj { return isObj(v) ? v : this.fail(field, 'must be an object', v); }
  str(v: unknown, field: string): string { return typeof v === 'string' ? v : this.fail(field, 'must be a string', v); }
  bool(v: unknown, field: string): boolean { return typeof v === 'boolean' ? v : this.fail(field, 'must be true or false', v); }
  num(v: unknown, field: string, min = -Infinity): number {
    return typeof v === 'number' && Number.isFinite(v) && v >= min ? v : this.fail(field, `must be a finite number${min > -Infinity ? ` ≥ ${min}` : ''}`, v);
  }
  /** A count (instances, skipped, …): a whole number ≥ 0 (core/outcome.ts's isCount). */
  count(v: unknown, field: string): number { return isCount(v) ? v : this.fail(field, `must be ${A_COUNT}`, v); }
  /** A run option's value within its rule (core/runOptions.ts's RUN_OPTIONS: what the command line accepts). */
  rule(v: unknown, field: string, rule: NumberRule): number {
    return typeof v === 'number' && !ruleBroken(v, rule) ? v : this.fail(field, `must be ${accepted(rule)}`, v);
  }
  int(v: unknown, field: string, min: number, max: number): number {
    return Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : this.fail(field, `must be an integer in [${min}, ${max}]`, v);
  }
  oneOf<T extends string>(v: unknown, field: string, values: readonly T[]): T {
    return (values as readonly unknown[]).includes(v) ? (v as T) : this.fail(field, `must be one of ${values.join(', ')}`, v);
  }
  /** A replay path's form ('3:1:0'): a path is printed in a replay line for the user to paste. */
  path(v: unknown, field: string): string {
    return typeof v === 'string' && isReplayPathSyntax(v) ? v : this.fail(field, "must be a replay path ('3:1:0', or 's:100:57:0' for the search)", v);
  }
  strings(v: unknown, field: string): string[] {
    if (!Array.isArray(v)) this.fail(field, 'must be an array of strings', v);
    v.forEach((x, k) => this.str(x, `${field}[${k}]`));
    return v as string[];
  }
  optional<T>(o: Obj, key: string, field: string, check: (v: unknown, field: string) => T): void {
    if (o[key] !== undefined) check(o[key], `${field}.${key}`);
  }
}

/** `shard`: {index, count} with 0 ≤ index < count ≤ 100000. */
export function checkShardPosition(c: FieldCheck, v: unknown): { index: number; count: number } {
  const s = c.obj(v, 'shard');
  const count = c.int(s.count, 'shard.count', 1, 100_000);
  return { index: c.int(s.index, 'shard.index', 0, count - 1), count };
}

/** `origin`: the gdcheck version, commit and digests (origin.ts). */
export function checkOrigin(c: FieldCheck, v: unknown): Origin {
  const o = c.obj(v, 'origin');
  const hex = (x: unknown, f: string) => (typeof x === 'string' && /^[0-9a-f]{64}$/.test(x) ? x : c.fail(f, 'must be a SHA-256 digest (64 hex digits)', x));
  return { gdcheck: c.str(o.gdcheck, 'origin.gdcheck'), commit: o.commit === null ? null : c.str(o.commit, 'origin.commit'), code: hex(o.code, 'origin.code'), digest: hex(o.digest, 'origin.digest') };
}

/** The fields every report shows: a counterexample's strings, details' lines, the seed and path. */
function checkCommon(c: FieldCheck, r: Obj, field: string): void {
  c.oneOf(r.verdict, `${field}.verdict`, VERDICTS);
  c.str(r.reason, `${field}.reason`);
  c.num(r.seconds, `${field}.seconds`, 0);
  c.optional(r, 'seed', field, (v, f) => c.int(v, f, -(2 ** 31), 2 ** 31 - 1));
  c.optional(r, 'path', field, (v, f) => c.path(v, f));
  c.optional(r, 'counterexample', field, (v, f) => {
    const x = c.obj(v, f);
    for (const k of ['instance', 'measured', 'claimed', 'gap', 'verifiedWith']) x[k] = printable(c.str(x[k], `${f}.${k}`));
    c.optional(x, 'shrinks', f, (s, g) => c.count(s, g));
  });
  c.optional(r, 'search', field, (v, f) => {
    const s = c.obj(v, f);
    // The closest approach's path is only in the JSON, but it is a replay path all the same.
    const closest = s.closest === undefined ? undefined : c.obj(s.closest, `${f}.closest`);
    if (closest?.path !== undefined) c.path(closest.path, `${f}.closest.path`);
  });
  r.reason = printable(r.reason as string);
}

/** The text fields of a report that are printed, made printable (control characters become spaces: a file may hold terminal escapes). */
function printableFields(r: Obj, keys: readonly string[]): void {
  for (const k of keys) if (typeof r[k] === 'string') r[k] = printable(r[k]);
  if (Array.isArray(r.details)) r.details = r.details.map((d) => printable(d as string));
}

/** A claim's report (without mutants), decoded, for the task labelled `claim`. */
export function checkClaimReport(c: FieldCheck, r: Obj, field: string, claim: string): ClaimReport {
  if (c.str(r.id, `${field}.id`) !== claim) c.fail(`${field}.id`, `must be the task's claim '${claim}'`, r.id);
  for (const k of ['paper', 'title', 'statement', 'kind', 'provenance', 'precision']) c.str(r[k], `${field}.${k}`);
  const expected = c.oneOf(r.expected, `${field}.expected`, EXPECTED);
  // A claim's own rule (matchesExpected) is only ever stricter than the verdict matching: a report
  // marked as expected with another verdict is not one a run wrote, and would print a false ✓.
  if (c.bool(r.asExpected, `${field}.asExpected`) && !asExpected(c.oneOf(r.verdict, `${field}.verdict`, VERDICTS), expected)) {
    c.fail(`${field}.asExpected`, `is true, but the verdict ${String(r.verdict)} is not the expected ${expected}`);
  }
  c.count(r.instances, `${field}.instances`);
  const src = c.obj(r.source, `${field}.source`);
  c.str(src.where, `${field}.source.where`);
  checkCommon(c, r, field);
  c.optional(r, 'skipped', field, (v, f) => c.count(v, f));
  c.optional(r, 'worstSlack', field, (v, f) => (v === null || typeof v === 'number' ? v : c.fail(f, 'must be a number or null', v)));
  c.optional(r, 'details', field, (v, f) => c.strings(v, f));
  for (const k of ['open', 'file', 'savedTo']) c.optional(r, k, field, (v, f) => c.str(v, f));
  c.optional(r, 'replayed', field, (v, f) => {
    const x = c.obj(v, f);
    const n = c.count(x.count, `${f}.count`);
    if (c.count(x.refuting, `${f}.refuting`) > n) c.fail(`${f}.refuting`, `must be at most ${f}.count (${n})`, x.refuting);
    c.strings(x.notes, `${f}.notes`);
  });
  const evidence = evidenceProblem(r);
  if (evidence) c.fail(field, `is malformed: ${evidence}`);
  if (r.mutants !== undefined) c.fail(`${field}.mutants`, 'must be absent (each mutant is a task of its own)');
  // The file is an argument of the printed replay lines: quoted, but a control character would still reach the terminal.
  if (typeof r.file === 'string' && printable(r.file) !== r.file) c.fail(`${field}.file`, 'must not hold control characters', r.file);
  printableFields(r, ['title', 'open', 'precision', 'savedTo']);
  src.where = printable(src.where as string);
  if (isObj(r.replayed)) r.replayed.notes = (r.replayed.notes as string[]).map(printable);
  return r as unknown as ClaimReport;
}

/** A mutant's report, decoded, for the task labelled `label` (`claim~mutant`). */
export function checkMutantReport(c: FieldCheck, r: Obj, field: string, label: string): MutantReport {
  if (c.str(r.id, `${field}.id`) !== label) c.fail(`${field}.id`, `must be the task's mutant '${label}'`, r.id);
  c.str(r.description, `${field}.description`);
  checkCommon(c, r, field);
  const evidence = evidenceProblem(r);
  if (evidence) c.fail(field, `is malformed: ${evidence}`);
  printableFields(r, ['description']);
  return r as unknown as MutantReport;
}

/** `decode(v)`, with a malformed tag, or nesting too deep to decode, as a one-line error naming the field. */
export function decoded<T>(c: FieldCheck, field: string, decode: () => T): T {
  try {
    return decode();
  } catch (e) {
    if (e instanceof NotDecodable) c.fail(field, `holds a malformed value: ${e.message}`);
    if (e instanceof RangeError) c.fail(field, 'is nested too deeply to decode');
    throw e;
  }
}

/** A report from its plain JSON (wire.ts), or a one-line error naming the field. */
export function decodeReport(c: FieldCheck, v: unknown, field: string): Obj {
  return decoded(c, field, () => fromPlain(v as Json) as unknown as Obj);
}

/** A sweep's recorded options (src/parallel/sweep.ts recordedOptions): what the scenario's report reads. */
export function checkSweepOptions(c: FieldCheck, v: unknown): void {
  const o = c.obj(v, 'run.options');
  c.rule(o.seed, 'run.options.seed', RUN_OPTIONS.seed);
  c.rule(o.budget, 'run.options.budget', RUN_OPTIONS.simulateBudget);
  c.optional(o, 'steps', 'run.options', (x, f) => c.rule(x, f, RUN_OPTIONS.steps));
  for (const k of ['init', 'n']) c.optional(o, k, 'run.options', (x, f) => c.str(x, f));
  const set = c.obj(o.set, 'run.options.set');
  for (const [k, x] of Object.entries(set)) c.str(x, `run.options.set.${k}`);
}

/**
 * The results of one shard, checked against its run's labels: each an object with an integer
 * `index` in range and in this shard, given once, and `value(result, field, label)` checked by the
 * caller; then their count (all of the shard's, unless it was interrupted). Returns them by index.
 */
export function checkResults<R>(c: FieldCheck, v: unknown, labels: readonly string[], shard: { index: number; count: number }, interrupted: boolean, noun: string, value: (r: Obj, field: string, label: string) => R): Map<number, R> {
  if (!Array.isArray(v)) c.fail('results', 'must be an array', v);
  const out = new Map<number, R>();
  v.forEach((x, k) => {
    const field = `results[${k}]`;
    const r = c.obj(x, field);
    const index = c.int(r.index, `${field}.index`, 0, labels.length - 1);
    if (index % shard.count !== shard.index) c.fail(`${field}.index`, `is ${noun} ${index}, which is not in shard ${shard.index}/${shard.count}`);
    if (out.has(index)) c.fail(`${field}.index`, `repeats ${noun} ${index} (${labels[index]})`);
    out.set(index, value(r, field, labels[index]!));
  });
  const mine = labels.filter((_, i) => i % shard.count === shard.index).length;
  if (!interrupted && out.size !== mine) {
    const first = labels.findIndex((_, i) => i % shard.count === shard.index && !out.has(i));
    c.fail('results', `hold ${out.size} of the ${mine} ${noun}(s) of shard ${shard.index}/${shard.count} (first missing: ${labels[first]}): was its run cut short?`);
  }
  return out;
}
