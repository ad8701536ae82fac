/**
 * gdcheck's public entry: `import { propertyClaim, arbitraries, dynamics, rationals } from 'gdcheck'`.
 *
 * A claim file default-exports one claim (or an array of claims) built by one of the builders below;
 * `gdcheck check <file or folder>` discovers and runs it, `gdcheck derive <file>` checks a derivation.
 * The registry's own claims (properties/, proofs/) import from this entry too, so this is the API the
 * registry uses. The builders are flat; the layers they compose are namespaces, named after the field:
 *
 * - Builders: `propertyClaim` (∀ instances satisfying the hypotheses; fast-check, re-verified exactly),
 *   `casesClaim` (a finite list; `verified` when exact), `rateClaim` (a quantity decays like a law in t),
 *   `complexityClaim` (an iteration count grows like a law in d), `exponentObservation` (a fitted
 *   exponent in a band), `derivationClaim` (a derivation checked step by step), `defineClaim` (a
 *   computed claim whose run is its own).
 * - `arbitraries`: datasets satisfying margin / tie / Ω(n) hypotheses by construction.
 * - `data`: exact datasets, certified margin brackets [μ_lo, μ_hi], bounds as brackets.
 * - `dynamics`: GD (plain, rescaled, normalized), perceptrons, gradient flow, two-layer GD.
 * - `models`: linear logistic, MLP, NTK, two-layer, two-neuron, exact ReLU margins.
 * - `families`: the data families of the acceleration reconstruction.
 * - `rates`: least-squares fits, exponent, rate and complexity decisions.
 * - `linalg`: eigenvalues with error bounds and solves in float64, decimals or rationals.
 * - `rationals` (exact BigInt `Q`), `decimals` (decimal.js, fixed point), `floats` (float64 kernels).
 * - `symbolic`: derivation types, the checker, activation lemmas, the locked-down parser.
 * - `classes`: function classes (quadratics, piecewise quadratics, Huber, losses) with exact generators, and
 *   `checkClass` / `inClass`, which decide L-smoothness, (strong) convexity and PL for any objective.
 * - `methods`: GD, normalized GD, heavy ball, Nesterov, Adam, AMSGrad, gradient flow; stopping rules.
 * - `search`: the adversarial search toward a bound's boundary (instance spaces, families, moves, replay).
 * - `scenarios`: what `gdcheck simulate` runs: a paper folder's `_scenario-<name>.ts` default-exports a
 *   `Scenario`; discovery, `runScenario`, strict `--set` parsing (`parseSettings`, `parseNumber`).
 * - `plot`: self-contained SVG line plots (`svgPlot`), for scenarios and the HTML report.
 * - `UserError`: bad input (an option, a setting, a file); the command prints its message as one line, exit 2.
 *
 * Errors: builders throw on a malformed id ('<paper-id>/<claim-id>' is required); a claim's own
 * exception while running becomes an `inconclusive` verdict with the message, never a pass.
 */
export { propertyClaim, replayLine, SEARCH_BUDGET, type PropertySpec, type PropertyMutant, type Mode } from './core/property.ts';
export { casesClaim, type CasesSpec, type CasesMutant } from './core/cases.ts';
export { defineClaim, type ComputedSpec } from './core/define.ts';
export { rateClaim, type RateSpec, type NamedSeries } from './rates/rateClaim.ts';
export { complexityClaim, type ComplexitySpec, type ComplexityMutant } from './rates/complexityClaim.ts';
export { exponentObservation, type ObservationSpec } from './rates/rateObservation.ts';
export { derivationClaim, type DerivationClaim } from './symbolic/claim.ts';
export { runClaim, allAsExpected, type ClaimReport, type MutantReport } from './core/runner.ts';
export { isClaim, asExpected } from './core/claim.ts';
export type {
  Claim, ClaimMeta, Counterexample, Expected, Kind, Mutant, Outcome, Provenance, RunContext, Source, Verdict,
} from './core/claim.ts';
export { decide, showValue, toDecimal, type Bracket, type Decision, type Measurement, type Num, type Relation, type Tolerance, type Value } from './core/compare.ts';
export { VERSION } from './version.ts';
export { UserError } from './core/errors.ts';
export { runScenario, type Scenario, type ScenarioFigure, type ScenarioIO, type SimulateOptions } from './scenarios/scenario.ts';
export type { Sweep } from './scenarios/sweep.ts';

export * as arbitraries from './api/arbitraries.ts';
export * as data from './api/data.ts';
export * as dynamics from './api/dynamics.ts';
export * as models from './api/models.ts';
export * as families from './api/families.ts';
export * as rates from './api/rates.ts';
export * as linalg from './api/linalg.ts';
export * as rationals from './api/rationals.ts';
export * as decimals from './api/decimals.ts';
export * as floats from './api/floats.ts';
export * as symbolic from './api/symbolic.ts';
export * as classes from './api/classes.ts';
export * as methods from './api/methods.ts';
export * as search from './api/search.ts';
export * as scenarios from './api/scenarios.ts';
export * as plot from './api/plot.ts';
