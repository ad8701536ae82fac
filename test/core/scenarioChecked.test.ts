// A scenario's own return values are checked where gdcheck takes them (src/scenarios/checked.ts).
import { describe, expect, it } from 'vitest';
import { checkedLabels, exitCode } from '../../src/scenarios/checked.ts';
import type { Sweep } from '../../src/scenarios/sweep.ts';
import type { SimulateOptions } from '../../src/scenarios/scenario.ts';

const opts = { budget: 1, seed: 1, set: {}, settings: {} } as SimulateOptions;
const sweep = (over: Partial<Sweep>): Sweep => ({ points: () => [1, 2], label: (p) => `p${String(p)}`, point: (_o, p) => p, report: () => 0, ...over });

describe('a scenario\'s return values', () => {
  it('labels: points() an array, each label a string, a throw named', () => {
    expect(checkedLabels('s', sweep({}), opts)).toEqual(['p1', 'p2']);
    expect(() => checkedLabels('s', sweep({ points: () => 'ab' as never }), opts)).toThrow("scenario 's': points() must return an array of points, got 'ab'");
    expect(() => checkedLabels('s', sweep({ label: (p) => (p === 2 ? (2n as never) : 'x') }), opts)).toThrow("scenario 's': label() of point 1 must return a string, got a bigint");
    expect(() => checkedLabels('s', sweep({ label: () => { throw new Error('no\nmore'); } }), opts)).toThrow("scenario 's': label() of point 0 threw: no");
  });
  it('exit codes: integers 0 to 255', () => {
    expect(exitCode('s', 0)).toBe(0);
    expect(exitCode('s', 255)).toBe(255);
    for (const bad of [-1, 256, 1.5, NaN, '0', undefined]) expect(() => exitCode('s', bad)).toThrow(/^scenario 's' returned .*, not an exit code \(an integer from 0 to 255\)$/);
  });
});
