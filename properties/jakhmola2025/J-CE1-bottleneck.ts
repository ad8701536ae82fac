/**
 * J-CE1: J-THM1 as summarised, refuted by a width-1 bottleneck. Jakhmola, arXiv 2509.23887v1,
 * Theorem 3.1 as the AI-written reviews state it (READ-AI); the counterexample is the catalogue's
 * own construction. Provenance: secondary (the statement tested is the summary, not the paper's
 * text, whose third hypothesis J-ASM4 is UNKNOWN). Expected verdict: refuted.
 *
 *   Claim under test: for any network in the class (polynomial layers, piecewise non-zero polynomial
 *   activation such as leaky-ReLU) with P ≥ nM and absolutely continuous data and init, the GF loss
 *   tends to 0 exponentially, L(θ(t)) = O(e^{−2λ0 t}).
 *   Counterexample: f(x) = v·σ(s(x)) + b (MLP 6-8-1-3, leaky-ReLU 0.1), n = M = 3, P = 71 ≥ 9. Every
 *   output lies on a line, so L(θ) ≥ ½λ₂(S) > 0 for every θ (S the targets' centered scatter).
 *
 * How it is checked: the floor ½λ₂(S) in decimal.js (Jacobi, with its error bound: the lower end
 * must be > 0); a GD run (η = 0.5/λ_max(G)) shows the loss reaching that floor and rank G = 7 < 9;
 * the exact instance with targets e1, e2, e3 has floor exactly 1/2.
 * Mutant: "the bottleneck cannot beat a constant predictor" (floor ½Σ‖y_j − ȳ‖², a wrong law),
 * refuted by the GD iterate's loss, recomputed in decimal.js, lying below it.
 */
import { ce1, describeCe1 } from './_bottleneck.ts';
import { defineClaim, type Outcome, type RunContext } from 'gdcheck';

function details(ctx: RunContext): string[] {
  const c = ce1(ctx);
  return [
    `predicted floor ½λ₂(S) = ${c.floor.value.toSignificantDigits(12)} (decimal, certified lower end ${c.floor.lo.toSignificantDigits(6)}; float64 ${c.floor.f64.toPrecision(12)})`,
    `GD (${c.trace.steps} steps, t = ${c.trace.points.at(-1)!.t.toFixed(1)}): L = ${c.finalLossHp.toPrecision(10)} (recomputed in decimal), ratio to the floor ${(c.finalLossHp / c.floor.value.toNumber()).toFixed(6)}`,
    `numerical rank of G = JJᵀ: ${c.rank0} at t = 0, ${c.rankT} at the end (nM = 9)`,
    `constant-predictor level ½Σ‖y_j − ȳ‖² = ${c.pointFloor.toPrecision(8)}`,
    `exact instance: targets e1, e2, e3 (any θ, any data): floor = ${c.exactFloor} (= 1/2)`,
  ];
}

function run(ctx: RunContext): Outcome {
  const c = ce1(ctx);
  const base = { instances: 1, seed: ctx.seed, precision: `floor by Jacobi in decimal.js (${50} digits) with error bound; GD in float64`, details: details(ctx) };
  if (!c.floor.lo.gt(0)) return { ...base, verdict: 'inconclusive', reason: 'the loss floor is not certified positive (targets nearly collinear)' };
  return {
    ...base, verdict: 'refuted',
    reason: `L(θ) ≥ ½λ₂(S) = ${c.floor.value.toSignificantDigits(8)} > 0 for every θ, so L(θ(t)) does not tend to 0 although P = ${c.inst.P} ≥ nM = 9`,
    path: '0', // deterministic in the seed: replay re-runs the whole check
    counterexample: { instance: describeCe1(c), measured: `inf_t L(θ(t)) ≥ ${c.floor.lo.toSignificantDigits(12)}`, claimed: 'lim L(θ(t)) = 0', gap: c.floor.lo.toSignificantDigits(12).toString(), verifiedWith: 'decimal.js Jacobi eigenvalues (50 digits) with Weyl error bound' },
  };
}

function pointFloorMutant(ctx: RunContext): Outcome {
  const c = ce1(ctx);
  const base = { instances: 1, seed: ctx.seed, precision: 'loss of the final GD iterate recomputed in decimal.js' };
  if (c.finalLossHp < c.pointFloor * (1 - 1e-9))
    return { ...base, verdict: 'refuted', reason: `GD reaches L = ${c.finalLossHp.toPrecision(8)} < ½Σ‖y_j − ȳ‖² = ${c.pointFloor.toPrecision(8)} (loss recomputed in decimal at the float64 iterate)` };
  return { ...base, verdict: 'inconclusive', reason: `GD stayed at L = ${c.finalLossHp} ≥ the constant-predictor level` };
}

export default defineClaim({
  id: 'jakhmola2025/J-CE1',
  title: 'J-THM1 as summarised fails for a width-1 bottleneck (loss floor > 0 with P ≥ nM)',
  statement: 'J-THM1 as the secondary sources state it (P ≥ nM, absolutely continuous data and init ⇒ L(θ(t)) → 0 exponentially), tested on f(x) = v·σ(s(x)) + b with M = n = 3: every output lies on a line, so L ≥ ½λ₂(S) > 0.',
  source: { arxiv: '2509.23887', version: 'v1', where: 'Theorem 3.1 (as summarised)', catalogue: 'J-CE1 (our construction) against J-THM1 [READ-AI]' },
  provenance: 'secondary',
  kind: 'limit',
  expected: 'refuted',
  run,
  mutants: [{ id: 'point-floor', description: 'floor ½Σ‖y_j − ȳ‖² (the bottleneck no better than a constant: a wrong law)', run: pointFloorMutant }],
});
