/**
 * Item 2 of issue 3. Linear model: GD on the logistic loss with v = γu is the exact recursion
 *   u_k⁺ = u_k + (1/n) Σ_i σ(−γ y_i b_iᵀu) y_i b_ik      for every γ > 0,
 * and as γ → ∞ its steps tend to the Batch Perceptron's, u⁺ = u + (1/n) Σ_i perc(y_i b_iᵀu) y_i b_i
 * (weight 1 on misclassified points, 1/2 on ties, 0 otherwise).
 * Source: Tyurin, arXiv 2412.08424, Theorem 3.2 and its proof (PRED-T3.2 mechanism, catalogue §2.2),
 * which arXiv 2512.11587 builds on (its paper id is therefore tyurin2024). Provenance: read (the predecessor's statement; the limit of one
 * step, not the theorem's iterate limit, which also needs PRED-A2 to avoid ties along the path).
 *
 * Concrete sizes: n = 3 points in d = 2; each step is checked for k = 1, 2.
 * Twins: γ² in σ's argument after the substitution (wrong exponent); the factor 1/n dropped when
 * dividing by γ; the GD step with the wrong sign.
 */
import { derivationClaim } from 'gdcheck';

const m = (w: string) => `y[i]*sum(r, 1, d, b[i,r]*${w}[r])`;

export default derivationClaim({
  id: 'tyurin2024/linear-rescaling',
  title: 'Linear model: v = γu turns GD into u⁺ = u + (1/n) Σ σ(−γ y_i b_iᵀu) y_i b_i exactly; its γ → ∞ limit is the Batch Perceptron step',
  statement: 'GD on F(v) = (1/n) Σ log(1 + e^{−y_i b_iᵀv}) with step γ, written in u = v/γ, is exactly u⁺ = u + (1/n) Σ σ(−γ y_i b_iᵀu) y_i b_i for every γ > 0; as γ → ∞ the step tends to u + (1/n) Σ perc(y_i b_iᵀu) y_i b_i (Batch Perceptron). Checked for n = 3, d = 2.',
  source: { arxiv: '2412.08424', where: 'Theorem 3.2 (proof: the rescaled recursion); used by 2512.11587 §2', catalogue: 'PRED-T3.2 mechanism [PRED]' },
  provenance: 'read',
  sizes: { n: 3, d: 2 },
  indices: { i: [1, 'n'], k: [1, 'd'], r: [1, 'd'] },
  assume: ['gamma > 0', 'y[i] in {-1, 1}'],
  steps: [
    { expr: `(1/n)*sum(i, 1, n, log(1 + exp(-${m('v')})))`, rule: 'given', why: 'logistic loss of the linear model g(b; v) = bᵀv' },
    { expr: `-(1/n)*sum(i, 1, n, sigma(-${m('v')})*y[i]*b[i,k])`, rule: 'derivative', wrt: 'v[k]', why: 'logistic-gradient with ∇g = b' },
    { expr: `v[k] + (gamma/n)*sum(i, 1, n, sigma(-${m('v')})*y[i]*b[i,k])`, rule: 'into', template: 'v[k] - gamma*($)', why: 'the GD step v⁺ = v − γ∇F(v)' },
    { expr: `gamma*u[k] + (gamma/n)*sum(i, 1, n, sigma(-gamma*${m('u')})*y[i]*b[i,k])`, rule: 'substitute', subs: { 'v[r]': 'gamma*u[r]' }, why: 'v = γu (the margin is linear in v)' },
    { expr: `u[k] + (1/n)*sum(i, 1, n, sigma(-gamma*${m('u')})*y[i]*b[i,k])`, rule: 'into', template: '($)/gamma', why: 'u⁺ = v⁺/γ: the exact recursion, for every γ > 0' },
    { expr: `u[k] + (1/n)*sum(i, 1, n, perc(${m('u')})*y[i]*b[i,k])`, rule: 'limit', limit: 'gamma', why: 'σ(−γm) → perc(m) (sigmoid-limit): the Batch Perceptron step' },
  ],
  twins: [
    { id: 'gamma-squared', description: 'σ(−γ² y_i b_iᵀu) after the substitution (wrong exponent)', at: 4, step: { expr: `gamma*u[k] + (gamma/n)*sum(i, 1, n, sigma(-gamma^2*${m('u')})*y[i]*b[i,k])` } },
    { id: 'no-1/n', description: 'the factor 1/n dropped in the recursion', at: 5, step: { expr: `u[k] + sum(i, 1, n, sigma(-gamma*${m('u')})*y[i]*b[i,k])` } },
    { id: 'ascent', description: 'the GD step v + γ∇F (sign error)', at: 3, step: { expr: `v[k] - (gamma/n)*sum(i, 1, n, sigma(-${m('v')})*y[i]*b[i,k])` } },
  ],
});
