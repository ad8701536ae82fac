/**
 * Searching for an acceleration family with gdcheck itself: fast-check draws candidate settings
 * (family, activation, width, initial scale, labels), the complexity engine is the oracle. A candidate
 * shows the claimed gap when linear GD's limit is Ω(d) and the two-layer generalized perceptron is
 * O(√d·log d) but not O(log d) on the same grid. Everything is seeded (ctx/--seed), counts are exact.
 */
import fc from 'fast-check';
import { ACTIVATIONS, type ActivationName } from '../models/twoLayer.ts';
import { generalizedPerceptronSparseCount } from '../dynamics/generalizedPerceptron.ts';
import { decideComplexity, type GridPoint } from '../rates/complexity.ts';
import { fitPower } from '../rates/fit.ts';
import { distractorsSparse, lcg } from './orthogonalDistractors.ts';

export interface Candidate {
  E: number;
  randomLabels: boolean;
  act: Exclude<ActivationName, 'identity'>;
  width: number;
  /** U_0 entries are integers in [−8, 8] divided by initDen. */
  initDen: number;
}

export const candidates: fc.Arbitrary<Candidate> = fc.record({
  E: fc.constantFrom(1, 2, 4),
  randomLabels: fc.boolean(),
  act: fc.constantFrom('relu' as const, 'leaky' as const, 'abs' as const),
  width: fc.constantFrom(4, 8, 16, 32),
  initDen: fc.constantFrom(8, 64, 1024),
});

export const showCandidate = (c: Candidate): string => `E=${c.E} labels=${c.randomLabels ? 'random' : '+1'} φ=${c.act} m=${c.width} U0~[-8,8]/${c.initDen}`;

/** The linear batch perceptron from 0 on the family (labels do not matter: the signed points are the same). */
export function linearCount(E: number, d: number): number | null {
  return generalizedPerceptronSparseCount(distractorsSparse(d, E, false, 0), [1], ACTIVATIONS.identity, new Float64Array(d), 1n, 8 * d);
}

/** The two-layer generalized perceptron on one seeded instance (labels and U_0 drawn from the seed). */
export function twoLayerCount(c: Candidate, d: number, instance: number, seed: number): number | null {
  const data = distractorsSparse(d, c.E, c.randomLabels, seed + 7919 * instance + d);
  const R = lcg(seed * 31 + instance * 17 + d);
  const a = Array.from({ length: c.width }, (_, j) => (j % 2 ? -1 : 1));
  const N0 = Float64Array.from({ length: c.width * d }, () => Math.floor(R() * 17) - 8);
  return generalizedPerceptronSparseCount(data, a, ACTIVATIONS[c.act], N0, BigInt(c.initDen), 8 * d);
}

export interface Evaluation {
  candidate: Candidate;
  points: GridPoint[];
  linearPoints: GridPoint[];
  exponent: number | null;
  linearExponent: number | null;
  sqrtLog: string; logD: string; linearOmega: string;
  gap: boolean;
}

export function evaluate(c: Candidate, grid: readonly number[], instances: number, seed: number): Evaluation {
  const safe = (f: () => number | null): number | null => { try { return f(); } catch { return null; } };
  const points = grid.map((x) => ({ x, counts: Array.from({ length: instances }, (_, k) => safe(() => twoLayerCount(c, x, k, seed))) }));
  const linearPoints = grid.map((x) => ({ x, counts: [safe(() => linearCount(c.E, x))] }));
  const exp = (ps: GridPoint[]): number | null => {
    const ok = ps.every((p) => p.counts.every((v) => v !== null && v > 0));
    return ok ? fitPower(ps.map((p) => p.x), ps.map((p) => Math.max(...(p.counts as number[])))).slope : null;
  };
  const sqrtLog = decideComplexity(points, { bound: 'upper', exponent: 0.5, logPower: 1 }).verdict;
  const logD = decideComplexity(points, { bound: 'upper', exponent: 0, logPower: 1 }).verdict;
  const linearOmega = decideComplexity(linearPoints, { bound: 'lower', exponent: 1, logPower: 0 }).verdict;
  return { candidate: c, points, linearPoints, exponent: exp(points), linearExponent: exp(linearPoints), sqrtLog, logD, linearOmega, gap: sqrtLog === 'holds' && logD === 'refuted' && linearOmega === 'holds' };
}
