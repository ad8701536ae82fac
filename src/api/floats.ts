/** float64 kernels with care: stable σ and softplus, norms, and the guard that refuses a sign float64 cannot resolve. */
export * from '../numeric/float64.ts';
