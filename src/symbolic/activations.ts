/**
 * Concrete positively 1-homogeneous activations standing in for the opaque φ of a derivation,
 * with φ' for dphi. The numeric checks cycle through them, so a step (or a lemma) that holds for
 * ReLU but not for |·| is caught. φ' exists only off the kink z = 0, and the derivation's identities
 * (∂g/∂W_jk = a_j φ'(w_jᵀb) b_k) hold only there: a random point (exact rationals k/16, where
 * wᵀb = 0 does happen) that evaluates φ or φ' within 1e−20 of 0 is outside the domain and is
 * redrawn, never counted.
 */
import type Decimal from 'decimal.js';
import type { DecimalCtor } from '../numeric/highPrecision.ts';
import { NotFinite } from './evaluate.ts';
import type { Lemma, ModelSet } from './schema.ts';

type F = (C: DecimalCtor, x: Decimal) => Decimal;

/** Excludes the kink: within the central-difference step of 0, φ' is not the derivative. */
const offKink = (name: string, f: F): F => (C, x) => {
  if (x.abs().lt('1e-20')) throw new NotFinite(`${name} at its kink 0`);
  return f(C, x);
};

const model = (name: string, phi: F, dphi: F): ModelSet => ({ name, fns: { phi: offKink('φ', phi), dphi: offKink("φ'", dphi) } });

export const HOMOGENEOUS_ACTIVATIONS: ModelSet[] = [
  model('ReLU', (C, x) => (x.gt(0) ? x : new C(0)), (C, x) => new C(x.gt(0) ? 1 : 0)),
  model('leaky ReLU 1/10', (C, x) => (x.gt(0) ? x : x.div(10)), (C, x) => (x.gt(0) ? new C(1) : new C(1).div(10))),
  model('|·|', (_C, x) => x.abs(), (C, x) => new C(x.gt(0) ? 1 : -1)),
];

/** φ(γz) = γφ(z) and φ'(γz) = φ'(z) for γ > 0. */
export const HOMOGENEITY_LEMMAS: Record<string, Lemma> = {
  'phi-homogeneous': { fn: 'phi', scale: 'gamma', degree: 1, statement: 'φ(γz) = γ·φ(z) for γ > 0' },
  'dphi-homogeneous': { fn: 'dphi', scale: 'gamma', degree: 0, statement: "φ'(γz) = φ'(z) for γ > 0" },
};
