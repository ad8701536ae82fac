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
import fc from 'fast-check';
import { propertyClaim, classes, linalg, methods, rationals } from 'gdcheck';
const { nesterovWorstCase, gap, dist2 } = classes;
const { QA } = linalg;
const { gd, heavyBall, nesterov, run } = methods;
const { Q } = rationals;
type Q = rationals.Q;
type Method = methods.Method;

/** x_{j+1} = x_j − Σ_{i≤j} c[j][i]·∇f(x_i): the general span method (exact). */
function spanMethod(c: Q[][]): Method {
  return {
    name: `span method c = [${c.map((r) => r.join(' ')).join('; ')}]`,
    rational: true,
    init: (_A, x0) => ({ x: [...x0], mem: [] }),
    step: (A, f, s, k) => {
      const grads = [...s.mem, f.grad(A, s.x, k + 1)];
      const row = c[k] ?? [];
      const x = s.x.map((xi, d) => grads.reduce((acc, g, i) => A.sub(acc, A.mul(A.div(A.of(row[i]?.num.toString() ?? '0'), A.of(row[i]?.den.toString() ?? '1')), g[d]!)), xi));
      return { x, mem: grads };
    },
  };
}

interface Instance { k: number; method: Method }
const L = Q.of(2);

const methodArb = (k: number): fc.Arbitrary<Method> => fc.oneof(
  fc.integer({ min: 1, max: 7 }).map((h) => gd(new Q(BigInt(h), 4n).div(L))),
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 })).map(([a, b]) => heavyBall(new Q(BigInt(a), 4n).div(L), new Q(BigInt(b), 4n))),
  fc.constant(nesterov(Q.ONE.div(L))),
  fc.array(fc.array(fc.integer({ min: -4, max: 4 }).map((x) => new Q(BigInt(x), 4n)), { minLength: k, maxLength: k }), { minLength: k, maxLength: k }).map(spanMethod),
);

function measure({ k, method }: Instance) {
  const f = nesterovWorstCase(L, 2 * k + 1, 2 * k + 1);
  const x0 = f.xStar!.map(() => Q.ZERO);
  const xk = run(QA, method, f, x0, k).xs[k]!;
  return { gap: gap(QA, f, xk), R2: dist2(QA, x0, f.xStar!) };
}
const bound = (k: number, R2: Q, c: Q, power: 1 | 2): Q => c.mul(L).mul(R2).div(Q.of(power === 2 ? (k + 1) * (k + 1) : k + 1));

export default propertyClaim<Instance>({
  id: 'nesterov2004/lower-bound',
  title: 'Every span method has f(x_k) − f* ≥ 3L‖x0 − x*‖²/(32(k + 1)²) on the worst function',
  statement: 'For any first-order method with x_j ∈ x0 + span{∇f(x_0), …, ∇f(x_{j−1})}, on Nesterov’s f_{2k+1} (convex, L-smooth): f(x_k) − f* ≥ 3L‖x0 − x*‖²/(32(k + 1)²) (Nesterov 2004, Theorem 2.1.7).',
  source: { arxiv: 'book (Nesterov 2004)', where: 'Theorem 2.1.7', catalogue: 'user results (issue 12): Nesterov lower bound' },
  provenance: 'read',
  kind: 'lower',
  expected: 'holds',
  instances: fc.integer({ min: 1, max: 8 }).chain((k) => methodArb(k).map((method) => ({ k, method }))),
  measure: (i) => { const { gap, R2 } = measure(i); return { measured: gap, claimed: bound(i.k, R2, new Q(3n, 32n), 2) }; },
  relation: 'ge',
  tolerance: { abs: 0, reason: 'exact rationals' },
  show: (i) => `k=${i.k} ${i.method.name} on f_${2 * i.k + 1} (R^${2 * i.k + 1}, L = ${L}), x0 = 0`,
  precision: { search: 'exact rationals', verify: 'exact rationals' },
  weight: 0.5,
  mutants: [
    { id: 'rate-1/k', description: 'the rate 3L R²/(32(k + 1)): a 1/k lower bound that accelerated methods beat', measure: (i) => { const { gap, R2 } = measure(i); return { measured: gap, claimed: bound(i.k, R2, new Q(3n, 32n), 1) }; } },
    { id: 'constant-3/8', description: 'the constant 3/8 in place of 3/32', measure: (i) => { const { gap, R2 } = measure(i); return { measured: gap, claimed: bound(i.k, R2, new Q(3n, 8n), 2) }; } },
  ],
});
