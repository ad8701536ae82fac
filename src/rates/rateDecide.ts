/**
 * The rate judge: does a positive quantity Q(t) (a loss, a margin gap, a distance) satisfy
 * "Q = Θ(law)", "O(law)", "Ω(law)" or "Q/law → c₀", judged from checkpoints (t_j, Q_j)?
 *
 * It rests on the normalised quantity q(t) = Q(t)/law(t): Θ says q stays between two positive
 * constants, O that it stays below one, Ω above one. A finite run cannot prove a bound for all t, so
 * the judge asks which behaviour of q the window supports, measured on the scale of the law (x = ln t
 * for powers of t and ln t, t itself for e^(-ct)):
 *
 *  - blocks: the window is cut into 4–8 equal blocks of the scale; in each, the slope of ln q gives
 *    the movement of q per block (per decade) and the local exponent a(t) = −d ln Q/d ln t (the local
 *    rate −d ln Q/dt for e^(-ct)); a(t)·ln t is printed too (it tends to 1 for 1/ln t, while a(t)
 *    itself is constant for t^-a);
 *  - drift models (log scale), three parameters each, fitted to ln q by least squares:
 *      bounded  ln q = C + β₁/ln t + β₂/ln² t, or C + β₁/ln t + β₂·ln ln t/ln t, or
 *               q = C + D/ln t + E/ln² t (C > 0, q(T) within ×1.5 of C): the best of the three (q → C)
 *      log      ln q = C + κ·ln ln t + β/ln t       (q ~ (ln t)^κ)
 *      power    ln q = C + α·ln t + β/ln t          (q ~ t^α)
 *    A drift model wins when its residual is at least 2× smaller than the bounded model's (equal
 *    parameter counts, so residuals compare fairly). Its drift is material when |κ| ≥ 0.2 or
 *    |α| ≥ 0.02, and consistent when q moved (×1.1 or more over the window) and still moves (last
 *    block) in the direction the model says.
 *
 * q is classified as (log scale):
 *   up / down  q moved ×10 or more over the window and still moves ×1.5 or more per decade in its last
 *              block (whatever the fits say); or a drift model wins with a material, consistent drift;
 *   bounded    no drift model wins, or one wins with an immaterial drift while q moved less than ×1.01
 *              over the last two decades; and q stays within ×1.5 (`band`) over the last two decades,
 *              moves less than ×1.05 per decade in the last block, its movement shrinks (last block
 *              at most half the largest, under ×1.01 per decade, or the late movements falling like
 *              (ln t)^-p with p ≥ 1.5), and the local exponent of Q in
 *              the last block is within 25% of the law's own (a(t)·ln t within 25% of 1 for 1/ln t);
 *   falling / rising  the last two blocks and the whole window move the same way, short of the above;
 *   unsettled  anything else.
 * On the linear scale (e^(-ct) with c named) the same classes come from the block movements: a
 * movement that does not shrink (last block ≥ half the largest, same sign throughout, ×1.1 in all) is
 * a drift; a movement that shrinks to under ×1.005 per block is bounded. With c not named ("linear
 * convergence") the local rates decide: settled (last two within 2%) is bounded, steadily falling
 * rates (each block ≤ 0.95× the last, ×0.5 in all) mean slower than any e^(-ct), steadily rising ones
 * faster.
 *
 * Verdicts:
 *   Θ      holds on bounded, refuted on up or down, else inconclusive;
 *   O      holds on bounded, down or falling, refuted on up, else inconclusive;
 *   Ω      holds on bounded, up or rising, refuted on down, else inconclusive;
 *   limit  refuted on up or down; on bounded, holds when q at T and its extrapolated limit (e^C of
 *          the bounded model; q at T on the linear scale) are both within the relative tolerance of
 *          c₀, refuted when both are beyond twice the tolerance on the same side, else inconclusive.
 * A power law with a tolerance δ claims its exponent only: the local exponents of the last two
 * blocks and their extrapolation a∞ (a(t) = a∞ + β/ln t over the blocks) must lie in [a − δ, a + δ]
 * (O: ≥ a − δ, Ω: ≤ a + δ) to hold, and all three outside, on one side, by max(δ/4, 0.005), to refute.
 * The same for a named c with a tolerance, on the local rates (settled within δ/4).
 * The fitted exponent interval of one power law never decides a verdict by itself.
 *
 * Refusals (inconclusive): fewer than `minDecades` decades (log scale) or `minPoints` points in the
 * window, fewer than 3 points in a block, a value that is not a positive finite number (or subnormal:
 * float64 has lost its precision there), and a float64 run whose high-precision replay drifted.
 */
import { fitLaws, LAW_TEXT, type LawFit } from './rateLaws.ts';
import { claimedText, lawExponent, lawProblem, lawText, lnLaw, scaleOf, type ClaimedLaw } from './rateLaw.ts';
import { leastSquares } from './leastSquares.ts';
import type { Verdict } from '../core/claim.ts';

import { polyFactor } from './polyFactor.ts';
export { claimedText, lawText, lawProblem, type ClaimedLaw, type LawName, type Relation } from './rateLaw.ts';

export interface RateOptions {
  /** The window starts here (default on the log scale: 10³ when T ≥ 10⁵, past the transient, else the last three decades; on the linear scale: the last 80% of the span). */
  tMin: number;
  /** Log scale: the window must span this many decades. */
  minDecades: number;
  minPoints: number;
  /** Bounded: q may vary by at most this factor over the last two decades. */
  band: number;
  /** Largest acceptable relative drift of the float64 run against its high-precision replay. */
  maxDrift: number;
}

export const DEFAULT_RATE_OPTIONS: Omit<RateOptions, 'tMin'> & { tMin?: number } = {
  minDecades: 2,
  minPoints: 12,
  band: 1.5,
  maxDrift: 1e-9,
};

/** Thresholds of the judge (see the header); exported for the README and the tests. */
export const JUDGE = {
  decisive: 2, // a drift model must fit with a residual rms 2× smaller than the bounded model
  kappaMin: 0.2, // material log drift: q ~ (ln t)^κ with |κ| ≥ 0.2
  alphaMin: 0.02, // material power drift: q ~ t^α with |α| ≥ 0.02
  moved: Math.log(1.1), // a drift must have moved q by ×1.1 over the window
  catastrophic: Math.log(10), // ×10 over the window ...
  stillMoving: Math.log(1.5), // ... and still ×1.5 per decade at the end
  flatLate: Math.log(1.01), // under ×1.01 over the last two decades: below the judge's resolution
  lastPerDecade: Math.log(1.05),
  quietPerDecade: Math.log(1.01),
  exponentAgree: 0.25, // bounded needs |a(t) − a_law(t)| ≤ 25% of a_law(t) in the last block
};

export interface RateSeries {
  t: number[];
  /** The quantity Q(t) > 0 at each t (a margin gap, a loss, a distance). */
  gap: number[];
  /** High-precision replay of a prefix: relative drift of the parameters. */
  drift?: { steps: number; digits: number; maxRelDiff: number };
  /**
   * What makes the values trustworthy, as it reads after "re-verified with" in a refutation: e.g.
   * 'exact values: the rational margin of each float64 iterate'. Absent: the report says the values
   * were not recomputed by gdcheck.
   */
  provenance?: string;
  notes?: string[];
}

export type QClass = 'up' | 'down' | 'bounded' | 'falling' | 'rising' | 'unsettled' | 'slow-drift' | 'poly-prefactor';

export interface RateDecision {
  verdict: Verdict;
  reason: string;
  details: string[];
  /** The four background laws fitted to Q itself (reported; they do not decide). */
  fits: LawFit[];
  /** max q / min q over the last two decades (log scale) or the last half (linear). */
  bandRatio?: number;
  /** How q behaves, and the one-line evidence for it. */
  behaviour?: { cls: QClass; why: string };
  /** For a refutation: what was measured against what was claimed. */
  evidence?: { measured: string; claimed: string; gap: string };
}

const fmt = (x: number): string => (!Number.isFinite(x) ? String(x) : Math.abs(x) >= 1e4 || (Math.abs(x) < 1e-3 && x !== 0) ? x.toExponential(3) : x.toPrecision(4));
const times = (lnRatio: number): string => `×${Math.exp(Math.abs(lnRatio)) >= 1e4 ? Math.exp(Math.abs(lnRatio)).toExponential(2) : Math.exp(Math.abs(lnRatio)).toPrecision(4)}`;
const signed = (lnRatio: number): string => `${lnRatio >= 0 ? 'up' : 'down'} ${times(lnRatio)}`;

interface Block { lo: number; hi: number; tc: number; slope: number; move: number; perDecade: number; exponent: number; q: number; n: number }
interface Drift { model: 'bounded' | 'log' | 'power'; rms: number; coef: number[] }

/** Blocks of equal width on the scale; null when one has fewer than 3 points. */
function blocks(t: number[], y: number[], scale: 'log' | 'linear', nb: number, c: ClaimedLaw): Block[] | null {
  const s = t.map((v) => (scale === 'log' ? Math.log(v) : v));
  const s0 = s[0]!, s1 = s[s.length - 1]!, w = (s1 - s0) / nb;
  const out: Block[] = [];
  for (let k = 0; k < nb; k++) {
    const lo = s0 + k * w, hi = k === nb - 1 ? s1 : s0 + (k + 1) * w;
    const idx = s.map((_, i) => i).filter((i) => s[i]! >= lo - 1e-12 * Math.abs(lo) && s[i]! <= hi + 1e-12 * Math.abs(hi));
    if (idx.length < 3) return null;
    const f = leastSquares(idx.map((i) => s[i]!), idx.map((i) => y[i]!), [() => 1, (x) => x - lo]);
    const slope = f.coef[1]!;
    const mid = (lo + hi) / 2, tc = scale === 'log' ? Math.exp(mid) : mid;
    out.push({
      lo: scale === 'log' ? Math.exp(lo) : lo, hi: scale === 'log' ? Math.exp(hi) : hi, tc, slope, move: slope * (hi - lo),
      perDecade: scale === 'log' ? slope * Math.LN10 : NaN,
      exponent: -slope + lawExponent(c, tc),
      q: Math.exp(f.coef[0]! + slope * (mid - lo)), n: idx.length,
    });
  }
  return out;
}

/**
 * The drift models of ln q against x = ln t. The bounded model is the best of three forms of
 * "q → C > 0 with lower-order corrections": ln q = C + β₁/x + β₂/x², ln q = C + β₁/x + β₂·ln x/x
 * (ln ln t/ln t terms, as in implicit-bias rates), and q = C + D/x + E/x² fitted with relative
 * weights (a correction comparable to the limit, such as 1/(t ln t) + c/t read as Θ(1/t)), kept only
 * when q(T) is within ×1.5 of C; coef[0] is ln C. Taking the best bounded form only makes a drift harder to declare, never easier.
 */
function driftFits(t: number[], y: number[]): Drift[] {
  const x = t.map(Math.log);
  // A model that cannot be fitted on these points (dependent columns) is out of the comparison.
  const fit = (model: Drift['model'], basis: ((x: number) => number)[]): Drift => {
    try { const f = leastSquares(x, y, basis); return { model, rms: f.rms, coef: f.coef }; } catch { return { model, rms: Infinity, coef: basis.map(() => NaN) }; }
  };
  const bounded = [fit('bounded', [() => 1, (v) => 1 / v, (v) => 1 / (v * v)]), fit('bounded', [() => 1, (v) => 1 / v, (v) => Math.log(v) / v])];
  // q = C + D/x + E/x², least squares weighted by 1/q (relative residuals), kept when C > 0 and the fit stays positive.
  const q = y.map(Math.exp);
  const w = x.map((_, i) => 1 / q[i]!);
  const idx = x.map((_, i) => i);
  let C = NaN, D = NaN, E = NaN;
  if (w.every(Number.isFinite)) {
    try { [C, D, E] = leastSquares(idx, idx.map(() => 1), [(i) => w[i]!, (i) => w[i]! / x[i]!, (i) => w[i]! / (x[i]! * x[i]!)]).coef as [number, number, number]; } catch { /* out of the comparison */ }
  }
  const pred = x.map((v) => C + D / v + E / (v * v));
  // Only when the limit dominates at the end (q(T) within ×1.5 of C): else "bounded" would explain a
  // log drift such as q = 1/ln t as C ≈ 0 plus a correction.
  if (C > 0 && pred.every((v) => v > 0) && q[q.length - 1]! <= 1.5 * C && q[q.length - 1]! >= C / 1.5) {
    const r = y.map((v, i) => v - Math.log(pred[i]!));
    bounded.push({ model: 'bounded', rms: Math.sqrt(r.reduce((a, b) => a + b * b, 0) / r.length), coef: [Math.log(C), D, E] });
  }
  bounded.sort((a, b) => a.rms - b.rms);
  return [bounded[0]!, fit('log', [() => 1, (v) => Math.log(v), (v) => 1 / v]), fit('power', [() => 1, (v) => v, (v) => 1 / v])];
}

export function decideRate(series: RateSeries, claimed: ClaimedLaw, options: Partial<RateOptions> = {}): RateDecision {
  const problem = lawProblem(claimed);
  if (problem) throw new RangeError(problem);
  const o = { ...DEFAULT_RATE_OPTIONS, ...options };
  const scale = scaleOf(claimed);
  const relation = claimed.relation ?? 'Theta';
  const details: string[] = [...(series.notes ?? [])];
  const no = (reason: string): RateDecision => ({ verdict: 'inconclusive', reason, details, fits: [] });
  if (series.t.length !== series.gap.length) throw new RangeError(`series: ${series.t.length} times but ${series.gap.length} values`);

  if (series.drift) {
    details.push(`high-precision replay of the first ${series.drift.steps} steps at ${series.drift.digits} digits: relative drift ${series.drift.maxRelDiff.toExponential(2)}`);
    if (!(series.drift.maxRelDiff <= o.maxDrift)) return no(`float64 drifted ${series.drift.maxRelDiff.toExponential(2)} from the high-precision replay (limit ${o.maxDrift})`);
  }
  const tAll = series.t;
  for (let i = 1; i < tAll.length; i++) if (!(tAll[i]! > tAll[i - 1]!)) throw new RangeError(`series: times must increase (t[${i}] = ${tAll[i]} after ${tAll[i - 1]})`);
  const T = tAll[tAll.length - 1] ?? NaN;
  // Default window: t ≥ 10³ (past the transient) when T ≥ 10⁵; on a shorter run, its last three decades.
  const t1 = tAll.find((v) => v > 1) ?? T;
  const tMin = o.tMin ?? (scale === 'log' ? (T >= 1e5 ? 1e3 : Math.max(t1, T / 1e3)) : tAll[0]! + 0.2 * (T - tAll[0]!));
  const idx = tAll.map((_, i) => i).filter((i) => tAll[i]! >= tMin && tAll[i]! > (scale === 'log' ? 1 : 0));
  const t = idx.map((i) => tAll[i]!), Q = idx.map((i) => series.gap[i]!);
  const bad = Q.findIndex((v) => !Number.isFinite(v) || v <= 0);
  if (bad >= 0) return no(`the quantity is ${Q[bad]} at t = ${t[bad]}: not a positive finite number (converged exactly, underflowed or degenerate)`);
  const sub = Q.findIndex((v) => v < 2.2250738585072014e-308);
  if (sub >= 0) return no(`the quantity is subnormal (${Q[sub]!.toExponential(2)}) at t = ${t[sub]}: float64 has lost its relative precision there`);
  if (t.length < o.minPoints) return no(`horizon too short: ${t.length} checkpoints in the window t ≥ ${fmt(tMin)} (need ${o.minPoints})`);
  const decades = Math.log10(t[t.length - 1]! / t[0]!);
  if (scale === 'log' && decades < o.minDecades - 1e-9) return no(`horizon too short to tell the laws apart: ${decades.toFixed(2)} decades in [${fmt(t[0]!)}, ${fmt(t[t.length - 1]!)}] (need ${o.minDecades})`);

  const y = t.map((v, i) => Math.log(Q[i]!) - lnLaw(claimed, v));
  const qName = `q = Q/(${claimed.law === 'exp' && claimed.c === undefined ? '1' : lawText({ ...claimed, tolerance: undefined })})`;
  const nb = scale === 'log' ? Math.min(8, Math.max(4, Math.round(2 * decades))) : 6;
  const B = blocks(t, y, scale, nb, claimed);
  if (!B) return no(`too few checkpoints: a block of the window [${fmt(t[0]!)}, ${fmt(t[t.length - 1]!)}] split in ${nb} has fewer than 3 (use about 10 per decade)`);

  let fits: LawFit[] = [];
  try { fits = fitLaws(t, Q); } catch { fits = []; }
  details.push(`window t ∈ [${fmt(t[0]!)}, ${fmt(t[t.length - 1]!)}]: ${t.length} points${scale === 'log' ? `, ${decades.toFixed(2)} decades` : ''}; claim ${claimedText(claimed)}; ${qName}`);
  const expName = scale === 'log' ? 'a(t) = −d ln Q/d ln t' : 'rate −d ln Q/dt';
  details.push(`blocks: t range | q | movement of q | ${expName}${scale === 'log' ? ' | a(t)·ln t' : ''}`);
  for (const b of B) details.push(`  [${fmt(b.lo)}, ${fmt(b.hi)}] | ${fmt(b.q)} | ${signed(b.move)}${scale === 'log' ? ` (${signed(b.perDecade)} per decade)` : ''} | ${b.exponent.toFixed(5)}${scale === 'log' ? ` | ${(b.exponent * Math.log(b.tc)).toFixed(4)}` : ''}`);
  if (fits.length) details.push(`background fits of Q (log rms; not deciding): ${fits.map((f) => `${LAW_TEXT[f.law]} ${f.rms.toExponential(2)}`).join('; ')}; best ${fits[0]!.label}`);

  const net = y.filter((_, i) => t[i]! <= B[0]!.hi).reduce((a, v, _, arr) => a + v / arr.length, 0) - y.filter((_, i) => t[i]! >= B[nb - 1]!.lo).reduce((a, v, _, arr) => a + v / arr.length, 0);
  const netMove = -net; // mean ln q of the last block minus that of the first
  const lateFrom = scale === 'log' ? t[t.length - 1]! / 100 : (t[0]! + t[t.length - 1]!) / 2;
  const late = y.filter((_, i) => t[i]! >= lateFrom * (1 - 1e-12));
  const lateRange = Math.max(...late) - Math.min(...late);
  const bandRatio = Math.exp(lateRange);
  const last = B[nb - 1]!;
  details.push(`q moved ${signed(netMove)} from the first block to the last; over the last ${scale === 'log' ? 'two decades' : 'half'} it stays within ${times(lateRange)}`);

  const out = (verdict: Verdict, reason: string, behaviour?: RateDecision['behaviour'], evidence?: RateDecision['evidence']): RateDecision => {
    details.push(`decision: ${verdict}: ${reason}`);
    return { verdict, reason, details, fits, bandRatio, behaviour, evidence };
  };

  // A tolerance makes the claim one about the exponent (or the rate): judged on the local exponents.
  if (claimed.tolerance !== undefined) return exponentVerdict(claimed, B, scale, out);

  let behaviour: { cls: QClass; why: string };
  // A polynomial prefactor t^k·e^(-ct) first: its rates approach c like k/t, slowly enough to pass
  // for settled, and it is Θ of no exponential (with c named, q = Q·e^(ct) drifts like t^k).
  const pf = scale === 'linear' ? polyFactor(t, Q.map(Math.log), B.map((b) => ({ tc: b.tc, rate: b.exponent })), claimed.c) : null;
  if (pf) behaviour = { cls: claimed.c === undefined ? 'poly-prefactor' : pf.k > 0 ? 'up' : 'down', why: pf.why };
  else if (scale === 'linear' && claimed.c === undefined) behaviour = linearConvergence(B);
  else if (scale === 'linear') behaviour = linearBehaviour(B, netMove, lateRange, o.band);
  else {
    const D = driftFits(t, y);
    const [bd, lg, pw] = D as [Drift, Drift, Drift];
    details.push(`drift models of ln q (3 parameters each, residual rms): bounded C + β₁/ln t + β₂/ln² t ${bd.rms.toExponential(2)} (limit q → ${fmt(Math.exp(bd.coef[0]!))}); log C + κ·ln ln t + β/ln t ${lg.rms.toExponential(2)} (κ = ${lg.coef[1]!.toFixed(4)}); power C + α·ln t + β/ln t ${pw.rms.toExponential(2)} (α = ${pw.coef[1]!.toFixed(5)})`);
    behaviour = logBehaviour(B, D, netMove, lateRange, o.band, (v) => lawExponent(claimed, v));
  }
  details.push(`q is ${behaviour.cls}: ${behaviour.why}`);
  const { cls, why } = behaviour;
  const claimTxt = claimedText(claimed);
  const ev = (measured: string): RateDecision['evidence'] => ({ measured, claimed: claimTxt, gap: `${signed(netMove)} over the window; ${times(lateRange)} over its last ${scale === 'log' ? 'two decades' : 'half'}` });

  if (relation === 'limit') {
    if (cls === 'up' || cls === 'down') return out('refuted', `q does not converge (${why}), so Q/law has no limit`, behaviour, ev(`q ${cls === 'up' ? '→ ∞' : '→ 0'}`));
    if (cls !== 'bounded') return out('inconclusive', `q has not settled: ${why}`, behaviour);
    const c0 = claimed.constant!, tol = claimed.limitTolerance ?? 1e-2;
    const qT = Math.exp(y[y.length - 1]!);
    // Two extrapolations of the limit: the bounded model's e^C (exact for corrections in 1/ln t), and,
    // when the block movements shrink geometrically (ratios ≤ 0.6: power-type corrections), q(T)
    // plus the geometric tail of the movements. The first is used unless the second applies.
    const m = B.map((b) => b.move);
    const r1 = Math.abs(m[nb - 1]! / m[nb - 2]!), r2 = Math.abs(m[nb - 2]! / m[nb - 3]!);
    const geometric = scale === 'linear' || (r1 <= 0.6 && r2 <= 0.6 && Math.sign(m[nb - 1]!) === Math.sign(m[nb - 2]!));
    const tail = scale === 'linear' ? 0 : m[nb - 1]! * r1 / (1 - r1);
    const qInf = geometric ? qT * Math.exp(tail) : Math.exp(driftFits(t, y)[0]!.coef[0]!);
    const rel = (v: number): number => v / c0 - 1;
    const txt = `q(T) = ${fmt(qT)}, extrapolated limit ${fmt(qInf)} (${geometric ? (scale === 'linear' ? 'q at T: settled' : `geometric tail of the block movements, ratios ${r2.toFixed(2)}, ${r1.toFixed(2)}`) : 'bounded model e^C'}), claimed ${fmt(c0)} ± ${tol * 100}%`;
    if (Math.abs(rel(qT)) <= tol && Math.abs(rel(qInf)) <= tol) return out('holds', `q is bounded (${why}) and ${txt}`, behaviour);
    if (Math.abs(rel(qT)) > 2 * tol && Math.abs(rel(qInf)) > 2 * tol && Math.sign(rel(qT)) === Math.sign(rel(qInf))) return out('refuted', `q converges away from the claimed constant: ${txt}`, behaviour, { measured: `q(T) = ${fmt(qT)}, limit ≈ ${fmt(qInf)}`, claimed: claimTxt, gap: `${(rel(qInf) * 100).toFixed(3)}%` });
    return out('inconclusive', `q is bounded but its limit is not resolved against the claim: ${txt}`, behaviour);
  }
  // t^k·e^(-ct) with c not named: O(e^(-c't)) holds for c' < c (k > 0) or c' = c (k < 0), Ω the mirror; Θ for no c'.
  if (cls === 'poly-prefactor') {
    if (relation === 'Theta') return out('refuted', `no e^(-ct) is both an upper and a lower bound: ${why}`, behaviour, ev(`Q ≈ A·t^${pf!.k.toFixed(3)}·e^(-${pf!.c.toPrecision(4)}·t)`));
    return out('holds', `${claimTxt} is consistent with the window: ${why} (an ${relation} bound holds for a suitable c)`, behaviour);
  }
  const holdsOn: Record<string, QClass[]> = { Theta: ['bounded'], O: ['bounded', 'down', 'falling'], Omega: ['bounded', 'up', 'rising'] };
  const refutedOn: Record<string, QClass[]> = { Theta: ['up', 'down'], O: ['up'], Omega: ['down'] };
  const bound = relation === 'O' ? 'upper bound Q ≤ C·law' : relation === 'Omega' ? 'lower bound Q ≥ c·law' : cls === 'up' ? 'upper bound Q ≤ C·law' : 'lower bound Q ≥ c·law';
  if (refutedOn[relation]!.includes(cls)) return out('refuted', `the ${bound} fails: ${why}`, behaviour, ev(`q ${cls === 'up' ? 'grows without bound' : 'tends to 0'}`));
  if (holdsOn[relation]!.includes(cls)) return out('holds', `${claimTxt} is consistent with the window: q is ${cls} (${why})`, behaviour);
  return out('inconclusive', `cannot decide ${claimTxt} on this window: ${why}`, behaviour);
}

function logBehaviour(B: Block[], D: Drift[], netMove: number, lateRange: number, band: number, lawExp: (t: number) => number): { cls: QClass; why: string } {
  const last = B[B.length - 1]!, prev = B[B.length - 2]!;
  const maxMove = Math.max(...B.map((b) => Math.abs(b.move)));
  const dir = (v: number): QClass => (v > 0 ? 'up' : 'down');
  if (Math.abs(netMove) >= JUDGE.catastrophic && Math.sign(last.perDecade) === Math.sign(netMove) && Math.abs(last.perDecade) >= JUDGE.stillMoving) {
    return { cls: dir(netMove), why: `q moved ${signed(netMove)} over the window and still moves ${signed(last.perDecade)} per decade in the last block` };
  }
  const [bd, lg, pw] = D as [Drift, Drift, Drift];
  const best = lg.rms <= pw.rms ? lg : pw;
  const decisive = bd.rms >= JUDGE.decisive * best.rms;
  const drift = best.coef[1]!;
  const name = best.model === 'log' ? `q ~ (ln t)^${drift.toFixed(3)}` : `q ~ t^${drift.toFixed(4)}`;
  const fitTxt = `the ${best.model} drift model fits ${(bd.rms / best.rms).toPrecision(3)}× better than the bounded one (${name})`;
  const consistent = Math.sign(drift) === Math.sign(netMove) && Math.sign(last.move) === Math.sign(drift) && Math.abs(netMove) >= JUDGE.moved;
  const material = best.model === 'log' ? Math.abs(drift) >= JUDGE.kappaMin : Math.abs(drift) >= JUDGE.alphaMin;
  if (decisive && material && consistent) return { cls: dir(drift), why: `${fitTxt}, q moved ${signed(netMove)} over the window and still moves that way in the last block` };
  // Shrinking: the last movement is at most half the largest, or under ×1.01 per decade, or the
  // movements of the last half of the blocks fall like x^-p with p ≥ 1.5 (a convergent tail
  // β/ln t gives p = 2; a drift (ln t)^κ gives p = 1).
  const tailBlocks = B.slice(Math.floor(B.length / 2));
  const oneWay = tailBlocks.every((b) => b.move !== 0 && Math.sign(b.move) === Math.sign(last.move));
  const p = oneWay ? -leastSquares(tailBlocks.map((b) => Math.log(Math.log(b.tc))), tailBlocks.map((b) => Math.log(Math.abs(b.move))), [() => 1, (v) => v]).coef[1]! : NaN;
  const quiet = Math.abs(last.perDecade) <= JUDGE.lastPerDecade && (Math.abs(last.move) <= 0.5 * maxMove || Math.abs(last.perDecade) <= JUDGE.quietPerDecade || p >= 1.5);
  const inBand = lateRange <= Math.log(band);
  // The local exponent of Q at the end must agree with the law's own (within 25%): for 1/ln t,
  // a(t)·ln t near 1. A q that still rises or falls relative to a slow law is in its transient.
  // A law with no dependence on t (Θ(1): a = b = 0) has own exponent 0, where 25% of it is nothing:
  // there the local exponent must be below the judge's log-drift resolution, |a(t)·ln t| < κ_min.
  const own = lawExp(last.tc);
  const agree = Math.abs(last.exponent - own) <= (own === 0 ? JUDGE.kappaMin / Math.log(last.tc) : JUDGE.exponentAgree * Math.abs(own));
  if (quiet && inBand && !agree) return { cls: 'unsettled', why: `q looks settled (within ${times(lateRange)} over the last two decades) but the local exponent at the end, a = ${last.exponent.toFixed(5)}, differs from the law's own ${own.toFixed(5)} by more than ${JUDGE.exponentAgree * 100}% (a(t)·ln t = ${(last.exponent * Math.log(last.tc)).toFixed(3)}): still in the transient` };
  if (decisive && lateRange > JUDGE.flatLate) {
    if (material && !consistent) return { cls: 'unsettled', why: `${fitTxt}, but q has not moved that way consistently (${signed(netMove)} over the window, ${signed(last.move)} in the last block)` };
    const weak = Math.sign(prev.move) === Math.sign(last.move) && Math.sign(netMove) === Math.sign(last.move) ? (last.move < 0 ? 'falling' : 'rising') : 'slow-drift';
    return { cls: weak, why: `${fitTxt}: a drift below the judge's resolution (|κ| < ${JUDGE.kappaMin}, |α| < ${JUDGE.alphaMin}) while q moved ${times(lateRange)} over the last two decades` };
  }
  // A decisive drift model whose drift q has followed, in the same direction, over the window and in
  // the last block is a drift, however slow: q ~ (ln t)^0.05 or t^0.002 is not bounded, and Θ must
  // not hold on it. It is below the resolution, so it decides nothing either way but a one-sided bound.
  if (quiet && inBand && decisive && netMove !== 0 && Math.sign(drift) === Math.sign(netMove) && Math.sign(last.move) === Math.sign(drift)) {
    return { cls: drift > 0 ? 'rising' : 'falling', why: `${fitTxt}: a drift below the judge's resolution, but q has followed it (${signed(netMove)} over the window, ${signed(last.move)} in the last block), so q is not shown bounded` };
  }
  // q that moved the same way in every block (by however little: below ×1.1 is below the resolution,
  // where the judge says so rather than decide), with movements that do
  // not fall off like a convergent tail (p < 1.5), is drifting, whether or not a drift model wins:
  // noise of 0.1% on t^-1·(ln t)^0.3 kept the models apart, and Θ(t^-1) held on it.
  const everyBlock = B.every((b) => b.move !== 0 && Math.sign(b.move) === Math.sign(netMove));
  if (quiet && inBand && everyBlock && !(p >= 1.5)) {
    return { cls: netMove > 0 ? 'rising' : 'falling', why: `q moved the same way in every block (${signed(netMove)} over the window, ${signed(last.move)} in the last), and its movements do not fall off like a convergent tail${Number.isFinite(p) ? ` (like (ln t)^-${p.toFixed(2)})` : ''}: q is not shown bounded` };
  }
  if (quiet && inBand) return { cls: 'bounded', why: `${decisive ? `${fitTxt}, a drift below the judge's resolution that moved q by under ×1.01 over the last two decades` : `no drift model fits 2× better than the bounded one (log ${(bd.rms / lg.rms).toPrecision(3)}×, power ${(bd.rms / pw.rms).toPrecision(3)}×)`}; q stays within ${times(lateRange)} over the last two decades and moves ${signed(last.perDecade)} per decade in the last block (largest block movement ${times(maxMove)}${Number.isFinite(p) ? `; the late movements fall like (ln t)^-${p.toFixed(2)}` : ''}), with a(t)·ln t = ${(last.exponent * Math.log(last.tc)).toFixed(3)} against the law's ${(own * Math.log(last.tc)).toFixed(3)}` };
  if (Math.sign(prev.move) === Math.sign(last.move) && Math.sign(netMove) === Math.sign(last.move)) {
    return { cls: last.move < 0 ? 'falling' : 'rising', why: `q moves ${signed(netMove)} over the window and ${signed(last.perDecade)} per decade at its end, without a decisive drift model or a settled band` };
  }
  return { cls: 'unsettled', why: `q varies ${times(lateRange)} over the last two decades and moves ${signed(last.perDecade)} per decade at the end; no drift model fits decisively` };
}

function linearBehaviour(B: Block[], netMove: number, lateRange: number, band: number): { cls: QClass; why: string } {
  const last = B[B.length - 1]!, prev = B[B.length - 2]!;
  const maxMove = Math.max(...B.map((b) => Math.abs(b.move)));
  const sameSign = B.every((b) => Math.sign(b.move) === Math.sign(netMove));
  const steady = Math.abs(last.move) >= 0.5 * maxMove;
  const moves = B.map((b) => signed(b.move)).join(', ');
  if (sameSign && steady && Math.abs(netMove) >= JUDGE.moved) return { cls: netMove > 0 ? 'up' : 'down', why: `q moves the same way in every block without slowing down (${moves}; ${signed(netMove)} in all): a rate different from the claimed one` };
  if (Math.abs(last.move) <= Math.log(1.005) && (Math.abs(last.move) <= 0.25 * maxMove || lateRange <= JUDGE.flatLate) && lateRange <= Math.log(band)) return { cls: 'bounded', why: `the movement of q per block shrinks to ${signed(last.move)} (${moves}); q stays within ${times(lateRange)} over the last half` };
  if (Math.sign(prev.move) === Math.sign(last.move) && Math.sign(netMove) === Math.sign(last.move)) return { cls: last.move < 0 ? 'falling' : 'rising', why: `q moves ${moves} per block: neither settled nor a steady drift` };
  return { cls: 'unsettled', why: `q moves ${moves} per block` };
}

function linearConvergence(B: Block[]): { cls: QClass; why: string } {
  const r = B.map((b) => b.exponent);
  const rs = r.map((v) => v.toPrecision(4)).join(', ');
  const last = r[r.length - 1]!, prev = r[r.length - 2]!;
  if (last > 0 && Math.abs(last - prev) <= 0.02 * last) return { cls: 'bounded', why: `the local rate −d ln Q/dt settles at ${last.toPrecision(5)} (blocks: ${rs})` };
  const falling = r.every((v, i) => i === 0 || (v > 0 && v <= 0.95 * r[i - 1]!)) && last <= 0.5 * r[0]!;
  const rising = r.every((v, i) => i === 0 || v >= 1.05 * r[i - 1]!) && r[0]! > 0 && last >= 2 * r[0]!;
  if (falling) return { cls: 'up', why: `the local rate keeps falling (blocks: ${rs}): Q decays slower than any e^(-ct)` };
  if (rising) return { cls: 'down', why: `the local rate keeps rising (blocks: ${rs}): Q decays faster than any e^(-ct)` };
  return { cls: 'unsettled', why: `the local rate has not settled (blocks: ${rs})` };
}

function exponentVerdict(c: ClaimedLaw, B: Block[], scale: 'log' | 'linear', out: (v: Verdict, r: string, b?: RateDecision['behaviour'], e?: RateDecision['evidence']) => RateDecision): RateDecision {
  const relation = c.relation ?? 'Theta';
  const centre = scale === 'log' ? c.a! : c.c!, d = c.tolerance!;
  // The tolerance is on the exponent of Q (power) or its rate (exp): lawExponent adds the claim's own
  // log factor back, so b.exponent is −d ln Q/d ln t (or −d ln Q/dt) whatever the claim's b.
  const a = B.map((b) => b.exponent);
  const aL = a[a.length - 1]!, aP = a[a.length - 2]!;
  let aInf = aL;
  if (scale === 'log') {
    const f = leastSquares(B.map((b) => Math.log(b.tc)), a, [() => 1, (x) => 1 / x]);
    aInf = f.coef[0]!;
  }
  const lo = relation === 'Omega' ? -Infinity : centre - d, hi = relation === 'O' ? Infinity : centre + d;
  const what = scale === 'log' ? 'exponent' : 'rate';
  const txt = `local ${what}s of the last two blocks ${aP.toFixed(5)}, ${aL.toFixed(5)}; extrapolated${scale === 'log' ? ' (a(t) = a∞ + β/ln t over the blocks)' : ''} ${aInf.toFixed(5)}; claimed ${lo === -Infinity ? '≤ ' + hi : hi === Infinity ? '≥ ' + lo : `[${lo}, ${hi}]`}`;
  const vals = [aP, aL, aInf];
  const settled = scale === 'log' || Math.abs(aL - aP) <= d / 4;
  if (vals.every((v) => v >= lo && v <= hi) && settled) return out('holds', `the ${what} lies in the claimed range: ${txt}`);
  // The floor is 0.005 in an exponent a, but 0.5% of a rate c: an absolute 0.005 swamped small rates
  // (e^-0.001t was not refuted as c = 0.005 ± 0.001).
  const margin = Math.max(d / 4, scale === 'log' ? 0.005 : 0.005 * Math.abs(centre));
  if (settled && (vals.every((v) => v < lo - margin) || vals.every((v) => v > hi + margin))) {
    return out('refuted', `the ${what} lies outside the claimed range by more than ${margin}: ${txt}`, undefined, { measured: `${what} ${aInf.toFixed(5)} (last block ${aL.toFixed(5)})`, claimed: `${what} in [${lo}, ${hi}]`, gap: `${Math.min(...vals.map((v) => Math.max(lo - v, v - hi))).toFixed(5)}` });
  }
  return out('inconclusive', `the ${what} is not resolved against the claimed range: ${txt}`);
}
