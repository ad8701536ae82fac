/**
 * S-C2 read as "for every initialization": a counter-case. Smorodinsky, Gimpleson, Safran, arXiv
 * 2603.02095v1, abstract (S-C2) and the catalogue's R-T1 counter-case. Provenance: reconstructed.
 *
 *   Claim as tested: gap = Θ(1/ln t) for EVERY start in the specialized pattern P* of R.
 *   Expected: refuted. R-T1 gives gap ≈ u|K₁+K₂|/(2u ln(ηDt) + K₁ − K₂) + |m₁−m₂|/(…); the symmetric
 *   start K₁ + K₂ = 0 leaves only the second term, O(1/(t ln t)), so the lower bound c/ln t fails.
 *   Any Θ(1/ln t) theorem (S-C2) must exclude such starts in its hypothesis.
 *
 * How it is checked: as S-C2 (catalogue E7) on the starts 'verification', 'asymmetric' and 'symmetric'
 * (K₁ = 1.25, K₂ = −1.25, exact in binary); the symmetric run must be refuted.
 * Mutant: the same universal claim with Θ((ln t)^-1/2), also refuted.
 */
import { namedSeries, source, RATE_PRECISION } from './_shared.ts';
import { rateClaim, models } from 'gdcheck';
import { R } from './_setting.ts';

export default rateClaim({
  id: 'smorodinsky2026/S-C2-every-init',
  title: 'Θ(1/ln t) for every initialization (counter-case: K₁+K₂ = 0)',
  statement: `Reconstruction (not the paper's statement): in ${R.label}, gap = Θ(1/ln t) for every start in P*, including the symmetric start K₁ + K₂ = 0. Expected refuted: there the gap is O(1/(t ln t)).`,
  source: source('abstract', 'S-C2 [READ] vs R-T1 counter-case [DERIVED]'),
  provenance: 'reconstructed',
  expected: 'refuted',
  claimed: { law: 'inv-log' },
  series: (ctx) => namedSeries(ctx, ['verification', 'asymmetric', 'symmetric']),
  precision: RATE_PRECISION,
  mutants: [
    { id: 'inv-sqrt-log', description: 'the universal claim with Θ((ln t)^-1/2)', claimed: { law: 'inv-sqrt-log' } },
  ],
});
