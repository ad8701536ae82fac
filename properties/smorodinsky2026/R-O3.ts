/**
 * R-O3 (reference model R, catalogue §3): data geometry matters; u < 1 leaves the slow regime.
 * Related to arXiv 2603.02095v1 S-C2/S-C4. Provenance: reconstructed observation (simulations).
 *
 *   For data ±u with u < 1 the specialized pattern P* is unstable (R-L3): both neurons end up active
 *   on both points, the net is affine between them, and the gap dies polynomially, about t^-1.
 *   Observation encoded: at u = 1/2 (verification start), the fitted a in gap ∝ t^-a on
 *   [10³, T] lies in [0.75, 1.5] (catalogue: ≈ t^-1 from two checkpoints).
 *
 * How it is checked: float64 GD to 10⁶·budget, exact gaps, least squares of −log gap on log t with
 * its 95% interval. Mutant: "Θ(1/ln t) also at u = 1/2", decided by the rate engine (catalogue E7).
 */
import { namedSeries, source, RATE_PRECISION } from './_shared.ts';
import { exponentObservation, models, rates } from 'gdcheck';
import { variant } from './_setting.ts';
const { fitLine } = rates;

const half = variant({ xPlus: 0.5, xMinus: -0.5, u: 0.5, label: 'reference model R with u = 1/2 (reconstructed)' });
const WINDOW = 1e3;

export default exponentObservation({
  id: 'smorodinsky2026/R-O3',
  title: 'u = 1/2: the gap decays polynomially (a ≈ 1), not like 1/ln t',
  statement: `Reconstructed observation (catalogue R-O3; the paper's data are UNKNOWN): in ${half.label}, from the verification start, gap ∝ t^-a with a in [0.75, 1.5].`,
  source: source('abstract (S-C2 hypotheses)', 'R-O3 [R-SIM], R-L3 [DERIVED]'),
  provenance: 'reconstructed',
  expected: 'holds',
  exponentName: `a in gap ∝ t^-a on [${WINDOW}, T]`,
  series: (ctx) => namedSeries(ctx, ['verification'], half),
  fit: (s) => {
    const idx = s.series.t.map((_, i) => i).filter((i) => s.series.t[i]! >= WINDOW);
    if (idx.length < 5) throw new Error(`horizon too short: ${idx.length} checkpoints past t = ${WINDOW}`);
    return fitLine(idx.map((i) => Math.log(s.series.t[i]!)), idx.map((i) => -Math.log(s.series.gap[i]!)));
  },
  band: { lo: 0.75, hi: 1.5, reason: 'about t^-1; a log factor (as in 1/(t ln t)) raises the finite-window fit' },
  precision: RATE_PRECISION,
  mutants: [
    { id: 'inv-log', description: 'gap = Θ(1/ln t) also at u = 1/2 (the u ≥ 1 rate)', claimed: { law: 'inv-log' } },
  ],
});
