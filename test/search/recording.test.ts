// The random draws of a property claim carry their choice sequences (so the search can climb from the
// best of them): recording must not change what fast-check draws, and replaying the recorded choices
// under the recorded bias must give back the same value.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateScripted, recordingChoices, replaying, type Choice } from '../../src/search/choices.ts';

const arb = fc.record({
  n: fc.integer({ min: -50, max: 50 }),
  xs: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 5 }),
  pick: fc.oneof(fc.constant('a'), fc.integer({ min: 1, max: 1000 }).map(String)),
  big: fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
});

describe('recordingChoices', () => {
  it('draws exactly what the arbitrary draws (same seed, biased runs included)', () => {
    const seen: { choices: Choice[]; bias: number | undefined }[] = [];
    const rec = recordingChoices(arb, (_v, choices, bias) => seen.push({ choices, bias }));
    expect(fc.sample(rec, { seed: 42, numRuns: 60 })).toEqual(fc.sample(arb, { seed: 42, numRuns: 60 }));
    expect(seen.length).toBe(60);
  });
  it("replaying a draw's choices under its bias rebuilds the same value", () => {
    const draws: { value: unknown; choices: Choice[]; bias: number | undefined }[] = [];
    const rec = recordingChoices(arb, (value, choices, bias) => draws.push({ value, choices, bias }));
    fc.assert(fc.property(rec, () => true), { seed: 7, numRuns: 80 });
    expect(draws.some((d) => d.bias !== undefined)).toBe(true);
    for (const d of draws) expect(generateScripted(arb, replaying(d.choices), 1, d.bias)!.value.value).toEqual(d.value);
  });
});
