/**
 * `gdcheck/vitest`: run claims inside a researcher's own vitest suite, so their CI regression-checks
 * their claims and derivations with `npx vitest`.
 *
 *   import { claimTest } from 'gdcheck/vitest';
 *   import bound from '../claims/perceptron-bound.ts';
 *   claimTest(bound);                     // one test: the claim as expected, every mutant refuted
 *
 * The test fails with the claim's report: the verdict and why, the counterexample (re-verified) and
 * its replay line, and any mutant that was not refuted. A replay line runs as printed from the
 * working directory: it names the claim's file with `--file` unless the claim is in the config's
 * folders or the registry (the file is the one that called the claim's builder). Saved counterexamples of the project
 * (.gdcheck/examples/) are replayed first and new ones saved, as with `gdcheck check`; `db: false`
 * turns that off. Options: seed (default $CHECK_SEED or 20261122), runs (100), digits (50), budget (1),
 * mutants (true), timeout in ms (120000).
 */
import { test } from 'vitest';
import { isAbsolute, join, relative } from 'node:path';
import { isClaim, type Claim } from './core/claim.ts';
import { checkKeys, checkNumber, checkOptional, RUN_OPTIONS } from './core/runOptions.ts';
import { allAsExpected, fromFile } from './core/runner.ts';
import { detailBlock } from './report/table.ts';
import { loadProject, type Project } from './core/config.ts';
import { ROOT, shownPath } from './core/registry.ts';
import { definedIn } from './core/definedIn.ts';
import { dbDir } from './db/examples.ts';
import { runWithDb } from './db/replay.ts';
import { defaultSeed } from './cli/options.ts';

export interface ClaimTestOptions { seed?: number; runs?: number; digits?: number; budget?: number; mutants?: boolean; db?: boolean; timeout?: number }

/**
 * The --file a replay line of claim `id` needs: none for a claim of the config's folders or of the
 * registry (replay finds those by id), else its file relative to the working directory.
 */
function replayFile(id: string, project: Project): string | undefined {
  const file = definedIn(id);
  if (file === undefined) return undefined;
  const inside = (dir: string): boolean => { const r = relative(dir, file); return r === '' || (!r.startsWith('..') && !isAbsolute(r)); };
  return [join(ROOT, 'properties'), join(ROOT, 'proofs'), ...project.claims].some(inside) ? undefined : shownPath(file);
}

const OPTION_KEYS = ['seed', 'runs', 'digits', 'budget', 'mutants', 'db', 'timeout'];

/**
 * The options checked as the command line checks its flags (core/runOptions.ts): seed, runs, digits
 * and budget within RUN_OPTIONS, mutants and db booleans, timeout a whole number of milliseconds.
 * @throws TypeError or RangeError, one line naming the option, when the suite is collected.
 */
function checkOptions(claims: readonly unknown[], o: unknown): ClaimTestOptions {
  if (claims.length === 0 || !claims.every(isClaim)) throw new TypeError('claimTest: the first argument must be a claim or an array of claims (from propertyClaim, casesClaim, rateClaim, complexityClaim, derivationClaim or defineClaim)');
  const opts = checkKeys('claimTest', 'the options', o, OPTION_KEYS);
  for (const k of ['seed', 'runs', 'digits', 'budget'] as const) if (opts[k] !== undefined) checkNumber('claimTest', k, opts[k], RUN_OPTIONS[k]);
  checkOptional('claimTest', 'mutants', opts.mutants, 'boolean');
  checkOptional('claimTest', 'db', opts.db, 'boolean');
  if (opts.timeout !== undefined) checkNumber('claimTest', 'timeout (ms)', opts.timeout, TIMEOUT_MS);
  return opts as ClaimTestOptions;
}
/** A test's time limit in ms: what setTimeout can wait. */
const TIMEOUT_MS = { min: 1, max: 2 ** 31 - 1, integer: true };

/**
 * Registers one vitest test for a claim (or each claim of an array).
 * @throws TypeError or RangeError for a bad claim or option (checkOptions), before any test is registered.
 */
export function claimTest(claim: Claim | readonly Claim[], options: ClaimTestOptions = {}): void {
  const claims: readonly Claim[] = Array.isArray(claim) ? claim : [claim as Claim];
  const o = checkOptions(claims, options);
  for (const c of claims) {
    test(`${c.id}: ${c.title}`, async () => {
      const ctx = { seed: o.seed ?? defaultSeed(), runs: o.runs ?? 100, digits: o.digits ?? 50, budget: o.budget ?? 1 };
      const project = await loadProject();
      const dir = o.db === false ? undefined : dbDir(project.root);
      const { report } = await runWithDb(c, ctx, { mutants: o.mutants ?? true }, dir);
      const file = replayFile(c.id, project);
      if (!allAsExpected([report])) throw new Error(`${c.id}: ${report.verdict}, expected ${report.expected}\n${detailBlock(file === undefined ? report : fromFile(report, file))}`);
    }, o.timeout ?? 120_000);
  }
}
