/** Dense linear algebra behind one arithmetic interface (float64, decimal.js, exact rationals): Jacobi eigenvalues with error bounds, solves. */
export * from '../linalg/arith.ts';
export * from '../linalg/dense.ts';
export * from '../linalg/eig.ts';
export * from '../linalg/checked.ts';
export * from '../linalg/solve.ts';
