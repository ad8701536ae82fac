/**
 * The closed form behind PRED-T5.1, for every n ≥ 10. Provenance: reconstructed (catalogue C-PRED-T5.1,
 * INFERRED: derived for this project, not a statement of arXiv 2412.08424).
 *
 *   On the Theorem 5.1 dataset, for 1 ≤ k < T(n):  û_k = ( (1 + 2(k−1)/n)/4 , (n − 2k)/(2n) ),
 *   and the Batch Perceptron separates at  T(n) = ⌊(3n + 2)/10⌋ + 1  (the first k with k > 0.3n + 0.2).
 *
 * Each drawn n is run in exact rationals: every iterate is compared with the formula and the count
 * with T(n). Mutants: the count ⌊n/4⌋ + 1; the second coordinate (n − k)/(2n).
 */
import fc from 'fast-check';
import { propertyClaim, type Measurement, arbitraries, dynamics, rationals } from 'gdcheck';
const { lowerBoundDataset } = arbitraries;
const { batchPerceptron } = dynamics;
const { Q, qvec } = rationals;
type QVec = rationals.QVec;

type Iterate = (n: number, k: number) => QVec;

const iterateFormula: Iterate = (n, k) => [new Q(BigInt(n + 2 * (k - 1)), BigInt(4 * n)), new Q(BigInt(n - 2 * k), BigInt(2 * n))];
const countFormula = (n: number): number => Math.floor((3 * n + 2) / 10) + 1;

/** Measured: the exact count, or −k if iterate k breaks the formula; claimed: the formula's count. */
function measureWith(iterate: Iterate, countOf: (n: number) => number) {
  return (n: number): Measurement => {
    const run = batchPerceptron(lowerBoundDataset(n), { maxIter: 10 * n, record: true });
    if (run.count === null) throw new Error(`no separation within ${10 * n} iterations`);
    for (let k = 1; k < run.count; k++) {
      if (!qvec.eq(run.iterates[k]!, iterate(n, k))) {
        return { measured: -k, claimed: countOf(n), note: `iterate ${k} is ${qvec.show(run.iterates[k]!)}, formula gives ${qvec.show(iterate(n, k))}` };
      }
    }
    return { measured: run.count, claimed: countOf(n) };
  };
}

export default propertyClaim<number>({
  id: 'tyurin2024/T5.1-closed-form',
  title: 'Closed form of the Batch Perceptron on the Ω(n) dataset: T(n) = ⌊(3n+2)/10⌋ + 1',
  statement: 'Reconstructed (stands in for the proof of PRED-T5.1): for every n ≥ 10, û_k = ((1+2(k−1)/n)/4, (n−2k)/(2n)) for 1 ≤ k < T(n), and T(n) = ⌊(3n+2)/10⌋ + 1.',
  source: { arxiv: '2412.08424', where: 'Theorem 5.1 (closed form derived here)', catalogue: 'C-PRED-T5.1 [INFERRED]' },
  provenance: 'reconstructed',
  kind: 'exact',
  expected: 'holds',
  instances: fc.integer({ min: 10, max: 400 }),
  measure: measureWith(iterateFormula, countFormula),
  relation: 'eq',
  tolerance: { abs: 0, reason: 'exact rational iterates and integer counts' },
  show: (n) => `n=${n}`,
  precision: { search: 'exact rationals', verify: 'exact rationals' },
  weight: 0.3,
  mutants: [
    { id: 'wrong-count', description: 'T(n) = ⌊n/4⌋ + 1', measure: measureWith(iterateFormula, (n) => Math.floor(n / 4) + 1) },
    { id: 'wrong-iterate', description: 'second coordinate (n − k)/(2n)', measure: measureWith((n, k) => [iterateFormula(n, k)[0]!, new Q(BigInt(n - k), BigInt(2 * n))], countFormula) },
  ],
});
