/** Fitting and deciding laws: least squares with t intervals, exponents, rate laws in t (1/ln t, t^-a, e^-ct), complexity laws in d. */
export * from '../rates/fit.ts';
export * from '../rates/exponent.ts';
export * from '../rates/complexity.ts';
export * from '../rates/complexityClaim.ts';
export * from '../rates/rateLaws.ts';
export * from '../rates/rateDecide.ts';
export * from '../rates/rateClaim.ts';
export * from '../rates/rateObservation.ts';
