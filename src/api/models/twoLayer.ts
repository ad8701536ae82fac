/** Two-layer nets g(b; W) = Σ a_j φ(w_jᵀb) with 1-homogeneous φ (fixed or trained outputs), seeded instances, and the γ → ∞ reduction. */
export * from '../../models/twoLayer.ts';
export * from '../../models/twoLayerBoth.ts';
export * from '../../models/twoLayerInstances.ts';
export * from '../../models/twoLayerReduction.ts';
