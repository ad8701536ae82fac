/**
 * Iteration counts on the mean-direction family (src/families/meanDirection.ts) for the acceleration
 * claims and the `acceleration` scenario: the linear batch perceptron (exact), linear GD at a finite γ
 * (float64, rescaled), and the fixed-output two-layer generalized perceptron (exact).
 */
import { Q } from '../numeric/rational.ts';
import { generalizedPerceptron } from '../dynamics/generalizedPerceptron.ts';
import { ACTIVATIONS } from '../models/twoLayer.ts';
import { margins, twoLayerF64 } from '../models/twoLayer.ts';
import { rescaledStepF64 } from '../dynamics/twoLayerGd.ts';
import { meanDirectionFamily } from './meanDirection.ts';
import { assertSignsResolved } from '../numeric/float64.ts';

/** Linear batch perceptron from 0 (the γ → ∞ limit of linear GD), exact. */
export function linearPerceptronCount(d: number, cap = 4 * d): number | null {
  return generalizedPerceptron(meanDirectionFamily(d), [1], ACTIVATIONS.identity, [Array.from({ length: d }, () => Q.ZERO)], { maxIter: cap }).count;
}

/**
 * Linear GD at step γ from 0, counted on the rescaled iterates in float64. A count is accepted only
 * when every margin's sign survives rounding (the shared guard assertSignsResolved, relative to the
 * terms z_ikU_k of that margin); otherwise the count throws and the claim is inconclusive.
 */
export function linearGdCount(d: number, gamma: number, cap = 40 * d): number | null {
  const net = twoLayerF64(meanDirectionFamily(d), [1], ACTIVATIONS.identity);
  let U: Float64Array = new Float64Array(d);
  for (let t = 0; t <= cap; t++) {
    const mg = margins(net, U);
    if (t > 0) {
      const terms = Array.from({ length: net.n }, (_, i) => { let s = 0; for (let k = 0; k < d; k++) s += Math.abs(net.B[i * d + k]! * U[k]!); return s; });
      assertSignsResolved(mg, terms, `linear GD count at d=${d}, γ=${gamma}, step ${t}`);
    }
    if (mg.every((x) => x > 0)) return t;
    U = rescaledStepF64(net, U, gamma);
  }
  return null;
}

/** The two-layer setting we tried: leaky ReLU, width 4, a = (1, −1, 1, −1), U_0 entries ((5j + 3k + 1) mod 7 − 3)/8. */
export const TWO_LAYER_SETTING = 'fixed-output two-layer model, leaky ReLU (slope 1/4), width 4, a = (1,−1,1,−1), U_0[j][k] = ((5j+3k+1) mod 7 − 3)/8, generalized perceptron (the γ → ∞ limit of GD)';

export function twoLayerCount(d: number, cap = 8 * d): number | null {
  const m = 4;
  const a = Array.from({ length: m }, (_, j) => (j % 2 ? -1 : 1));
  const U0 = Array.from({ length: m }, (_, j) => Array.from({ length: d }, (_, k) => new Q(BigInt(((5 * j + 3 * k + 1) % 7) - 3), 8n)));
  return generalizedPerceptron(meanDirectionFamily(d), a, ACTIVATIONS.leaky, U0, { maxIter: cap }).count;
}
