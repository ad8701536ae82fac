/**
 * J-CE2: the ReLU case of J-THM1 as summarised fails with positive probability (a dead unit).
 * Jakhmola, arXiv 2509.23887v1, Theorem 3.1 and its ReLU extension "by limiting arguments" as the
 * AI-written reviews state them (READ-AI); the counterexample is the catalogue's construction.
 * Provenance: secondary. Expected verdict: refuted.
 *
 *   Claim under test: with ReLU, P ≥ nM and Gaussian data and init, L(θ(t)) → 0 almost surely.
 *   Counterexample: f(x) = v·ReLU(wᵀx + c) + b, N = 10, n = 5, M = 1, P = 13 ≥ 5, standard Gaussian
 *   init. If wᵀx_j + c < 0 for every j (an open set of inits, so of positive probability), the
 *   gradients in w, c, v vanish and stay zero, only b moves, and L(t) ≥ ½Σ_j (y_j − ȳ)² > 0 for all t.
 *
 * How it is checked: seeded inits are drawn until one is dead, checked exactly in rationals (every
 * float64 is a dyadic rational); the floor ½Σ(y_j − ȳ)² is exact; GD from the dead init reaches it;
 * the probability of the event is estimated by Monte Carlo over the budget's draws.
 * Mutant: "in the dead event nothing trains: L(t) = L(0)" (a wrong law), refuted by GD's loss,
 * recomputed exactly in rationals, lying below L(0).
 */
import { defineClaim, type Outcome, type RunContext, dynamics, linalg, models, rationals } from 'gdcheck';
import { deadUnit, meanFloor, mlpInstance, type MlpInstance } from './_instances.ts';
const { gradientDescent } = dynamics;
const { F64, QA } = linalg;
const { dataIn, loss, showMlp } = models.mlp;
const { Q } = rationals;
type Mlp = models.mlp.Mlp;
type Q = rationals.Q;

const NET: Mlp = { widths: [10, 1, 1], act: { kind: 'relu' } };
const N_DATA = 5;

interface Ce2 { inst: MlpInstance; maxPre: Q; floor: Q; L0: Q; LT: Q; steps: number; dead: number; draws: number; tried: number }
const cache = new Map<string, Ce2 | null>();

function ce2(ctx: RunContext): Ce2 | null {
  const key = `${ctx.seed}:${ctx.budget}`;
  if (cache.has(key)) return cache.get(key)!;
  const draws = Math.round(4000 * ctx.budget);
  let dead = 0, found: MlpInstance | undefined, tried = 0;
  for (let i = 0; i < draws; i++) {
    const inst = mlpInstance(NET, N_DATA, ctx.seed * 4099 + i, { scale: 'standard' });
    // float64 for the Monte Carlo count; the instance we report is re-checked exactly below.
    const th = inst.theta0;
    const deadF = inst.data.X.every((x) => x.reduce((s, v, k) => s + v * th[k]!, th[10]!) < 0);
    if (deadF) { dead++; if (!found && deadUnit(inst).dead) { found = inst; tried = i + 1; } }
  }
  if (!found) { cache.set(key, null); return null; }
  const D = dataIn(QA, found.data);
  const L0 = loss(QA, found.net, found.theta0.map((v) => Q.fromNumber(v)), D);
  // GD with η = 0.1: in the dead region only b moves, b_{k+1} − ȳ = (1 − nη)(b_k − ȳ).
  const gd = gradientDescent(F64, found.net, found.data, found.theta0, 0.1, 200);
  const LT = loss(QA, found.net, gd.theta.map((v) => Q.fromNumber(v)), D);
  const out = { inst: found, maxPre: deadUnit(found).maxPre, floor: meanFloor(found.data.Y.map((r) => r[0]!)), L0, LT, steps: gd.steps, dead, draws, tried };
  cache.set(key, out);
  return out;
}

const show = (q: Q, digits = 10): string => q.toDecimal().toSignificantDigits(digits).toString();

function run(ctx: RunContext): Outcome {
  const c = ce2(ctx);
  if (!c) return { verdict: 'inconclusive', reason: 'no dead initialisation among the budget\'s draws', instances: 0, precision: 'exact rationals' };
  const p = c.dead / c.draws, se = Math.sqrt((p * (1 - p)) / c.draws);
  const theta = c.inst.theta0;
  const details = [
    `P(dead unit at init) ≈ ${p.toFixed(4)} ± ${(1.96 * se).toFixed(4)} (${c.dead} of ${c.draws} draws of data and init; the catalogue's ≈ 0.081 was for one fixed dataset)`,
    `first dead init at draw ${c.tried}: max_j (wᵀx_j + c) = ${show(c.maxPre)} < 0 (exact)`,
    `predicted floor ½Σ(y_j − ȳ)² = ${show(c.floor, 14)} (exact rational); L(0) = ${show(c.L0)}; GD ${c.steps} steps: L = ${show(c.LT, 14)} (exact at the iterate)`,
    `exact instance: w = [${theta.slice(0, 10).join(', ')}], c = ${theta[10]}, v = ${theta[11]}, b = ${theta[12]}; y = [${c.inst.data.Y.map((r) => r[0]).join(', ')}] (float64 values, exact as dyadics)`,
  ];
  const base = { instances: c.draws, seed: ctx.seed, precision: 'exact rationals (dead-unit test, floor, loss); GD in float64', details };
  if (c.floor.sign() <= 0) return { ...base, verdict: 'inconclusive', reason: 'targets all equal: floor 0' };
  return {
    ...base, verdict: 'refuted',
    reason: `a dead ReLU unit at init (an open set of inits, estimated probability ${p.toFixed(3)}) freezes w, c, v: L(t) ≥ ½Σ(y_j − ȳ)² = ${show(c.floor, 8)} > 0 for all t`,
    path: '0', // deterministic in the seed: replay re-runs the whole check
    counterexample: { instance: `${showMlp(NET)}, n=5, M=1, P=13 ≥ nM=5, standard Gaussian data and init, seed ${c.inst.seed}`, measured: `inf_t L(θ(t)) ≥ ${show(c.floor, 14)}`, claimed: 'lim L(θ(t)) = 0 almost surely', gap: show(c.floor, 14), verifiedWith: 'exact rationals' },
  };
}

function frozenMutant(ctx: RunContext): Outcome {
  const c = ce2(ctx);
  if (!c) return { verdict: 'inconclusive', reason: 'no dead initialisation found', instances: 0, precision: 'exact rationals' };
  const base = { instances: 1, seed: ctx.seed, precision: 'exact rationals at the GD iterate' };
  if (c.LT.cmp(c.L0) < 0) return { ...base, verdict: 'refuted', reason: `the output bias still trains: L = ${show(c.LT)} < L(0) = ${show(c.L0)} (exact)` };
  return { ...base, verdict: 'inconclusive', reason: 'GD did not lower the loss' };
}

export default defineClaim({
  id: 'jakhmola2025/J-CE2',
  title: 'J-THM1 as summarised fails for ReLU with positive probability (dead unit)',
  statement: 'The ReLU case of J-THM1 as the secondary sources state it (L(θ(t)) → 0 almost surely for P ≥ nM, Gaussian data and init), tested on f(x) = v·ReLU(wᵀx + c) + b, N = 10, n = 5: a dead unit at init freezes w, c, v and L(t) ≥ ½Σ(y_j − ȳ)² > 0.',
  source: { arxiv: '2509.23887', version: 'v1', where: 'Theorem 3.1, ReLU extension (as summarised)', catalogue: 'J-CE2 (our construction) against J-THM1/J-COR-RELU [READ-AI]' },
  provenance: 'secondary',
  kind: 'limit',
  expected: 'refuted',
  run,
  mutants: [{ id: 'frozen', description: 'in the dead event nothing trains, L(t) = L(0) (a wrong law)', run: frozenMutant }],
});
