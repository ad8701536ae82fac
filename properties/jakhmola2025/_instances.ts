/**
 * Seeded instances of Jakhmola's setting: Gaussian data (J-ASM3) and Gaussian initialisation
 * (J-ASM2) for a given architecture, plus the structural loss floors of the two counterexamples.
 */
import type Decimal from 'decimal.js';
import { decimals, linalg, models, rationals } from 'gdcheck';

type Data<T> = models.mlp.Data<T>;
type InitOptions = models.mlp.InitOptions;
type Mlp = models.mlp.Mlp;
const { decimalArith, F64, QA, symmetricEigenvalues } = linalg;
const { precision } = decimals;
type Q = rationals.Q;
const { Q } = rationals;
const { gaussianData, initParams, paramCount, rng } = models.mlp;

export interface MlpInstance { net: Mlp; data: Data<number>; theta0: number[]; seed: number; n: number; M: number; P: number }

export function mlpInstance(net: Mlp, n: number, seed: number, init: InitOptions = { scale: 'fanIn' }): MlpInstance {
  const r = rng(seed);
  const M = net.widths.at(-1)!;
  const data = gaussianData(n, net.widths[0]!, M, r);
  const theta0 = initParams(net, r, init);
  return { net, data, theta0, seed, n, M, P: paramCount(net) };
}

/** Centered scatter S = Σ_j (y_j − ȳ)(y_j − ȳ)ᵀ of the targets, in exact rationals (float targets are dyadic). */
export function targetScatter(Y: readonly (readonly number[])[]): Q[][] {
  const n = Y.length, M = Y[0]!.length;
  const Yq = Y.map((r) => r.map((v) => Q.fromNumber(v)));
  const mean = Array.from({ length: M }, (_, k) => Yq.reduce((s, r) => s.add(r[k]!), Q.ZERO).div(Q.of(n)));
  const S = Array.from({ length: M }, () => Array.from({ length: M }, () => Q.ZERO));
  for (const r of Yq) for (let a = 0; a < M; a++) for (let b = 0; b < M; b++) S[a]![b] = S[a]![b]!.add(r[a]!.sub(mean[a]!).mul(r[b]!.sub(mean[b]!)));
  return S;
}

/**
 * J-CE1's floor: if the last hidden layer has width w < M, every output lies in an affine subspace
 * of dimension ≤ w, so L(θ) ≥ ½ Σ (the M − w smallest eigenvalues of S) for every θ (PCA residual).
 * Returned as a decimal value with its eigen-solver error bound, so `lo > 0` certifies a floor.
 */
export function subspaceFloor(Y: readonly (readonly number[])[], w: number, digits = 50): { value: Decimal; lo: Decimal; f64: number } {
  const S = targetScatter(Y);
  const D = decimalArith(digits);
  const C = precision(digits);
  const e = symmetricEigenvalues(D, S.map((r) => r.map((q) => q.toDecimal(C))));
  const k = S.length - w;
  let v = D.of(0);
  for (let i = 0; i < k; i++) v = v.plus(e.values[i]!);
  const f = symmetricEigenvalues(F64, S.map((r) => r.map((q) => q.toNumber()))).values.slice(0, k).reduce((a, b) => a + b, 0);
  return { value: v.div(2), lo: v.minus(k * e.bound).div(2), f64: f / 2 };
}

/** J-CE2's floor ½ Σ_j (y_j − ȳ)² (M = 1), exactly. */
export function meanFloor(y: readonly number[]): Q {
  const S = targetScatter(y.map((v) => [v]));
  return S[0]![0]!.mul(Q.HALF);
}

/** Exact check that a single ReLU unit (first layer, one row) is dead on every input: wᵀx_j + c < 0. */
export function deadUnit(inst: MlpInstance): { dead: boolean; maxPre: Q } {
  const N = inst.net.widths[0]!;
  const w = inst.theta0.slice(0, N).map((v) => Q.fromNumber(v)), c = Q.fromNumber(inst.theta0[N]!);
  let maxPre: Q | null = null;
  for (const x of inst.data.X) {
    const z = x.reduce((s, v, k) => s.add(QA.mul(Q.fromNumber(v), w[k]!)), c);
    if (maxPre === null || z.cmp(maxPre) > 0) maxPre = z;
  }
  return { dead: maxPre!.sign() < 0, maxPre: maxPre! };
}
