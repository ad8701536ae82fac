/**
 * THE SETTING of the smorodinsky2026 claims, in one place: data, network, initializations, step size
 * and loss. Every claim under properties/smorodinsky2026/, the `two-neuron` scenario and the W2
 * benchmark read it from here, so the paper's exact setting replaces it by editing this file.
 *
 * Today it is the catalogue's reference model R (shared/claims/smorodinsky-2603.02095.md §3), which
 * is RECONSTRUCTED: the paper's body was not available, and R is the catalogue author's construction
 * that reproduces the abstract's Θ(1/ln t) phenomenon. It is not the paper's setting:
 *   data x₊ = +u, x₋ = −u (u = 1), labels ±1;  N(x) = relu(w₁x+b₁) − relu(w₂x+b₂) (outputs fixed);
 *   loss ℓ(z) = e^{−z}, L = ℓ(N(x₊)) + ℓ(−N(x₋));  constant step η = 0.1.
 */
import { models, type Provenance } from 'gdcheck';

type GdConfig = models.twoNeuron.GdConfig;
const { params } = models.twoNeuron;

export interface TwoNeuronSetting extends GdConfig {
  /** How reports name it. */
  label: string;
  provenance: Provenance;
  /** For data ±u: u = x₊ (R-L1's invariants and R-T1's closed form need it). */
  u: number;
  /** Named initializations [w₁, b₁, w₂, b₂, v₁, v₂]. */
  inits: Record<string, Float64Array>;
  /** The initialization the rate claims use. */
  defaultInit: string;
  /** The "natural" random initialization of S-C4: i.i.d. N(0, σ²) hidden weights, outputs as in `inits`. */
  randomSigma: number;
}

export const R: TwoNeuronSetting = {
  label: "reference model R (reconstructed; stands in for the paper's unavailable setting)",
  provenance: 'reconstructed',
  xPlus: 1,
  xMinus: -1,
  u: 1,
  eta: 0.1,
  loss: 'exp',
  trainOutputs: false,
  inits: {
    // The catalogue's verification run (R-T1): K₁ = 1.2, K₂ = −0.4, limit gap·ln(ηDt) → 0.4.
    verification: params(1, -0.2, -0.5, 0.1),
    // K₁ + K₂ = 0 exactly in binary (K₁ = 1.25, K₂ = −1.25) with m₁ ≠ m₂: R-T1's counter-case, gap = O(1/(t ln t)).
    symmetric: params(1, -0.25, -1.5, 0.25),
    // Another asymmetric start in P*: K₁ = 0.5, K₂ = −0.9.
    asymmetric: params(0.7, 0.2, -1.2, 0.3),
  },
  defaultInit: 'verification',
  randomSigma: 0.5,
};

/** A variant of the setting (R-O2, R-O3 change one ingredient and keep the rest). */
export const variant = (over: Partial<TwoNeuronSetting>): TwoNeuronSetting => ({ ...R, ...over });

/** Seeded N(0, σ²) initialization of (w₁, b₁, w₂, b₂), outputs (1, −1) (or trained from there). */
export function randomInit(seed: number, index: number, sigma: number): Float64Array {
  // mulberry32 on (seed, index): reproducible, independent of any global RNG.
  let a = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return params(sigma * gauss(), sigma * gauss(), sigma * gauss(), sigma * gauss());
}
