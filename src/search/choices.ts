/**
 * The choices an arbitrary made: search in the space of a fast-check arbitrary's own random choices.
 *
 * Every fast-check arbitrary draws each choice (an integer, a bigint, an array length, a `constantFrom`
 * or `oneof` pick, a double through its monotone index) with `Random.nextInt(min, max)` or
 * `nextBigInt(min, max)`. A `ScriptedRandom` answers those calls from a script and records what was
 * asked and answered, so an instance drawn by the search carries its choice sequence, and a
 * neighbour is the same arbitrary generated from a changed sequence: one choice moved by ±2^j, set
 * to an end of its range, copied from another choice (ties, duplicates), or halfway to the same
 * choice of another good instance (bisection toward an interior maximum). Generation goes through
 * the arbitrary's own `map`, `chain` and `filter`, so every neighbour is an instance the arbitrary can
 * produce, with a shrink context. This is the generic local search for an arbitrary the search knows
 * nothing else about (the idea of Hypothesis's choice sequences).
 */
import fc from 'fast-check';
import { SearchRng } from './rng.ts';

export type Int = number | bigint;
/** One choice: the range asked for and the value answered. */
export interface Choice { min: Int; max: Int; value: Int }
/** What to answer at call k, given the range asked for; undefined: a random value. */
export type Script = (call: number, min: Int, max: Int) => Int | undefined;

/**
 * Scripted choices are bounded, so an arbitrary whose filter rejects a scripted instance falls back
 * to random choices (and terminates as it would in fast-check) instead of regenerating it forever.
 */
const SCRIPTED_CALLS = 4096;

const clamp = (v: Int, min: Int, max: Int): Int => {
  if (typeof min === 'bigint') { const b = BigInt(v); return b < min ? min : b > (max as bigint) ? max : b; }
  const n = Number(v);
  return n < min ? min : n > (max as number) ? max : n;
};

/** A fast-check Random that answers range choices from a script, and records every choice made. */
export class ScriptedRandom extends fc.Random {
  readonly choices: Choice[] = [];
  constructor(rng: SearchRng, private readonly script: Script) { super(rng); }
  private answer<T extends Int>(min: T, max: T, random: () => T): T {
    const k = this.choices.length;
    const s = k < SCRIPTED_CALLS ? this.script(k, min, max) : undefined;
    const value = (s === undefined ? random() : clamp(s, min, max)) as T;
    this.choices.push({ min, max, value });
    return value;
  }
  override nextInt(): number;
  override nextInt(min: number, max: number): number;
  override nextInt(min?: number, max?: number): number {
    if (min === undefined || max === undefined) return super.nextInt();
    return this.answer(min, max, () => super.nextInt(min, max));
  }
  override nextBigInt(min: bigint, max: bigint): bigint {
    return this.answer(min, max, () => super.nextBigInt(min, max));
  }
}

/** A fast-check Random that passes every call on to fast-check's own, recording the range choices. */
class RecordingRandom extends fc.Random {
  readonly choices: Choice[] = [];
  constructor(private readonly inner: fc.Random) { super(new SearchRng(0)); }
  override nextInt(): number;
  override nextInt(min: number, max: number): number;
  override nextInt(min?: number, max?: number): number {
    if (min === undefined || max === undefined) return this.inner.nextInt();
    const value = this.inner.nextInt(min, max);
    this.choices.push({ min, max, value });
    return value;
  }
  override nextBigInt(min: bigint, max: bigint): bigint {
    const value = this.inner.nextBigInt(min, max);
    this.choices.push({ min, max, value });
    return value;
  }
  override next(bits: number): number { return this.inner.next(bits); }
  override nextBoolean(): boolean { return this.inner.nextBoolean(); }
  override nextDouble(): number { return this.inner.nextDouble(); }
  override clone(): fc.Random { return this.inner.clone(); }
}

/**
 * The arbitrary, generating exactly what it would (the same calls on fast-check's random source), and
 * telling `seen` each value's choices and bias: so the random draws of fast-check's own run carry
 * their choice sequences, and the search can climb from the best of them (choice moves).
 */
export function recordingChoices<I>(arb: fc.Arbitrary<I>, seen: (value: I, choices: Choice[], bias: number | undefined) => void): fc.Arbitrary<I> {
  return new (class extends fc.Arbitrary<I> {
    generate(mrng: fc.Random, bias: number | undefined): fc.Value<I> {
      const r = new RecordingRandom(mrng);
      const v = arb.generate(r, bias);
      seen(v.value, r.choices, bias);
      return v;
    }
    canShrinkWithoutContext(value: unknown): value is I { return arb.canShrinkWithoutContext(value); }
    shrink(value: I, context: unknown): fc.Stream<fc.Value<I>> { return arb.shrink(value, context); }
  })();
}

/**
 * A value generated with its choices; undefined when the arbitrary throws. Deterministic in `seed`.
 * `bias`: fast-check's bias factor (undefined: unbiased), for fresh draws as its runner makes them.
 */
export function generateScripted<I>(arb: fc.Arbitrary<I>, script: Script, seed: number, bias?: number): { value: fc.Value<I>; choices: Choice[] } | undefined {
  const r = new ScriptedRandom(new SearchRng(seed), script);
  try { return { value: arb.generate(r, bias), choices: r.choices }; } catch { return undefined; }
}

/**
 * The same instance drawn without bias, when its choices show it: fast-check's bias (a draw under bias
 * factor b) adds a coin nextInt(1, b) before each integer, and on a coin of 1 a range id and a value
 * in a narrow range near 0, the minimum or the maximum. A climb from such choices is held in that
 * narrow range (a Huber τ in [1 − 13/1024, 1 + 12/1024] instead of [1/256, 64)). This regenerates the
 * arbitrary unbiased, reading each integer's coin, range id and value as fast-check asked them, and
 * answering the range asked with that value. Undefined when that does not
 * regenerate the instance (the caller compares keys): the choices only guide the search, so a miss
 * costs nothing but the twin.
 */
export function unbiasedTwin<I>(arb: fc.Arbitrary<I>, choices: readonly Choice[], bias: number, seed: number): { value: fc.Value<I>; choices: Choice[] } | undefined {
  let p = 0;
  const is = (c: Choice | undefined, min: Int, max: Int): c is Choice => c !== undefined && BigInt(c.min) === BigInt(min) && BigInt(c.max) === BigInt(max);
  const within = (c: Choice | undefined, min: Int, max: Int): c is Choice => c !== undefined && BigInt(c.min) >= BigInt(min) && BigInt(c.max) <= BigInt(max);
  const rangeId = (c: Choice | undefined): boolean => c !== undefined && ((c.min === -2 && c.max === 0) || (c.min === -4 && c.max === 1));
  const script: Script = (_k, min, max) => {
    // Other biased draws (array slices, depth) ask ranges an unbiased draw does not: skipped, a few at most.
    for (let skip = 0; skip < TWIN_SKIPS && p < choices.length; skip++, p++) {
      const c = choices[p]!;
      if (is(c, 1, bias)) {
        // fast-check's integer under bias: a coin; not 1: the value in the whole range; 1: a range id
        // (when the range is not a single value) and the value in the narrow range.
        const a = choices[p + 1], b = choices[p + 2];
        if (c.value !== 1 && is(a, min, max)) { p += 2; return a.value; }
        if (c.value === 1 && BigInt(min) === BigInt(max) && is(a, min, max)) { p += 2; return a.value; }
        if (c.value === 1 && rangeId(a) && within(b, min, max)) { p += 3; return b.value; }
      }
      if (is(c, min, max)) { p += 1; return c.value; }
    }
    throw new RangeError('the choices do not fit an unbiased draw');
  };
  return generateScripted(arb, script, seed);
}

/** Recorded choices skipped at most for one range asked (other biased draws' own choices). */
const TWIN_SKIPS = 3;

/** Replays a choice sequence (clamped to whatever ranges are asked), with one or more calls changed. */
export const replaying = (choices: readonly Choice[], changed: ReadonlyMap<number, Int> = new Map()): Script =>
  (k) => changed.get(k) ?? choices[k]?.value;

/** The choice moved by d, within its range. */
export const clampChoice = (c: Choice, d: bigint): Int => clamp(typeof c.value === 'bigint' ? c.value + d : Number(BigInt(c.value) + d), c.min, c.max);

/** The most bits a choice's range counts for when choices are picked to be moved. */
const WEIGHT_BITS = 16;
const width = (c: Choice): bigint => BigInt(c.max) - BigInt(c.min);
const bits = (c: Choice): number => width(c).toString(2).length;
const add = (c: Choice, d: bigint): Int => (typeof c.value === 'bigint' ? c.value + d : Number(BigInt(c.value) + d));
const mid = (a: Int, b: Int): Int => (typeof a === 'bigint' ? (a + BigInt(b)) / 2n : Math.floor((a + Number(b)) / 2));

/**
 * Changed choice sequences near `choices` (each a map call → new value), for the local search:
 * `count` moves of the kinds in the module comment, on choices whose range is not a single value.
 * `other` is another good instance's choices, for the halfway move; `scale` the step exponent j of
 * the move that made the parent, if any (returned with each step move, to be passed on).
 */
export function choiceMoves(choices: readonly Choice[], rng: SearchRng, count: number, other?: readonly Choice[], scale?: number): { changed: Map<number, Int>; scale?: number }[] {
  const free = choices.map((c, k) => k).filter((k) => width(choices[k]!) > 0n);
  if (free.length === 0) return [];
  // A choice is moved with a probability that grows with its range's bits (up to WEIGHT_BITS): a
  // parameter on a fine grid (a Huber τ of 14 bits) is where a climb goes, while fast-check's bias
  // coins and oneof picks (2–4 bits each, half the choices of a biased draw) mostly jump elsewhere.
  const weights = free.map((k) => Math.min(WEIGHT_BITS, bits(choices[k]!)));
  const total = weights.reduce((a, b) => a + b, 0);
  const pickFree = (): number => {
    let r = rng.int(0, total - 1);
    for (let i = 0; i < free.length; i++) { r -= weights[i]!; if (r < 0) return free[i]!; }
    return free[free.length - 1]!;
  };
  const out: { changed: Map<number, Int>; scale?: number }[] = [];
  for (let m = 0; m < count; m++) {
    const k = pickFree(), c = choices[k]!;
    const kind = rng.int(0, 9);
    let v: Int, j: number | undefined;
    if (kind < 6) {
      // A step of ±2^j. Near the scale of the move that made the parent (a lineage that improves
      // keeps its step, drifting down as it closes in) most of the time; else any of the range's
      // scales, coarse and fine alike.
      const top = bits(c) - 1;
      j = scale !== undefined && rng.int(0, 9) < 7 ? Math.max(0, Math.min(top, scale + rng.int(-2, 1))) : rng.int(0, top);
      v = add(c, (rng.int(0, 1) ? 1n : -1n) << BigInt(j));
    } else if (kind === 6) v = rng.int(0, 1) ? c.max : c.min;
    else if (kind === 7 && free.length > 1) v = choices[rng.pick(free)]!.value;
    else if (other && other[k] && other[k]!.value !== c.value) v = mid(c.value, other[k]!.value);
    else v = add(c, rng.int(0, 1) ? 1n : -1n);
    out.push({ changed: new Map([[k, clamp(v, c.min, c.max)]]), ...(j !== undefined ? { scale: j } : {}) });
  }
  return out;
}
