/**
 * The run options (seed, runs, digits, budget, …) and what each accepts, in one place for every
 * entry: the command line parses a flag's text against these rules (src/cli/options.ts), and the
 * public API (runClaim, claimTest, runScenario) checks the values it is given against the same ones,
 * so `runClaim(c, {})` or `claimTest(c, { runs: -1 })` is a one-line TypeError or RangeError naming
 * the option and what it accepts, never a run that quietly ends inconclusive.
 */
import { MAX_CHECK_DIGITS } from '../numeric/highPrecision.ts';

export interface NumberRule {
  min: number;
  max: number;
  /** Only whole numbers (1e6 is accepted: it is written in decimal and is a whole number). */
  integer?: boolean;
  /** The lower bound itself is excluded: (min, max]. */
  minExclusive?: boolean;
}

/** What each run option accepts (the defaults are the command's: seed 20261122 or $CHECK_SEED, runs 100, digits 50, budget 1). */
export const RUN_OPTIONS = {
  /** The random seed: a 32-bit signed integer, as fast-check takes it. */
  seed: { min: -(2 ** 31), max: 2 ** 31 - 1, integer: true },
  /** Random instances per property claim. */
  runs: { min: 1, max: 1_000_000, integer: true },
  /** Significant digits of the re-verification (above 200, decimal.js's exp and ln take minutes). */
  digits: { min: 20, max: MAX_CHECK_DIGITS, integer: true },
  /** The multiplier of sweeps, horizons and runs of `check`: below 1 some horizons are too short for a sound verdict. */
  budget: { min: 1, max: 1000 },
  /** Threads of `check`, `report` and sweeps. */
  jobs: { min: 1, max: 256, integer: true },
  /** Steps of a `simulate` run. */
  steps: { min: 1, max: 1e12, integer: true },
  /** The size multiplier of `simulate`: any positive size (a scenario is no verdict; the report's figures run at 0.004). */
  simulateBudget: { min: 0, max: 1000, minExclusive: true },
  /** The multiplier of random points of `derive`. */
  deriveBudget: { min: 0.01, max: 100 },
  /** Seconds one task (a claim, a mutant, a sweep point) may run; 0 is no limit. At most 10⁶ s (11.6 days; a timer holds up to 24.8 days). */
  timeLimit: { min: 0, max: 1e6 },
} as const satisfies Record<string, NumberRule>;

/** Seconds per task at budget 1 when --time-limit is not given: the registry's longest task with --mutants takes a few seconds. */
export const TIME_LIMIT_PER_BUDGET = 600;

/** The default time limit of a task at `budget` (seconds): 600 × budget, and never below 600 (a simulate budget may be 0.004). */
export const defaultTimeLimit = (budget: number): number => TIME_LIMIT_PER_BUDGET * Math.max(1, budget);

/** '[min, max]' or '(min, max]'. */
export const showRange = (r: NumberRule): string => `${r.minExclusive ? '(' : '['}${r.min}, ${r.max}]`;

/** 'an integer in [1, 1000000]' or 'a number in [1, 1000]'. */
export const accepted = (r: NumberRule): string => `${r.integer ? 'an integer' : 'a number'} in ${showRange(r)}`;

/** Why the number `v` breaks `rule` ('finite', 'integer' or 'range'), or undefined when it keeps it. */
export function ruleBroken(v: number, rule: NumberRule): 'finite' | 'integer' | 'range' | undefined {
  if (!Number.isFinite(v)) return 'finite';
  if (rule.integer && !Number.isSafeInteger(v)) return 'integer';
  if (v > rule.max || v < rule.min || (rule.minExclusive && v === rule.min)) return 'range';
  return undefined;
}

/** A value as a message quotes it: strings quoted, others as JavaScript prints them. */
const shown = (v: unknown): string => (typeof v === 'string' ? `'${v.slice(0, 60)}'` : typeof v === 'bigint' ? `${v}n` : v === undefined ? 'nothing' : typeof v === 'function' ? 'a function' : typeof v === 'object' && v !== null ? (Array.isArray(v) ? 'an array' : 'an object') : String(v));

/**
 * The number given for option `name` of `entry` (e.g. 'runClaim', 'runs'), checked against `rule`.
 * @throws TypeError when it is not a number (a string, nothing, …); RangeError when it is one outside
 *   the rule (NaN, ±Infinity, a fraction where an integer is needed, beyond the range). One line:
 *   `claimTest: runs must be an integer in [1, 1000000], got -1`.
 */
export function checkNumber(entry: string, name: string, v: unknown, rule: NumberRule): number {
  const msg = `${entry}: ${name} must be ${accepted(rule)}, got ${shown(v)}`;
  if (typeof v !== 'number') throw new TypeError(msg);
  if (ruleBroken(v, rule)) throw new RangeError(msg);
  return v;
}

/** `v` must be undefined or of the JavaScript type `type` ('boolean', 'function', 'string'). @throws TypeError naming it. */
export function checkOptional(entry: string, name: string, v: unknown, type: 'boolean' | 'function' | 'string'): void {
  if (v !== undefined && typeof v !== type) throw new TypeError(`${entry}: ${name} must be a ${type}${type === 'boolean' ? ' (true or false)' : ''}, got ${shown(v)}`);
}

/** `o` must be undefined or a plain object whose keys are all in `known`. @throws TypeError naming the first unknown key, or the wrong type. */
export function checkKeys(entry: string, what: string, o: unknown, known: readonly string[]): Record<string, unknown> {
  if (o === undefined) return {};
  if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new TypeError(`${entry}: ${what} must be an object, got ${shown(o)}`);
  const unknown = Object.keys(o).find((k) => !known.includes(k));
  if (unknown !== undefined) throw new TypeError(`${entry}: unknown option '${unknown}' in ${what} (known: ${known.join(', ')})`);
  return o as Record<string, unknown>;
}

/** The four options of every run of claims, checked: seed, runs, digits and budget (all required). */
export function checkRunContext(entry: string, ctx: unknown, extra: readonly string[] = []): void {
  const o = checkKeys(entry, 'the run options', ctx ?? null, ['seed', 'runs', 'digits', 'budget', ...extra]);
  for (const k of ['seed', 'runs', 'digits', 'budget'] as const) checkNumber(entry, k, o[k], RUN_OPTIONS[k]);
}
