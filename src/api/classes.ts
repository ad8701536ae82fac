/**
 * Function classes with exact instance generators and class checkers: rotated quadratics with a
 * rational spectrum (strongly convex, convex, PL), piecewise quadratics (Huber, Lessard–Recht–Packard),
 * separable lifts, margin losses with their smoothness constants, exact orthogonal bases and PSD tests.
 */
export * from '../classes/objective.ts';
export * from '../classes/orthogonal.ts';
export * from '../classes/psd.ts';
export * from '../classes/quadratic.ts';
export * from '../classes/piecewise.ts';
export * from '../classes/smoothConvex.ts';
export * from '../classes/losses.ts';
export * from '../classes/worstCase.ts';
export * from '../classes/tightCase.ts';
export * from '../classes/boundClaim.ts';
export * from '../classes/checkClass.ts';
