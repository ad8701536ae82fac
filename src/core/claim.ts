/**
 * The claim model. A claim is one statement of a paper (or a reconstruction standing in for one),
 * with where it comes from, what the checker should find, how to run it, and deliberately wrong
 * variants (mutants) that the checker must refute: a check that cannot fail is a defect.
 */
import type { SearchSummary } from '../search/summary.ts';

/** How far the statement can be trusted to be the paper's (see shared/claims/README.md). */
export type Provenance = 'read' | 'secondary' | 'reconstructed';

/**
 * refuted: a counterexample re-verified exactly or in high precision.
 * holds: no counterexample on the stated scope (instances, precision, worst slack).
 * verified: an exact computation proves the stated (finite) instance set.
 * inconclusive: the checker could not decide, with the reason (NaN, precision, budget, ambiguity).
 */
export type Verdict = 'holds' | 'verified' | 'refuted' | 'inconclusive';
/**
 * What the checker should find. 'inconclusive' is for a known open case (the checker cannot decide it
 * today, for a reason the claim states in `open`): it is shown as open, never as a pass.
 */
export type Expected = 'holds' | 'refuted' | 'inconclusive';

export type Kind = 'identity' | 'upper' | 'lower' | 'limit' | 'rate' | 'complexity' | 'exact';

export interface Source {
  /** arXiv identifier of the paper the statement comes from, e.g. '2412.08424'. */
  arxiv: string;
  version?: string;
  /** Where in the paper: 'Theorem 3.3', 'abstract', 'section 1.3'. */
  where: string;
  /** The catalogue's label and tag, e.g. 'PRED-T3.3 [PRED]'. */
  catalogue: string;
}

export interface RunContext {
  seed: number;
  /** Random instances per property claim (claims may scale it by their own weight). */
  runs: number;
  /** Significant digits for high-precision re-verification. */
  digits: number;
  /** Replay a single fast-check path (with seed) instead of searching. */
  path?: string;
  /** Budget multiplier for sweeps (1 = default, CI-sized). */
  budget: number;
  progress?: (message: string) => void;
  /**
   * Counterexamples saved by earlier runs (the counterexample database), replayed first: a property
   * claim measures each saved instance before its search; other kinds replay the saved {seed, path}.
   */
  examples?: readonly SavedExample[];
}

/** A counterexample saved by an earlier run, decoded. */
export interface SavedExample {
  /** 'saved counterexample #2 (found 2026-11-30 by gdcheck 0.1.0)'. */
  label: string;
  /** The instance as printed when it was found. */
  shown: string;
  /** Whether `value` holds the exact instance (else only seed and path can replay it). */
  hasValue: boolean;
  value: unknown;
  seed?: number;
  path?: string;
  /** Whether `x` is this saved instance exactly (the database's encoding, src/db/encode.ts); set when `hasValue`. */
  matches?: (x: unknown) => boolean;
}

export interface Counterexample {
  /** The exact instance, as it would be typed back in. */
  instance: string;
  measured: string;
  claimed: string;
  gap: string;
  /** What re-verified it: 'exact rationals', 'decimal (50 digits)'. */
  verifiedWith: string;
  shrinks?: number;
}

export interface Outcome {
  verdict: Verdict;
  /** One line saying why. */
  reason: string;
  /** Instances (or cases, or grid points) on which the claim was decided. */
  instances: number;
  skipped?: number;
  /** Smallest relative slack (claimed − measured)/|claimed| over decided instances; 0 = tight. */
  worstSlack?: number | null;
  precision: string;
  seed?: number;
  path?: string;
  counterexample?: Counterexample;
  /** Further lines for the report: fitted laws, tables, per-step results. */
  details?: string[];
  /** Property claims: the adversarial search's effort and closest approach (src/search/). */
  search?: SearchSummary;
  /** The refuting instance itself (not its text), for the counterexample database; absent when there is none. */
  refuting?: { value: unknown };
  /** Saved counterexamples replayed before this run, and how many of them refute the claim now. */
  replayed?: { count: number; refuting: number; notes: string[] };
}

/**
 * What `gdcheck replay <claim> --path P` means for a claim, so the path is checked before anything runs:
 * - fast-check: a fast-check path ('3:1:0'); its first entry counts drawn instances, at most `drawn`;
 * - index: one index k < count (case k, series k); count undefined when only the run knows it (the run
 *   then throws ReplayPathError for an index past the end);
 * - whole: the claim is deterministic in its seed and decided as a whole; the listed paths (the ones
 *   its reports print) re-run the whole check, and `why` says so in the replay output.
 * A claim without `replay` is 'whole' with the single path '0'.
 */
export type ReplayPaths =
  | { kind: 'fast-check'; drawn: number }
  | { kind: 'index'; what: string; count?: number }
  | { kind: 'whole'; paths: readonly string[]; why: string };

/** A replay path that does not name anything the claim can replay: bad input (exit 2), never a verdict. */
export class ReplayPathError extends Error {}

export interface Mutant {
  /** Short id; the full id is `<claim id>~<mutant id>`. */
  id: string;
  /** What is wrong with it: 'drops the factor n', 'exponent 1/2 instead of 1'. */
  description: string;
  run(ctx: RunContext): Outcome | Promise<Outcome>;
  replay?: (ctx: RunContext) => ReplayPaths;
}

export interface Claim {
  /** `<paper-id>/<claim-id>`, unique. */
  id: string;
  paper: string;
  title: string;
  /** The statement in words and as a formula; a reconstruction says what it stands in for. */
  statement: string;
  source: Source;
  provenance: Provenance;
  kind: Kind;
  expected: Expected;
  /** Required when expected is 'inconclusive': why the case is open, and what would decide it. */
  open?: string;
  mutants: Mutant[];
  run(ctx: RunContext): Outcome | Promise<Outcome>;
  /**
   * Optional: a finer test of "as expected" than the verdict alone, e.g. a derivation expected
   * 'refuted' must be broken at the step it declares. Defaults to asExpected(verdict, expected).
   */
  matchesExpected?(outcome: Outcome): boolean;
  /** What a replay path means for this claim (see ReplayPaths); absent: 'whole' with path '0'. */
  replay?: (ctx: RunContext) => ReplayPaths;
  /**
   * True when the run re-measures the saved exact instances it is given (ctx.examples): a
   * propertyClaim. Any other claim's saved counterexamples are replayed from their seed and path
   * (src/db/replay.ts), since it has no way to rebuild an instance.
   */
  remeasuresExamples?: boolean;
}

export function isClaim(x: unknown): x is Claim {
  const c = x as Claim;
  return !!c && typeof c === 'object' && typeof c.id === 'string' && typeof c.run === 'function' && Array.isArray(c.mutants);
}

/** A verdict agrees with the expectation when it is the expected one, or 'verified' for 'holds'. */
export function asExpected(verdict: Verdict, expected: Expected): boolean {
  return verdict === expected || (expected === 'holds' && verdict === 'verified');
}

export type ClaimMeta = Pick<Claim, 'id' | 'title' | 'statement' | 'source' | 'provenance' | 'kind' | 'expected' | 'open'>;

export function paperOf(id: string): string {
  const k = id.indexOf('/');
  if (k <= 0) throw new Error(`claim id must be '<paper-id>/<claim-id>': '${id}'`);
  return id.slice(0, k);
}
