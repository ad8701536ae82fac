/**
 * The endpoints family: the corners of any fast-check arbitrary's ranges, with no knowledge of the
 * instance type.
 *
 * A bound often breaks only at the edge of its hypotheses: the step η = 2/L of "GD converges for
 * η ≤ 2/L", the largest n, the smallest margin. Random draws reach an edge rarely (one value in
 * sixteen, or one in a thousand), and the arbitrary is opaque to the search. But every fast-check
 * arbitrary draws its choices through `Random.nextInt(min, max)` and `nextBigInt(min, max)` (integers,
 * rationals built from them, array lengths, `constantFrom`, `oneof`, doubles through their index).
 * A `Random` that answers some of those calls with `min` or `max` instead of a random value generates
 * the arbitrary's own corner instances, with their shrink contexts, through its own `map`, `chain` and
 * `filter`: so every member is an instance the arbitrary can produce.
 *
 * Members, in order: every choice at its maximum; every choice at its minimum; then, for each choice k
 * in turn, the maximum corner with choice k at its minimum and the minimum corner with choice k at its
 * maximum (so an arbitrary of two choices has all four corners among its first four members), each
 * pair followed by a random corner and a random draw with one choice at one end.
 */
import type fc from 'fast-check';
import { SearchRng } from './rng.ts';
import { generateScripted, type Choice } from './choices.ts';

type End = 'min' | 'max' | undefined;

/** Members after the two uniform corners. The family is finite so that a tiny space (two choices, four corners) ends. */
const MIXED_MEMBERS = 60;

/**
 * Corner instances of an arbitrary, lazily, deterministic in `seed`: the family the search tries
 * first for an arbitrary it knows nothing else about (see the module comment).
 * Each member is a fast-check Value (instance and shrink context), so a violation shrinks as usual.
 * A member whose generation throws is skipped.
 */
export function* endpointMembers<I>(arb: fc.Arbitrary<I>, seed: number): Generator<{ value: fc.Value<I>; choices: Choice[] }> {
  const rng = new SearchRng(seed ^ 0xed9e);
  const gen = (end: (call: number) => End): { value?: fc.Value<I>; choices: Choice[] } | undefined =>
    generateScripted(arb, (k, min, max) => { const e = end(k); return e === 'min' ? min : e === 'max' ? max : undefined; }, rng.next());
  const top = gen(() => 'max');
  if (top?.value) yield { value: top.value, choices: top.choices };
  const bottom = gen(() => 'min');
  if (bottom?.value) yield { value: bottom.value, choices: bottom.choices };
  // Single-choice members aim at the choices a generation makes (at least one).
  const choices = Math.max(1, Math.min(top?.choices.length ?? 1, bottom?.choices.length ?? 1));
  for (let m = 0; m < MIXED_MEMBERS; m++) {
    const k = Math.floor(m / 4);
    let end: (call: number) => End;
    switch (m % 4) {
      case 0: end = (c) => (c === k % choices ? 'min' : 'max'); break;
      case 1: end = (c) => (c === k % choices ? 'max' : 'min'); break;
      case 2: { const bits = new SearchRng(rng.next()); end = () => (bits.int(0, 1) ? 'max' : 'min'); break; }
      default: { const at = rng.int(0, choices - 1); const e: End = rng.int(0, 1) ? 'max' : 'min'; end = (c) => (c === at ? e : undefined); }
    }
    const g = gen(end);
    if (g?.value) yield { value: g.value, choices: g.choices };
  }
}
