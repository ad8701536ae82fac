/**
 * SS-ABS-2 link (reconstructed). Satpathi & Srikant, arXiv 2105.06569, abstract; the quantity is
 * Arora et al. 2019's (arXiv 1901.08584) generalization term [BACKGROUND-MEMORY in the catalogue].
 * Provenance: reconstructed. The abstract [READ] says the GD limit generalizes well, re-proving
 * Arora et al.'s bound sqrt(2 yᵀ(H∞)⁻¹y / n); the catalogue's inferred link (section 2.2) is that
 * this quantity is the squared norm of the linearised min-norm step. Not the paper's statement:
 *
 *   ‖W* − W0‖_F² = (y − u(0))ᵀ H(0)⁻¹ (y − u(0))  →  yᵀ (H∞)⁻¹ y  as m → ∞ (small κ),
 *   H∞_ij = x_iᵀx_j (π − arccos x_iᵀx_j)/(2π) in closed form; the relative gap is fitted as C·m^a, a < 0.
 *
 * How it is checked: n = 8 unit inputs in d = 5 (seeded), κ = 1e-3 (so u(0) is negligible), widths
 * 64…16384, 16 seeds each (root-mean-square relative gap); H(0) from the activation patterns; both quadratic forms solved in float64
 * and again in decimal.js (the claim is inconclusive if they disagree). Also λ_min(H∞) in both.
 * Mutants: the limit 2·yᵀ(H∞)⁻¹y (a wrong constant: no decrease) and the rate m^-1 (wrong exponent;
 * Monte-Carlo averaging of the patterns gives m^-1/2).
 */
import { fitPower, rateIs, toZero } from './_trend.ts';
import { defineClaim, type Outcome, type RunContext, linalg, models } from 'gdcheck';
import { mean } from './_widthSweep.ts';
const { inverseQuadChecked, lambdaMinChecked } = linalg;
const { rng } = models.mlp;
const { ntkData, ntkInit, empiricalGram, infiniteGram, predict } = models.ntk;

// 16 draws per width: the gap is a signed fluctuation, and its root-mean-square over 16 draws is
// steady enough for the exponent's interval to tell m^-1/2 from m^-1 at every seed we tried.
const SEEDS = 16, KAPPA = 1e-3;

interface Sweep { rows: { m: number; gap: number }[]; yHy: number; lam0: number; issue?: string }
const cache = new Map<string, Sweep>();

function sweep(ctx: RunContext, factor: number): Sweep {
  const key = `${ctx.seed}:${ctx.budget}:${factor}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const data = ntkData(8, 5, rng(ctx.seed + 1));
  const Hinf = infiniteGram(data);
  const q = inverseQuadChecked(Hinf, data.y);
  const lam = lambdaMinChecked(Hinf);
  let issue: string | undefined;
  if (q.diff > 1e-9 * Math.abs(q.f64)) issue = `yᵀH∞⁻¹y: float64 ${q.f64} vs decimal ${q.hp.toSignificantDigits(12)}`;
  if (!(lam.f64 > 10 * lam.bound) || lam.diff > 1e-9) issue ??= `λ_min(H∞) not resolved (${lam.f64} ± ${lam.bound})`;
  const target = factor * q.f64;
  const rows: Sweep['rows'] = [];
  const top = Math.round(16384 * Math.min(ctx.budget, 8));
  for (let m = 64; m <= top; m *= 4) {
    const gaps: number[] = [];
    for (let s = 0; s < SEEDS; s++) {
      const net = ntkInit(m, data.d, KAPPA, rng(ctx.seed * 17 + m + s));
      const u0 = predict(net, net.W, data);
      const c = inverseQuadChecked(empiricalGram(net, net.W, data), data.y.map((y, i) => y - u0[i]!), 30);
      if (c.diff > 1e-8 * Math.abs(c.f64)) issue ??= `‖W*−W0‖² float64 vs decimal differ at m=${m}`;
      gaps.push(((c.f64 - target) / target) ** 2);
    }
    rows.push({ m, gap: Math.sqrt(mean(gaps)) });
  }
  const out = { rows, yHy: q.f64, lam0: lam.f64, issue };
  cache.set(key, out);
  return out;
}

function decide(ctx: RunContext, factor: number, rule: typeof toZero): Outcome {
  const s = sweep(ctx, factor);
  const fit = fitPower(s.rows.map((r) => r.m), s.rows.map((r) => r.gap));
  const details = [
    `yᵀ(H∞)⁻¹y = ${s.yHy.toPrecision(8)}, λ_min(H∞) = ${s.lam0.toPrecision(6)} (float64 = decimal to 1e-9)`,
    'm        rms of (‖W*−W0‖² − c·yᵀH∞⁻¹y) / (c·yᵀH∞⁻¹y) over the draws' + (factor !== 1 ? ` (c = ${factor})` : ''),
    ...s.rows.map((r) => `${String(r.m).padEnd(8)} ${r.gap.toExponential(3)}`),
  ];
  const base = { instances: s.rows.length * SEEDS, precision: 'float64, every solve repeated in decimal.js (30-40 digits)', seed: ctx.seed, details };
  if (s.issue) return { ...base, verdict: 'inconclusive', reason: s.issue };
  return rule(fit, base);
}

export default defineClaim({
  id: 'srikant2021/SS-NORM',
  title: '‖W* − W0‖² approaches yᵀ(H∞)⁻¹y as the width grows',
  statement: 'Reconstruction (catalogue 2.2 link behind SS-ABS-2, not the paper\'s statement): with κ small, ‖W* − W0‖_F² = (y−u0)ᵀH(0)⁻¹(y−u0) → yᵀ(H∞)⁻¹y, H∞ the arccos kernel; relative gap fitted as C·m^a with a < 0.',
  source: { arxiv: '2105.06569', where: 'abstract (Arora et al. 2019 quantity)', catalogue: 'SS-ABS-2 [READ] via section 2.2 [INFERRED/BACKGROUND-MEMORY]' },
  provenance: 'reconstructed',
  kind: 'limit',
  expected: 'holds',
  run: (ctx) => decide(ctx, 1, toZero),
  mutants: [
    { id: 'twice-the-norm', description: 'limit 2·yᵀ(H∞)⁻¹y (a wrong constant)', run: (ctx) => decide(ctx, 2, toZero) },
    { id: 'rate-1-over-m', description: 'gap ∝ m^-1 (a wrong exponent)', run: (ctx) => decide(ctx, 1, (f, b) => rateIs(f, -1, b)) },
  ],
});
