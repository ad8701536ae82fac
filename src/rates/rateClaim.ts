/**
 * The `rate` claim kind: "Q(t) = Θ(law)" (or O, Ω, → c₀·law) on one or more series (one per
 * initialization, say), each decided by the rate judge (rateDecide.ts). A mutant names a wrong law
 * or relation; it reads the same series (the series function should cache), so a claim and its
 * mutants cost one simulation.
 *
 * Over several series the claim is universal ("for every initialization listed"): it is refuted by
 * one refuted series (the counterexample names it), holds when every series holds, and is
 * inconclusive otherwise.
 *
 * Public builder:
 *   rateClaim({ id: 'me/loss-rate', series: { t, gap: loss }, law: 'power', a: 1, relation: 'Theta' })
 * takes a series (times t, positive values `gap`), a list of named series, or a function of the run
 * context returning either; the law and relation flat (law, a, b, c, tolerance, relation, constant,
 * limitTolerance) or as `claimed`. Without mutants it adds one that must be refuted when the claim
 * holds: the law times t^-1 (times t for Ω; c doubled or halved for a named e^(-ct); Ω(t^-1) for
 * linear convergence). Throws RangeError on a malformed law (one line naming the problem).
 */
import { defineClaim } from '../core/define.ts';
import { checkClaimSpec, isObject, unknownKeyProblem } from '../core/validate.ts';
import { UserError } from '../core/errors.ts';
import { ReplayPathError, type ReplayPaths, type Claim, type ClaimMeta, type Outcome, type RunContext, type Source } from '../core/claim.ts';
import { decideRate, type RateOptions, type RateSeries } from './rateDecide.ts';
import { claimedText, lawProblem, type ClaimedLaw } from './rateLaw.ts';

export interface NamedSeries { name: string; series: RateSeries }

type SeriesInput = RateSeries | NamedSeries[];

export interface RateMutant { id: string; description: string; claimed: ClaimedLaw; options?: Partial<RateOptions> }

export interface RateSpec extends Partial<Omit<ClaimMeta, 'kind' | 'id'>>, Partial<Omit<ClaimedLaw, 'law'>> {
  id: string;
  /** The claim as one object, or flat: law, a, b, c, tolerance, relation, constant, limitTolerance. */
  claimed?: ClaimedLaw;
  law?: ClaimedLaw['law'];
  series: SeriesInput | ((ctx: RunContext) => SeriesInput | Promise<SeriesInput>);
  options?: Partial<RateOptions>;
  /** How the values were computed; quoted in the report. Default: 'the series as supplied'. */
  precision?: string;
  mutants?: RateMutant[];
}

const toNamed = (s: SeriesInput): NamedSeries[] => (Array.isArray(s) ? s : [{ name: 'series', series: s }]);

export async function runRate(spec: { series: RateSpec['series']; precision: string }, claimed: ClaimedLaw, options: Partial<RateOptions> | undefined, ctx: RunContext): Promise<Outcome> {
  const given = typeof spec.series === 'function' ? await spec.series(ctx) : spec.series;
  let all = toNamed(given).map((s, index) => ({ ...s, index }));
  if (all.length === 0) return { verdict: 'inconclusive', reason: 'no series: the claim supplied none, so nothing was checked', instances: 0, precision: spec.precision };
  // `gdcheck replay <claim> --path k` decides series k alone.
  if (ctx.path !== undefined) all = all.filter((s) => String(s.index) === ctx.path);
  if (all.length === 0) throw new ReplayPathError(`--path ${ctx.path}: there is no series ${ctx.path} (series 0 to ${toNamed(given).length - 1})`);
  const details: string[] = [];
  const inconclusive: string[] = [];
  let held = 0;
  const what = claimedText(claimed);
  for (const { name, series, index } of all) {
    const d = decideRate(series, claimed, options);
    details.push(`[${name}] ${d.verdict}: ${d.reason}`, ...d.details.map((l) => `  ${l}`));
    if (d.verdict === 'refuted') {
      const w = series.t.filter((t) => t >= (options?.tMin ?? -Infinity));
      return {
        verdict: 'refuted', reason: `${name}: ${d.reason}`, instances: held + 1, precision: spec.precision, details, seed: ctx.seed, path: String(index),
        counterexample: {
          instance: `${name} (${series.t.length} checkpoints, t from ${series.t[0]} to ${w[w.length - 1] ?? series.t[series.t.length - 1]})`,
          measured: d.evidence?.measured ?? d.reason,
          claimed: d.evidence?.claimed ?? what,
          gap: d.evidence?.gap ?? '-',
          verifiedWith: series.provenance ?? 'nothing: the values are as supplied, not recomputed by gdcheck',
        },
      };
    }
    if (d.verdict === 'holds') held++;
    else inconclusive.push(`${name}: ${d.reason}`);
  }
  if (inconclusive.length) return { verdict: 'inconclusive', reason: inconclusive.join(' | '), instances: held, precision: spec.precision, details };
  return { verdict: 'holds', reason: `${what} on all ${held} series: ${all.length === 1 ? details[0]!.replace(/^\[[^\]]*\] holds: /, '') : 'each holds (details below)'}`, instances: held, precision: spec.precision, details };
}

/** The default mutant: a law that must fail wherever the claim holds. */
function defaultMutant(c: ClaimedLaw): RateMutant {
  const rel = c.relation ?? 'Theta';
  if (c.law === 'exp') {
    if (c.c === undefined) return { id: 'omega-one-over-t', description: 'Ω(t^-1): no faster than a power law', claimed: { law: 'power', a: 1, relation: 'Omega' } };
    const c2 = rel === 'Omega' ? c.c / 2 : c.c * 2;
    return { id: rel === 'Omega' ? 'half-rate' : 'double-rate', description: `rate ${c2} in place of ${c.c}`, claimed: { ...c, c: c2, tolerance: undefined, relation: rel === 'limit' ? 'Theta' : rel } };
  }
  const a = c.law === 'power' ? c.a! : 0;
  const b = c.law === 'power' ? (c.b ?? 0) : c.law === 'inv-log' ? 1 : c.law === 'inv-sqrt-log' ? 0.5 : c.b!;
  const a2 = rel === 'Omega' ? a - 1 : a + 1;
  return { id: rel === 'Omega' ? 'times-t' : 'times-one-over-t', description: `the law times t^${rel === 'Omega' ? '1' : '-1'}`, claimed: { law: 'power', a: a2, b: b || undefined, relation: rel === 'limit' ? 'Theta' : rel } };
}

/** A replay path is a series index; only the run knows how many series there are (runRate checks it). */
const SERIES_PATHS = (): ReplayPaths => ({ kind: 'index', what: 'series' });

const OPTION_KEYS = ['tMin', 'minDecades', 'minPoints', 'band', 'maxDrift'];

/** What is wrong with a rate claim's `options` (named `where`): an unknown key, or a value that is not a positive number (tMin ≥ 0, minPoints an integer). */
function optionsProblem(where: string, o: unknown): string | undefined {
  if (o === undefined) return undefined;
  if (!isObject(o)) return `'${where}' must be an object (${OPTION_KEYS.join(', ')}), got ${o === null ? 'null' : Array.isArray(o) ? 'an array' : typeof o}`;
  const extra = unknownKeyProblem(`'${where}'`, o, OPTION_KEYS);
  if (extra) return extra;
  for (const [k, v] of Object.entries(o)) {
    const ok = typeof v === 'number' && Number.isFinite(v) && (k === 'tMin' ? v >= 0 : v > 0) && (k !== 'minPoints' || Number.isInteger(v));
    if (!ok) return `'${where}.${k}' must be ${k === 'minPoints' ? 'a positive integer' : k === 'tMin' ? 'a finite number ≥ 0' : 'a finite positive number'}, got ${typeof v === 'string' ? `'${v.slice(0, 40)}'` : String(v)}`;
  }
  return undefined;
}

export function rateClaim(spec: RateSpec): Claim {
  // The metadata may be left out (defaults below), but what is given must have the right shape.
  checkClaimSpec('rateClaim', { title: '-', statement: '-', source: { where: '-' }, provenance: 'reconstructed', ...spec }, {
    list: 'mutants', listOptional: true,
    keys: ['claimed', 'law', 'a', 'b', 'c', 'tolerance', 'relation', 'constant', 'limitTolerance', 'options', 'series', 'precision'], mutantKeys: ['claimed', 'options'],
  });
  const { claimed: given, law, a, b, c, tolerance, relation, constant, limitTolerance, options, series, precision, mutants, id, ...meta } = spec;
  const claimed: ClaimedLaw = given ?? { law: law!, a, b, c, tolerance, relation, constant, limitTolerance };
  if (!claimed.law) throw new RangeError(`rate claim ${id}: name the law (law: 'power' | 'inv-log' | 'inv-sqrt-log' | 'log-power' | 'exp')`);
  const problem = lawProblem(claimed);
  if (problem) throw new RangeError(`rate claim ${id}: ${problem}`);
  for (const m of mutants ?? []) { const p = lawProblem(m.claimed); if (p) throw new RangeError(`rate claim ${id}, mutant ${m.id}: ${p}`); }
  const optionSets: [string, unknown][] = [['options', options], ...(mutants ?? []).map((m, k): [string, unknown] => [`mutants[${k}].options`, m.options])];
  for (const [where, o] of optionSets) {
    const p = optionsProblem(where, o);
    if (p) throw new UserError(`${id}: ${p}`);
  }
  const prec = precision ?? 'the series as supplied';
  const source: Source = meta.source ?? { arxiv: '-', where: 'user-supplied series', catalogue: '-' };
  return defineClaim({
    id,
    title: meta.title ?? `Q = ${claimedText(claimed)}`,
    statement: meta.statement ?? `The quantity is ${claimedText(claimed)} as t → ∞, judged on the supplied series.`,
    source,
    provenance: meta.provenance ?? 'reconstructed',
    expected: meta.expected ?? 'holds',
    ...(meta.open ? { open: meta.open } : {}),
    kind: 'rate',
    run: (ctx) => runRate({ series, precision: prec }, claimed, options, ctx),
    replay: SERIES_PATHS,
    mutants: (mutants ?? [defaultMutant(claimed)]).map((m) => ({ id: m.id, description: m.description, run: (ctx: RunContext) => runRate({ series, precision: prec }, m.claimed, m.options ?? options, ctx), replay: SERIES_PATHS })),
  });
}
