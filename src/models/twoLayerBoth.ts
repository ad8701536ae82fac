/**
 * The two-layer model with both layers trained, g(b; a, W) = Σ_j a_j φ(w_jᵀb), and plain GD on the
 * logistic loss, in float64. It is 2-homogeneous in θ = (a, W): the substitution θ = γu leaves a
 * factor γ^{k−1} = γ in the rescaled step (catalogue §2.3), so there is no clean γ → ∞ perceptron
 * limit; it is run at a fixed step γ. With one point misclassified, the pair (a_j, w_jᵀb) grows like
 * (1 + γ‖b‖/n)^t: a product of two growing factors, the mechanism of the acceleration example.
 */
import * as f64 from '../numeric/float64.ts';
import { dphi, phi, type Activation } from './twoLayer.ts';

export interface BothLayersF64 { B: Float64Array; y: Float64Array; n: number; d: number; m: number; act: Activation }
export interface BothParams { a: Float64Array; W: Float64Array }

/** Margins y_i g(b_i; a, W) and the pre-activations. */
export function bothMargins(net: BothLayersF64, th: BothParams): { M: Float64Array; P: Float64Array } {
  const { B, y, n, d, m, act } = net;
  const P = new Float64Array(n * m), M = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let g = 0;
    for (let j = 0; j < m; j++) {
      const p = f64.dot(B.subarray(i * d, i * d + d), th.W.subarray(j * d, j * d + d), d);
      P[i * m + j] = p;
      g += th.a[j]! * phi(act, p);
    }
    M[i] = y[i]! * g;
  }
  return { M, P };
}

/** One GD step at step γ on F = (1/n) Σ ℓ(m_i): θ += (γ/n) Σ σ(−m_i) y_i ∇θ g(b_i; θ). */
export function bothGdStep(net: BothLayersF64, th: BothParams, gamma: number, at = bothMargins(net, th)): BothParams {
  const { B, y, n, d, m, act } = net;
  const a = Float64Array.from(th.a), W = Float64Array.from(th.W);
  for (let i = 0; i < n; i++) {
    const c = ((gamma * f64.sigmoidNeg(at.M[i]!)) / n) * y[i]!;
    if (c === 0) continue;
    for (let j = 0; j < m; j++) {
      const p = at.P[i * m + j]!;
      a[j] += c * phi(act, p);
      const s = c * th.a[j]! * dphi(act, p);
      if (s !== 0) for (let k = 0; k < d; k++) W[j * d + k] += s * B[i * d + k]!;
    }
  }
  return { a, W };
}
