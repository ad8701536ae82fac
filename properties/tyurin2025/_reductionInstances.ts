/**
 * Instances of the fixed-output two-layer model for the reduction claims: generic separable data, an
 * activation, output weights a_j = ±1 and a nonzero rational U_0 (the shared start of GD/γ and of the
 * generalized perceptron). Built from small integers so that shrinking ends on readable instances.
 */
import fc from 'fast-check';
import { arbitraries, data, models, rationals } from 'gdcheck';

type Dataset = data.Dataset;
type Activation = models.twoLayer.Activation;
type Q = rationals.Q;
const { Q } = rationals;
const { genericDataset } = arbitraries;
const { showDataset } = data;
const { ACTIVATIONS, HOMOGENEOUS } = models.twoLayer;

export interface TwoLayerInstance {
  ds: Dataset;
  a: number[];
  act: Activation;
  /** m rows of d rationals (entries k/4, k ∈ [−4, 4]); never all zero. */
  U0: Q[][];
}

export function twoLayerInstance(c: { maxN?: number; maxD?: number; maxWidth?: number } = {}): fc.Arbitrary<TwoLayerInstance> {
  return genericDataset({ minN: 2, maxN: c.maxN ?? 6, minD: 2, maxD: c.maxD ?? 3 }).chain((ds) => {
    const d = ds.b[0]!.length;
    return fc.record({
      act: fc.constantFrom(...HOMOGENEOUS).map((k) => ACTIVATIONS[k]),
      rows: fc.array(fc.record({ sign: fc.constantFrom(1, -1), w: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: d, maxLength: d }) }), { minLength: 2, maxLength: c.maxWidth ?? 3 }),
    }).map(({ act, rows }) => ({
      ds, act,
      a: rows.map((r) => r.sign),
      U0: rows.map((r, j) => r.w.map((x, k) => new Q(BigInt(x === 0 && k === j % d ? 1 : x), 4n))),
    }));
  });
}

export const showTwoLayer = (x: TwoLayerInstance): string =>
  `${showDataset(x.ds)} φ=${x.act.name} a=(${x.a.join(',')}) U0=[${x.U0.map((w) => `(${w.map(String).join(', ')})`).join(' ')}]`;
