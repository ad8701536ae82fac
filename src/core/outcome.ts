/**
 * The outcome a claim's (or mutant's) run returns, checked where the runner receives it: the run is
 * user code (defineClaim, a hand-made claim), and a malformed field (a BigInt among the details, a
 * rational as the measured value, a cycle, a path that is not a replay path) would otherwise crash
 * the report, the JSON or a shard file and lose every other claim's result. A malformed outcome
 * makes that run inconclusive, with one line naming the field; text is made printable (printable.ts).
 */
import type { Outcome, Verdict } from './claim.ts';
import { isReplayPathSyntax } from './replayPath.ts';
import { printable } from './printable.ts';

const VERDICTS: readonly Verdict[] = ['holds', 'verified', 'refuted', 'inconclusive'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A value described for an error line without printing it (it may be a cycle, a BigInt, huge). */
function what(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  switch (typeof v) {
    case 'string': return 'a string';
    case 'number': return `the number ${String(v)}`;
    case 'bigint': return `the BigInt ${v > 10n ** 20n || v < -(10n ** 20n) ? '(long)' : String(v)}`;
    case 'function': return 'a function';
    case 'object': {
      const name = (Object.getPrototypeOf(v) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
      return typeof name === 'string' && name.replace(/^_+/, '') !== 'Object' && name.replace(/^_+/, '') !== '' ? `a ${name.replace(/^_+/, '')}` : 'an object';
    }
    default: return typeof v;
  }
}

class Malformed extends Error {}
const bad = (field: string, must: string, v: unknown): never => { throw new Malformed(`${field} must be ${must}, got ${what(v)}`); };

/** A count (instances, skipped, replayed, shrinks): a whole number from 0 to 2^53 − 1 (1e308, 2.5 and −1 are no counts). */
export const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
/** What a count must be, for error lines. */
export const A_COUNT = 'a whole number ≥ 0 (a count)';

/**
 * What a verdict must carry, or undefined when it does: a refutation or an inconclusive verdict says
 * why (a non-empty reason), a pass carries no counterexample, and a refutation of a claim's run
 * (`instances` given) rests on something:
 * a counterexample, or at least one instance it examined, or its evidence in `details` (a rate claim
 * refuted by a fit). @returns the problem as '<field> must be …', to follow a file or 'malformed outcome'.
 */
export function evidenceProblem(r: { verdict?: unknown; reason?: unknown; instances?: unknown; counterexample?: unknown; details?: unknown }): string | undefined {
  if ((r.verdict === 'refuted' || r.verdict === 'inconclusive') && typeof r.reason === 'string' && r.reason.trim() === '') return `reason must say why the verdict is ${r.verdict}, got an empty string`;
  // A counterexample contradicts a pass (a shard file edited from refuted to holds kept its counterexample).
  if ((r.verdict === 'holds' || r.verdict === 'verified') && r.counterexample !== undefined) return `a verdict ${r.verdict} must not carry a counterexample (it contradicts the verdict)`;
  if (r.verdict !== 'refuted' || r.instances === undefined) return undefined;
  const details = Array.isArray(r.details) && r.details.some((d) => typeof d === 'string' && d.trim() !== '');
  if (r.counterexample === undefined && r.instances === 0 && !details) return 'a refutation must carry its evidence: a counterexample, the instances it examined (instances ≥ 1) or its evidence in details; got none';
  return undefined;
}

const str = (v: unknown, field: string): string => (typeof v === 'string' ? printable(v) : bad(field, 'a string', v));
const count = (v: unknown, field: string): number => (isCount(v) ? v : bad(field, A_COUNT, v));
const integer = (v: unknown, field: string, min: number, max: number): number => (Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max ? (v as number) : bad(field, `an integer in [${min}, ${max}]`, v));
const strings = (v: unknown, field: string): string[] => (Array.isArray(v) ? v.map((x, k) => str(x, `${field}[${k}]`)) : bad(field, 'an array of strings', v));
const path = (v: unknown, field: string): string => (typeof v === 'string' && isReplayPathSyntax(v) ? v : bad(field, "a replay path ('3:1:0', or 's:100:57:0' for the search)", v));
const obj = (v: unknown, field: string): Obj => (isObj(v) ? v : bad(field, 'an object', v));

/** `o` with the checked fields (text made printable); @throws Malformed naming the first bad field. */
function checkFields(o: unknown): Outcome {
  const r = obj(o, 'the outcome');
  const out: Obj = { ...r };
  out.verdict = (VERDICTS as readonly unknown[]).includes(r.verdict) ? r.verdict : bad('verdict', `one of ${VERDICTS.join(', ')}`, r.verdict);
  out.reason = str(r.reason, 'reason');
  out.instances = count(r.instances, 'instances');
  out.precision = str(r.precision, 'precision');
  const optional = <T>(key: string, check: (v: unknown, field: string) => T): void => { if (r[key] !== undefined) out[key] = check(r[key], key); };
  optional('skipped', count);
  optional('worstSlack', (v, f) => (v === null || typeof v === 'number' ? v : bad(f, 'a number or null', v)));
  // A negative slack is a violation: a run that reports one cannot say the claim holds.
  if ((out.verdict === 'holds' || out.verdict === 'verified') && typeof out.worstSlack === 'number' && !(out.worstSlack >= 0)) bad('worstSlack', `≥ 0 with the verdict ${String(out.verdict)} (a negative slack is a violation)`, out.worstSlack);
  optional('seed', (v, f) => integer(v, f, -(2 ** 31), 2 ** 31 - 1));
  optional('path', path);
  optional('details', strings);
  optional('counterexample', (v, f) => {
    const c = obj(v, f);
    const x: Obj = { ...c };
    for (const k of ['instance', 'measured', 'claimed', 'gap', 'verifiedWith']) x[k] = str(c[k], `${f}.${k}`);
    if (c.shrinks !== undefined) x.shrinks = count(c.shrinks, `${f}.shrinks`);
    return x;
  });
  optional('search', (v, f) => {
    const s = obj(v, f);
    if (s.closest === undefined) return s;
    const c = obj(s.closest, `${f}.closest`);
    const x: Obj = { ...c };
    if (c.path !== undefined) x.path = path(c.path, `${f}.closest.path`);
    for (const k of ['instance', 'measured', 'claimed']) if (c[k] !== undefined) x[k] = str(c[k], `${f}.closest.${k}`);
    return { ...s, closest: x };
  });
  optional('refuting', (v, f) => { const x = obj(v, f); return 'value' in x ? x : bad(`${f}.value`, 'present', undefined); });
  optional('replayed', (v, f) => {
    const x = obj(v, f);
    const n = count(x.count, `${f}.count`);
    const refuting = count(x.refuting, `${f}.refuting`);
    if (refuting > n) bad(`${f}.refuting`, `at most ${f}.count (${n})`, refuting);
    return { count: n, refuting, notes: strings(x.notes, `${f}.notes`) };
  });
  const evidence = evidenceProblem(out);
  if (evidence) throw new Malformed(evidence);
  return out as unknown as Outcome;
}

/**
 * The outcome of a run as the report may carry it: `o` with its text made printable when every field
 * is well formed, else an inconclusive outcome whose reason names the first malformed field.
 */
export function checkedOutcome(o: unknown): Outcome {
  try {
    return checkFields(o);
  } catch (e) {
    if (!(e instanceof Malformed)) throw e;
    return { verdict: 'inconclusive', reason: `the run returned a malformed outcome: ${e.message}`, instances: 0, precision: '-' };
  }
}
