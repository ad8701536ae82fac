/**
 * First-order methods behind one interface (GD, normalized GD, heavy ball, Nesterov, Adam, AMSGrad,
 * gradient flow), exact cycles of heavy ball, and stopping rules / iteration counts as measures.
 */
export * from '../methods/method.ts';
export * from '../methods/gd.ts';
export * from '../methods/momentum.ts';
export * from '../methods/adaptive.ts';
export * from '../methods/flow.ts';
export * from '../methods/cycles.ts';
export * from '../methods/measures.ts';
