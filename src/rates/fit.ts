/**
 * Least-squares fits with confidence intervals, the common tool of rate and complexity claims.
 * A law is fitted as a straight line after a transform (log-log for powers); the interval on the
 * slope uses Student's t, so a short or noisy grid gives a wide interval and the claim stays
 * undecided rather than guessing.
 */

export interface LineFit {
  slope: number;
  intercept: number;
  /** Standard error of the slope (0 for an exact fit). */
  slopeSE: number;
  /** Two-sided 95% interval on the slope. */
  slopeCI: [number, number];
  /** Root-mean-square residual. */
  rms: number;
  r2: number;
  points: number;
}

/** Two-sided 97.5% quantile of Student's t with df degrees of freedom. */
export function tQuantile975(df: number): number {
  const table = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];
  if (df < 1) return Infinity;
  if (df < table.length) return table[df]!;
  return 1.96 + 2.4 / df; // within 0.005 of the exact quantile for df > 30
}

export function fitLine(xs: readonly number[], ys: readonly number[]): LineFit {
  const k = xs.length;
  if (k !== ys.length) throw new RangeError('fitLine: x and y differ in length');
  if (k < 2) throw new RangeError('fitLine: need at least two points');
  if (![...xs, ...ys].every(Number.isFinite)) throw new RangeError('fitLine: non-finite data');
  const mx = xs.reduce((a, b) => a + b, 0) / k, my = ys.reduce((a, b) => a + b, 0) / k;
  let sxx = 0, sxy = 0, syy = 0;
  for (let i = 0; i < k; i++) { const dx = xs[i]! - mx, dy = ys[i]! - my; sxx += dx * dx; sxy += dx * dy; syy += dy * dy; }
  if (sxx === 0) throw new RangeError('fitLine: all x equal');
  const slope = sxy / sxx, intercept = my - slope * mx;
  let sse = 0;
  for (let i = 0; i < k; i++) { const r = ys[i]! - intercept - slope * xs[i]!; sse += r * r; }
  const df = k - 2;
  const slopeSE = df > 0 ? Math.sqrt(sse / df / sxx) : Infinity;
  const t = tQuantile975(df);
  const half = df > 0 ? t * slopeSE : Infinity;
  return { slope, intercept, slopeSE, slopeCI: [slope - half, slope + half], rms: Math.sqrt(sse / k), r2: syy === 0 ? 1 : 1 - sse / syy, points: k };
}

/** y ≈ C·x^a: fit of log y on log x. */
export function fitPower(xs: readonly number[], ys: readonly number[]): LineFit {
  if (xs.some((x) => x <= 0) || ys.some((y) => y <= 0)) throw new RangeError('fitPower: needs positive data');
  return fitLine(xs.map(Math.log), ys.map(Math.log));
}

export const showFit = (f: LineFit, name = 'exponent'): string =>
  `${name} ${f.slope.toFixed(4)} (95% CI [${f.slopeCI[0].toFixed(4)}, ${f.slopeCI[1].toFixed(4)}], ${f.points} points, rms residual ${f.rms.toExponential(2)})`;
