/**
 * A property claim: a statement over every instance satisfying the hypotheses. fast-check draws
 * instances (replayable by {seed, path}, shrinking to simple exact values); each instance is measured
 * in float64 (or exactly, when cheap), and any violation or undecided case is measured again exactly
 * or in high precision before it counts. So a reported counterexample is re-verified by construction.
 */
import fc from 'fast-check';
import { checkClaimSpec, isObject, unknownKeyProblem } from './validate.ts';
import { UserError } from './errors.ts';
import type { Claim, ClaimMeta, Mutant, Outcome, ReplayPaths, RunContext } from './claim.ts';
import { decide, showValue, type Decision, type Measurement, type Relation, type Tolerance } from './compare.ts';
import { searchBoundary, type Evaluation } from '../search/search.ts';
import { spaceOf, type InstanceSpace } from '../search/space.ts';
import { shrinkGreedy, followPath } from '../search/shrink.ts';
import { recordingChoices, type Choice } from '../search/choices.ts';
import { boundaryRatio, zeroOverZero } from '../search/score.ts';
import { searchLines, type SearchSummary } from '../search/summary.ts';
import { shellWord } from './shell.ts';
import { checkReplayPath } from './replayPath.ts';
import { nearBoundInFloat, trustedDecision } from './floatOnly.ts';

/** exact = false: the fast search; exact = true: exact or high-precision re-verification at `digits`. */
export interface Mode { exact: boolean; digits: number }

export interface PropertySpec<I> extends ClaimMeta {
  instances: fc.Arbitrary<I>;
  /** Checked before an instance may count: true, or the hypothesis it violates. */
  hypotheses?: (instance: I) => true | string;
  measure: (instance: I, mode: Mode) => Measurement;
  relation: Relation;
  tolerance: Tolerance;
  /** The instance exactly, as it would be typed back in. */
  show: (instance: I) => string;
  /** What the search and the re-verification compute in, for the report. */
  precision: { search: string; verify: string };
  /** Runs = ctx.runs × weight (an expensive measure takes fewer). */
  weight?: number;
  /**
   * The space the adversarial search explores (families, moves keeping the hypotheses). Default: the
   * space attached to `instances` (e.g. by `separableDataset`), else the generic search (restarts and
   * the arbitrary's shrink tree). false: no search beyond the random draws.
   */
  space?: InstanceSpace<I> | false;
  mutants: PropertyMutant<I>[];
}

export type PropertyMutant<I> = { id: string; description: string } & Partial<
  Pick<PropertySpec<I>, 'instances' | 'hypotheses' | 'measure' | 'relation' | 'tolerance' | 'weight' | 'space'>
>;

type Core<I> = Pick<PropertySpec<I>, 'instances' | 'hypotheses' | 'measure' | 'relation' | 'tolerance' | 'show' | 'precision' | 'weight' | 'space'> & { id?: string };

interface Stats {
  decided: number;
  undecided: number;
  undecidedReason?: string;
  errors: number;
  errorMessage?: string;
  /** Whose failure the first error was: the measure's or the hypotheses'. */
  errorBy?: 'measure' | 'hypotheses';
  floatOverruled: number;
  worstSlack: number;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

/**
 * Default search budget: evaluations beyond the random draws, times --budget. An instance space
 * (datasets) gets 150, enough for its families' first members and about 40 local steps; a generic
 * arbitrary gets as many as the claim's random runs: its endpoints family and its choice moves need
 * them (an interior maximum over [1, 1000] is reached at every seed tried with 100, at half of them
 * with 50). No wall-clock cap: the same seed must give the same report
 * on any machine, so the count of evaluations is the only limit, and hitting it is reported.
 */
export const SEARCH_BUDGET = { spaceEvaluations: 150, genericShare: 1 } as const;

/** A replay path of the search: `s:<random draws>:<candidate>[:<shrink step>…]`. */
const SEARCH_PATH = /^s:(\d+):(\d+)((?::\d+)*)$/;
export const isSearchPath = (p: string): boolean => SEARCH_PATH.test(p);

type Assessment = { m: Measurement; d: Decision } | { error: string; by: 'measure' | 'hypotheses' } | 'rejected';

/**
 * The hypotheses' answer for one instance: true, or why it is outside them (false or a reason
 * string). A throw, or any other value (undefined from a forgotten `return`, a Promise), is the
 * claim's own failure: never a satisfied hypothesis, and never a counterexample (a throw here once
 * reached fast-check as a failed property and was reported as a refutation).
 */
function askHypotheses<I>(hypotheses: ((i: I) => unknown) | undefined, instance: I): true | { outside: string } | { error: string } {
  if (!hypotheses) return true;
  let h: unknown;
  try { h = hypotheses(instance); } catch (e) { return { error: `they threw: ${message(e)}` }; }
  if (h === true) return true;
  if (h === false) return { outside: 'false' };
  if (typeof h === 'string') return { outside: h };
  const what = h === undefined ? 'undefined (a missing return?)' : typeof (h as { then?: unknown } | null)?.then === 'function' ? 'a Promise (hypotheses are synchronous)' : typeof h;
  return { error: `they returned ${what}, not true, false or a reason` };
}

const MAX_SKIPS = 20;
const propertyRuns = (spec: { weight?: number }, ctx: RunContext): number => Math.max(1, Math.round(ctx.runs * (spec.weight ?? 1) * ctx.budget));
/** fast-check numbers every drawn instance, the ones the hypotheses reject included (≤ MAX_SKIPS per run). */
const replayPaths = (spec: { weight?: number }) => (ctx: RunContext): ReplayPaths => ({ kind: 'fast-check', drawn: propertyRuns(spec, ctx) * (MAX_SKIPS + 1) });

/**
 * Runs a property claim: the counterexamples saved by earlier runs (ctx.examples, the counterexample
 * database) first, each traced to the current claim (drawn by its generator at the saved seed and
 * path, or reached by its search there, and within its hypotheses) and measured exactly; one that
 * still refutes is the verdict. Otherwise the random and adversarial search, whose outcome then says
 * how many saved ones were replayed, and which were dropped (no longer drawn, outside the
 * hypotheses), no longer apply (rejected by the measure) or are undecided.
 */
export function runProperty<I>(spec: Core<I>, ctx: RunContext): Outcome {
  const verifyMode: Mode = { exact: true, digits: ctx.digits };
  const replayed = { count: 0, refuting: 0, notes: [] as string[] };
  const precision = `search ${spec.precision.search}; verify ${spec.precision.verify}`;
  const relText = spec.relation === 'le' ? '>' : spec.relation === 'ge' ? '<' : '≠';
  for (const ex of ctx.path === undefined ? ctx.examples ?? [] : []) {
    if (!ex.hasValue) continue;
    // A saved instance counts only when the claim as it is now reaches it: the current generator
    // draws it at its seed and path (a narrowed generator, or a hand-edited entry, does not), and it
    // satisfies the current hypotheses. A search path is reached by replaying the current search.
    const dropped = (why: string) => replayed.notes.push(`${ex.label} ${why}: dropped, not counted: ${ex.shown}`);
    if (ex.seed === undefined || ex.path === undefined) { dropped('has no seed and path to trace it to the claim\'s generator'); continue; }
    // the path checked as `gdcheck replay` checks it: a hand-edited 10^9 draws must not stall the run
    try { checkReplayPath({ replay: replayPaths(spec) }, spec.id ?? '?', ex.path, ctx); } catch (e) { dropped(`has a path the claim cannot replay now (${message(e)})`); continue; }
    if (isSearchPath(ex.path)) {
      const o = searchProperty(spec, { ...ctx, seed: ex.seed, path: ex.path, examples: undefined });
      replayed.count++;
      if (o.verdict === 'refuted') {
        replayed.refuting++;
        const same = ex.matches?.(o.refuting?.value) ?? false;
        return { ...o, replayed, reason: `${ex.label} replayed first from seed ${ex.seed}, path ${ex.path}${same ? '' : ` (where the claim now gives ${o.counterexample?.instance})`}, still a counterexample: ${o.reason}` };
      }
      dropped(`no longer refutes where the claim's search reaches at seed ${ex.seed}, path ${ex.path} (${o.reason})`);
      continue;
    }
    let drawn: { value: I } | undefined;
    try { drawn = drawnAt(spec.instances, ex.seed, ex.path); } catch (e) { dropped(`cannot be replayed through the claim's generator at seed ${ex.seed}, path ${ex.path} (${message(e)})`); continue; }
    if (!drawn || !(ex.matches?.(drawn.value) ?? false)) {
      // Name the drawn instance only when it prints differently: "it draws x=5 …: x=5" would name one instance twice.
      const now = drawn ? spec.show(drawn.value) : undefined;
      const why = now === undefined ? 'the generator changed?' : now === ex.shown ? 'it draws an instance that prints the same but is another value: the saved instance was edited, or its type changed' : `it draws ${now}: the generator changed?`;
      dropped(`is not what the claim's generator draws at seed ${ex.seed}, path ${ex.path} now (${why})`);
      continue;
    }
    const instance = drawn.value;
    let m: Measurement, d: Decision;
    try {
      const h = askHypotheses(spec.hypotheses, instance);
      if (h !== true) { dropped('error' in h ? `no longer applies: the hypotheses failed on it (${h.error})` : `is outside the hypotheses now (${h.outside})`); continue; }
      replayed.count++;
      m = spec.measure(instance, verifyMode);
      d = trustedDecision(m, decide(m, spec.relation, spec.tolerance, ctx.digits + 10), spec.tolerance);
    } catch (e) {
      replayed.notes.push(`${ex.label} no longer applies, the measure failed on it (${message(e)}): ${ex.shown}`);
      continue;
    }
    if (d.status === 'violated') {
      replayed.refuting++;
      return {
        precision, seed: ex.seed, path: ex.path, verdict: 'refuted', instances: 1, replayed,
        reason: `${ex.label} replayed first, still a counterexample, re-verified (${spec.precision.verify}): measured ${showValue(m.measured)} ${relText} claimed ${showValue(m.claimed)}`,
        counterexample: { instance: spec.show(instance), measured: showValue(m.measured), claimed: showValue(m.claimed), gap: d.gap.toSignificantDigits(12).toString(), verifiedWith: spec.precision.verify },
        details: m.note ? [m.note] : undefined,
        refuting: { value: instance },
      };
    }
    if (d.status === 'undecided') replayed.notes.push(`${ex.label} is undecided now (${d.reason}): ${ex.shown}`);
  }
  const o = searchProperty(spec, ctx);
  if (!replayed.count && !replayed.notes.length) return o;
  return { ...o, replayed, details: [...(o.details ?? []), ...(replayed.count ? [`replayed ${replayed.count} saved counterexample(s) first: none refutes the claim now`] : []), ...replayed.notes] };
}

/**
 * The instance fast-check reaches with `arb` at {seed, path} (the draw, then the shrink steps), as a
 * replay of that path does; undefined when the path leads nowhere. The predicate fails on the one
 * value it is given, so nothing but that value is generated and nothing is measured.
 */
function drawnAt<I>(arb: fc.Arbitrary<I>, seed: number, path: string): { value: I } | undefined {
  let got: { value: I } | undefined;
  fc.check(fc.property(arb, (x) => { got ??= { value: x }; return false; }), { seed, path, endOnFailure: true, numRuns: 1, maxSkipsPerRun: MAX_SKIPS });
  return got;
}

function searchProperty<I>(spec: Core<I>, ctx: RunContext): Outcome {
  const verifyMode: Mode = { exact: true, digits: ctx.digits };
  const searchMode: Mode = { exact: false, digits: ctx.digits };
  const stats: Stats = { decided: 0, undecided: 0, errors: 0, floatOverruled: 0, worstSlack: Infinity };
  const replaySearch = ctx.path !== undefined ? SEARCH_PATH.exec(ctx.path) : null;
  if (ctx.path !== undefined && !replaySearch && !/^\d+(:\d+)*$/.test(ctx.path)) throw new Error(`not a replay path: '${ctx.path}'`);
  let shrinking = false;
  const draws: { instance: I; evaluation: Evaluation; choices?: Choice[]; bias?: number }[] = [];
  // The choices behind the value fast-check generated last (it tests each value right after drawing it).
  let drawn: { choices: Choice[]; bias: number | undefined } | undefined;

  const judge = (instance: I, mode: Mode): { m: Measurement; d: Decision } => {
    const m = spec.measure(instance, mode);
    const d = decide(m, spec.relation, spec.tolerance, ctx.digits + 10);
    return { m, d: mode.exact ? trustedDecision(m, d, spec.tolerance) : d };
  };
  /** The hypotheses, then the search measure, then (unless clearly fine) the exact or high-precision one. */
  const assess = (instance: I): Assessment => {
    const h = askHypotheses(spec.hypotheses, instance);
    if (h !== true) return 'error' in h ? { error: h.error, by: 'hypotheses' } : 'rejected';
    try {
      let r = judge(instance, searchMode);
      // A float64 pass within round-off of the bound is not clearly fine either.
      if (r.d.status !== 'ok' || nearBoundInFloat(r.m, r.d, spec.tolerance)) {
        // Never trust float64 to refute or to give up: ask the exact / high-precision measure.
        const v = judge(instance, verifyMode);
        if (r.d.status === 'violated' && v.d.status === 'ok' && !shrinking) stats.floatOverruled++;
        r = v;
      }
      return r;
    } catch (e) {
      return { error: message(e), by: 'measure' };
    }
  };
  const ratioName = spec.relation === 'le' ? 'measured/claimed' : spec.relation === 'ge' ? 'claimed/measured' : '1 − slack';
  const evaluation = (a: Assessment): Evaluation => {
    if (a === 'rejected') return { status: 'rejected', reason: 'outside the hypotheses' };
    if ('error' in a) return { status: 'undecided', reason: `the ${a.by} failed: ${a.error}` };
    if (a.d.status === 'violated') return { status: 'violated' };
    if (a.d.status === 'undecided') return { status: 'undecided', reason: a.d.reason };
    const shown = { slack: a.d.slack, measured: showValue(a.m.measured), claimed: showValue(a.m.claimed) };
    // 0/0 (x0 = x*, say) says nothing about the boundary: decided, but no score, so never a closest approach.
    if (spec.relation !== 'eq' && zeroOverZero(a.m)) return { status: 'ok', ...shown };
    const ratio = boundaryRatio(a.m, spec.relation);
    return { status: 'ok', score: ratio ?? 1 - a.d.slack, ...(ratio === undefined ? { scoreIs: '1 − slack' as const } : {}), ...shown };
  };

  const predicate = (instance: I): boolean => {
    const a = assess(instance);
    if (a === 'rejected') fc.pre(false);
    if (!shrinking) draws.push({ instance, evaluation: evaluation(a), ...(drawn ? { choices: drawn.choices, bias: drawn.bias } : {}) });
    drawn = undefined;
    if ('error' in a) {
      if (!shrinking) { stats.errors++; stats.errorMessage ??= a.error; stats.errorBy ??= a.by; }
      return true;
    }
    const d = a.d;
    if (d.status === 'violated') { shrinking = true; return false; }
    if (shrinking) return true;
    if (d.status === 'undecided') { stats.undecided++; stats.undecidedReason ??= d.reason; return true; }
    stats.decided++;
    stats.worstSlack = Math.min(stats.worstSlack, d.slack);
    return true;
  };

  const numRuns = replaySearch ? Number(replaySearch[1]) : propertyRuns(spec, ctx);
  const fcPath = replaySearch ? undefined : ctx.path;
  const recorded = recordingChoices(spec.instances, (_v, choices, bias) => { drawn = { choices, bias }; });
  const details = fc.check(fc.property(recorded, predicate), {
    seed: ctx.seed,
    numRuns,
    ...(fcPath !== undefined ? { path: fcPath, endOnFailure: true } : {}),
    maxSkipsPerRun: MAX_SKIPS,
  });
  const precision = `search ${spec.precision.search}; verify ${spec.precision.verify}`;
  const base = { precision, seed: details.seed, skipped: details.numSkips };
  const relText = spec.relation === 'le' ? '>' : spec.relation === 'ge' ? '<' : '≠';

  const refutation = (instance: I, path: string | undefined, shrinks: number, how: string, extra: Partial<Outcome> = {}): Outcome => {
    const m = spec.measure(instance, verifyMode);
    const d = decide(m, spec.relation, spec.tolerance, ctx.digits + 10);
    const gap = d.status === 'violated' ? d.gap.toSignificantDigits(12).toString() : '?';
    return {
      ...base,
      verdict: 'refuted',
      reason: `counterexample ${how}re-verified (${spec.precision.verify}): measured ${showValue(m.measured)} ${relText} claimed ${showValue(m.claimed)}`,
      instances: stats.decided + 1,
      path,
      counterexample: { instance: spec.show(instance), measured: showValue(m.measured), claimed: showValue(m.claimed), gap, verifiedWith: spec.precision.verify, shrinks },
      details: m.note ? [m.note] : undefined,
      refuting: { value: instance },
      ...extra,
    };
  };

  if (details.failed && details.counterexample) {
    return refutation(details.counterexample[0] as I, details.counterexamplePath ?? undefined, details.numShrinks, '');
  }
  if (details.failed) {
    return { ...base, verdict: 'inconclusive', reason: `search stopped: ${message(details.errorInstance ?? 'too many instances rejected by the hypotheses')}`, instances: stats.decided };
  }

  // The adversarial search toward the boundary (src/search/), unless replaying one fast-check path.
  let summary: SearchSummary | undefined;
  if (fcPath === undefined) {
    const space = spec.space === false ? undefined : spec.space ?? spaceOf(spec.instances);
    const budget = Math.max(1, Math.round(space ? SEARCH_BUDGET.spaceEvaluations * ctx.budget : SEARCH_BUDGET.genericShare * numRuns * ctx.budget));
    const evaluate = (x: I): Evaluation => {
      const e = evaluation(assess(x));
      if (e.slack !== undefined) stats.worstSlack = Math.min(stats.worstSlack, e.slack);
      return e;
    };
    const res = searchBoundary<I>({
      seed: ctx.seed, evaluations: budget, draws, evaluate, key: spec.show, arbitrary: spec.instances, space,
      ...(replaySearch ? { stopAt: Number(replaySearch[2]) } : {}),
    });
    const violated = (x: I): boolean => { const a = assess(x); return a !== 'rejected' && !('error' in a) && a.d.status === 'violated'; };
    const treeOf = (v: fc.Value<I>): fc.Value<I>[] => [...spec.instances.shrink(v.value, v.context).take(40)];
    if (replaySearch) {
      const t = res.target;
      if (!t) return { ...base, verdict: 'inconclusive', reason: `the search at seed ${ctx.seed} has no candidate ${replaySearch[2]} (a path from another version or seed?)`, instances: 0 };
      const steps = replaySearch[3]!.split(':').filter(Boolean).map(Number);
      const instance = steps.length === 0 ? t.instance
        : space?.simplify ? followPath(t.instance, space.simplify, steps)
          : t.value ? followPath(t.value, treeOf, steps).value : followPath(t.instance, () => [], steps);
      if (violated(instance)) return refutation(instance, ctx.path, steps.length, `from the search (${t.origin}) `);
      const e = evaluate(instance);
      return { ...base, verdict: e.status === 'ok' ? 'holds' : 'inconclusive', reason: `replayed search candidate ${ctx.path} (${t.origin}): no violation; ${e.status !== 'ok' ? e.reason : e.score === undefined ? 'measured and claimed are both 0, so no ratio (0/0)' : `${e.scoreIs ?? ratioName} = ${e.score.toPrecision(6)}`}`, instances: 1, details: [`instance: ${spec.show(instance)}`, ...(e.measured ? [`measured ${e.measured}, claimed ${e.claimed}`] : [])] };
    }
    const b = res.best;
    summary = {
      space: space?.name ?? 'generic', ...res.effort,
      ...(b ? { closest: { ratio: b.evaluation!.scoreIs ?? ratioName, score: b.evaluation!.score!, instance: spec.show(b.instance), measured: b.evaluation!.measured!, claimed: b.evaluation!.claimed!, path: `s:${numRuns}:${b.index}` } } : {}),
    };
    if (res.found) {
      const f = res.found;
      let instance = f.instance, path: number[] = [];
      if (space?.simplify) ({ value: instance, path } = shrinkGreedy(f.instance, space.simplify, violated));
      else if (f.value) { const r = shrinkGreedy(f.value, treeOf, (v) => violated(v.value)); instance = r.value.value; path = r.path; }
      summary.foundBy = f.origin;
      const p = `s:${numRuns}:${f.index}${path.map((i) => `:${i}`).join('')}`;
      return refutation(instance, p, path.length, `found by the search (${f.origin}, candidate ${f.index}) and `, { search: summary, instances: stats.decided + res.effort.evaluations });
    }
  }
  const searched = summary ? ` and ${summary.evaluations} searched (${summary.space}; ${summary.stopped === 'budget' ? 'budget used up' : summary.stopped})` : '';
  const lines = summary ? searchLines(summary, (p) => replayLine(spec.id ?? '?', details.seed, p)) : [];
  const withSearch = { ...(summary ? { search: summary } : {}), ...(lines.length ? { details: lines } : {}) };
  const scope = `${stats.decided} random instances${searched}`;
  if (stats.errors > 0) return { ...base, ...withSearch, verdict: 'inconclusive', reason: `the ${stats.errorBy ?? 'measure'} failed on ${stats.errors} instance(s): ${stats.errorMessage}`, instances: stats.decided };
  if (stats.undecided > 0) return { ...base, ...withSearch, verdict: 'inconclusive', reason: `${stats.undecided} instance(s) undecided: ${stats.undecidedReason}`, instances: stats.decided };
  if (details.numSkips > stats.decided) return { ...base, ...withSearch, verdict: 'inconclusive', reason: `hypotheses rejected ${details.numSkips} of ${details.numSkips + stats.decided} drawn instances`, instances: stats.decided };
  if (stats.decided === 0) return { ...base, ...withSearch, verdict: 'inconclusive', reason: 'no instance was decided', instances: 0 };
  return {
    ...base,
    ...withSearch,
    verdict: 'holds',
    reason: `no counterexample in ${scope}${stats.floatOverruled ? ` (${stats.floatOverruled} float64 alarms overruled by re-verification)` : ''}`,
    instances: stats.decided + (summary ? summary.evaluations - summary.undecided - summary.rejected : 0),
    worstSlack: stats.worstSlack,
  };
}

/** Builds the claim object a file under properties/ exports. */
export function propertyClaim<I>(spec: PropertySpec<I>): Claim {
  checkClaimSpec('propertyClaim', spec, {
    list: 'mutants', functions: ['measure', 'show'], optionalFunctions: ['hypotheses'], comparison: true,
    keys: ['instances', 'hypotheses', 'measure', 'relation', 'tolerance', 'show', 'precision', 'weight', 'space'],
    mutantKeys: ['instances', 'hypotheses', 'measure', 'relation', 'tolerance', 'weight', 'space'],
  });
  // Duck-typed: a user's fast-check may be another copy than ours.
  if (typeof (spec.instances as { generate?: unknown } | undefined)?.generate !== 'function') throw new UserError(`${spec.id}: 'instances' must be a fast-check arbitrary (e.g. arbitraries.separableDataset({...}) or fc.record(...))`);
  const p = spec.precision as unknown;
  const precisionProblem = !isObject(p) ? `'precision' must be an object { search, verify } (how instances are searched and re-verified), got ${p === null ? 'null' : typeof p}`
    : unknownKeyProblem("'precision'", p, ['search', 'verify']) ?? (typeof p.search !== 'string' || typeof p.verify !== 'string' ? "'precision.search' and 'precision.verify' must be strings" : undefined);
  if (precisionProblem) throw new UserError(`${spec.id}: ${precisionProblem}`);
  const paper = spec.id.split('/')[0]!;
  const mutants: Mutant[] = spec.mutants.map((m) => ({
    id: m.id,
    description: m.description,
    run: (ctx: RunContext) => runProperty({ ...spec, ...stripMeta(m), id: `${spec.id}~${m.id}` }, ctx),
    replay: replayPaths({ weight: m.weight ?? spec.weight }),
  }));
  return { ...spec, paper, mutants, run: (ctx: RunContext) => runProperty(spec, ctx), replay: replayPaths(spec), remeasuresExamples: true };
}

function stripMeta<I>(m: PropertyMutant<I>): Partial<Core<I>> {
  const { id: _id, description: _d, ...rest } = m;
  return rest;
}

/**
 * Shared helper: the replay line fast-check users know. `file`: the file or folder the claim came
 * from as the user typed it on the command line (a registry or config claim has none), so the line
 * replays as printed from the same working directory.
 */
export function replayLine(claimId: string, seed: number | undefined, path: string | undefined, file?: string): string {
  // A path as the search and fast-check write it (digits, 's', colons) in double quotes, as always; anything else quoted as a shell word.
  const p = path !== undefined && /^[\w:]+$/.test(path) ? `"${path}"` : shellWord(String(path));
  return `gdcheck replay ${shellWord(claimId)}${file === undefined ? '' : ` --file ${shellWord(file)}`}${seed === undefined ? '' : ` --seed ${seed}`} --path ${p}`;
}

/**
 * `text` with `--file <file>` added to each replay line in it that lacks one. Detail lines (the
 * search's closest approach) are written where the claim runs, which does not know how the user
 * named the claim's file; the command that does (check, report, claimTest) adds it, so every printed
 * replay line runs as is.
 */
export function withReplayFile(text: string, file: string): string {
  return text.replace(/gdcheck replay (\S+)(?!\S)(?! --file )/g, (_, id: string) => `gdcheck replay ${id} --file ${shellWord(file)}`);
}

