/** Exact rationals on BigInt: `Q` (numerator/denominator, always reduced) and vectors of them. */
export * from '../numeric/rational.ts';
