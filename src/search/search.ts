/**
 * The adversarial search toward a claim's boundary, generic over the instance type.
 *
 * A bound claim says measured ≤ claimed (or ≥). Random draws find a violation only where the
 * arbitrary happens to put mass; this engine instead maximises the score measured/claimed (claimed/
 * measured for a lower bound) over the instance space:
 *   1. the random draws already measured are its first candidates (indices 0 … R−1);
 *   2. the space's extremal families, round-robin, a few members each (growing sizes), then one more
 *      member of each family every few local steps while the family stays decidable; with them, for
 *      any arbitrary, the `endpoints` family: the corners of the arbitrary's own ranges (endpoints.ts);
 *   3. local search: from the best instances so far (an elite pool), the space's `neighbours` and
 *      fast-check's shrink tree; every other step, moves in the arbitrary's own choices (choices.ts)
 *      from the best instance of one shape (shapeOf: a oneof branch, a dimension), the best shape
 *      whose climb has not stalled, so a local maximum of one shape does not hold the climb; a line
 *      search along a choice (the other way, narrower, wider) after each move that did not rise;
 *      every tenth step a restart, a fresh draw;
 *   4. a near miss (best score in [0.95, 1)) when the budget runs out earns the budget again, up to
 *      four times in all, and the effort says so.
 * Every candidate is evaluated by the claim's own judge (search precision, then exact or
 * high-precision re-verification of anything not clearly fine), so a violation it reports is a
 * re-verified one. The candidate order depends only on the seed and the scores, never on the budget
 * or the clock, which only truncate it: candidate k is replayed by re-running the search up to k.
 */
import { checkKeys, checkNumber, RUN_OPTIONS } from '../core/runOptions.ts';
import fc from 'fast-check';
import { SearchRng } from './rng.ts';
import type { InstanceSpace } from './space.ts';
import { endpointMembers } from './endpoints.ts';
import { choiceMoves, clampChoice, generateScripted, replaying, unbiasedTwin, type Choice, type Int } from './choices.ts';

export type Status = 'ok' | 'violated' | 'undecided' | 'rejected';

/** What the claim's judge says of one instance. score: measured/claimed (or its analogue), larger = closer. */
export interface Evaluation {
  status: Status; score?: number; slack?: number; reason?: string; measured?: string; claimed?: string;
  /** What score is when it is not the bound's ratio (a claimed value ≤ 0 has no ratio): '1 − slack'. */
  scoreIs?: '1 − slack';
}

export interface Candidate<I> {
  instance: I;
  /** Position in the search order: draws first, then everything the search evaluated. */
  index: number;
  /** 'random draw 7', 'family omega-n', 'local step', 'restart'. */
  origin: string;
  evaluation?: Evaluation;
  /** fast-check value with its shrink context, when the candidate came from the arbitrary. */
  value?: fc.Value<I>;
  /** The arbitrary's choices that generated it, when the search drew it (restarts, endpoints, choice moves). */
  choices?: Choice[];
  /** The step exponent j of the choice move (±2^j) that made it: its children step near that scale. */
  scale?: number;
  /** fast-check's bias factor its choices were made under (replayed with them). */
  bias?: number;
  /** The choice move that made it: choice k moved by delta, from a parent that scored `from`. */
  move?: { k: number; delta: bigint; from: number };
  /** Line-search moves from it that its children's scores call for (see probesAfter), tried at its next climbing step. */
  probes?: Probe[];
}

/** A move of choice k by delta: the other way after a worse child, narrower after both ways were worse, wider after a flat one. */
type Probe = { k: number; delta: bigint; kind: 'reflect' | 'bracket' | 'widen' };

export interface SearchOptions<I> {
  seed: number;
  /** How many instances the search may evaluate beyond the random draws. */
  evaluations: number;
  /** The random draws, in order, with their evaluations (undecided ones too). */
  draws: readonly { instance: I; evaluation: Evaluation; choices?: Choice[]; bias?: number }[];
  evaluate: (x: I) => Evaluation;
  /** A canonical text of an instance, to skip repeats. */
  key: (x: I) => string;
  arbitrary?: fc.Arbitrary<I>;
  space?: InstanceSpace<I>;
  /**
   * Optional wall-clock guard, reported when hit. The claims' search does not use it: a verdict
   * must not depend on the machine's speed, so the evaluation budget is its only limit.
   */
  timeCapMs?: number;
  /** Replay: stop as soon as candidate `stopAt` exists and return it (unevaluated). */
  stopAt?: number;
}

export interface SearchEffort {
  random: number;
  families: { name: string; tried: number }[];
  localSteps: number;
  restarts: number;
  /** Evaluations beyond the random draws, and the budget for them (the extensions included). */
  evaluations: number;
  budget: number;
  /**
   * Times the budget was extended by its first size because the search was a near miss (best score
   * in [NEAR_MISS, 1)) when it ran out, at most EXTENSIONS; absent when it was not.
   */
  extended?: number;
  /** Candidates the judge could not decide (too large for the iteration cap, brackets too wide…). */
  undecided: number;
  undecidedReason?: string;
  /** Candidates outside the hypotheses (kept out, as fast-check's pre-conditions would). */
  rejected: number;
  largest: Record<string, number>;
  stopped: 'violation' | 'budget' | 'time cap' | 'nothing left to try';
}

export interface SearchResult<I> {
  effort: SearchEffort;
  found?: Candidate<I>;
  best?: Candidate<I>;
  /** Replay: the candidate asked for. */
  target?: Candidate<I>;
}

const FIRST_MEMBERS = 6;      // members of each family before local search starts
const FAMILY_EVERY = 8;       // then one more member of each family every 8 local steps
const RESTART_EVERY = 10;     // a fresh draw from the arbitrary every 10 steps
const GROWTH = 1.01;          // a family keeps growing while each member scores ≥ 1% above its best so far
const POOL = 8;               // elite instances kept for local moves
const MOVES_PER_STEP = 3;
const RISE = 1.05;            // a family member ≥ 5% above the family's best so far is a rise…
const RISING_RUN = 3;         // …and three rises in a row make a trend worth following every step     // neighbours evaluated per local step
const NEAR_MISS = 0.95;       // a best score within 5% of the boundary (below it) extends the budget…
const EXTENSIONS = 3;         // …by its first size, up to 3 times (4× in all)
const PROBES_PER_STEP = 4;    // line-search moves per climbing step, before the random ones
const STALL = 4;              // climbing steps without a rise before the climb moves to the next shape

/**
 * An instance's shape: its canonical text with every number replaced by '#', so instances that
 * differ only in their numbers share a shape, and another branch of a `oneof` (a Huber-like function
 * against a quadratic), another dimension or another number of pieces is another shape.
 */
export const shapeOf = (key: string): string => key.replace(/[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?(?:\/\d+)?/gi, '#');

/** A search's evaluations beyond the random draws: a whole number (the claims' budgets are far below the maximum). */
const EVALUATIONS = { min: 0, max: 1e9, integer: true };

/**
 * searchBoundary's options checked as a claim's run options are (core/runOptions.ts): seed within
 * RUN_OPTIONS.seed, evaluations a whole number, draws an array, evaluate and key functions.
 * @throws TypeError or RangeError, one line naming the option (a seed 'abc' would search at seed 0).
 */
function checkSearchOptions(o: unknown): void {
  const e = 'searchBoundary';
  if (o === null || typeof o !== 'object') throw new TypeError(`${e}: the options must be an object`);
  const x = checkKeys(e, 'the options', o, ['seed', 'evaluations', 'draws', 'evaluate', 'key', 'arbitrary', 'space', 'timeCapMs', 'stopAt']);
  checkNumber(e, 'seed', x.seed, RUN_OPTIONS.seed);
  checkNumber(e, 'evaluations', x.evaluations, EVALUATIONS);
  if (!Array.isArray(x.draws)) throw new TypeError(`${e}: draws must be an array of { instance, evaluation }`);
  for (const k of ['evaluate', 'key'] as const) if (typeof x[k] !== 'function') throw new TypeError(`${e}: ${k} must be a function`);
  if (x.stopAt !== undefined) checkNumber(e, 'stopAt', x.stopAt, EVALUATIONS);
  // A cap of 0 or less stops before the first evaluation: a search that searched nothing.
  if (x.timeCapMs !== undefined) checkNumber(e, 'timeCapMs', x.timeCapMs, { min: 0, max: 1e9, minExclusive: true });
}

/**
 * The adversarial search toward the boundary: random draws first (given), then families, local
 * moves and restarts, until a violation, the evaluation budget or nothing left to try.
 * @throws TypeError or RangeError for a malformed option (checkSearchOptions).
 */
export function searchBoundary<I>(o: SearchOptions<I>): SearchResult<I> {
  checkSearchOptions(o);
  const rng = new SearchRng(o.seed ^ 0x5eac4);
  const t0 = performance.now();
  const seen = new Set<string>();
  const pool: Candidate<I>[] = [];
  // The elite among candidates that carry their choices: parents of the choice moves.
  const choicePool: Candidate<I>[] = [];
  const effort: SearchEffort = {
    random: o.draws.length, families: [],
    localSteps: 0, restarts: 0, evaluations: 0, budget: o.evaluations, undecided: 0, rejected: 0, largest: {}, stopped: 'budget',
  };
  let best: Candidate<I> | undefined;
  /**
   * A near miss earns the budget again (up to EXTENSIONS times): a bound tight at an interior point
   * is reached by a climb whose last steps are the slowest, or only after a local maximum of another
   * shape (a quadratic at 0.96 where a Huber function attains the bound) has used the budget, and
   * stopping there would report a false bound as holding. A score of 1 is the bound attained, not
   * approached. The rule reads only scores and counts, never the clock.
   */
  const nearMiss = (): boolean => {
    const s = best?.evaluation?.score ?? 0;
    return (effort.extended ?? 0) < EXTENSIONS && s >= NEAR_MISS && s < 1;
  };
  let next = 0;
  let lastScore: number | undefined;

  // The best instance of each shape that carries its choices, and how many climbing steps from it
  // in a row left it where it was (see climbFrom).
  const shapes = new Map<string, { best: Candidate<I>; stalled: number }>();
  const consider = (c: Candidate<I>, key: string): void => {
    const e = c.evaluation!;
    if (e.status !== 'ok' || e.score === undefined || !Number.isFinite(e.score)) return;
    if (c.choices) {
      const s = shapeOf(key), n = shapes.get(s);
      if (!n) shapes.set(s, { best: c, stalled: 0 });
      else if (e.score > n.best.evaluation!.score!) n.best = c;
    }
    for (const [k, v] of Object.entries(o.space?.size?.(c.instance) ?? {})) effort.largest[k] = Math.max(effort.largest[k] ?? 0, v);
    if (!best || e.score > best.evaluation!.score!) best = c;
    // Sideways moves are accepted (≥): plateaus of integer counts are common.
    const keep = (p: Candidate<I>[]): void => {
      if (p.length < POOL || e.score! >= p[p.length - 1]!.evaluation!.score!) {
        p.push(c);
        p.sort((a, b) => b.evaluation!.score! - a.evaluation!.score!);
        if (p.length > POOL) p.pop();
      }
    };
    keep(pool);
    if (c.choices) keep(choicePool);
  };

  for (const d of o.draws) {
    const c: Candidate<I> = { instance: d.instance, index: next++, origin: `random draw ${next - 1}`, evaluation: d.evaluation, ...(d.choices ? { choices: d.choices, bias: d.bias } : {}) };
    const k = o.key(d.instance);
    seen.add(k);
    if (o.stopAt === c.index) return { effort, target: c };
    consider(c, k);
  }

  type Step = { done: true; result: SearchResult<I> } | { done: false; fresh: boolean; status?: Status };
  /** Evaluates one new candidate; returns a result when the search must end. */
  const tryOne = (instance: I, origin: string, value?: fc.Value<I>, choices?: Choice[], scale?: number, move?: Candidate<I>['move'], bias?: number): Step => {
    const k = o.key(instance);
    if (seen.has(k)) return { done: false, fresh: false };
    seen.add(k);
    const c: Candidate<I> = { instance, index: next++, origin, ...(value ? { value } : {}), ...(choices ? { choices } : {}), ...(scale !== undefined ? { scale } : {}), ...(move ? { move } : {}), ...(bias !== undefined ? { bias } : {}) };
    if (o.stopAt === c.index) return { done: true, result: { effort, target: c } };
    if (o.stopAt === undefined && o.evaluations > 0 && effort.evaluations >= effort.budget && nearMiss()) { effort.budget += o.evaluations; effort.extended = (effort.extended ?? 0) + 1; }
    if (o.stopAt === undefined && effort.evaluations >= effort.budget) { effort.stopped = 'budget'; return { done: true, result: { effort, best } }; }
    if (o.stopAt === undefined && o.timeCapMs !== undefined && performance.now() - t0 > o.timeCapMs) { effort.stopped = 'time cap'; return { done: true, result: { effort, best } }; }
    effort.evaluations++;
    const e = (c.evaluation = o.evaluate(instance));
    lastScore = e.status === 'ok' ? e.score : undefined;
    if (e.status === 'violated') { effort.stopped = 'violation'; return { done: true, result: { effort, best, found: c } }; }
    if (e.status === 'undecided') { effort.undecided++; effort.undecidedReason ??= e.reason; }
    if (e.status === 'rejected') effort.rejected++;
    consider(c, k);
    return { done: false, fresh: true, status: e.status };
  };

  // Families, lazily: a family ends at its first member the judge cannot decide (too large for the
  // iteration cap, say), since its later members are larger still. The endpoints family is not
  // ordered by size: a corner outside the hypotheses or undecided says nothing of the next corner.
  type Member = { instance: I; value?: fc.Value<I>; choices?: Choice[] };
  type LiveFamily = { it: Iterator<Member>; live: boolean; i: number; name: string; tried: number; best?: number; sized: boolean; rising: number };
  const families: LiveFamily[] = [];
  const addFamily = (name: string, members: Iterable<Member>, sized: boolean): void => {
    effort.families.push({ name, tried: 0 });
    families.push({ it: members[Symbol.iterator](), live: true, i: families.length, name, tried: 0, sized, rising: 0 });
  };
  for (const f of o.space?.families ?? []) addFamily(f.name, (function* () { for (const instance of f.members()) yield { instance }; })(), true);
  if (o.arbitrary) {
    const arb = o.arbitrary;
    addFamily('endpoints', (function* () { for (const m of endpointMembers(arb, o.seed)) yield { instance: m.value.value, value: m.value, choices: m.choices }; })(), false);
  }
  const familyRound = (onlyRising = false): Step | undefined => {
    for (const f of families) {
      if (onlyRising && f.rising < RISING_RUN) continue;
      while (f.live) {
        let r: IteratorResult<Member>;
        try { r = f.it.next(); } catch { f.live = false; break; }
        if (r.done) { f.live = false; break; }
        f.tried++;
        const s = tryOne(r.value.instance, `family ${f.name}`, r.value.value, r.value.choices);
        // The effort counts members measured, not repeats of an instance already seen.
        if (s.done) { if (s.result.found) effort.families[f.i]!.tried++; return s; }
        if (!s.fresh) continue;
        effort.families[f.i]!.tried++;
        // Past its first members a family grows only while it comes closer to the boundary by at
        // least 1% a member: a flat or falling score means the bound has room to spare along it,
        // and larger members only cost more.
        const score = s.status === 'ok' ? lastScore : undefined;
        if ((score === undefined && f.sized) || (f.tried > FIRST_MEMBERS && f.best !== undefined && (score ?? -Infinity) < f.best * GROWTH)) f.live = false;
        // A sized family whose members keep coming closer by ≥ 5% each is on a trend toward the
        // boundary (a dropped factor n: the score grows like n): it is followed at every local step.
        f.rising = f.sized && score !== undefined && f.best !== undefined && score >= f.best * RISE ? f.rising + 1 : 0;
        if (score !== undefined) f.best = Math.max(f.best ?? -Infinity, score);
        break;
      }
    }
    return undefined;
  };

  for (let r = 0; r < FIRST_MEMBERS; r++) { const s = familyRound(); if (s?.done) return s.result; }

  /** A fresh draw from the arbitrary (biased half of the time, as fast-check's runner does), with its choices. */
  const draw = (): { value: fc.Value<I>; choices: Choice[]; bias?: number } | undefined => {
    if (!o.arbitrary) return undefined;
    const seed = rng.next(), bias = rng.int(0, 1) ? undefined : rng.int(2, 20);
    const g = generateScripted(o.arbitrary, () => undefined, seed, bias);
    return g && { ...g, bias };
  };
  const shrinkTree = (c: Candidate<I>): fc.Value<I>[] => (c.value && o.arbitrary ? [...o.arbitrary.shrink(c.value.value, c.value.context).take(12)] : []);

  /**
   * Pattern search along one choice: a parent that a move of choice k by δ made better than its own
   * parent is moved on by 2δ and δ, and by ±δ/2, before any random move, so a climb toward an interior
   * maximum (a Huber τ, an eigenvalue) accelerates instead of waiting for a random pick of that choice.
   */
  const followMoves = (c: Candidate<I>): { changed: Map<number, Int>; scale?: number }[] => {
    const m = c.move, score = c.evaluation?.score;
    if (!m || m.delta === 0n || score === undefined || !(score > m.from)) return [];
    const ch = c.choices![m.k];
    if (!ch) return [];
    // On by 2δ and δ; back by δ/2 and on by δ/2 bracket the maximum once a step overshoots it.
    return [2n * m.delta, m.delta, -m.delta / 2n, m.delta / 2n].filter((d) => d !== 0n).map((d) => ({ changed: new Map([[m.k, clampChoice(ch, d)]]), scale: c.scale }));
  };

  /**
   * The shape whose best instance the choice moves climb from: the best-scoring shape whose climb
   * has not stalled. A climb that has not raised its shape's best in STALL steps sits on a local
   * maximum or a plateau of that shape (a quadratic where a Huber function with an interior τ is
   * the worst case), so the next shape gets the steps; when every shape has stalled, the stall
   * counts start over, from the best shape.
   */
  const climbFrom = (): { best: Candidate<I>; stalled: number } | undefined => {
    const top = (): { best: Candidate<I>; stalled: number } | undefined => {
      let pick: { best: Candidate<I>; stalled: number } | undefined;
      for (const n of shapes.values()) if (n.stalled < STALL && (!pick || n.best.evaluation!.score! > pick.best.evaluation!.score!)) pick = n;
      return pick;
    };
    const pick = top();
    if (pick) return pick;
    for (const n of shapes.values()) n.stalled = 0;
    return top();
  };

  /**
   * A line search along one choice, from what a child's score says (the pattern search of followMoves
   * takes over once a move is better). Worse: the other way (a peak on that side). Worse both ways: a
   * quarter of the step both ways (the peak is in between; a climb near an interior maximum needs ever
   * smaller steps, which random moves find rarely). The same score: twice the step (a plateau, a Huber
   * τ beyond the start, where the function is a quadratic, is left by a larger step).
   */
  const probesAfter = (parent: Candidate<I>, move: { k: number; delta: bigint; from: number }, score: number, kind?: Probe['kind']): void => {
    const { k, delta, from } = move, c = parent.choices![k]!;
    if (delta === 0n) return;
    const add = (d: bigint, kind: Probe['kind']): void => { if (d !== 0n) (parent.probes ??= []).push({ k, delta: d, kind }); };
    const abs = delta < 0n ? -delta : delta;
    if (score < from) {
      if (kind === undefined || kind === 'widen') add(-delta, 'reflect');
      else { add(abs / 4n, 'bracket'); add(-abs / 4n, 'bracket'); }
    } else if (score === from && kind !== 'reflect' && kind !== 'bracket' && 2n * abs <= BigInt(c.max) - BigInt(c.min)) add(2n * delta, 'widen');
  };

  /** Rewrites a candidate drawn under bias to the unbiased choices of the same instance, when they exist (unbiasedTwin). */
  const twinTried = new WeakSet<Candidate<I>>();
  const unbias = (c: Candidate<I>): void => {
    if (c.bias === undefined || !c.choices || !o.arbitrary || twinTried.has(c)) return;
    twinTried.add(c);
    const g = unbiasedTwin(o.arbitrary, c.choices, c.bias, rng.next());
    if (!g || o.key(g.value.value) !== o.key(c.instance)) return;
    c.choices = g.choices; c.value = g.value; delete c.bias;
    // Moves and probes name choices by position, which the rewrite changed.
    delete c.move; delete c.probes;
  };

  /** The space's moves; a move function that throws offers no move (a user's neighbours may be partial). */
  const movesOf = (x: I): I[] => { try { return o.space?.neighbours?.(x, rng) ?? []; } catch { return []; } };
  let idle = 0;
  for (let step = 0; ; step++) {
    if (step > 0 && step % FAMILY_EVERY === 0) { const s = familyRound(); if (s?.done) return s.result; }
    else if (step > 0) { const s = familyRound(true); if (s?.done) return s.result; }
    let fresh = false;
    if ((step % RESTART_EVERY === RESTART_EVERY - 1 || pool.length === 0) && o.arbitrary) {
      const v = draw();
      effort.restarts++;
      if (v) {
        const s = tryOne(v.value.value, 'restart', v.value, v.choices, undefined, undefined, v.bias);
        if (s.done) return s.result;
        fresh = s.fresh;
      }
    } else if (step % 2 === 1 && shapes.size > 0 && o.arbitrary) {
      // Moves in the arbitrary's own choices, from an elite instance the search drew itself: the
      // best of the shape being climbed three times in four, otherwise any elite one.
      const niche = climbFrom()!;
      unbias(niche.best);
      const parent = rng.int(0, 3) < 3 ? niche.best : rng.pick(choicePool);
      const before = niche.best;
      const other = rng.pick(choicePool);
      effort.localSteps++;
      const from = parent.evaluation?.score ?? -Infinity;
      const probes = (parent.probes ?? []).splice(0, PROBES_PER_STEP).map((p) => ({ changed: new Map([[p.k, clampChoice(parent.choices![p.k]!, p.delta)]]), scale: parent.scale, probe: p.kind }));
      const moves: { changed: Map<number, Int>; scale?: number; probe?: Probe['kind'] }[] = [...followMoves(parent), ...probes, ...choiceMoves(parent.choices!, rng, MOVES_PER_STEP, other.choices, parent.scale)];
      for (const m of moves) {
        // Under the parent's bias, so its choices are asked in the same order.
        const g = generateScripted(o.arbitrary, replaying(parent.choices!, m.changed), rng.next(), parent.bias);
        if (!g) continue;
        const [[k, v]] = [...m.changed];
        const move = { k: k!, delta: BigInt(v!) - BigInt(parent.choices![k!]!.value), from };
        const s = tryOne(g.value.value, 'choice move', g.value, g.choices, m.scale, move, parent.bias);
        if (s.done) return s.result;
        fresh ||= s.fresh;
        if (s.fresh && s.status === 'ok' && lastScore !== undefined) probesAfter(parent, move, lastScore, m.probe);
      }
      // A line search still narrowing in on the parent (bracket probes) is not a stall.
      niche.stalled = niche.best !== before ? 0 : niche.best.probes?.some((p) => p.kind === 'bracket') ? niche.stalled : niche.stalled + 1;
    } else if (pool.length > 0) {
      // Tournament: the best instance half of the time, otherwise any elite one.
      const parent = rng.int(0, 1) === 0 ? pool[0]! : rng.pick(pool);
      const moves: { instance: I; value?: fc.Value<I> }[] = [
        ...movesOf(parent.instance).map((instance) => ({ instance })),
        ...shrinkTree(parent).map((v) => ({ instance: v.value, value: v })),
      ];
      effort.localSteps++;
      for (const m of rng.sample(moves, MOVES_PER_STEP)) {
        const s = tryOne(m.instance, 'local step', m.value);
        if (s.done) return s.result;
        fresh ||= s.fresh;
      }
    }
    idle = fresh ? 0 : idle + 1;
    // Nothing new for a long while: the space is exhausted (tiny spaces, constant arbitraries).
    if (idle > 200 || (pool.length === 0 && !o.arbitrary)) { effort.stopped = 'nothing left to try'; return { effort, best }; }
  }
}
