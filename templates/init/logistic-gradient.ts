/**
 * A derivation (derivationClaim), checked step by step: `gdcheck derive <this file>`.
 *
 *   For data (b_i, y_i), i = 1..n, and the linear model, F(w) = (1/n) Σ log(1 + e^{−y_i b_iᵀw}) has
 *   ∂F/∂w_k = −(1/n) Σ σ(−y_i b_iᵀw) y_i b_{ik}, so GD reads w_k⁺ = w_k + (γ/n) Σ σ(−y_i b_iᵀw) y_i b_{ik}.
 *
 * Each step is proved symbolically (an exact normal form) and checked numerically at random points
 * (70 digits), for the concrete sizes n = 2, d = 2 and every value of the free index k.
 * Twins (each must break at its step): σ(+m) for σ(−m); the step with the ascent sign.
 */
import { derivationClaim } from 'gdcheck';

export default derivationClaim({
  id: 'my-paper/logistic-gradient',
  title: 'The gradient of the logistic loss of a linear model, and the GD step',
  statement: '∂F/∂w_k = −(1/n) Σ σ(−y_i b_iᵀw) y_i b_{ik}; GD: w_k⁺ = w_k + (γ/n) Σ σ(−y_i b_iᵀw) y_i b_{ik}.',
  source: { arxiv: '2412.08424', where: 'section 2', catalogue: 'example' },
  provenance: 'reconstructed',
  sizes: { n: 2, d: 2 },
  indices: { i: [1, 'n'], j: [1, 'd'], k: [1, 'd'] },
  assume: ['y[i] in {-1, 1}', 'gamma > 0'],
  steps: [
    { expr: '(1/n)*sum(i, 1, n, log(1 + exp(-y[i]*sum(j, 1, d, b[i,j]*w[j]))))', rule: 'given', why: 'the logistic loss of the linear model' },
    {
      expr: '(1/n)*sum(i, 1, n, -exp(-y[i]*sum(j, 1, d, b[i,j]*w[j]))/(1 + exp(-y[i]*sum(j, 1, d, b[i,j]*w[j]))) * y[i]*b[i,k])',
      rule: 'derivative', wrt: 'w[k]', why: 'chain rule: log(1 + e^{−z})\' = −e^{−z}/(1 + e^{−z})',
    },
    { expr: '-(1/n)*sum(i, 1, n, sigma(-y[i]*sum(j, 1, d, b[i,j]*w[j]))*y[i]*b[i,k])', rule: 'algebra', why: 'e^{−z}/(1 + e^{−z}) = σ(−z)' },
    { expr: 'w[k] + (gamma/n)*sum(i, 1, n, sigma(-y[i]*sum(j, 1, d, b[i,j]*w[j]))*y[i]*b[i,k])', rule: 'into', template: 'w[k] - gamma*($)', why: 'the GD step w⁺ = w − γ∇F' },
  ],
  twins: [
    { id: 'sigma-sign', description: 'σ(+y_i b_iᵀw) in place of σ(−y_i b_iᵀw)', at: 3, step: { expr: '-(1/n)*sum(i, 1, n, sigma(y[i]*sum(j, 1, d, b[i,j]*w[j]))*y[i]*b[i,k])' } },
    { id: 'ascent', description: 'the step w − (γ/n)Σ… (the ascent sign)', at: 4, step: { expr: 'w[k] - (gamma/n)*sum(i, 1, n, sigma(-y[i]*sum(j, 1, d, b[i,j]*w[j]))*y[i]*b[i,k])' } },
  ],
});
