/**
 * S-C2 in the reference model R. Smorodinsky, Gimpleson, Safran, arXiv 2603.02095v1, abstract.
 * Provenance: reconstructed (the paper's claim is READ at abstract level; the setting is the
 * catalogue's reference model R, which stands in for the paper's unavailable setting).
 *
 *   The robustness-margin gap of GD converges strictly at rate Θ(1/ln t):
 *   c/ln t ≤ ρ* − ρ(θ_t) ≤ C/ln t for t ≥ t₀, here for R's starts with K₁ + K₂ ≠ 0.
 *
 * How it is checked: float64 GD on the full network to T = 10⁶·budget with log-spaced checkpoints,
 * exact margins, a high-precision replay of a prefix; then the rate judge (src/rates/rateDecide.ts)
 * on q = gap·ln t: no drift model of q ((ln t)^κ, t^α) fits decisively better than a bounded one, q stays
 * within ×1.5 over the last two decades with a shrinking trend, and a(t)·ln t is near 1.
 * Mutants: gap = Θ(1/t), Θ(t^-1/2), Θ((ln t)^-1/2); each must be refuted on the same runs.
 */
import { namedSeries, source, RATE_PRECISION } from './_shared.ts';
import { rateClaim, models } from 'gdcheck';
import { R } from './_setting.ts';

export default rateClaim({
  id: 'smorodinsky2026/S-C2',
  title: 'gap = Θ(1/ln t) in the reference model R',
  statement: `Reconstruction standing in for the paper's S-C2 (abstract: the robustness margin converges "strictly as Θ(1/ln t)"), in ${R.label}: for the starts 'verification' and 'asymmetric' (both in the specialized pattern P*, K₁+K₂ ≠ 0), c/ln t ≤ ρ* − ρ(θ_t) ≤ C/ln t.`,
  source: source('abstract', 'S-C2 [READ] in R (R-T1, E6, E7 [DERIVED])'),
  provenance: 'reconstructed',
  expected: 'holds',
  claimed: { law: 'inv-log' },
  series: (ctx) => namedSeries(ctx, ['verification', 'asymmetric']),
  precision: RATE_PRECISION,
  mutants: [
    { id: 'one-over-t', description: 'gap = Θ(1/t) (the aggressive-step rate of linear models)', claimed: { law: 'power', a: 1 } },
    { id: 't-minus-half', description: 'gap = Θ(t^-1/2): a polynomial rate', claimed: { law: 'power', a: 0.5 } },
    { id: 'inv-sqrt-log', description: 'gap = Θ((ln t)^-1/2): the trained-output rate of R-O2', claimed: { law: 'inv-sqrt-log' } },
  ],
});
