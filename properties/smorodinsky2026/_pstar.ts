/**
 * Random starts inside R's specialized pattern P*, built constructively from R-L1's coordinates:
 * data ±u with u ∈ {1, 3/2, 2}, K₁ ≥ 0 ≥ K₂ and margins m₁, m₂ > 0. For u ≥ 1 these conditions make
 * P* absorbing (R-L3), so every instance satisfies the hypotheses by construction (no filtering).
 */
import fc from 'fast-check';
import { models } from 'gdcheck';
import { variant, type TwoNeuronSetting } from './_setting.ts';
const { fromInvariants } = models.twoNeuron;
type Loss = models.twoNeuron.Loss;

export interface PStarStart { u: number; K1: number; K2: number; m1: number; m2: number; eta: number; loss: Loss }

const eighths = (min: number, max: number) => fc.integer({ min: min * 8, max: max * 8 }).map((n) => n / 8);

export const pStarStarts: fc.Arbitrary<PStarStart> = fc.record({
  u: fc.constantFrom(1, 1.5, 2),
  K1: eighths(0, 2),
  K2: eighths(-2, 0),
  m1: eighths(0, 3).map((m) => m + 1 / 8),
  m2: eighths(0, 3).map((m) => m + 1 / 8),
  eta: fc.constantFrom(0.05, 0.1, 0.2),
  loss: fc.constantFrom<Loss>('exp', 'logistic'),
});

export const settingOf = (s: PStarStart): TwoNeuronSetting => variant({ xPlus: s.u, xMinus: -s.u, u: s.u, eta: s.eta, loss: s.loss });
export const initOf = (s: PStarStart): Float64Array => fromInvariants(s.u, s.K1, s.K2, s.m1, s.m2);
export const showStart = (s: PStarStart): string => `u=${s.u} K₁=${s.K1} K₂=${s.K2} m₁=${s.m1} m₂=${s.m2} η=${s.eta} loss=${s.loss} (θ₀ = [${Array.from(initOf(s).subarray(0, 4)).join(', ')}])`;
