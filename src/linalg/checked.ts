/**
 * float64 results cross-checked in high precision: λ_min and quadratic forms bᵀM⁻¹b are computed
 * both ways and the report carries the difference, so a claim can refuse a float64 value that the
 * decimal computation does not confirm.
 */
import type Decimal from 'decimal.js';
import { F64, decimalArith } from './arith.ts';
import { symmetricEigenvalues } from './eig.ts';
import { solve } from './solve.ts';
import { dot, fromF64 } from './dense.ts';

export interface Checked { f64: number; hp: Decimal; /** |f64 − hp| */ diff: number; /** error bound of the hp value */ bound: number }

export function lambdaMinChecked(M: readonly (readonly number[])[], digits = 40): Checked {
  const f = symmetricEigenvalues(F64, M.map((r) => r.slice())).values[0]!;
  const D = decimalArith(digits);
  const e = symmetricEigenvalues(D, fromF64(D, M));
  const hp = e.values[0]!;
  return { f64: f, hp, diff: Math.abs(hp.minus(f).toNumber()), bound: e.bound };
}

/** bᵀ M⁻¹ b for symmetric positive definite M. */
export function inverseQuadChecked(M: readonly (readonly number[])[], b: readonly number[], digits = 40): Checked {
  const x = solve(F64, M.map((r) => r.slice()), b);
  const f = dot(F64, b, x);
  const D = decimalArith(digits);
  const bd = b.map((v) => D.of(v));
  const hp = dot(D, bd, solve(D, fromF64(D, M), bd));
  return { f64: f, hp, diff: Math.abs(hp.minus(f).toNumber()), bound: 0 };
}
