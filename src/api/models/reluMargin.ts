/** Exact robustness margins of ReLU nets (linear pieces in 1-D, activation-pattern polyhedra in any dimension), in float64 or rationals. */
export * from '../../models/reluMargin.ts';
export * from '../../models/reluMarginField.ts';
