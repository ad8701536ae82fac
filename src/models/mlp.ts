/**
 * Fully connected networks f(x; θ) ∈ R^M with a componentwise activation on every hidden layer and
 * a linear output layer, generic over the scalar back-end. This is the MLP member of Jakhmola's
 * class (compositions of polynomial layers and piecewise polynomial activations); the width-1
 * bottleneck of J-CE1 and the single ReLU unit of J-CE2 are instances (widths [N, 8, 1, M] and
 * [N, 1, 1]).
 *
 * Loss L(θ) = ½ Σ_j ‖f(X_j; θ) − y_j‖² (a plain sum, as the catalogue's reading of the paper).
 * Jacobian J = ∂F/∂θ ∈ R^{nM×P}, rows ordered (sample j, output k); NTK Gram G = J Jᵀ; ∇L = Jᵀ r with
 * r = F − y.
 */
import type { Arith, Mat } from '../linalg/arith.ts';
import { gram } from '../linalg/dense.ts';
import type { Rng } from './mlpRandom.ts';

export type Activation =
  | { kind: 'leaky'; alpha: number }
  | { kind: 'relu' }
  | { kind: 'poly'; c: number }
  | { kind: 'identity' };

export interface Mlp {
  /** [N, h_1, ..., h_L, M]. */
  widths: number[];
  act: Activation;
}

export const showAct = (a: Activation): string =>
  a.kind === 'leaky' ? `leaky-ReLU(α=${a.alpha})` : a.kind === 'poly' ? `z+${a.c}z²` : a.kind;

export const showMlp = (net: Mlp): string => `MLP ${net.widths.join('-')} ${showAct(net.act)}`;

/** Number of parameters: weights and biases of every layer. */
export function paramCount(net: Mlp): number {
  let p = 0;
  for (let l = 1; l < net.widths.length; l++) p += net.widths[l]! * (net.widths[l - 1]! + 1);
  return p;
}

/** Offsets of W_l (row-major out×in) and b_l in θ. */
function layout(net: Mlp): { w: number; b: number; rows: number; cols: number }[] {
  const out = [];
  let o = 0;
  for (let l = 1; l < net.widths.length; l++) {
    const rows = net.widths[l]!, cols = net.widths[l - 1]!;
    out.push({ w: o, b: o + rows * cols, rows, cols });
    o += rows * (cols + 1);
  }
  return out;
}

interface Acts<T> { sigma(z: T): T; dsigma(z: T): T }

function activation<T>(A: Arith<T>, act: Activation): Acts<T> {
  const one = A.of(1), zero = A.of(0);
  switch (act.kind) {
    case 'identity': return { sigma: (z) => z, dsigma: () => one };
    case 'relu': return { sigma: (z) => (A.sign(z) > 0 ? z : zero), dsigma: (z) => (A.sign(z) > 0 ? one : zero) };
    case 'leaky': {
      const al = A.of(act.alpha);
      // The derivative at the kink is taken from the right (1): a measure-zero convention.
      return { sigma: (z) => (A.sign(z) >= 0 ? z : A.mul(al, z)), dsigma: (z) => (A.sign(z) >= 0 ? one : al) };
    }
    case 'poly': {
      const c = A.of(act.c), c2 = A.of(2 * act.c);
      return { sigma: (z) => A.add(z, A.mul(c, A.mul(z, z))), dsigma: (z) => A.add(one, A.mul(c2, z)) };
    }
  }
}

interface Pass<T> { zs: T[][]; as: T[][] }

function forwardOne<T>(A: Arith<T>, net: Mlp, theta: readonly T[], x: readonly T[], act: Acts<T>): Pass<T> {
  const lay = layout(net);
  const zs: T[][] = [], as: T[][] = [x.slice()];
  lay.forEach((L, l) => {
    const prev = as[l]!;
    const z: T[] = [];
    for (let i = 0; i < L.rows; i++) {
      let s: T = theta[L.b + i]!;
      for (let j = 0; j < L.cols; j++) s = A.add(s, A.mul(theta[L.w + i * L.cols + j]!, prev[j]!));
      z.push(s);
    }
    zs.push(z);
    as.push(l === lay.length - 1 ? z : z.map(act.sigma));
  });
  return { zs, as };
}

/** Accumulates into `out` the gradient of δ_outᵀ f(x; θ) with respect to θ (reverse mode). */
function backwardOne<T>(A: Arith<T>, net: Mlp, theta: readonly T[], pass: Pass<T>, deltaOut: readonly T[], act: Acts<T>, out: T[]): void {
  const lay = layout(net);
  let delta = deltaOut.slice();
  for (let l = lay.length - 1; l >= 0; l--) {
    const L = lay[l]!, prev = pass.as[l]!;
    for (let i = 0; i < L.rows; i++) {
      const di = delta[i]!;
      if (A.sign(di) === 0) continue;
      out[L.b + i] = A.add(out[L.b + i]!, di);
      for (let j = 0; j < L.cols; j++) out[L.w + i * L.cols + j] = A.add(out[L.w + i * L.cols + j]!, A.mul(di, prev[j]!));
    }
    if (l === 0) break;
    const zPrev = pass.zs[l - 1]!;
    const next: T[] = [];
    for (let j = 0; j < L.cols; j++) {
      let s = A.of(0);
      for (let i = 0; i < L.rows; i++) s = A.add(s, A.mul(theta[L.w + i * L.cols + j]!, delta[i]!));
      next.push(A.mul(s, act.dsigma(zPrev[j]!)));
    }
    delta = next;
  }
}

export interface Data<T> { X: T[][]; Y: T[][] }

/** Stacked predictions F ∈ R^{nM}, ordered (sample, output). */
export function outputs<T>(A: Arith<T>, net: Mlp, theta: readonly T[], X: readonly (readonly T[])[]): T[] {
  const act = activation(A, net.act);
  return X.flatMap((x) => forwardOne(A, net, theta, x, act).as.at(-1)!);
}

export function loss<T>(A: Arith<T>, net: Mlp, theta: readonly T[], data: Data<T>): T {
  const F = outputs(A, net, theta, data.X), y = data.Y.flat();
  let s = A.of(0);
  F.forEach((f, i) => { const r = A.sub(f, y[i]!); s = A.add(s, A.mul(r, r)); });
  return A.div(s, A.of(2));
}

export interface LossGrad<T> { loss: T; grad: T[]; residual: T[] }

/** L, ∇L = Jᵀr and r = F − y, with one backward pass per sample. */
export function lossGrad<T>(A: Arith<T>, net: Mlp, theta: readonly T[], data: Data<T>): LossGrad<T> {
  const act = activation(A, net.act);
  const grad = theta.map(() => A.of(0));
  const residual: T[] = [];
  let s = A.of(0);
  data.X.forEach((x, j) => {
    const pass = forwardOne(A, net, theta, x, act);
    const r = pass.as.at(-1)!.map((f, k) => A.sub(f, data.Y[j]![k]!));
    r.forEach((rk) => { s = A.add(s, A.mul(rk, rk)); residual.push(rk); });
    backwardOne(A, net, theta, pass, r, act, grad);
  });
  return { loss: A.div(s, A.of(2)), grad, residual };
}

/** J = ∂F/∂θ, nM × P: one backward pass per (sample, output). */
export function jacobian<T>(A: Arith<T>, net: Mlp, theta: readonly T[], X: readonly (readonly T[])[]): Mat<T> {
  const act = activation(A, net.act);
  const M = net.widths.at(-1)!;
  const J: Mat<T> = [];
  for (const x of X) {
    const pass = forwardOne(A, net, theta, x, act);
    for (let k = 0; k < M; k++) {
      const row = theta.map(() => A.of(0));
      const e = Array.from({ length: M }, (_, i) => A.of(i === k ? 1 : 0));
      backwardOne(A, net, theta, pass, e, act, row);
      J.push(row);
    }
  }
  return J;
}

/** The NTK Gram matrix G = J Jᵀ (nM × nM). */
export const ntkGram = <T>(A: Arith<T>, net: Mlp, theta: readonly T[], X: readonly (readonly T[])[]): Mat<T> => gram(A, jacobian(A, net, theta, X));

export interface InitOptions {
  /** 'standard': every parameter N(0,1); 'fanIn': weights N(0, 1/fan-in), biases N(0, 1/4). */
  scale: 'standard' | 'fanIn';
}

/** An absolutely continuous (Gaussian) initialisation, as J-ASM2 requires. */
export function initParams(net: Mlp, r: Rng, o: InitOptions = { scale: 'fanIn' }): number[] {
  const theta: number[] = [];
  for (let l = 1; l < net.widths.length; l++) {
    const rows = net.widths[l]!, cols = net.widths[l - 1]!;
    const sw = o.scale === 'standard' ? 1 : 1 / Math.sqrt(cols), sb = o.scale === 'standard' ? 1 : 0.5;
    for (let k = 0; k < rows * cols; k++) theta.push(sw * r.gauss());
    for (let k = 0; k < rows; k++) theta.push(sb * r.gauss());
  }
  return theta;
}

/** Gaussian inputs and targets (J-ASM3); targets scaled by `yScale`. */
export function gaussianData(n: number, N: number, M: number, r: Rng, yScale = 1): Data<number> {
  const X = Array.from({ length: n }, () => Array.from({ length: N }, () => r.gauss()));
  const Y = Array.from({ length: n }, () => Array.from({ length: M }, () => yScale * r.gauss()));
  return { X, Y };
}

export const dataIn = <T>(A: Arith<T>, d: Data<number>): Data<T> => ({ X: d.X.map((r) => r.map((v) => A.of(v))), Y: d.Y.map((r) => r.map((v) => A.of(v))) });
