/**
 * Item 4 of issue 3 (fixed output weights). For g(b; W) = Σ_j a_j φ(w_jᵀb) with a fixed and φ
 * positively 1-homogeneous, W = γU turns GD on the logistic loss into the exact recursion
 *   U_jk⁺ = U_jk + (1/n) Σ_i σ(−γ y_i g(b_i; U)) y_i ∂g(b_i; U)/∂W_jk,   ∂g/∂W_jk = a_j φ'(w_jᵀb) b_k,
 * the linear recursion with ∇g in place of b; as γ → ∞ its step tends to the generalized perceptron
 * U⁺ = U + (1/n) Σ_i perc(y_i g(b_i; U)) y_i ∇_U g(b_i; U) (weight 1 on S_t, 1/2 on ties).
 * Source: Tyurin, arXiv 2512.11587 (abstract: GD on nonlinear models reduces to generalized
 * perceptrons) and the predecessor's future-work template (catalogue §2.3). Provenance:
 * reconstructed (INFERRED): the paper's model and scaling are UNKNOWN; this is the catalogue's
 * template for a two-layer model with fixed output layer, not the paper's statement.
 *
 * Uses φ(γz) = γφ(z), φ'(γz) = φ'(z) (γ > 0), cited as lemmas and checked on every concrete φ.
 * Concrete sizes: n = 2 points, H = 2 hidden units, d = 2; each step for j, k ∈ {1, 2}; φ is
 * opaque symbolically and ReLU, leaky ReLU or |·| numerically.
 * Twins: φ' treated as 1-homogeneous (an extra γ); the linear Batch Perceptron as the limit
 * (ignores the activation pattern φ'); the factor 1/n dropped.
 */
import { derivationClaim, symbolic } from 'gdcheck';
const { HOMOGENEOUS_ACTIVATIONS, HOMOGENEITY_LEMMAS } = symbolic;

/** Pre-activation of unit l at point i, with hidden weights X, optionally scaled. */
const pre = (l: string, X: string, s = '') => `sum(r, 1, d, ${s}${X}[${l},r]*b[i,r])`;
const g = (X: string, s = '') => `sum(l, 1, H, a[l]*phi(${pre('l', X, s)}))`;
const grad = (X: string, s = '') => `a[j]*dphi(${pre('j', X, s)})*b[i,k]`;

export default derivationClaim({
  id: 'tyurin2025/two-layer-homogeneous',
  title: 'Two-layer model, fixed output weights, φ 1-homogeneous: W = γU gives the exact recursion with ∇g in place of b, and the generalized perceptron as γ → ∞',
  statement: 'Reconstruction (standing in for the reduction of 2512.11587 for two-layer models, catalogue §2.3 template): g(b;W) = Σ_j a_j φ(w_jᵀb), a fixed, φ(γz) = γφ(z). With W = γU, GD is exactly U⁺ = U + (1/n) Σ σ(−γ y_i g(b_i;U)) y_i ∇_U g(b_i;U) for every γ > 0, and the step tends to U + (1/n) Σ perc(y_i g(b_i;U)) y_i ∇_U g(b_i;U). Checked for n = 2, H = 2, d = 2, φ ∈ {ReLU, leaky ReLU, |·|}.',
  source: { arxiv: '2512.11587', where: 'abstract (reduction to generalized perceptrons); model UNKNOWN', catalogue: '§2.3 template, T-ABS1 [INFERRED]' },
  provenance: 'reconstructed',
  sizes: { n: 2, H: 2, d: 2 },
  indices: { i: [1, 'n'], j: [1, 'H'], l: [1, 'H'], k: [1, 'd'], r: [1, 'd'] },
  assume: ['gamma > 0', 'y[i] in {-1, 1}'],
  functions: { phi: { derivative: 'dphi' }, dphi: {} },
  models: HOMOGENEOUS_ACTIVATIONS,
  lemmas: HOMOGENEITY_LEMMAS,
  steps: [
    { expr: `(1/n)*sum(i, 1, n, log(1 + exp(-y[i]*${g('W')})))`, rule: 'given', why: 'logistic loss of g(b; W) = Σ_l a_l φ(w_lᵀb), a fixed' },
    { expr: `-(1/n)*sum(i, 1, n, sigma(-y[i]*${g('W')})*y[i]*${grad('W')})`, rule: 'derivative', wrt: 'W[j,k]', why: "logistic-gradient with ∂g/∂W_jk = a_j φ'(w_jᵀb) b_k" },
    { expr: `W[j,k] + (gamma/n)*sum(i, 1, n, sigma(-y[i]*${g('W')})*y[i]*${grad('W')})`, rule: 'into', template: 'W[j,k] - gamma*($)', why: 'the GD step' },
    { expr: `gamma*U[j,k] + (gamma/n)*sum(i, 1, n, sigma(-y[i]*${g('U', 'gamma*')})*y[i]*${grad('U', 'gamma*')})`, rule: 'substitute', subs: { 'W[l,r]': 'gamma*U[l,r]' }, why: 'W = γU' },
    { expr: `gamma*U[j,k] + (gamma/n)*sum(i, 1, n, sigma(-gamma*y[i]*${g('U')})*y[i]*${grad('U')})`, rule: 'algebra', uses: ['phi-homogeneous', 'dphi-homogeneous'], why: "φ(γz) = γφ(z) and φ'(γz) = φ'(z): g(b; γU) = γ g(b; U), ∇g(b; γU) = ∇g(b; U)" },
    { expr: `U[j,k] + (1/n)*sum(i, 1, n, sigma(-gamma*y[i]*${g('U')})*y[i]*${grad('U')})`, rule: 'into', template: '($)/gamma', why: 'U⁺ = W⁺/γ: the linear recursion with ∇g in place of b, for every γ > 0' },
    { expr: `U[j,k] + (1/n)*sum(i, 1, n, perc(y[i]*${g('U')})*y[i]*${grad('U')})`, rule: 'limit', limit: 'gamma', why: 'σ(−γm) → perc(m): the generalized perceptron step' },
  ],
  twins: [
    { id: 'dphi-degree-1', description: "φ' taken as 1-homogeneous: an extra factor γ", at: 5, step: { expr: `gamma*U[j,k] + (gamma^2/n)*sum(i, 1, n, sigma(-gamma*y[i]*${g('U')})*y[i]*${grad('U')})` } },
    { id: 'linear-limit', description: "the linear Batch Perceptron as the limit (drops the activation pattern φ')", at: 7, step: { expr: `U[j,k] + (1/n)*sum(i, 1, n, perc(y[i]*${g('U')})*y[i]*a[j]*b[i,k])` } },
    { id: 'no-1/n', description: 'the factor 1/n dropped in the recursion', at: 6, step: { expr: `U[j,k] + sum(i, 1, n, sigma(-gamma*y[i]*${g('U')})*y[i]*${grad('U')})` } },
  ],
});
