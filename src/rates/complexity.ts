/**
 * Iteration-complexity laws T(x) on a geometric grid of x (x = d features or n points), and the
 * decision whether a claimed law holds.
 *
 * A law is O, Ω or Θ of x^a·log^k x. The decision transforms y = T/log^k x and fits y ≈ C·x^â on
 * the upper part of the grid (lower-order terms fade with x), with a 95% t-interval on â
 * (src/rates/fit.ts). For O: holds when the interval lies at or below a + slack, refuted when it
 * lies above; for Ω the mirror image; Θ needs both. Anything in between, a grid shorter than
 * `minPoints` points or narrower than a factor `minSpan`, or a count that ran out of budget is
 * inconclusive, with the reason. O uses the largest count per grid point (the worst instance), Ω
 * the smallest. Competing laws (free power, √x·log x, x, x·log x, log x, √x) are fitted with one
 * constant each and reported by their log-space residual, so the report says which law the data
 * look like, not only whether the claimed one survived.
 */
import { fitPower, fitLine, type LineFit } from './fit.ts';
import type { Verdict } from '../core/claim.ts';

export type BoundKind = 'upper' | 'lower' | 'tight';

export interface ComplexityLaw {
  bound: BoundKind;
  /** a in x^a·log^k x. */
  exponent: number;
  /** k in x^a·log^k x (the log power Õ hides; stated explicitly here). */
  logPower: number;
}

export function lawLabel(l: ComplexityLaw, v = 'd'): string {
  const sym = l.bound === 'upper' ? 'O' : l.bound === 'lower' ? 'Ω' : 'Θ';
  const pow = l.exponent === 0 ? '' : l.exponent === 1 ? v : l.exponent === 0.5 ? `√${v}` : `${v}^${l.exponent}`;
  const log = l.logPower === 0 ? '' : l.logPower === 1 ? `log ${v}` : `log^${l.logPower} ${v}`;
  return `${sym}(${[pow, log].filter(Boolean).join('·') || '1'})`;
}

export interface GridPoint {
  x: number;
  /** One count per instance; null = not reached within the iteration cap. */
  counts: readonly (number | null)[];
}

export interface DecideOptions {
  /** Fewest grid points used by the fit (default 4). */
  minPoints?: number;
  /** Smallest ratio x_max/x_min of the fitted points (default 8). */
  minSpan?: number;
  /** Allowed deviation of the exponent, with its reason (default 0.1: log factors and lower-order terms on a finite grid). */
  slack?: number;
  /** Fraction of the grid (its upper part) used for the fit (default 2/3, at least minPoints points). */
  upperFraction?: number;
}

export interface ComplexityDecision {
  verdict: Exclude<Verdict, 'verified'>;
  reason: string;
  /** Fit of T/log^k x against x on the points used. */
  fit?: LineFit;
  /** Free power fit of T itself. */
  freeFit?: LineFit;
  competing: { law: string; rms: number }[];
  details: string[];
}

const COMPETING: { law: string; f: (x: number) => number }[] = [
  { law: 'log x', f: (x) => Math.log(x) },
  { law: '√x', f: (x) => Math.sqrt(x) },
  { law: '√x·log x', f: (x) => Math.sqrt(x) * Math.log(x) },
  { law: 'x', f: (x) => x },
  { law: 'x·log x', f: (x) => x * Math.log(x) },
];

/** Log-space rms residual of T ≈ C·f(x) with the best C. */
function constantFitRms(xs: readonly number[], ys: readonly number[], f: (x: number) => number): number {
  const r = xs.map((x, i) => Math.log(ys[i]!) - Math.log(f(x)));
  const mean = r.reduce((a, b) => a + b, 0) / r.length;
  return Math.sqrt(r.reduce((s, v) => s + (v - mean) ** 2, 0) / r.length);
}

export function decideComplexity(points: readonly GridPoint[], law: ComplexityLaw, opts: DecideOptions = {}): ComplexityDecision {
  const minPoints = opts.minPoints ?? 4, minSpan = opts.minSpan ?? 8, slack = opts.slack ?? 0.1;
  const details: string[] = [];
  const sorted = [...points].sort((p, q) => p.x - q.x);
  const missing = sorted.filter((p) => p.counts.length === 0 || p.counts.some((c) => c === null));
  if (missing.length) return { verdict: 'inconclusive', reason: `budget exhausted: no count within the cap at x = ${missing.map((p) => p.x).join(', ')}`, competing: [], details };
  const agg = (p: GridPoint, kind: 'max' | 'min'): number => (kind === 'max' ? Math.max(...(p.counts as number[])) : Math.min(...(p.counts as number[])));
  if (sorted.some((p) => (p.counts as number[]).some((c) => !(c > 0)))) return { verdict: 'inconclusive', reason: 'a count of 0 (separated at the start) cannot be fitted on log axes', competing: [], details };
  const k = Math.max(minPoints, Math.ceil(sorted.length * (opts.upperFraction ?? 2 / 3)));
  const used = sorted.slice(Math.max(0, sorted.length - k));
  if (used.length < minPoints || used.length < 3) return { verdict: 'inconclusive', reason: `grid too short: ${used.length} points (need ${minPoints})`, competing: [], details };
  const span = used.at(-1)!.x / used[0]!.x;
  if (span < minSpan) return { verdict: 'inconclusive', reason: `grid too narrow: x spans a factor ${span.toPrecision(3)} (need ${minSpan})`, competing: [], details };

  const xs = used.map((p) => p.x);
  const one = (kind: 'max' | 'min', target: 'upper' | 'lower') => {
    const ys = used.map((p) => agg(p, kind));
    const yk = ys.map((y, i) => y / Math.log(xs[i]!) ** law.logPower);
    const fit = fitPower(xs, yk);
    const [lo, hi] = fit.slopeCI;
    const band = target === 'upper' ? `≤ ${law.exponent} + ${slack}` : `≥ ${law.exponent} − ${slack}`;
    const name = `${kind} count / log^${law.logPower} x: exponent ${fit.slope.toFixed(3)} (95% CI [${lo.toFixed(3)}, ${hi.toFixed(3)}])`;
    let verdict: ComplexityDecision['verdict'];
    if (target === 'upper') verdict = hi <= law.exponent + slack ? 'holds' : lo > law.exponent + slack ? 'refuted' : 'inconclusive';
    else verdict = lo >= law.exponent - slack ? 'holds' : hi < law.exponent - slack ? 'refuted' : 'inconclusive';
    return { verdict, fit, text: `${name} ${verdict === 'holds' ? 'is' : verdict === 'refuted' ? 'is not' : 'may or may not be'} ${band}`, ys };
  };
  const parts = law.bound === 'tight' ? [one('max', 'upper'), one('min', 'lower')] : law.bound === 'upper' ? [one('max', 'upper')] : [one('min', 'lower')];
  const verdict = parts.some((p) => p.verdict === 'refuted') ? 'refuted' : parts.every((p) => p.verdict === 'holds') ? 'holds' : 'inconclusive';
  const ys = parts[0]!.ys;
  const freeFit = fitPower(xs, ys);
  const competing = COMPETING.map((c) => ({ law: c.law, rms: constantFitRms(xs, ys, c.f) })).sort((a, b) => a.rms - b.rms);
  details.push(`free power fit: T ≈ C·x^${freeFit.slope.toFixed(3)} (95% CI [${freeFit.slopeCI[0].toFixed(3)}, ${freeFit.slopeCI[1].toFixed(3)}]) on x = ${xs[0]}..${xs.at(-1)} (${xs.length} points)`);
  details.push(`competing laws by log-residual: ${competing.map((c) => `${c.law} ${c.rms.toExponential(1)}`).join(', ')}`);
  const reason = `${parts.map((p) => p.text).join('; ')}${verdict === 'inconclusive' ? ' (the interval straddles the band: the grid cannot tell)' : ''}`;
  return { verdict, reason, fit: parts[0]!.fit, freeFit, competing, details };
}

/** A geometric grid x_0·r^k up to xMax (inclusive), rounded to integers. */
export function geometricGrid(x0: number, ratio: number, xMax: number): number[] {
  const out: number[] = [];
  for (let x = x0; x <= xMax * (1 + 1e-9); x *= ratio) out.push(Math.round(x));
  return [...new Set(out)];
}

export { fitLine };
