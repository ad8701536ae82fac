/**
 * S-C1 / D-FACT-1. Smorodinsky, Gimpleson, Safran, arXiv 2603.02095v1 (abstract: GD "converges to an
 * optimal robustness margin"); the optimum itself is the catalogue's D-FACT-1. Provenance:
 * reconstructed (a derivation of the catalogue, not the paper's text).
 *
 *   For two points x₊ ≠ x₋ ∈ R^d and any two-neuron ReLU net N, the robustness margin
 *   ρ(θ) = min_i inf{‖δ‖ : y_i N(x_i + δ) ≤ 0} satisfies ρ(θ) ≤ ‖x₊ − x₋‖/2 (upper bound, any d), and
 *   the value is attained by N(x) = relu(a·x + c) − relu(−a·x − c), a = x₊ − x₋,
 *   c = −(‖x₊‖² − ‖x₋‖²)/2 (its zero set is the perpendicular bisector).
 *
 * How it is checked: ρ² computed by enumerating activation-pattern polyhedra (src/models/reluMargin.ts),
 * in float64 for the search and in exact rationals for verification; instances are random small
 * rational nets and data in d = 1..3, half of them perturbations of the bisector net (so margins near
 * the bound are common). Attainment: the bisector net on listed point pairs, exactly (verified).
 * Mutants: the bound ‖x₊ − x₋‖/3 (wrong constant); attainment at ‖x₊ − x₋‖ (wrong constant).
 */
import fc from 'fast-check';
import { source } from './_shared.ts';
import { casesClaim, propertyClaim, type Measurement, models, rationals } from 'gdcheck';
const { marginPoly, F64, QF } = models.reluMargin;
const { Q } = rationals;
type ReluNet<T> = models.reluMargin.ReluNet<T>;
type LabelledPoint<T> = models.reluMargin.LabelledPoint<T>;
type Field<T> = models.reluMargin.Field<T>;
type Q = rationals.Q;

interface Instance { xp: Q[]; xm: Q[]; W: Q[][]; b: Q[]; a: Q[] }

const small = (den: number) => fc.tuple(fc.integer({ min: -6, max: 6 }), fc.integer({ min: 1, max: den })).map(([n, d]) => new Q(BigInt(n), BigInt(d)));

/** The bisector net of D-FACT-1 for the pair (xp, xm). */
export function bisector(xp: Q[], xm: Q[]): Pick<Instance, 'W' | 'b' | 'a'> {
  const a = xp.map((v, k) => v.sub(xm[k]!));
  const sq = (x: Q[]): Q => x.reduce((s, v) => s.add(v.mul(v)), Q.ZERO);
  const c = sq(xp).sub(sq(xm)).div(new Q(2n)).neg();
  return { W: [a, a.map((v) => v.neg())], b: [c, c.neg()], a: [Q.ONE, Q.ONE.neg()] };
}

const instances = fc.integer({ min: 1, max: 3 }).chain((d) => {
  const vec = fc.array(fc.integer({ min: -3, max: 3 }).map((n) => Q.of(n)), { minLength: d, maxLength: d });
  const pair = fc.tuple(vec, vec).filter(([p, m]) => p.some((v, k) => !v.eq(m[k]!)));
  const randomNet = fc.record({ W: fc.array(fc.array(small(3), { minLength: d, maxLength: d }), { minLength: 2, maxLength: 2 }), b: fc.array(small(3), { minLength: 2, maxLength: 2 }), a: fc.array(small(2), { minLength: 2, maxLength: 2 }) });
  // A perturbation of the bisector net: margins close to the bound, where a wrong bound shows.
  const nearBisector = (xp: Q[], xm: Q[]) => fc.tuple(fc.array(small(8), { minLength: 2 * d + 2, maxLength: 2 * d + 2 })).map(([e]) => {
    const B = bisector(xp, xm);
    const tiny = (k: number): Q => e[k]!.div(new Q(16n));
    return { W: B.W.map((row, j) => row.map((v, q) => v.add(tiny(j * d + q)))), b: B.b.map((v, j) => v.add(tiny(2 * d + j))), a: B.a };
  });
  return pair.chain(([xp, xm]) => fc.oneof(randomNet, nearBisector(xp, xm)).map((net) => ({ xp, xm, ...net })));
});

function rho2<T>(F: Field<T>, i: Instance): T {
  const conv = (q: Q): T => (F === (QF as unknown as Field<T>) ? (q as unknown as T) : F.from(q.toNumber()));
  const net: ReluNet<T> = { W: i.W.map((r) => r.map(conv)), b: i.b.map(conv), a: i.a.map(conv) };
  const pts: LabelledPoint<T>[] = [{ x: i.xp.map(conv), y: 1 }, { x: i.xm.map(conv), y: -1 }];
  const hit = marginPoly(F, net, pts);
  if (!hit) throw new Error('no perturbation flips a point: impossible for two points with opposite labels');
  return hit.rho2;
}

const dist2 = (i: Instance): Q => i.xp.reduce((s, v, k) => s.add(v.sub(i.xm[k]!).mul(v.sub(i.xm[k]!))), Q.ZERO);

/** ρ² against (‖x₊ − x₋‖/r)², so both sides stay rational. */
const against = (r: number) => (i: Instance, mode: { exact: boolean }): Measurement => {
  const bound = dist2(i).div(new Q(BigInt(r * r)));
  return mode.exact ? { measured: rho2(QF, i), claimed: bound } : { measured: rho2(F64, i), claimed: bound.toNumber() };
};

const show = (i: Instance): string => `x₊=(${i.xp.join(', ')}) x₋=(${i.xm.join(', ')}) W=[${i.W.map((r) => `(${r.join(', ')})`).join(', ')}] b=(${i.b.join(', ')}) a=(${i.a.join(', ')})`;

const upper = propertyClaim<Instance>({
  id: 'smorodinsky2026/D-FACT-1',
  title: 'the robustness margin of any two-neuron net is at most ‖x₊ − x₋‖/2',
  statement: 'Reconstruction (catalogue D-FACT-1, the optimum that S-C1 converges to): for two points with opposite labels and any two-neuron ReLU net, ρ(θ) ≤ ‖x₊ − x₋‖/2; checked as ρ² ≤ ‖x₊ − x₋‖²/4.',
  source: source('abstract (S-C1)', 'S-C1 [READ] / D-FACT-1 [DERIVED]'),
  provenance: 'reconstructed',
  kind: 'upper',
  expected: 'holds',
  instances,
  measure: against(2),
  relation: 'le',
  tolerance: { abs: 0, reason: 'the verifying computation is exact over Q' },
  show,
  precision: { search: 'float64 polyhedra enumeration', verify: 'exact rationals' },
  mutants: [{ id: 'third', description: 'bound ‖x₊ − x₋‖/3 instead of /2', measure: against(3) }],
});

interface Pair { xp: Q[]; xm: Q[] }
const pairs: Pair[] = [
  { xp: [Q.of(1)], xm: [Q.of(-1)] },
  { xp: [Q.of(2)], xm: [Q.of(1)] },
  { xp: [Q.of(1), Q.of(0)], xm: [Q.of(-1), Q.of(0)] },
  { xp: [Q.of(3), Q.of(1)], xm: [Q.of(-1), Q.of(2)] },
  { xp: [Q.parse('1/2'), Q.of(2), Q.of(-1)], xm: [Q.of(0), Q.parse('-3/4'), Q.of(1)] },
];

const attained = (r: number) => (p: Pair): Measurement => ({ measured: rho2(QF, { ...p, ...bisector(p.xp, p.xm) }), claimed: dist2({ ...p, ...bisector(p.xp, p.xm) }).div(new Q(BigInt(r * r))) });

const attain = casesClaim<Pair>({
  id: 'smorodinsky2026/D-FACT-1-attained',
  title: 'the bisector net attains ρ = ‖x₊ − x₋‖/2',
  statement: 'Reconstruction (catalogue D-FACT-1): N(x) = relu(a·x + c) − relu(−a·x − c), a = x₊ − x₋, c = −(‖x₊‖² − ‖x₋‖²)/2, has ρ = ‖x₊ − x₋‖/2 exactly, so the optimum of S-C1 is attained.',
  source: source('abstract (S-C1)', 'S-C1 [READ] / D-FACT-1 [DERIVED]'),
  provenance: 'reconstructed',
  kind: 'identity',
  expected: 'holds',
  cases: pairs,
  measure: attained(2),
  relation: 'eq',
  tolerance: { abs: 0, reason: 'exact rationals on both sides' },
  show: (p) => `x₊=(${p.xp.join(', ')}) x₋=(${p.xm.join(', ')})`,
  exact: true,
  precision: 'exact rationals (ρ² by polyhedra enumeration)',
  mutants: [{ id: 'full-distance', description: 'attains ‖x₊ − x₋‖ instead of half of it', measure: attained(1) }],
});

export default [upper, attain];
