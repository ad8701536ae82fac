/**
 * The competing decay laws of a rate claim, each fitted to (t, gap) by least squares on log gap
 * (catalogue E7): a slow law and a fast law differ by orders of magnitude in gap, so the residual
 * is measured in log space, where every decade of t weighs the same.
 *
 *   inv-log       A/(ln t + k)          power   A·t^(−a)
 *   inv-sqrt-log  A/√(ln t + k)         exp     A·e^(−c·t)
 *
 * A/(ln t + k)^p has one nonlinear parameter (k); log A is then the mean, and k is found by a grid
 * over s = ln t_min + k followed by golden-section refinement.
 */
import { fitLine, type LineFit } from './fit.ts';

export type FitLawName = 'inv-log' | 'power' | 'inv-sqrt-log' | 'exp';

export interface LawFit {
  law: FitLawName;
  /** Fitted formula, e.g. 'A/(ln t + k), A = 0.41, k = −0.80'. */
  label: string;
  A: number;
  /** k for the log laws, a for power, c for exp. */
  shape: number;
  /** Root-mean-square residual of log gap. */
  rms: number;
  predict(t: number): number;
  /** The slope fit behind power and exp (for intervals); absent for the log laws. */
  line?: LineFit;
}

export const LAW_TEXT: Record<FitLawName, string> = {
  'inv-log': 'A/(ln t + k)',
  power: 'A·t^-a',
  'inv-sqrt-log': 'A/√(ln t + k)',
  exp: 'A·e^(-c·t)',
};

const mean = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
const rmsOf = (r: readonly number[]): number => Math.sqrt(r.reduce((a, b) => a + b * b, 0) / r.length);

/** A/(ln t + k)^p, least squares in log gap. */
export function fitInvLogPow(t: readonly number[], g: readonly number[], p: number): LawFit {
  const L = t.map(Math.log), lg = g.map(Math.log);
  const L0 = Math.min(...L);
  const residuals = (k: number): { logA: number; rms: number } => {
    const y = lg.map((v, i) => v + p * Math.log(L[i]! + k));
    const logA = mean(y);
    return { logA, rms: rmsOf(y.map((v) => v - logA)) };
  };
  // s = L0 + k > 0 keeps ln t + k positive on the window; beyond s = 1e3 the law is flat to 1e-3.
  const cost = (ls: number): number => residuals(Math.exp(ls) - L0).rms;
  let bestLs = -7, bestCost = Infinity;
  for (let ls = -7; ls <= 7; ls += 0.05) { const c = cost(ls); if (c < bestCost) { bestCost = c; bestLs = ls; } }
  let lo = bestLs - 0.05, hi = bestLs + 0.05;
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let it = 0; it < 80; it++) {
    const a = hi - phi * (hi - lo), b = lo + phi * (hi - lo);
    if (cost(a) < cost(b)) hi = b; else lo = a;
  }
  const k = Math.exp((lo + hi) / 2) - L0;
  const { logA, rms } = residuals(k);
  const A = Math.exp(logA);
  const law: FitLawName = p === 1 ? 'inv-log' : 'inv-sqrt-log';
  return {
    law, A, shape: k, rms,
    label: `${LAW_TEXT[law]}, A = ${A.toPrecision(4)}, k = ${k.toPrecision(4)}`,
    predict: (tt) => A / Math.pow(Math.log(tt) + k, p),
  };
}

export function fitPowerLaw(t: readonly number[], g: readonly number[]): LawFit {
  const line = fitLine(t.map(Math.log), g.map(Math.log));
  const A = Math.exp(line.intercept), a = -line.slope;
  return { law: 'power', A, shape: a, rms: line.rms, line, label: `A·t^-a, A = ${A.toPrecision(4)}, a = ${a.toPrecision(4)}`, predict: (tt) => A * Math.pow(tt, -a) };
}

export function fitExpLaw(t: readonly number[], g: readonly number[]): LawFit {
  const line = fitLine([...t], g.map(Math.log));
  const A = Math.exp(line.intercept), c = -line.slope;
  return { law: 'exp', A, shape: c, rms: line.rms, line, label: `A·e^(-c·t), A = ${A.toPrecision(4)}, c = ${c.toPrecision(4)}`, predict: (tt) => A * Math.exp(-c * tt) };
}

/** Every competing law fitted on the same points, best (smallest log residual) first. */
export function fitLaws(t: readonly number[], g: readonly number[]): LawFit[] {
  return [fitInvLogPow(t, g, 1), fitPowerLaw(t, g), fitInvLogPow(t, g, 0.5), fitExpLaw(t, g)].sort((x, y) => x.rms - y.rms);
}

export interface DecadeExponent { from: number; to: number; fit: LineFit }

/** The power-law exponent a (gap ∝ t^-a) fitted on each decade window [10^j, 10^(j+1)] with ≥ 3 points. */
export function decadeExponents(t: readonly number[], g: readonly number[]): DecadeExponent[] {
  const out: DecadeExponent[] = [];
  const j0 = Math.floor(Math.log10(Math.min(...t)) + 1e-9), j1 = Math.floor(Math.log10(Math.max(...t)) + 1e-9);
  for (let j = j0; j < j1; j++) {
    const from = 10 ** j, to = 10 ** (j + 1);
    const idx = t.map((v, i) => i).filter((i) => t[i]! >= from * (1 - 1e-12) && t[i]! <= to * (1 + 1e-12));
    if (idx.length < 3) continue;
    const line = fitLine(idx.map((i) => Math.log(t[i]!)), idx.map((i) => -Math.log(g[i]!)));
    out.push({ from, to, fit: line });
  }
  return out;
}

/** gap ∝ (ln t)^-p: the fitted p (slope of −log gap on log ln t), as the catalogue's R-O2 table reports it. */
export function fitLogExponent(t: readonly number[], g: readonly number[]): LineFit {
  return fitLine(t.map((v) => Math.log(Math.log(v))), g.map((v) => -Math.log(v)));
}
