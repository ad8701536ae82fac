/**
 * S-C6, "prohibitively slow": squaring t only halves the gap. Smorodinsky, Gimpleson, Safran, arXiv
 * 2603.02095v1, abstract ("this convergence occurs at a prohibitively slow rate"); the quantitative
 * form is the catalogue's corollary of S-C2. Provenance: reconstructed, in the reference model R.
 *
 *   Where gap·ln t converges (R, starts with K₁+K₂ ≠ 0): gap(t²)/gap(t) → 1/2.
 *
 * How it is checked: one R run (verification start) with checkpoints at t and t² for t log-spaced in
 * [10², √T], T = 10⁶·budget; gaps exact at the checkpoints. Each t is a case, ratio against 1/2 within
 * 0.06 (R-T1 predicts 1/2 + (Δ/2 + ln ηD)/(4 ln(ηDt)) + …, Δ = K₁ − K₂: −0.03 at t = 10³, plus an
 * early m₁−m₂ transient). No extrapolation: with t ≤ 10³ the ratios are not yet monotone in 1/ln t, and
 * a line through them points the wrong way; --budget 100 reaches t = 10⁴.
 * Mutants: the limit 1/√2 (what a Θ((ln t)^-1/2) rate gives) and 1/4 (a Θ((ln t)^-2) rate).
 */
import { horizon, replaySteps, source } from './_shared.ts';
import { casesClaim, type Measurement, type RunContext, models } from 'gdcheck';
import { R } from './_setting.ts';
import { run } from './_runs.ts';
const { logCheckpoints } = models.twoNeuron;

interface Case { label: string; ratio: number; note: string }

function cases(ctx: RunContext): Case[] {
  const T = horizon(ctx);
  const ts = logCheckpoints(Math.floor(Math.sqrt(T)), 5).filter((t) => t >= 100);
  if (ts.length < 2) throw new Error(`horizon ${T} too short: need t² ≤ T for at least two t ≥ 100`);
  const r = run({ setting: R, init: R.inits.verification!, T, extra: ts.flatMap((t) => [t, t * t]), replaySteps: replaySteps(ctx), digits: ctx.digits, progress: ctx.progress });
  const gapAt = (t: number): number => {
    const k = r.traj.t.indexOf(t);
    if (k < 0) throw new Error(`no checkpoint at t = ${t}`);
    return r.gap[k]!;
  };
  const out: Case[] = ts.map((t) => ({ label: `t = ${t}`, ratio: gapAt(t * t) / gapAt(t), note: `gap(t) = ${gapAt(t).toPrecision(6)}, gap(t²) = ${gapAt(t * t).toPrecision(6)}` }));
  out[out.length - 1]!.note += `; high-precision replay drift ${r.drift?.maxRelDiff.toExponential(2) ?? '-'}`;
  return out;
}

const against = (limit: number) => (c: Case): Measurement => ({ measured: c.ratio, claimed: limit, note: c.note });

export default casesClaim<Case>({
  id: 'smorodinsky2026/S-C6',
  title: 'gap(t²)/gap(t) → 1/2 (squaring t halves the gap)',
  statement: `Reconstruction (catalogue S-C6 corollary of S-C2, in ${R.label}; the paper says only "prohibitively slow"): for the verification start, gap(t²)/gap(t) → 1/2.`,
  source: source('abstract', 'S-C6 [READ] + corollary [DERIVED], E8'),
  provenance: 'reconstructed',
  kind: 'limit',
  expected: 'holds',
  cases,
  measure: against(0.5),
  relation: 'eq',
  tolerance: { abs: 0.06, reason: 'R-T1 predicts an O(1/ln t) approach to 1/2 (−0.04 at t = 10³); E8 suggests the band [0.45, 0.6]' },
  show: (c) => c.label,
  exact: false,
  precision: 'float64 GD; exact gaps at t and t²',
  mutants: [
    { id: 'sqrt-law', description: 'limit 1/√2, as under gap = Θ((ln t)^-1/2)', measure: against(Math.SQRT1_2) },
    { id: 'square-law', description: 'limit 1/4, as under gap = Θ((ln t)^-2)', measure: against(0.25) },
  ],
});
