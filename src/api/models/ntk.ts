/** The NTK-scaled two-layer ReLU network: Z, H(0) = ZZᵀ, H∞ (arccos kernel), W*, exact linearised GD, width sweeps. */
export * from '../../models/ntkTwoLayer.ts';
export * from '../../models/ntkLinearExact.ts';
export * from '../../models/ntkSweep.ts';
