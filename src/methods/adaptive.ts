/**
 * Adam and AMSGrad as online methods (Reddi, Kale, Kumar 2018, Algorithms 1–2; Kingma & Ba 2015):
 *   m_k = β1 m_{k−1} + (1 − β1) g_k,  v_k = β2 v_{k−1} + (1 − β2) g_k²,
 *   Adam: x_{k+1} = Π(x_k − α_k m_k/(√v_k + ε));  AMSGrad: v̂_k = max(v̂_{k−1}, v_k) in place of v_k,
 * with α_k = α/√k (k = 1, 2, …, Reddi et al.'s schedule) or a constant α, no bias correction (as in
 * Reddi et al.'s framework), and Π the projection onto a box [lo, hi]ᵈ (the feasible set). The
 * gradient g_k is the online loss f_k's, so the oracle receives the round k. Square roots: decimals or
 * float64, never exact rationals.
 */
import type { Arith } from '../linalg/arith.ts';
import { Q } from '../numeric/rational.ts';
import { lift } from '../classes/objective.ts';
import { accessorProblem, isObject, unknownKeyProblem } from '../core/shape.ts';
import type { Method, State } from './method.ts';

export interface AdamOptions {
  alpha: Q;
  beta1: Q;
  beta2: Q;
  /** ε added to √v; 0 is allowed (Reddi et al.'s analysis) as long as v > 0 when it is used. */
  eps?: Q;
  /** α_k = α/√k (default) or α. */
  schedule?: 'inverse-sqrt' | 'constant';
  box?: { lo: Q; hi: Q };
  amsgrad?: boolean;
}

/**
 * Adam's step on plain numbers, for long float64 runs (Reddi et al.'s 30,000 rounds): the generic
 * step's back-end calls cost about 4 µs a step there. Operation for operation the same arithmetic, so
 * the iterates are bit-identical to the generic step's (test/classes/methods.test.ts). Module-level (no
 * closure), so every Adam instance shares one optimised copy.
 */
function adamStepF64(amsgrad: boolean, constant: boolean, s: State<number>, g: readonly number[], round: number, c: { b1: number; b2: number; c1: number; c2: number; alpha: number; e: number; lo?: number; hi?: number }): State<number> {
  const d = s.x.length, m = new Array<number>(d), v = new Array<number>(d), x = new Array<number>(d);
  const vhat = amsgrad ? new Array<number>(d) : v;
  const a = constant ? c.alpha : c.alpha / Math.sqrt(round);
  for (let i = 0; i < d; i++) {
    m[i] = c.b1 * s.mem[0]![i]! + c.c1 * g[i]!;
    v[i] = c.b2 * s.mem[1]![i]! + c.c2 * (g[i]! * g[i]!);
    if (amsgrad) vhat[i] = v[i]! < s.mem[2]![i]! ? s.mem[2]![i]! : v[i]!;
    const den = Math.sqrt(vhat[i]!) + c.e;
    // As the generic step's sign(den) === 0, which is also true for NaN.
    let xi = !(den > 0 || den < 0) ? s.x[i]! : s.x[i]! - (a * m[i]!) / den;
    if (c.lo !== undefined && c.hi !== undefined) xi = xi < c.lo ? c.lo : c.hi < xi ? c.hi : xi;
    x[i] = xi;
  }
  return { x, mem: [m, v, vhat] };
}

const ADAM_KEYS = ['alpha', 'beta1', 'beta2', 'eps', 'schedule', 'box', 'amsgrad'];

/**
 * Adam's options checked (Kingma & Ba; Reddi et al. for AMSGrad): known keys only, α > 0, β1 and β2
 * in [0, 1), ε ≥ 0, all exact rationals; schedule 'inverse-sqrt' or 'constant'; box { lo ≤ hi }.
 * @throws TypeError (an unknown key, a number where a rational Q is needed) or RangeError, one line.
 */
function checkAdamOptions(entry: string, o: unknown): void {
  if (!isObject(o)) throw new TypeError(`${entry}: the options must be an object like { alpha, beta1, beta2 }, got ${o === null ? 'null' : typeof o}`);
  const problem = accessorProblem('the options', o) ?? unknownKeyProblem('the options', o, ADAM_KEYS);
  if (problem) throw new TypeError(`${entry}: ${problem}`);
  const rational = (k: string, v: unknown, ok: (q: Q) => boolean, what: string): void => {
    if (!(v instanceof Q)) throw new TypeError(`${entry}: ${k} must be an exact rational (rationals.Q.of(1, 10), not the number 0.1), got ${typeof v === 'number' ? `the number ${v}` : v === undefined ? 'nothing' : typeof v}`);
    if (!ok(v)) throw new RangeError(`${entry}: ${k} must be ${what}, got ${v.toString()}`);
  };
  rational('alpha', o.alpha, (q) => q.sign() > 0, '> 0');
  for (const k of ['beta1', 'beta2']) rational(k, o[k], (q) => q.sign() >= 0 && q.cmp(Q.ONE) < 0, 'in [0, 1)');
  if (o.eps !== undefined) rational('eps', o.eps, (q) => q.sign() >= 0, '≥ 0');
  if (o.schedule !== undefined && o.schedule !== 'inverse-sqrt' && o.schedule !== 'constant') throw new RangeError(`${entry}: schedule must be 'inverse-sqrt' or 'constant', got ${String(o.schedule).slice(0, 40)}`);
  if (o.amsgrad !== undefined && typeof o.amsgrad !== 'boolean') throw new TypeError(`${entry}: amsgrad must be true or false, got ${typeof o.amsgrad}`);
  if (o.box !== undefined) {
    if (!isObject(o.box)) throw new TypeError(`${entry}: box must be an object { lo, hi }, got ${typeof o.box}`);
    const extra = unknownKeyProblem('box', o.box, ['lo', 'hi']);
    if (extra) throw new TypeError(`${entry}: ${extra}`);
    const box = o.box;
    rational('box.lo', box.lo, () => true, 'a rational');
    rational('box.hi', box.hi, (q) => q.cmp(box.lo as Q) >= 0, 'at least box.lo');
  }
}

export function adam(o: AdamOptions): Method {
  checkAdamOptions(o.amsgrad === true ? 'amsgrad' : 'adam', o);
  const eps = o.eps ?? Q.ZERO;
  // The constants in the last back-end used (long float64 runs take 30,000 steps in one back-end).
  let lastA: Arith<unknown> | undefined, k0: { b1: unknown; b2: unknown; c1: unknown; c2: unknown; alpha: unknown; e: unknown; lo?: unknown; hi?: unknown } | undefined;
  const constants = <T>(A: Arith<T>) => {
    if (lastA !== A || !k0) {
      const b1 = lift(A, o.beta1), b2 = lift(A, o.beta2), one = A.of(1);
      k0 = { b1, b2, c1: A.sub(one, b1), c2: A.sub(one, b2), alpha: lift(A, o.alpha), e: lift(A, eps), ...(o.box ? { lo: lift(A, o.box.lo), hi: lift(A, o.box.hi) } : {}) };
      lastA = A as Arith<unknown>;
    }
    return k0 as { b1: T; b2: T; c1: T; c2: T; alpha: T; e: T; lo?: T; hi?: T };
  };
  return {
    name: `${o.amsgrad ? 'AMSGrad' : 'Adam'} (α = ${o.alpha}${o.schedule === 'constant' ? '' : '/√k'}, β1 = ${o.beta1}, β2 = ${o.beta2}, ε = ${eps})`,
    rational: false,
    init: <T>(A: Arith<T>, x0: readonly T[]) => ({ x: [...x0], mem: [x0.map(() => A.of(0)), x0.map(() => A.of(0)), x0.map(() => A.of(0))] }),
    step: (A, f, s, k) => {
      const round = k + 1;
      const g = f.grad(A, s.x, round);
      const { b1, b2, c1, c2, alpha, e, lo, hi } = constants(A);
      if (A.name === 'float64') return adamStepF64(!!o.amsgrad, o.schedule === 'constant', s as unknown as State<number>, g as unknown as number[], round, constants(A as unknown as Arith<number>)) as unknown as State<typeof s.x[0]>;
      const m = s.mem[0]!.map((mi, i) => A.add(A.mul(b1, mi), A.mul(c1, g[i]!)));
      const v = s.mem[1]!.map((vi, i) => A.add(A.mul(b2, vi), A.mul(c2, A.mul(g[i]!, g[i]!))));
      const vhat = o.amsgrad ? v.map((vi, i) => (A.lt(vi, s.mem[2]![i]!) ? s.mem[2]![i]! : vi)) : v;
      const a = o.schedule === 'constant' ? alpha : A.div(alpha, A.sqrt(A.of(round)));
      let x = s.x.map((xi, i) => {
        const den = A.add(A.sqrt(vhat[i]!), e);
        return A.sign(den) === 0 ? xi : A.sub(xi, A.div(A.mul(a, m[i]!), den));
      });
      if (lo !== undefined && hi !== undefined) x = x.map((xi) => (A.lt(xi, lo) ? lo : A.lt(hi, xi) ? hi : xi));
      return { x, mem: [m, v, vhat] };
    },
  };
}

export const amsgrad = (o: Omit<AdamOptions, 'amsgrad'>): Method => {
  checkAdamOptions('amsgrad', o);
  return adam({ ...o, amsgrad: true });
};
