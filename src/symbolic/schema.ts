/**
 * What a derivation file declares (`proofs/<paper-id>/<name>.ts`, default export
 * `derivationClaim({...})`): the derivation, its steps and rules, lemmas, concrete models of its
 * opaque functions, broken twins, and the per-step result the checker returns. Types only (and the
 * rule table), so the checker (derivation.ts), its numeric half (numeric.ts) and the models
 * (activations.ts) all import from here and not from each other.
 */
import type Decimal from 'decimal.js';
import type { DecimalCtor } from '../numeric/highPrecision.ts';
import type { Provenance, Source } from '../core/claim.ts';

export type Rule = 'given' | 'algebra' | 'into' | 'substitute' | 'derivative' | 'limit' | 'le' | 'ge';

export const RULES: Record<Rule, string> = {
  given: 'definition or hypothesis (not checked)',
  algebra: 'equal to the previous step',
  into: 'equal to the template with $ replaced by the previous step',
  substitute: 'equal to the previous step after the substitution',
  derivative: 'equal to the derivative of the previous step',
  limit: 'equal to the limit of the previous step',
  le: 'at least the previous step',
  ge: 'at most the previous step',
};

export interface Step {
  expr: string;
  rule: Rule;
  why: string;
  /** derivative: the variable ('v[k]'); `depends`: variables depending on it → their partials ('g[i]' → 'dg[i,k]'). */
  wrt?: string;
  depends?: Record<string, string>;
  /** substitute: variable pattern → expression ('v[r]' → 'gamma*u[r]'). */
  subs?: Record<string, string>;
  /** into: an expression containing $, the previous step. */
  template?: string;
  /** limit: the variable that goes to +∞. */
  limit?: string;
  /** Lemmas of the derivation this step cites. */
  uses?: string[];
  /** Assumptions of this step only (a sign case). */
  assume?: string[];
}

/** f(s·z) = s^degree · f(z) for s > 0: checked numerically on every concrete model of f. */
export interface Lemma { fn: string; scale: string; degree: number; statement: string }

export interface ModelSet { name: string; fns: Record<string, (C: DecimalCtor, x: Decimal) => Decimal> }

export interface Twin {
  id: string;
  description: string;
  /** The step (1-based) the twin changes, and where it must be reported broken. */
  at: number;
  step: Partial<Step>;
  /** Insert the step before position `at` instead of editing it. */
  insert?: boolean;
}

export interface Derivation {
  id: string;
  /**
   * 'holds' (the default): every step must be proved. 'refuted': a derivation kept for its
   * counterexample; it is as expected when exactly the step `brokenAt` is broken.
   */
  expected?: 'holds' | 'refuted';
  /** With expected 'refuted': the step (1-based) that must be broken. */
  brokenAt?: number;
  title: string;
  statement: string;
  source: Source;
  provenance: Provenance;
  /** Concrete sizes substituted everywhere (n, d, H). */
  sizes: Record<string, number>;
  /** Index ranges: name → [lo, hi], bounds numbers or size names. */
  indices: Record<string, [number | string, number | string]>;
  assume: string[];
  /** Opaque functions (φ, φ') → the name of their derivative, if any. */
  functions?: Record<string, { derivative?: string }>;
  /** Concrete functions the numeric checks use for the opaque ones; points cycle through them. */
  models?: ModelSet[];
  lemmas?: Record<string, Lemma>;
  steps: Step[];
  twins: Twin[];
}

export type StepStatus = 'given' | 'proved' | 'unproven' | 'broken' | 'inconclusive';

export interface Witness { point: string; expected: string; got: string; gap: string; verifiedWith: string }

export interface StepResult {
  n: number;
  rule: Rule;
  /** The step's expression as typed, and as parsed (fully bracketed: what is checked). */
  expr: string;
  parsed: string;
  why: string;
  status: StepStatus;
  /** What the symbolic half said. */
  symbolic: string;
  /** Numeric points checked, and how many agreed. */
  points: number;
  agreed: number;
  reason: string;
  witness?: Witness;
  /** Cut short by the time bound of a step (src/symbolic/budget.ts). */
  timedOut?: boolean;
}

/** pointsPerStep: random points per step, spread over its index assignments (at least 2 each). */
export interface CheckOptions { seed: number; digits: number; pointsPerStep?: number; stopAtBroken?: boolean }
