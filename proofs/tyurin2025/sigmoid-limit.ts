/**
 * Item 3 of issue 3. The limit of the logistic weight σ(−γm) as γ → ∞ (Tyurin, arXiv 2512.11587,
 * catalogue §2.2, "Mechanism"; the predecessor 2412.08424, proof of Theorem 3.2).
 * Provenance: reconstructed (INFERRED: standard calculus, stated in the catalogue, not the paper's text).
 *
 *   lim_{γ→∞} σ(−γm) = 1 if m < 0, 0 if m > 0, 1/2 if m = 0   (=: perc(m));
 *   and σ(−γm) ≤ e^{−γm}: a correctly classified point's weight vanishes exponentially fast.
 *
 * The 1/2 at m = 0 is the first-step weight 1/2 of the Batch Perceptron (û_1 = (1/2n)Σ y_i b_i).
 * Checked: each case is a chain; limits by limit algebra (exp(±∞), 1/∞) and numerically at
 * γ = 1e2, 1e4, 1e8 in 70 digits; the bound by the manifest sign of e^{−z} − 1/(1+e^z) = 1/(e^z(1+e^z)).
 * Twins: the tie weight 1 instead of 1/2; the m < 0 case with limit 0 (sign swapped); the bound with
 * rate e^{−2γm} (wrong exponent).
 */
import { derivationClaim } from 'gdcheck';

export default derivationClaim({
  id: 'tyurin2025/sigmoid-limit',
  title: 'lim σ(−γm) as γ → ∞: 1 for m < 0, 0 for m > 0, 1/2 for m = 0',
  statement: 'Reconstruction (standing in for the limit step of the reduction GD → perceptron, catalogue §2.2): lim_{γ→∞} σ(−γm) = 1 (m < 0), 0 (m > 0), 1/2 (m = 0); and σ(−γm) ≤ e^{−γm}.',
  source: { arxiv: '2512.11587', where: 'section 2 (reduction); predecessor 2412.08424, proof of Theorem 3.2', catalogue: '§2.2 mechanism [INFERRED]' },
  provenance: 'reconstructed',
  sizes: {},
  indices: {},
  assume: ['gamma > 0'],
  steps: [
    { expr: 'sigma(-gamma*m)', rule: 'given', why: 'the weight of a point with margin m = y·bᵀu after the rescaling v = γu' },
    { expr: '1/(1 + exp(gamma*m))', rule: 'algebra', why: 'σ(−z) = 1/(1 + e^z)' },
    { expr: '1', rule: 'limit', limit: 'gamma', assume: ['m < 0'], why: 'm < 0: γm → −∞, e^{γm} → 0' },
    { expr: '1/(1 + exp(gamma*m))', rule: 'given', why: 'the same weight' },
    { expr: '0', rule: 'limit', limit: 'gamma', assume: ['m > 0'], why: 'm > 0: e^{γm} → ∞' },
    { expr: 'sigma(-gamma*m)', rule: 'given', why: 'a tie, m = 0' },
    { expr: '1/2', rule: 'limit', limit: 'gamma', assume: ['m = 0'], why: 'm = 0: σ(0) = 1/2 for every γ' },
    { expr: 'sigma(-gamma*m)', rule: 'given', why: 'the rate for a correctly classified point' },
    { expr: 'exp(-gamma*m)', rule: 'le', why: '1/(1 + e^z) ≤ e^{−z} since 1 + e^z ≥ e^z' },
    { expr: 'sigma(-gamma*m)', rule: 'given', why: 'any margin' },
    { expr: 'perc(m)', rule: 'limit', limit: 'gamma', why: 'steps 3, 5, 7 together: perc(m) is the rule the limit algebra uses for σ(γ^p·c)' },
  ],
  twins: [
    { id: 'sign-swapped', description: 'the limit for m < 0 is 0 (sign error)', at: 3, step: { expr: '0' } },
    { id: 'tie-weight-1', description: 'the weight of a tie m = 0 is 1 instead of 1/2', at: 7, step: { expr: '1' } },
    { id: 'rate-2', description: 'the bound e^{−2γm} (wrong exponent)', at: 9, step: { expr: 'exp(-2*gamma*m)' } },
  ],
});
