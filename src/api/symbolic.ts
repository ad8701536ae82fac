/** Checked derivations: the step and derivation types, the checker, lemmas about homogeneous activations, and the locked-down parser. */
export * from '../symbolic/activations.ts';
export { checkDerivation, applyTwin, RULES, type Rule, type Step, type Lemma, type ModelSet, type Twin, type Derivation, type StepStatus, type Witness, type StepResult, type CheckOptions } from '../symbolic/derivation.ts';
export { isDerivationClaim, summarize, type DerivationClaim } from '../symbolic/claim.ts';
export { parseExpr, MAX_LENGTH, MAX_NESTING, type ParseOptions } from '../symbolic/parse.ts';
