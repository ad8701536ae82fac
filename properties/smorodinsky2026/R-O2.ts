/**
 * R-O2 (reference model R, catalogue §3): a trained output layer changes the rate. Related to arXiv
 * 2603.02095v1 S-C2 (its Θ(1/ln t) points to a fixed second layer [INFERRED]). Provenance:
 * reconstructed observation (a heuristic plus simulations, not a theorem, not the paper's).
 *
 *   With v₁, v₂ trained too, balancedness makes each factor of the margin grow like √(ln t), so the
 *   boundary moves like (K₁+K₂)/√(ln t): gap ≍ (ln t)^-1/2 instead of (ln t)^-1.
 *   Observation encoded: the fitted p in gap ∝ (ln t)^-p on [10⁴, T] lies in [0.25, 0.75], i.e.
 *   nearer 1/2 than the fixed-output value 1 (catalogue, 32 runs: median p = 0.44).
 *
 * How it is checked: R with trained outputs from the verification start, float64 GD to 10⁶·budget,
 * exact gaps; p by least squares of −log gap on log ln t with its 95% interval.
 * Mutant: p in [0.75, 1.25], the fixed-output law Θ(1/ln t) (must be refuted).
 */
import { namedSeries, source, RATE_PRECISION } from './_shared.ts';
import { exponentObservation, models, rates } from 'gdcheck';
import { variant } from './_setting.ts';
const { fitLogExponent } = rates;

const trained = variant({ trainOutputs: true, label: 'reference model R with trained outputs (reconstructed)' });
const WINDOW = 1e4; // the catalogue's window [10⁴, 10⁶]

export default exponentObservation({
  id: 'smorodinsky2026/R-O2',
  title: 'trained outputs: gap ≈ (ln t)^-p with p ≈ 1/2, not 1',
  statement: `Reconstructed observation (catalogue R-O2; the paper's output layer is UNKNOWN): in ${trained.label}, gap ∝ (ln t)^-p with p nearer 1/2 than 1 (fitted p in [0.25, 0.75]).`,
  source: source('abstract (S-C2 setting)', 'R-O2 [DERIVED heuristic + R-SIM]'),
  provenance: 'reconstructed',
  expected: 'holds',
  exponentName: `p in gap ∝ (ln t)^-p on [${WINDOW}, T]`,
  series: (ctx) => namedSeries(ctx, ['verification'], trained),
  fit: (s) => {
    const idx = s.series.t.map((_, i) => i).filter((i) => s.series.t[i]! >= WINDOW);
    if (idx.length < 5) throw new Error(`horizon too short: ${idx.length} checkpoints past t = ${WINDOW}`);
    return fitLogExponent(idx.map((i) => s.series.t[i]!), idx.map((i) => s.series.gap[i]!));
  },
  band: { lo: 0.25, hi: 0.75, reason: 'nearer 1/2 than 1: the law is a heuristic, the catalogue saw p = 0.38–0.49' },
  precision: RATE_PRECISION,
  mutants: [
    { id: 'fixed-output-law', description: 'p in [0.75, 1.25]: Θ(1/ln t) as with a fixed output layer', band: { lo: 0.75, hi: 1.25, reason: 'the fixed-output exponent' } },
  ],
});
