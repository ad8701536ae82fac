/**
 * Deciding a rate claim "gap(t) = Θ(law)" from checkpoints, as the catalogue's E7 describes.
 *
 * On the window t ∈ [tMin, T]:
 *  1. refuse (inconclusive) when the horizon is short (< minDecades decades or < minPoints points),
 *     a gap is not a positive finite number, or the float64 run drifted in its high-precision replay;
 *  2. fit every competing law (rateLaws.ts); the best must beat the runner-up's log residual by the
 *     factor `decisive`, else the fit is ambiguous: inconclusive;
 *  3. form the claimed law's normalized quantity q(t) = gap(t)/law(t) (gap·ln t for 1/ln t,
 *     gap·t^a for t^-a, ...); Θ(law) says q stays between two positive constants;
 *  4. holds   when the claimed law fits best (for t^-a: with the claimed a inside the fitted interval)
 *             and q stays within a band max/min ≤ `band` over the last two decades;
 *     refuted when another law fits decisively better and q moves monotonically in the direction
 *             that law predicts (towards 0 or ∞) across the decade checkpoints of the last two
 *             decades: the claimed lower or upper bound fails along the best fit;
 *     otherwise inconclusive, with the reason.
 * The report gives gap·ln t over the last decades and the fitted a per decade window (under 1/ln t,
 * a drifts toward 0; under a power law it is stable).
 */
import { decadeExponents, fitLaws, LAW_TEXT, type LawFit, type LawName } from './rateLaws.ts';
import type { Verdict } from '../core/claim.ts';

export interface ClaimedLaw {
  law: LawName;
  /** The exponent for a power law t^-a (required for 'power'). */
  a?: number;
}

export interface RateOptions {
  tMin: number;
  minDecades: number;
  minPoints: number;
  /** Runner-up residual / best residual needed to call the fit decisive. */
  decisive: number;
  /** E7: q may vary by at most this factor over the last two decades. */
  band: number;
  /** Largest acceptable relative drift of the float64 run against its high-precision replay. */
  maxDrift: number;
}

export const DEFAULT_RATE_OPTIONS: RateOptions = {
  tMin: 1e3, // E7: fit on t ∈ [10³, T], past the transient
  minDecades: 2, // E7 reads q over the last two decades; fewer cannot tell 1/ln t from t^-a
  minPoints: 12,
  decisive: 3, // a law whose log residual is within 3× of another's is not told apart from it
  band: 1.5, // E7: c₂/c₁ ≤ 1.5
  maxDrift: 1e-9, // far below the 1e-2 relative differences between the laws over two decades
};

export interface RateSeries {
  t: number[];
  gap: number[];
  /** High-precision replay of a prefix: relative drift of the parameters. */
  drift?: { steps: number; digits: number; maxRelDiff: number };
  notes?: string[];
}

export interface RateDecision {
  verdict: Verdict;
  reason: string;
  details: string[];
  fits: LawFit[];
  /** max q / min q over the last two decades. */
  bandRatio?: number;
}

export function claimedText(c: ClaimedLaw): string {
  return c.law === 'power' ? `t^-${c.a}` : c.law === 'inv-log' ? '1/ln t' : c.law === 'inv-sqrt-log' ? '1/√(ln t)' : 'e^(-ct)';
}

/** q(t) = gap(t)/law(t) for the claimed law (exp uses the fitted c, the claim naming none). */
function normalizer(c: ClaimedLaw, fits: LawFit[]): (t: number, g: number) => number {
  switch (c.law) {
    case 'inv-log': return (t, g) => g * Math.log(t);
    case 'inv-sqrt-log': return (t, g) => g * Math.sqrt(Math.log(t));
    case 'power': return (t, g) => g * Math.pow(t, c.a!);
    case 'exp': { const cc = fits.find((f) => f.law === 'exp')!.shape; return (t, g) => g * Math.exp(cc * t); }
  }
}

const fmt = (x: number): string => (Math.abs(x) >= 1e4 || Math.abs(x) < 1e-3 ? x.toExponential(3) : x.toPrecision(4));

/** Indices of the checkpoints nearest T, T/10, T/100 (the decade checkpoints of the last two decades). */
function decadePoints(t: readonly number[]): number[] {
  const T = t[t.length - 1]!;
  return [T / 100, T / 10, T].map((target) => t.reduce((b, v, i) => (Math.abs(Math.log(v / target)) < Math.abs(Math.log(t[b]! / target)) ? i : b), 0));
}

export function decideRate(series: RateSeries, claimed: ClaimedLaw, options: Partial<RateOptions> = {}): RateDecision {
  const o = { ...DEFAULT_RATE_OPTIONS, ...options };
  if (claimed.law === 'power' && !(claimed.a! > 0)) throw new RangeError('a power-law claim needs its exponent a > 0');
  const details: string[] = [...(series.notes ?? [])];
  const no = (reason: string): RateDecision => ({ verdict: 'inconclusive', reason, details, fits: [] });

  if (series.drift) {
    details.push(`high-precision replay of the first ${series.drift.steps} steps at ${series.drift.digits} digits: relative drift ${series.drift.maxRelDiff.toExponential(2)}`);
    if (!(series.drift.maxRelDiff <= o.maxDrift)) return no(`float64 drifted ${series.drift.maxRelDiff.toExponential(2)} from the high-precision replay (limit ${o.maxDrift})`);
  }
  const idx = series.t.map((_, i) => i).filter((i) => series.t[i]! >= o.tMin);
  const t = idx.map((i) => series.t[i]!), g = idx.map((i) => series.gap[i]!);
  const bad = g.findIndex((v) => !Number.isFinite(v) || v <= 0);
  if (bad >= 0) return no(`gap is ${g[bad]} at t = ${t[bad]}: not a positive finite number (converged exactly, underflowed or degenerate)`);
  if (t.length < 2) return no(`horizon too short: ${t.length} checkpoint(s) past t = ${o.tMin}`);
  const decades = Math.log10(t[t.length - 1]! / t[0]!);
  if (decades < o.minDecades - 1e-9 || t.length < o.minPoints) {
    return no(`horizon too short to tell the laws apart: ${decades.toFixed(2)} decades and ${t.length} checkpoints in [${fmt(t[0]!)}, ${fmt(t[t.length - 1]!)}] (need ${o.minDecades} decades, ${o.minPoints} points)`);
  }

  const fits = fitLaws(t, g);
  const [best, second] = [fits[0]!, fits[1]!];
  details.push(`fits on t ∈ [${fmt(t[0]!)}, ${fmt(t[t.length - 1]!)}] (${t.length} points), log-residual rms: ` + fits.map((f) => `${LAW_TEXT[f.law]} ${f.rms.toExponential(2)}`).join('; '));
  details.push(`best: ${best.label}`);
  const decadesA = decadeExponents(t, g);
  details.push('fitted a of t^-a per decade: ' + decadesA.map((d) => `[${fmt(d.from)}, ${fmt(d.to)}] ${d.fit.slope.toFixed(3)}`).join('; '));
  const ln = decadePoints(t);
  details.push('gap·ln t at the last decades: ' + ln.map((i) => `t = ${fmt(t[i]!)}: ${fmt(g[i]! * Math.log(t[i]!))}`).join('; '));

  const q = normalizer(claimed, fits);
  const last = t.map((_, i) => i).filter((i) => t[i]! >= t[t.length - 1]! / 100 * (1 - 1e-12));
  const qs = last.map((i) => q(t[i]!, g[i]!));
  const bandRatio = Math.max(...qs) / Math.min(...qs);
  const qd = ln.map((i) => q(t[i]!, g[i]!));
  const name = `gap/(${claimedText(claimed)})`;
  details.push(`${name} at t = ${ln.map((i) => fmt(t[i]!)).join(', ')}: ${qd.map(fmt).join(', ')}; max/min over the last two decades ${bandRatio.toFixed(3)}`);
  const out = (verdict: Verdict, reason: string): RateDecision => ({ verdict, reason, details, fits, bandRatio });

  if (second.rms < o.decisive * best.rms) {
    return out('inconclusive', `ambiguous fit: ${LAW_TEXT[best.law]} (rms ${best.rms.toExponential(2)}) and ${LAW_TEXT[second.law]} (rms ${second.rms.toExponential(2)}) are within a factor ${o.decisive}`);
  }
  const rising = qd[0]! < qd[1]! && qd[1]! < qd[2]!, falling = qd[0]! > qd[1]! && qd[1]! > qd[2]!;

  if (best.law === claimed.law) {
    if (claimed.law === 'power') {
      const [lo, hi] = best.line!.slopeCI.map((s) => -s).sort((x, y) => x - y) as [number, number];
      if (claimed.a! < lo || claimed.a! > hi) {
        if (rising || falling) return out('refuted', `a power law fits best but its exponent a = ${best.shape.toFixed(4)} (95% CI [${lo.toFixed(4)}, ${hi.toFixed(4)}]) excludes the claimed ${claimed.a}; ${name} moves monotonically by ×${bandRatio.toFixed(2)}`);
        return out('inconclusive', `fitted exponent ${best.shape.toFixed(4)} excludes ${claimed.a}, but ${name} is not monotone`);
      }
    }
    if (best.A <= 0) return out('inconclusive', `best law has A = ${best.A} ≤ 0`);
    if (bandRatio <= o.band) return out('holds', `${LAW_TEXT[best.law]} fits best (rms ${best.rms.toExponential(2)}, next ${LAW_TEXT[second.law]} ${(second.rms / best.rms).toPrecision(3)}× worse) and ${name} stays within ×${bandRatio.toFixed(3)} ≤ ${o.band} over the last two decades`);
    return out('inconclusive', `${LAW_TEXT[best.law]} fits best but ${name} varies ×${bandRatio.toFixed(3)} > ${o.band} over the last two decades`);
  }
  if (rising || falling) {
    const which = falling ? 'lower' : 'upper';
    return out('refuted', `${LAW_TEXT[best.law]} fits ${(fits.find((f) => f.law === claimed.law)!.rms / best.rms).toPrecision(3)}× better than the claimed ${claimedText(claimed)}, and ${name} ${falling ? 'falls' : 'rises'} monotonically (×${bandRatio.toFixed(3)} over the last two decades): the claimed ${which} bound fails along the best fit`);
  }
  return out('inconclusive', `${LAW_TEXT[best.law]} fits best, not the claimed ${claimedText(claimed)}, but ${name} is not monotone over the last two decades`);
}
