/** MLPs of any width and depth with leaky-ReLU, ReLU or polynomial activations; J, G = JJᵀ; seeded instances and the architecture sweep. */
export * from '../../models/mlp.ts';
export * from '../../models/mlpInstances.ts';
export * from '../../models/mlpRandom.ts';
export * from '../../models/mlpSweep.ts';
