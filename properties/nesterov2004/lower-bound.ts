/**
 * Nesterov's lower bound for first-order methods on L-smooth convex functions. Nesterov, Introductory
 * Lectures on Convex Optimization (2004), Theorem 2.1.7. Provenance: read (published statement).
 *
 *   For every k ≤ (n − 1)/2 and x0 there is a convex L-smooth f on Rⁿ such that every method with
 *   x_j ∈ x0 + span{∇f(x_0), …, ∇f(x_{j−1})} has f(x_k) − f* ≥ 3L‖x0 − x*‖²/(32(k + 1)²).
 *
 * How it is checked: f is the theorem's own f_{2k+1} on R^{2k+1} (src/classes/worstCase.ts, exact),
 * x0 = 0, and the method is drawn: GD with step h/L (h in (0, 2)), heavy ball (α ≤ 1/L, β < 1),
 * Nesterov's method (step 1/L), or a random span method x_{j+1} = x_j − Σ_{i≤j} c_{ji}∇f(x_i) with
 * rational c_{ji}; k in 1..8. Every iterate, f(x_k) − f* and the bound are exact rationals.
 * Mutants: the rate 1/(k + 1) in place of 1/(k + 1)² (Nesterov's method beats it from k = 2), and
 * the constant 3/8 in place of 3/32 (beaten by Nesterov's method at k = 8).
 */
import { classes, rationals } from 'gdcheck';
import { bound, lowerClassBound, measure, type Instance } from './_lowerBound.ts';
const { Q } = rationals;

export default classes.classBoundClaim<Instance>({
  bound: lowerClassBound,
  id: 'nesterov2004/lower-bound',
  title: 'Every span method has f(x_k) − f* ≥ 3L‖x0 − x*‖²/(32(k + 1)²) on the worst function',
  statement: 'For any first-order method with x_j ∈ x0 + span{∇f(x_0), …, ∇f(x_{j−1})}, on Nesterov’s f_{2k+1} (convex, L-smooth): f(x_k) − f* ≥ 3L‖x0 − x*‖²/(32(k + 1)²) (Nesterov 2004, Theorem 2.1.7).',
  source: { arxiv: 'book (Nesterov 2004)', where: 'Theorem 2.1.7', catalogue: 'user results (issue 12): Nesterov lower bound' },
  provenance: 'read',
  kind: 'lower',
  expected: 'holds',
  weight: 0.5,
  mutants: [
    { id: 'rate-1/k', description: 'the rate 3L R²/(32(k + 1)): a 1/k lower bound that accelerated methods beat', measure: (i) => { const { gap, R2 } = measure(i); return { measured: gap, bound: bound(i.k, R2, new Q(3n, 32n), 1) }; } },
    { id: 'constant-3/8', description: 'the constant 3/8 in place of 3/32', measure: (i) => { const { gap, R2 } = measure(i); return { measured: gap, bound: bound(i.k, R2, new Q(3n, 8n), 2) }; } },
  ],
});
