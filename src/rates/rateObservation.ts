/**
 * An observed exponent (a reconstruction's "about (ln t)^-1/2", "about t^-1"): a fitted exponent
 * with its 95% interval, against a stated band. holds when the whole interval lies in the band,
 * refuted when it lies wholly outside, inconclusive when it straddles an edge. Mutants state another
 * band, or a rate law decided by rateDecide.ts on the same series.
 */
import { defineClaim } from '../core/define.ts';
import { checkClaimSpec } from '../core/validate.ts';
import type { Claim, ClaimMeta, Outcome, RunContext } from '../core/claim.ts';
import type { LineFit } from './fit.ts';
import { runRate, type NamedSeries } from './rateClaim.ts';
import type { ClaimedLaw, RateOptions } from './rateDecide.ts';

export interface Band { lo: number; hi: number; reason: string }

export interface ObservationSpec extends Omit<ClaimMeta, 'kind'> {
  /** What the exponent is: 'p in gap ∝ (ln t)^-p on [10⁴, T]'. */
  exponentName: string;
  series(ctx: RunContext): NamedSeries[] | Promise<NamedSeries[]>;
  /** The fit of the exponent on one series (slope = the exponent). */
  fit(s: NamedSeries): LineFit;
  band: Band;
  precision: string;
  mutants: ({ id: string; description: string } & ({ band: Band } | { claimed: ClaimedLaw; options?: Partial<RateOptions> }))[];
}

async function judge(spec: ObservationSpec, band: Band, ctx: RunContext): Promise<Outcome> {
  const all = await spec.series(ctx);
  // No run is no evidence: "inside the band on all 0 run(s)" held while checking nothing.
  if (all.length === 0) return { verdict: 'inconclusive', reason: 'no runs: series() returned none, so nothing was checked', instances: 0, precision: spec.precision };
  const details: string[] = [];
  let inside = 0;
  const straddle: string[] = [];
  for (const s of all) {
    const f = spec.fit(s);
    const [lo, hi] = f.slopeCI;
    details.push(`${s.name}: ${spec.exponentName} = ${f.slope.toFixed(4)} (95% CI [${lo.toFixed(4)}, ${hi.toFixed(4)}], ${f.points} points), band [${band.lo}, ${band.hi}]`, ...(s.series.notes ?? []).map((l) => `  ${l}`));
    if (hi < band.lo || lo > band.hi) {
      return {
        verdict: 'refuted', reason: `${s.name}: ${spec.exponentName} = ${f.slope.toFixed(4)}, CI [${lo.toFixed(4)}, ${hi.toFixed(4)}] outside [${band.lo}, ${band.hi}]`,
        instances: inside + 1, precision: spec.precision, details,
        counterexample: { instance: s.name, measured: `${f.slope.toFixed(6)} [${lo.toFixed(6)}, ${hi.toFixed(6)}]`, claimed: `[${band.lo}, ${band.hi}]`, gap: (hi < band.lo ? band.lo - hi : lo - band.hi).toPrecision(4), verifiedWith: s.series.provenance ?? 'nothing: the values are as supplied, not recomputed by gdcheck' },
      };
    }
    if (lo >= band.lo && hi <= band.hi) inside++;
    else straddle.push(s.name);
  }
  if (straddle.length) return { verdict: 'inconclusive', reason: `the interval straddles the band's edge for ${straddle.join(', ')}`, instances: inside, precision: spec.precision, details };
  return { verdict: 'holds', reason: `${spec.exponentName} inside [${band.lo}, ${band.hi}] (${band.reason}) on all ${inside} run(s)`, instances: inside, precision: spec.precision, details };
}

export function exponentObservation(spec: ObservationSpec): Claim {
  checkClaimSpec('exponentObservation', spec, {
    list: 'mutants', functions: ['series', 'fit'], keys: ['exponentName', 'series', 'fit', 'band', 'precision'], mutantKeys: ['band', 'claimed', 'options'],
  });
  const { exponentName: _e, series, fit: _f, band, precision, mutants, ...meta } = spec;
  return defineClaim({
    ...meta,
    kind: 'rate',
    run: (ctx) => judge(spec, band, ctx),
    mutants: mutants.map((m) => ({
      id: m.id, description: m.description,
      run: (ctx: RunContext) => ('band' in m ? judge(spec, m.band, ctx) : runRate({ series, precision }, m.claimed, m.options, ctx)),
    })),
  });
}
