/**
 * Detects a polynomial prefactor on an exponential decay: Q(t) ≈ A·t^k·e^(-ct) with k ≠ 0.
 * Such a Q is not Θ(e^(-c't)) for any c' (it is o(e^(-c't)) for c' < c and ω of it for c' ≥ c when
 * k > 0; the mirror when k < 0), yet its local rate −d ln Q/dt = c − k/t approaches c so slowly that
 * "the rates settled within 2%" mistakes it for a pure exponential (a critically damped heavy ball
 * |x_t| = (1 + c t)·ρ^t is the classic case).
 *
 * Evidence required (all of it), on the window's points (t in iterations, Q > 0):
 *  - the fit ln Q = C − c·t + k·ln t leaves ≤ 1/4 of the residual of ln Q = C − c·t (the ln t term
 *    explains the curvature), and c·(T − t₀) ≥ |k|·ln(T/t₀) (the exponential part dominates, else
 *    this is a power law that the other tests judge);
 *  - the prefactor is material: t^k moves by ×1.1 or more over the window;
 *  - the block rates move monotonically toward c (rising when k > 0) and the last block's rate agrees
 *    with c − k/t there within 25% of k/t: still moving like 1/t at the end, unlike an exponential
 *    transient A·e^(-δt), which has died out.
 * When c is named, the claim is about q = Q·e^(ct): a prefactor shows as q ≈ A·t^k (a fit of ln q to
 * C + k ln t leaving ≤ 1/4 of the residual of C + s·t).
 */
import { leastSquares } from './leastSquares.ts';

export interface PolyFactor {
  /** The exponent k of t^k. */
  k: number;
  /** The fitted rate c (per iteration); the named c when one was claimed. */
  c: number;
  /** ln of the prefactor's movement over the window: k·ln(T/t₀). */
  lnMove: number;
  /** Why, in words, with the fitted numbers. */
  why: string;
}

const MATERIAL = Math.log(1.1);

/**
 * @param t window times (increasing, > 0); @param lnQ ln Q at those times;
 * @param blockRates the local rates −d ln Q/dt of the judge's blocks and their centres;
 * @param cNamed the claimed c, if named. Returns null when no polynomial prefactor is evidenced.
 */
export function polyFactor(t: readonly number[], lnQ: readonly number[], blockRates: readonly { tc: number; rate: number }[], cNamed?: number): PolyFactor | null {
  const t0 = t[0]!, T = t[t.length - 1]!, span = Math.log(T / t0);
  if (!(t0 > 0) || t.length < 6) return null;
  let k: number, c: number, rms3: number, rms2: number;
  try {
    if (cNamed === undefined) {
      const m3 = leastSquares(t, lnQ, [() => 1, (x) => -(x - t0), (x) => Math.log(x / t0)]);
      const m2 = leastSquares(t, lnQ, [() => 1, (x) => -(x - t0)]);
      [c, k, rms3, rms2] = [m3.coef[1]!, m3.coef[2]!, m3.rms, m2.rms];
    } else {
      const y = t.map((x, i) => lnQ[i]! + cNamed * x);
      const m3 = leastSquares(t, y, [() => 1, (x) => Math.log(x / t0)]);
      const m2 = leastSquares(t, y, [() => 1, (x) => x - t0]);
      [c, k, rms3, rms2] = [cNamed, m3.coef[1]!, m3.rms, m2.rms];
    }
  } catch { return null; }
  const lnMove = k * span;
  if (!(Math.abs(lnMove) >= MATERIAL) || !(rms3 <= 0.25 * rms2) || !(c > 0) || !(c * (T - t0) >= Math.abs(lnMove))) return null;
  const r = blockRates.map((b) => b.rate);
  const monotone = r.every((v, i) => i === 0 || Math.sign(v - r[i - 1]!) === Math.sign(k));
  const last = blockRates[blockRates.length - 1]!;
  const predicted = c - k / last.tc;
  if (!monotone || !(Math.abs(last.rate - predicted) <= 0.25 * Math.abs(k) / last.tc)) return null;
  const times = Math.exp(Math.abs(lnMove));
  const why = `Q ≈ A·t^${k.toFixed(3)}·e^(-${c.toPrecision(4)}·t) (residual of ln Q ${rms3.toExponential(2)} with the t^k factor, ${rms2.toExponential(2)} without): the local rates ${k > 0 ? 'rise' : 'fall'} like c − k/t toward c = ${c.toPrecision(4)} (blocks: ${r.map((v) => v.toPrecision(4)).join(', ')}; last ${last.rate.toPrecision(5)} vs c − k/t = ${predicted.toPrecision(5)}), and Q·e^(ct) ${k > 0 ? 'grows' : 'falls'} like t^${k.toFixed(3)} (×${times.toPrecision(4)} over the window): a polynomial prefactor, so Q is not Θ(e^(-c't)) for any c'`;
  return { k, c, lnMove, why };
}
