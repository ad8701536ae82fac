/**
 * Lessard, Recht, Packard (2016), "Analysis and design of optimization algorithms via integral
 * quadratic constraints", SIAM J. Optim. 26(1), arXiv 1408.3595, §4.6 (eq. 4.11). Provenance: read.
 *
 *   Heavy ball with the tuning that is optimal on quadratics, α = 4/(√L + √μ)², β = ((√κ − 1)/(√κ + 1))²,
 *   does not converge on every μ-strongly convex L-smooth function: on the piecewise quadratic (4.11)
 *   with μ = 1, L = 25 (α = 1/9, β = 4/9) it has a limit cycle of period 3.
 *
 * How it is checked: the function is built from its curvatures (25, 1, 25 on x < 1, [1, 2), x ≥ 2) and
 * passes the exact class checker (C¹, curvatures in [1, 25]). Every assignment of the 3 points of a
 * period-3 orbit to the pieces gives a linear system, solved in exact rationals; consistent solutions
 * are cycles, and each is re-run step by step in exact rationals to return to itself. So the cycle is
 * proved, not observed: verified. (Its attraction from x0 ∈ [3.07, 3.46] is tested in float64 in
 * test/classes/classes.test.ts.)
 * Mutants: "the cycle has period 2" (no exact 2-cycle exists), and "the same tuning cycles on the
 * quadratic 25x²/2" (heavy ball converges on quadratics: no cycle exists).
 */
import { casesClaim, classes, linalg, methods, rationals } from 'gdcheck';
const { lessardFunction, fromCurvatures, checkPiecewise, separable } = classes;
const { QA } = linalg;
const { heavyBall, heavyBallCycles } = methods;
const { Q } = rationals;
type Piecewise1D = classes.Piecewise1D;

interface Case { name: string; h: () => Piecewise1D; period: number }
const alpha = new Q(1n, 9n), beta = new Q(4n, 9n);

/** Number of exact cycles of the period, each re-run exactly for two periods (throws if one does not return). */
function cycles(c: Case): { count: number; shown: string } {
  const h = c.h();
  const ok = checkPiecewise(h, { mu: Q.ONE, L: Q.of(25) });
  if (ok !== true) throw new Error(`not in the class S(1, 25): ${ok}`);
  const found = heavyBallCycles(h, alpha, beta, c.period);
  const f = separable([h]), m = heavyBall(alpha, beta), P = c.period;
  for (const cyc of found) {
    let s = { x: [cyc[1 % P]!], mem: [[cyc[0]!]] };
    for (let k = 0; k < 2 * P; k++) {
      s = m.step(QA, f, s, k);
      if (!s.x[0]!.eq(cyc[(k + 2) % P]!)) throw new Error(`orbit ${cyc.join(', ')} does not return exactly at step ${k}`);
    }
  }
  return { count: found.length, shown: found.map((cyc) => `(${cyc.join(', ')})`).join(' and ') || 'none' };
}

const measure = (c: Case) => { const r = cycles(c); return { measured: r.count, claimed: 1, note: `exact period-${c.period} orbits: ${r.shown}` }; };

export default casesClaim<Case>({
  id: 'lessard2016/heavy-ball-cycle',
  title: 'Heavy ball with quadratic-optimal tuning cycles on a strongly convex smooth function',
  statement: 'On f of eq. (4.11) (μ = 1, L = 25), heavy ball with α = 4/(√L + √μ)² = 1/9 and β = ((√κ − 1)/(√κ + 1))² = 4/9 has a period-3 orbit, so it does not converge to x* = 0 from every start (Lessard, Recht, Packard 2016, §4.6).',
  source: { arxiv: '1408.3595', where: '§4.6, eq. (4.11)', catalogue: 'user results (issue 12): heavy ball fails on a piecewise quadratic' },
  provenance: 'read',
  kind: 'exact',
  expected: 'holds',
  cases: [{ name: 'Lessard (4.11)', h: lessardFunction, period: 3 }],
  measure,
  relation: 'ge',
  tolerance: { abs: 0, reason: 'a count of exact rational orbits' },
  show: (c) => `${c.name}, period ${c.period}, α = 1/9, β = 4/9`,
  exact: true,
  precision: 'exact rationals',
  mutants: [
    { id: 'period-2', description: 'claims a period-2 cycle', cases: [{ name: 'Lessard (4.11)', h: lessardFunction, period: 2 }] },
    { id: 'on-a-quadratic', description: 'claims the same tuning cycles on the quadratic 25x²/2', cases: [{ name: 'quadratic 25x²/2', h: () => fromCurvatures([], [Q.of(25)]), period: 3 }] },
  ],
});
