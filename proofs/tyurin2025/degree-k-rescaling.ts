/**
 * Item 4 of issue 3 (both layers trained). For g(b; a, W) = Σ_j a_j φ(w_jᵀb) with φ positively
 * 1-homogeneous, the model is homogeneous of degree k = 2 in θ = (a, W), and θ = γ(α, U) gives
 *   α_j⁺ = α_j + (γ^{k−1}/n) Σ_i σ(−γ^k y_i g(b_i; α, U)) y_i ∂g/∂a_j,
 *   U_jk⁺ = U_jk + (γ^{k−1}/n) Σ_i σ(−γ^k y_i g(b_i; α, U)) y_i ∂g/∂W_jk,
 * exactly, with k = 2: a factor γ in front of the sum, so no clean γ → ∞ limit: the weight
 * γ·σ(−γ²m) → ∞ for a misclassified point (m < 0) and → 0 for m > 0.
 * Source: catalogue §2.3 (INFERRED caution about homogeneous models; the paper's scaling is UNKNOWN).
 * Provenance: reconstructed; it says where the linear argument does NOT carry over unchanged.
 *
 * Concrete sizes: n = 2, H = 2, d = 2; φ opaque symbolically, ReLU / leaky ReLU / |·| numerically.
 * The clean-limit claim for k = 2 is the broken twin 'clean-limit' (a limit step inserted after
 * step 6 claiming the generalized perceptron): it must be reported broken at step 7.
 * Other twins: the factor γ^{k−1} dropped; σ(−γ y g) in place of σ(−γ² y g) (wrong exponent).
 */
import { derivationClaim, symbolic } from 'gdcheck';
const { HOMOGENEOUS_ACTIVATIONS, HOMOGENEITY_LEMMAS } = symbolic;

const pre = (l: string, X: string, s = '') => `sum(r, 1, d, ${s}${X}[${l},r]*b[i,r])`;
const g = (A: string, X: string, s = '') => `sum(l, 1, H, ${s}${A}[l]*phi(${pre('l', X, s)}))`;
const loss = `(1/n)*sum(i, 1, n, log(1 + exp(-y[i]*${g('a', 'W')})))`;
const margin = `y[i]*${g('alpha', 'U')}`;

export default derivationClaim({
  id: 'tyurin2025/degree-k-rescaling',
  title: 'Both layers trained (degree k = 2): θ = γ(α, U) gives the recursion with a factor γ^{k−1} = γ and σ(−γ^k m): no clean limit',
  statement: 'Reconstruction (the catalogue §2.3 caution, standing in for what the paper must handle differently): for g(b; a, W) = Σ_j a_j φ(w_jᵀb), φ 1-homogeneous, θ = γ(α, U) turns GD into α⁺ = α + (γ/n) Σ σ(−γ² y_i g_i) y_i ∂g_i/∂a and U⁺ = U + (γ/n) Σ σ(−γ² y_i g_i) y_i ∂g_i/∂W exactly; the weight γσ(−γ²m) → ∞ for m < 0, so the generalized-perceptron limit does not hold for k = 2. Checked for n = 2, H = 2, d = 2.',
  source: { arxiv: '2512.11587', where: 'two-layer model (UNKNOWN scaling); catalogue §2.3', catalogue: '§2.3 degree-k caution [INFERRED]' },
  provenance: 'reconstructed',
  sizes: { n: 2, H: 2, d: 2 },
  indices: { i: [1, 'n'], j: [1, 'H'], l: [1, 'H'], k: [1, 'd'], r: [1, 'd'] },
  assume: ['gamma > 0', 'y[i] in {-1, 1}'],
  functions: { phi: { derivative: 'dphi' }, dphi: {} },
  models: HOMOGENEOUS_ACTIVATIONS,
  lemmas: HOMOGENEITY_LEMMAS,
  steps: [
    { expr: loss, rule: 'given', why: 'logistic loss of g(b; a, W) = Σ_l a_l φ(w_lᵀb), both layers trained' },
    { expr: `-(1/n)*sum(i, 1, n, sigma(-y[i]*${g('a', 'W')})*y[i]*phi(${pre('j', 'W')}))`, rule: 'derivative', wrt: 'a[j]', why: 'logistic-gradient with ∂g/∂a_j = φ(w_jᵀb)' },
    { expr: `a[j] + (gamma/n)*sum(i, 1, n, sigma(-y[i]*${g('a', 'W')})*y[i]*phi(${pre('j', 'W')}))`, rule: 'into', template: 'a[j] - gamma*($)', why: 'the GD step in a' },
    { expr: `gamma*alpha[j] + (gamma/n)*sum(i, 1, n, sigma(-y[i]*${g('alpha', 'U', 'gamma*')})*y[i]*phi(${pre('j', 'U', 'gamma*')}))`, rule: 'substitute', subs: { 'a[l]': 'gamma*alpha[l]', 'W[l,r]': 'gamma*U[l,r]' }, why: 'θ = γ(α, U)' },
    { expr: `gamma*alpha[j] + (gamma^2/n)*sum(i, 1, n, sigma(-gamma^2*${margin})*y[i]*phi(${pre('j', 'U')}))`, rule: 'algebra', uses: ['phi-homogeneous'], why: 'g(b; γα, γU) = γ² g(b; α, U) (degree k = 2); ∂g/∂a_j is 1-homogeneous' },
    { expr: `alpha[j] + (gamma/n)*sum(i, 1, n, sigma(-gamma^2*${margin})*y[i]*phi(${pre('j', 'U')}))`, rule: 'into', template: '($)/gamma', why: 'α⁺ = a⁺/γ: the factor γ^{k−1} = γ stays' },
    { expr: loss, rule: 'given', why: 'the same loss, now the hidden weights' },
    { expr: `-(1/n)*sum(i, 1, n, sigma(-y[i]*${g('a', 'W')})*y[i]*a[j]*dphi(${pre('j', 'W')})*b[i,k])`, rule: 'derivative', wrt: 'W[j,k]', why: "∂g/∂W_jk = a_j φ'(w_jᵀb) b_k" },
    { expr: `W[j,k] + (gamma/n)*sum(i, 1, n, sigma(-y[i]*${g('a', 'W')})*y[i]*a[j]*dphi(${pre('j', 'W')})*b[i,k])`, rule: 'into', template: 'W[j,k] - gamma*($)', why: 'the GD step in W' },
    { expr: `gamma*U[j,k] + (gamma/n)*sum(i, 1, n, sigma(-y[i]*${g('alpha', 'U', 'gamma*')})*y[i]*gamma*alpha[j]*dphi(${pre('j', 'U', 'gamma*')})*b[i,k])`, rule: 'substitute', subs: { 'a[l]': 'gamma*alpha[l]', 'W[l,r]': 'gamma*U[l,r]' }, why: 'θ = γ(α, U)' },
    { expr: `gamma*U[j,k] + (gamma^2/n)*sum(i, 1, n, sigma(-gamma^2*${margin})*y[i]*alpha[j]*dphi(${pre('j', 'U')})*b[i,k])`, rule: 'algebra', uses: ['phi-homogeneous', 'dphi-homogeneous'], why: "g is 2-homogeneous; ∂g/∂W_jk = a_j φ'(w_jᵀb) b_k is 1-homogeneous" },
    { expr: `U[j,k] + (gamma/n)*sum(i, 1, n, sigma(-gamma^2*${margin})*y[i]*alpha[j]*dphi(${pre('j', 'U')})*b[i,k])`, rule: 'into', template: '($)/gamma', why: 'U⁺ = W⁺/γ: again the factor γ^{k−1} = γ' },
    { expr: 'gamma*sigma(-gamma^2*m)', rule: 'given', why: 'the weight of a point with margin m in these recursions' },
    { expr: 'Infinity', rule: 'limit', limit: 'gamma', assume: ['m < 0'], why: 'a misclassified point: σ → 1 and γ → ∞, so no finite limit' },
    { expr: 'gamma*sigma(-gamma^2*m)', rule: 'given', why: 'the same weight' },
    { expr: '0', rule: 'limit', limit: 'gamma', assume: ['m > 0'], why: 'a correctly classified point: e^{−γ²m} beats γ' },
  ],
  twins: [
    {
      id: 'clean-limit', at: 7, insert: true,
      description: 'claims the clean generalized-perceptron limit α⁺ = α + (1/n) Σ perc(m_i) y_i ∂g/∂a for k = 2',
      step: { expr: `alpha[j] + (1/n)*sum(i, 1, n, perc(${margin})*y[i]*phi(${pre('j', 'U')}))`, rule: 'limit', limit: 'gamma', why: 'σ(−γ²m) → perc(m) (wrong: the factor γ remains)' },
    },
    { id: 'no-gamma-factor', description: 'the factor γ^{k−1} dropped (the linear-case recursion)', at: 6, step: { expr: `alpha[j] + (1/n)*sum(i, 1, n, sigma(-gamma^2*${margin})*y[i]*phi(${pre('j', 'U')}))` } },
    { id: 'sigma-degree-1', description: 'σ(−γ y g) in place of σ(−γ² y g) (wrong exponent)', at: 5, step: { expr: `gamma*alpha[j] + (gamma^2/n)*sum(i, 1, n, sigma(-gamma*${margin})*y[i]*phi(${pre('j', 'U')}))` } },
  ],
});
