/**
 * Reddi, Kale, Kumar (2018), "On the convergence of Adam and beyond", ICLR, arXiv 1904.09237, the
 * online problem of Theorem 1: on F = [−1, 1], f_t(x) = C·x for t ≡ 1 (mod 3) and −x otherwise, C > 2;
 * the best fixed point is x = −1. Adam and AMSGrad with β1 = 0, β2 = 1/(1 + C²), α_t = α/√t.
 */
import { linalg, methods, rationals } from 'gdcheck';

const { F64, decimalArith } = linalg;
type Decimal = ReturnType<ReturnType<typeof decimalArith>['of']>;
const { adam, amsgrad, run } = methods;
const { Q } = rationals;
type Arith<T> = linalg.Arith<T>;
type Oracle = methods.Oracle;
type Method = methods.Method;

export const problem = (C: number): Oracle => ({ dim: 1, grad: <T>(A: Arith<T>, _x: readonly T[], k: number) => [A.of(k % 3 === 1 ? C : -1)] });

export function reddiMethod(C: number, which: 'Adam' | 'AMSGrad'): Method {
  const o = { alpha: new Q(1n, 10n), beta1: Q.ZERO, beta2: new Q(1n, BigInt(1 + C * C)), box: { lo: Q.of(-1), hi: Q.ONE } };
  return which === 'Adam' ? adam(o) : amsgrad(o);
}

/** Regret R_T = Σ_t f_t(x_t) − min_{x∈F} Σ_t f_t(x) for T = 1 … xs.length − 1 (x_t = xs[t − 1]). */
export function regrets(C: number, xs: ArrayLike<number>): number[] {
  const out: number[] = [];
  let s = 0, G = 0;
  for (let t = 1; t < xs.length; t++) {
    const g = t % 3 === 1 ? C : -1;
    s += g * xs[t - 1]!; G += g;
    out.push(s + Math.abs(G));
  }
  return out;
}

const runs = new Map<string, Float64Array>();
/**
 * x_1 … x_{T+1} in float64, memoised per (C, method, T): both claims (and each one's mutant) read the
 * same runs. The iterates are collected as the run goes (keep: 'last'), not as 30,000 arrays.
 */
export function runF64(C: number, which: 'Adam' | 'AMSGrad', T: number): Float64Array {
  const key = `${C}|${which}|${T}`;
  let xs = runs.get(key);
  if (!xs) {
    const out = new Float64Array(T + 1);
    run(F64, reddiMethod(C, which), problem(C), [1], T, { keep: 'last', stop: (k, x) => { out[k] = x[0]!; return false; } });
    xs = out;
    runs.set(key, xs);
  }
  return xs;
}

const decimalRuns = new Map<string, readonly Decimal[]>();
/** x_1 … x_{rounds+1} in decimal.js at `digits`, memoised likewise. */
export function runDecimal(C: number, which: 'Adam' | 'AMSGrad', rounds: number, digits: number): readonly Decimal[] {
  const key = `${C}|${which}|${rounds}|${digits}`;
  let xs = decimalRuns.get(key);
  if (!xs) {
    const D = decimalArith(digits);
    xs = run(D, reddiMethod(C, which), problem(C), [D.of(1)], rounds).xs.map((x) => x[0]!);
    decimalRuns.set(key, xs);
  }
  return xs;
}


/** Both claims check C = 3, 4, 10 (C > 2), with α = 1/10, β1 = 0, β2 = 1/(1 + C²) from x1 = 1. */
export const CASES = [3, 4, 10];
export const showCase = (C: number): string => `C=${C} α=1/10 β1=0 β2=1/${1 + C * C} x1=1`;
/** The paper, at the theorem a claim states. */
export const source = (where: string, catalogue: string) => ({ arxiv: '1904.09237', where, catalogue: `user results (issue 12): ${catalogue}` });
