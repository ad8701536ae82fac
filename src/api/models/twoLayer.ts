/** Two-layer nets g(b; W) = Σ a_j φ(w_jᵀb) with 1-homogeneous φ (fixed or trained outputs). (The reduction comparison and its instances live beside the tyurin2025 claims.) */
export * from '../../models/twoLayer.ts';
export * from '../../models/twoLayerBoth.ts';
