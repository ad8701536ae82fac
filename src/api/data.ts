/** Exact labelled datasets (points b_i with labels y_i ∈ {−1, +1}), the certified margin bracket [μ_lo, μ_hi], and bounds such as K·R²/μ² as brackets. */
export * from '../data/dataset.ts';
export * from '../data/bounds.ts';
export * from '../data/margin.ts';
