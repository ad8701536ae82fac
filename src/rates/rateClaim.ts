/**
 * The `rate` claim kind: "gap(t) = Θ(law)" on one or more series (one per initialization, say),
 * decided by rateDecide.ts. A mutant names a wrong law; it reads the same series (the series
 * function should cache), so a claim and its mutants cost one simulation.
 *
 * Over several series the claim is universal ("for every initialization listed"): it is refuted
 * by one refuted series (the counterexample names it), holds when every series holds, and is
 * inconclusive otherwise.
 */
import { defineClaim } from '../core/define.ts';
import type { Claim, ClaimMeta, Outcome, RunContext } from '../core/claim.ts';
import { decideRate, claimedText, type ClaimedLaw, type RateOptions, type RateSeries } from './rateDecide.ts';
import { LAW_TEXT } from './rateLaws.ts';

export interface NamedSeries { name: string; series: RateSeries }

export interface RateSpec extends Omit<ClaimMeta, 'kind'> {
  claimed: ClaimedLaw;
  series(ctx: RunContext): NamedSeries[] | Promise<NamedSeries[]>;
  options?: Partial<RateOptions>;
  precision: string;
  mutants: { id: string; description: string; claimed: ClaimedLaw; options?: Partial<RateOptions> }[];
}

export async function runRate(spec: Pick<RateSpec, 'series' | 'precision'>, claimed: ClaimedLaw, options: Partial<RateOptions> | undefined, ctx: RunContext): Promise<Outcome> {
  let all = (await spec.series(ctx)).map((s, index) => ({ ...s, index }));
  // `gdcheck replay <claim> --path k` decides series k alone.
  if (ctx.path !== undefined) all = all.filter((s) => String(s.index) === ctx.path);
  if (all.length === 0) return { verdict: 'inconclusive', reason: `no series ${ctx.path}`, instances: 0, precision: spec.precision };
  const details: string[] = [];
  const inconclusive: string[] = [];
  let held = 0;
  for (const { name, series, index } of all) {
    const d = decideRate(series, claimed, options);
    details.push(`[${name}] ${d.verdict}: ${d.reason}`, ...d.details.map((l) => `  ${l}`));
    if (d.verdict === 'refuted') {
      const best = d.fits[0]!;
      return {
        verdict: 'refuted', reason: `${name}: ${d.reason}`, instances: held + 1, precision: spec.precision, details, seed: ctx.seed, path: String(index),
        counterexample: {
          instance: name,
          measured: `best fit ${best.label} (log rms ${best.rms.toExponential(2)})`,
          claimed: `Θ(${claimedText(claimed)}) (its fit: log rms ${d.fits.find((f) => f.law === claimed.law)!.rms.toExponential(2)})`,
          gap: `×${d.bandRatio?.toFixed(3)} (variation of gap/(${claimedText(claimed)}) over the last two decades)`,
          verifiedWith: 'exact rational margins of the float64 iterates; high-precision replay of a prefix (drift above)',
        },
      };
    }
    if (d.verdict === 'holds') held++;
    else inconclusive.push(`${name}: ${d.reason}`);
  }
  if (inconclusive.length) return { verdict: 'inconclusive', reason: inconclusive.join(' | '), instances: held, precision: spec.precision, details };
  return { verdict: 'holds', reason: `Θ(${claimedText(claimed)}) on all ${held} run(s), each with ${LAW_TEXT[claimed.law]} the decisive best fit`, instances: held, precision: spec.precision, details };
}

export function rateClaim(spec: RateSpec): Claim {
  const { claimed, options, series, precision, mutants, ...meta } = spec;
  return defineClaim({
    ...meta,
    kind: 'rate',
    run: (ctx) => runRate({ series, precision }, claimed, options, ctx),
    mutants: mutants.map((m) => ({ id: m.id, description: m.description, run: (ctx: RunContext) => runRate({ series, precision }, m.claimed, m.options ?? options, ctx) })),
  });
}
