/**
 * Our family for the acceleration reconstruction (NOT the paper's minimalistic example, which is not
 * available): two points in R^d,
 *     b_1 = (1/d)·1_d with label +1   (the mean-feature direction, norm 1/√d),
 *     b_2 = 1_d − 4e_1 with label −1   (z_2 = y_2 b_2 = 4e_1 − 1_d).
 * u = e_1 separates (z_1ᵀe_1 = 1/d, z_2ᵀe_1 = 3). z_1ᵀz_2 = 4/d − 1 < 0 for d > 4, so every update
 * that helps point 1 by at most ‖z_1‖²/n = 1/(2d) per step, while GD's first step (σ(0) = 1/2 at 0)
 * leaves it at margin (5 − d)/(4d): hence Ω(d) steps for the linear model at every γ.
 */
import { Q } from '../numeric/rational.ts';
import type { Dataset } from '../data/dataset.ts';

export function meanDirectionFamily(d: number): Dataset {
  if (!Number.isInteger(d) || d < 6) throw new RangeError(`d must be an integer ≥ 6, got ${d}`);
  const b1 = Array.from({ length: d }, () => new Q(1n, BigInt(d)));
  const b2 = Array.from({ length: d }, (_, k) => Q.of(k === 0 ? -3 : 1));
  return { b: [b1, b2], y: [1, -1] };
}

/** Batch perceptron count from 0 (tie weight 1/2) on this family, for even d ≥ 6: d/2 − 1 (derivation in the header of properties/tyurin2025/T-ABS2-linear-omega-d.ts). */
export const linearCountClosedForm = (d: number): number => d / 2 - 1;

/** The lower bound for linear GD at any γ > 0: 1 + (d − 5)/2 steps, i.e. count ≥ (d − 3)/2. */
export const linearGdLowerBound = (d: number): number => (d - 3) / 2;
