/** The NTK-scaled two-layer ReLU network: Z, H(0) = ZZᵀ, H∞ (arccos kernel), W*, exact linearised GD. (The width sweep lives beside the srikant2021 claims.) */
export * from '../../models/ntkTwoLayer.ts';
export * from '../../models/ntkLinearExact.ts';
