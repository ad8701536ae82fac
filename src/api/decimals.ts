/** High precision on decimal.js (stable σ, softplus, log1p at a chosen number of digits) and BigInt binary fixed point. */
export * from '../numeric/highPrecision.ts';
export * from '../numeric/fixedPoint.ts';
