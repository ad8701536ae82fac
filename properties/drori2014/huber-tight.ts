/**
 * Drori & Teboulle (2014), arXiv 1206.3209, Theorem 3.2 (the bound of Theorem 3.1 is attained).
 * Provenance: read.
 *
 *   On the Huber function h_τ(x) = L x²/2 (|x| ≤ τ), Lτ|x| − Lτ²/2 (|x| > τ) with τ = R/(2Nh + 1),
 *   GD with step h/L from x0 = R gives exactly f(x_N) − f* = L R²/(4Nh + 2).
 *
 * How it is checked: exact rationals for N in {1, 2, 5, 10, 50}, h in {1/4, 1/2, 1}, L in {1, 3}, R in
 * {1, 7/2}; equality with no tolerance, so agreement proves the listed cases (verified). It also
 * checks that every iterate stayed on the linear piece, which is why the bound is attained.
 * Mutants: the value L R²/(4Nh + 1), and the classical bound L R²/(2Nh) (Nesterov 2004, Cor. 2.1.2 form)
 * claimed as attained: both are refuted by the exact values.
 */
import { casesClaim, classes, linalg, methods, rationals } from 'gdcheck';
const { huberTight, gap } = classes;
const { QA } = linalg;
const { gd, run } = methods;
const { Q } = rationals;
type Q = rationals.Q;

interface Case { L: Q; N: number; h: Q; R: Q }
const CASES: Case[] = [];
for (const N of [1, 2, 5, 10, 50]) for (const h of [new Q(1n, 4n), Q.HALF, Q.ONE]) for (const [L, R] of [[Q.ONE, Q.ONE], [Q.of(3), new Q(7n, 2n)]] as const) CASES.push({ L, N, h, R });

function attained(c: Case): Q {
  const { f, x0 } = huberTight(c);
  const xs = run(QA, gd(c.h.div(c.L)), f, x0, c.N).xs;
  const tau = c.R.div(Q.of(2 * c.N).mul(c.h).add(Q.ONE));
  const off = xs.findIndex((x) => x[0]!.cmp(tau) < 0);
  if (off >= 0 && off < c.N) throw new Error(`iterate ${off} left the linear piece (x = ${xs[off]![0]}, τ = ${tau})`);
  return gap(QA, f, xs[c.N]!);
}
const bound = (c: Case, den: (c: Case) => Q): Q => c.L.mul(c.R).mul(c.R).div(den(c));

export default casesClaim<Case>({
  id: 'drori2014/huber-tight',
  title: 'The Huber function attains L R²/(4Nh + 2) exactly',
  statement: 'GD with step h/L from x0 = R on the Huber function with τ = R/(2Nh + 1) ends with f(x_N) − f* = L R²/(4Nh + 2) (Drori & Teboulle 2014, Theorem 3.2).',
  source: { arxiv: '1206.3209', where: 'Theorem 3.2', catalogue: 'user results (issue 12): Huber tight case' },
  provenance: 'read',
  kind: 'exact',
  expected: 'holds',
  cases: CASES,
  measure: (c) => ({ measured: attained(c), claimed: bound(c, (c) => Q.of(4 * c.N).mul(c.h).add(Q.of(2))) }),
  relation: 'eq',
  tolerance: { abs: 0, reason: 'exact rationals' },
  show: (c) => `L=${c.L} N=${c.N} h=${c.h} R=${c.R}`,
  exact: true,
  precision: 'exact rationals',
  mutants: [
    { id: 'value-4N+1', description: 'claims the attained value L R²/(4Nh + 1)', measure: (c) => ({ measured: attained(c), claimed: bound(c, (c) => Q.of(4 * c.N).mul(c.h).add(Q.ONE)) }) },
    { id: 'classical-2Nh', description: 'claims the classical L R²/(2Nh) is attained', measure: (c) => ({ measured: attained(c), claimed: bound(c, (c) => Q.of(2 * c.N).mul(c.h)) }) },
  ],
});
