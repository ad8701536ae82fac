/**
 * The generalized perceptron of the fixed-output two-layer model (the γ → ∞ limit of the rescaled GD
 * recursion in twoLayerGd.ts), computed exactly:
 *
 *   U_{t+1} = U_t + (1/n) Σ_i c_i(t) y_i ∇_U g(b_i; U_t),   c_i(t) = lim_{γ→∞} σ(−γ m_i(U_t))
 *           = 1 if m_i < 0,  1/2 if m_i = 0 (tie),  0 if m_i > 0,          m_i(U) = y_i g(b_i; U).
 *
 * Conventions: U_0 is given (the same U_0 from which GD starts at W_0 = γU_0); at U_0 = 0 the linear
 * model (identity activation) takes the batch perceptron's first step (1/(2n)) Σ y_i b_i, while ReLU
 * would not move (∇g = 0), so the two-layer claims start from a nonzero U_0. Ties get the limit weight
 * 1/2 (the 'gd-limit' rule of src/dynamics/perceptron.ts); φ'(0) as in src/models/twoLayer.ts.
 *
 * Exactness: data are scaled to integers (B = L·b) and iterates kept as integers N = Den·U with
 * Den = lcm(denominators of U_0, 8nL): weights are halves, slopes quarters, so every update is an
 * integer. The integers are held in float64, which is exact below 2^53; each step checks a bound on
 * every magnitude and throws rather than round. So every sign, count and margin below is exact.
 */
import { Q, commonDenominator } from '../numeric/rational.ts';
import { dim, n as size, type Dataset } from '../data/dataset.ts';
import { dphiQuarters, type Activation } from '../models/twoLayer.ts';

export interface GenPerceptronOptions {
  /** Steps to run at most. */
  maxIter: number;
  /** Stop at the first iterate that classifies every point strictly correctly (default true). */
  stopWhenSeparated?: boolean;
  /** Keep every iterate and its margins (memory m·d per step). */
  record?: boolean;
}

export interface GenStep {
  /** Den·U_t, exact integers. */
  N: Float64Array;
  /** 4·Den·L·m_i(U_t), exact integers. */
  M: Float64Array;
  /** sign(w_jᵀb_i) at U_t, index i·m + j. */
  pattern: Int8Array;
}

export interface GenPerceptronRun {
  /** Steps until every margin is > 0 (0 if U_0 already separates), or null within maxIter. */
  count: number | null;
  /** Recorded steps U_0, U_1, ... (when opts.record). */
  steps: GenStep[];
  /** U = N/Den, margin = M/(4·Den·L). */
  Den: bigint;
  L: bigint;
  m: number; d: number; n: number;
}

const LIMIT = 2 ** 53;

function lcm(a: bigint, b: bigint): bigint {
  let x = a, y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}

/** Runs the generalized perceptron of g(b; U) = Σ_j a_j φ(w_jᵀb) from U_0 (m rows of d rationals). */
export function generalizedPerceptron(ds: Dataset, a: readonly number[], act: Activation, U0: readonly (readonly Q[])[], opts: GenPerceptronOptions): GenPerceptronRun {
  const n = size(ds), d = dim(ds), m = a.length;
  if (U0.length !== m || U0.some((w) => w.length !== d)) throw new RangeError(`U0 must be ${m}×${d}`);
  if (a.some((x) => !Number.isInteger(x))) throw new RangeError('output weights must be integers');
  const L = commonDenominator(ds.b.flat());
  const Den = lcm(commonDenominator(U0.flat()), 8n * BigInt(n) * L);
  const inc = Number(Den / (8n * BigInt(n) * L));
  const B = new Float64Array(n * d);
  ds.b.forEach((bi, i) => bi.forEach((x, k) => { B[i * d + k] = Number((x.num * L) / x.den); }));
  const N = new Float64Array(m * d);
  U0.forEach((w, j) => w.forEach((x, k) => { N[j * d + k] = Number((x.num * Den) / x.den); }));
  if (!Number.isSafeInteger(Number(Den)) || ![...B, ...N].every((x) => Math.abs(x) < LIMIT)) throw new RangeError('exact integer range exceeded (2^53) by the scaled data or U_0');
  const y = ds.y, amax = Math.max(...a.map(Math.abs), 1);
  const bmax = B.reduce((s, x) => Math.max(s, Math.abs(x)), 0);

  const P = new Float64Array(n * m), M = new Float64Array(n), pattern = new Int8Array(n * m);
  const steps: GenStep[] = [];
  for (let t = 0; ; t++) {
    // Every product and partial sum below is bounded by these, so integer arithmetic in float64 is exact.
    const nmax = N.reduce((s, x) => Math.max(s, Math.abs(x)), 0);
    if (nmax * bmax * d * 4 * m * amax >= LIMIT) throw new RangeError(`exact integer range exceeded (2^53) at step ${t}`);
    let separated = true;
    for (let i = 0; i < n; i++) {
      let g = 0;
      for (let j = 0; j < m; j++) {
        let p = 0;
        const bo = i * d, wo = j * d;
        for (let k = 0; k < d; k++) p += N[wo + k]! * B[bo + k]!;
        P[i * m + j] = p;
        pattern[i * m + j] = Math.sign(p);
        g += a[j]! * (p > 0 ? 4 * p : act.negQuarters * p);
      }
      M[i] = y[i]! * g;
      if (!(M[i]! > 0)) separated = false;
    }
    if (opts.record) steps.push({ N: Float64Array.from(N), M: Float64Array.from(M), pattern: Int8Array.from(pattern) });
    if (separated && (opts.stopWhenSeparated ?? true)) return { count: t, steps, Den, L, m, d, n };
    if (t >= opts.maxIter) return { count: separated ? t : null, steps, Den, L, m, d, n };
    if (nmax + n * inc * 8 * amax * bmax >= LIMIT) throw new RangeError(`exact integer range exceeded (2^53) at step ${t}`);
    for (let i = 0; i < n; i++) {
      const halves = M[i]! < 0 ? 2 : M[i] === 0 ? 1 : 0;
      if (halves === 0) continue;
      for (let j = 0; j < m; j++) {
        const q = dphiQuarters(act, pattern[i * m + j]!);
        if (q === 0) continue;
        const s = inc * halves * q * a[j]! * y[i]!;
        const wo = j * d, bo = i * d;
        for (let k = 0; k < d; k++) N[wo + k] += s * B[bo + k]!;
      }
    }
  }
}

/** U_t as float64 (for comparison with GD): N/Den. */
export function iterateF64(run: GenPerceptronRun, t: number): Float64Array {
  const den = Number(run.Den);
  return run.steps[t]!.N.map((x) => x / den);
}

/** Exact margins m_i(U_t) as rationals. */
export function marginsQ(run: GenPerceptronRun, t: number): Q[] {
  const s = 4n * run.Den * run.L;
  return Array.from(run.steps[t]!.M, (x) => new Q(BigInt(x), s));
}

/** The limit loss lim F(γU)/γ = (1/n) Σ max(0, −m_i(U)) at step t, exactly. */
export function limitLossQ(run: GenPerceptronRun, t: number): Q {
  const neg = marginsQ(run, t).reduce((s, x) => (x.sign() < 0 ? s.sub(x) : s), Q.ZERO);
  return neg.div(Q.of(run.n));
}

/** Sparse integer data for large-d sweeps: row i has entries val[i][k] at columns idx[i][k]; b_i = row/L. */
export interface SparseIntData { n: number; d: number; idx: Int32Array[]; val: Float64Array[]; y: readonly (1 | -1)[]; L: bigint }

/**
 * The same generalized perceptron (tie weight 1/2, φ'(0) as in twoLayer.ts) on sparse integer data,
 * returning only the count: O(n·m·nnz) per step instead of O(n·m·d). U_0 is given as integers
 * N_0 with U_0 = N_0/den0. The 2^53 guard is the same as above, so the count is exact or it throws.
 */
export function generalizedPerceptronSparseCount(data: SparseIntData, a: readonly number[], act: Activation, N0: Float64Array, den0: bigint, maxIter: number): number | null {
  const { n, d, idx, val, y, L } = data;
  const m = a.length;
  const Den = lcm(den0, 8n * BigInt(n) * L);
  const mult = Number(Den / den0), inc = Number(Den / (8n * BigInt(n) * L));
  if (!Number.isSafeInteger(mult) || !Number.isSafeInteger(inc)) throw new RangeError('exact integer range exceeded (2^53) by the scaling');
  const N = N0.map((x) => x * mult);
  const amax = Math.max(...a.map(Math.abs), 1);
  let bmax = 0, nnz = 0;
  for (let i = 0; i < n; i++) { nnz = Math.max(nnz, idx[i]!.length); for (const v of val[i]!) bmax = Math.max(bmax, Math.abs(v)); }
  const P = new Float64Array(n * m), M = new Float64Array(n);
  for (let t = 0; ; t++) {
    let nmax = 0;
    for (let k = 0; k < N.length; k++) nmax = Math.max(nmax, Math.abs(N[k]!));
    if (nmax * bmax * nnz * 4 * m * amax >= LIMIT || nmax + n * inc * 8 * amax * bmax >= LIMIT) throw new RangeError(`exact integer range exceeded (2^53) at step ${t}`);
    let separated = true;
    for (let i = 0; i < n; i++) {
      const ix = idx[i]!, vx = val[i]!;
      let g = 0;
      for (let j = 0; j < m; j++) {
        let p = 0;
        const wo = j * d;
        for (let k = 0; k < ix.length; k++) p += N[wo + ix[k]!]! * vx[k]!;
        P[i * m + j] = p;
        g += a[j]! * (p > 0 ? 4 * p : act.negQuarters * p);
      }
      M[i] = y[i]! * g;
      if (!(M[i]! > 0)) separated = false;
    }
    if (separated) return t;
    if (t >= maxIter) return null;
    for (let i = 0; i < n; i++) {
      const halves = M[i]! < 0 ? 2 : M[i] === 0 ? 1 : 0;
      if (halves === 0) continue;
      const ix = idx[i]!, vx = val[i]!;
      for (let j = 0; j < m; j++) {
        const q = dphiQuarters(act, Math.sign(P[i * m + j]!));
        if (q === 0) continue;
        const s = inc * halves * q * a[j]! * y[i]!;
        const wo = j * d;
        for (let k = 0; k < ix.length; k++) N[wo + ix[k]!] += s * vx[k]!;
      }
    }
  }
}
