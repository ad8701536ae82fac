/**
 * Shared by nesterov2004/lower-bound: the span methods, the theorem's worst function, the exact gap,
 * and the bound over the class of span methods for the tight-case search (src/classes/tightCase.ts).
 */
import fc from 'fast-check';
import { classes, linalg, methods, rationals } from 'gdcheck';
const { nesterovWorstCase, gap, dist2, lift } = classes;
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
      const cs = grads.map((_, i) => (row[i] ? lift(A, row[i]!) : A.of(0)));
      const x = s.x.map((xi, d) => grads.reduce((acc, g, i) => A.sub(acc, A.mul(cs[i]!, g[d]!)), xi));
      return { x, mem: grads };
    },
  };
}

export interface Instance { k: number; method: Method }
export const L = Q.of(2);

export const methodArb = (k: number): fc.Arbitrary<Method> => fc.oneof(
  fc.integer({ min: 1, max: 7 }).map((h) => gd(new Q(BigInt(h), 4n).div(L))),
  fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 })).map(([a, b]) => heavyBall(new Q(BigInt(a), 4n).div(L), new Q(BigInt(b), 4n))),
  fc.constant(nesterov(Q.ONE.div(L))),
  fc.array(fc.array(fc.integer({ min: -4, max: 4 }).map((x) => new Q(BigInt(x), 4n)), { minLength: k, maxLength: k }), { minLength: k, maxLength: k }).map(spanMethod),
);

/** f_{2k+1} on R^{2k+1}, built once per k. */
const worst = new Map<number, classes.Objective>();
export const worstFunction = (k: number): classes.Objective => {
  let f = worst.get(k);
  if (!f) { f = nesterovWorstCase(L, 2 * k + 1, 2 * k + 1); worst.set(k, f); }
  return f;
};

export function measure({ k, method }: Instance) {
  const f = worstFunction(k);
  const x0 = f.xStar!.map(() => Q.ZERO);
  const xk = run(QA, method, f, x0, k).xs[k]!;
  return { gap: gap(QA, f, xk), R2: dist2(QA, x0, f.xStar!) };
}
export const bound = (k: number, R2: Q, c: Q, power: 1 | 2): Q => c.mul(L).mul(R2).div(Q.of(power === 2 ? (k + 1) * (k + 1) : k + 1));


export const show = (i: Instance): string => `k=${i.k} ${i.method.name} on f_${2 * i.k + 1} (R^${2 * i.k + 1}, L = ${L}), x0 = 0`;

/**
 * The lower bound over span methods, for the tight-case search: k in 1..8, the method drawn; Nesterov's
 * method (the one that comes closest) and GD at step 1/L tried first, k = 1, 2, …; moves change k.
 * Ratio = bound/measured, so 1 would mean a method attains 3L R²/(32(k + 1)²) on f_{2k+1}.
 */
export const lowerClassBound: classes.ClassBound<Instance> = {
  name: 'span methods on f_{2k+1}, f(x_k) − f* ≥ 3L R²/(32(k + 1)²)',
  instances: fc.integer({ min: 1, max: 8 }).chain((k) => methodArb(k).map((method) => ({ k, method }))),
  families: [
    { name: 'nesterov', description: "Nesterov's accelerated method (step 1/L), k = 1, 2, …: the optimal order", *members() { for (let k = 1; k <= 8; k++) yield { k, method: nesterov(Q.ONE.div(L)) }; } },
    { name: 'gd', description: 'GD at step 1/L, k = 1, 2, …', *members() { for (let k = 1; k <= 8; k++) yield { k, method: gd(Q.ONE.div(L)) }; } },
  ],
  // Theorem 2.1.7's class: f_{2k+1} is convex and L-smooth, decided by checkClass from its Hessian.
  member: (x) => ({ f: worstFunction(x.k), L, convex: true }),
  neighbours: (x) => [...(x.k > 1 ? [{ ...x, k: x.k - 1 }] : []), ...(x.k < 8 ? [{ ...x, k: x.k + 1 }] : [])],
  size: (x) => ({ k: x.k }),
  measure: (i) => { const { gap, R2 } = measure(i); return { measured: gap, bound: bound(i.k, R2, new Q(3n, 32n), 2) }; },
  relation: 'ge',
  show,
};
