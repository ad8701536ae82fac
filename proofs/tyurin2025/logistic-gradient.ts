/**
 * Item 1 of issue 3. The gradient of the logistic loss for a general model g(b; θ)
 * (Tyurin, arXiv 2512.11587, catalogue §1.3). Provenance: reconstructed (INFERRED: standard calculus;
 * the catalogue's generic formulation, not the paper's text).
 *
 *   F(θ) = (1/n) Σ_i log(1 + exp(−y_i g(b_i; θ)))
 *   ∂F/∂θ_k = −(1/n) Σ_i σ(−y_i g_i) y_i ∂g_i/∂θ_k,        σ(−z) = 1/(1 + e^z)
 *   GD: θ_k⁺ = θ_k − γ ∂F/∂θ_k = θ_k + (γ/n) Σ_i σ(−y_i g_i) y_i ∂g_i/∂θ_k
 *
 * The model is general: g[i] = g(b_i; θ) is a variable that depends on θ with partials dg[i,k]
 * (chain rule), so no form of g is assumed. Concrete sizes: n = 3 points, θ ∈ R²; each step is
 * checked for k = 1, 2. Numerically the derivative is a central difference with g[i] moved along
 * dg[i,k] (a first derivative depends on values and first partials only, so this is general).
 * Twins: a sign error in σ's argument; the factor 1/n dropped; the GD step with the wrong sign.
 */
import { derivationClaim } from 'gdcheck';

export default derivationClaim({
  id: 'tyurin2025/logistic-gradient',
  title: 'Gradient of the logistic loss for a general model g(b; θ), and the GD step',
  statement: 'Reconstruction (standing in for the paper\'s gradient formula, catalogue §1.3): ∇F(θ) = −(1/n) Σ σ(−y_i g_i) y_i ∇g_i for F = (1/n) Σ log(1 + e^{−y_i g(b_i;θ)}); GD: θ⁺ = θ + (γ/n) Σ σ(−y_i g_i) y_i ∇g_i. Checked for n = 3, θ ∈ R².',
  source: { arxiv: '2512.11587', where: 'section 1.3 (generic formulation)', catalogue: '§1.3 ∇F [INFERRED]' },
  provenance: 'reconstructed',
  sizes: { n: 3, p: 2 },
  indices: { i: [1, 'n'], k: [1, 'p'] },
  assume: ['gamma > 0', 'y[i] in {-1, 1}'],
  steps: [
    { expr: '(1/n)*sum(i, 1, n, log(1 + exp(-y[i]*g[i])))', rule: 'given', why: 'the logistic loss, g[i] = g(b_i; θ)' },
    {
      expr: '(1/n)*sum(i, 1, n, -exp(-y[i]*g[i])/(1 + exp(-y[i]*g[i])) * y[i]*dg[i,k])', rule: 'derivative',
      wrt: 'theta[k]', depends: { 'g[i]': 'dg[i,k]' }, why: 'chain rule: ℓ(z) = log(1 + e^{−z}) has ℓ\'(z) = −e^{−z}/(1 + e^{−z})',
    },
    { expr: '-(1/n)*sum(i, 1, n, sigma(-y[i]*g[i])*y[i]*dg[i,k])', rule: 'algebra', why: 'e^{−z}/(1 + e^{−z}) = σ(−z)' },
    { expr: 'theta[k] + (gamma/n)*sum(i, 1, n, sigma(-y[i]*g[i])*y[i]*dg[i,k])', rule: 'into', template: 'theta[k] - gamma*($)', why: 'the GD step θ⁺ = θ − γ∇F' },
  ],
  twins: [
    { id: 'sigma-sign', description: 'σ(+y_i g_i) in place of σ(−y_i g_i) (sign error)', at: 3, step: { expr: '-(1/n)*sum(i, 1, n, sigma(y[i]*g[i])*y[i]*dg[i,k])' } },
    { id: 'no-1/n', description: 'the factor 1/n dropped', at: 3, step: { expr: '-sum(i, 1, n, sigma(-y[i]*g[i])*y[i]*dg[i,k])' } },
    { id: 'ascent', description: 'the step θ − (γ/n)Σ… (gradient ascent sign)', at: 4, step: { expr: 'theta[k] - (gamma/n)*sum(i, 1, n, sigma(-y[i]*g[i])*y[i]*dg[i,k])' } },
  ],
});
