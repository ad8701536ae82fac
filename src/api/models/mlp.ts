/** MLPs of any width and depth with leaky-ReLU, ReLU or polynomial activations; J, G = JJᵀ; seeded generator. (Jakhmola's instances and sweep live beside its claims, properties/jakhmola2025/.) */
export * from '../../models/mlp.ts';
export * from '../../models/mlpRandom.ts';
