/**
 * Optimisation dynamics: GD on the logistic loss (plain, rescaled u = v/γ, normalized, float64 and high precision),
 * exact perceptrons (batch, classic, normalized, generalized; the γ → ∞ limits of GD), gradient flow and
 * the Dormand–Prince integrator, and two-layer GD (under `twoLayer`, whose names overlap the linear ones).
 */
export * from '../dynamics/perceptron.ts';
export * from '../dynamics/generalizedPerceptron.ts';
export * from '../dynamics/largeStepLimit.ts';
export * from '../dynamics/logisticGd.ts';
export * as twoLayer from '../dynamics/twoLayerGd.ts';
export * from '../integrators/dopri.ts';
export * from '../integrators/gdTrace.ts';
export * from '../integrators/gradientFlow.ts';
