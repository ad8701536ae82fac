/**
 * `gdcheck/vitest`: run claims inside a researcher's own vitest suite, so their CI regression-checks
 * their claims and derivations with `npx vitest`.
 *
 *   import { claimTest } from 'gdcheck/vitest';
 *   import bound from '../claims/perceptron-bound.ts';
 *   claimTest(bound);                     // one test: the claim as expected, every mutant refuted
 *
 * The test fails with the claim's report: the verdict and why, the counterexample (re-verified) and
 * its replay line, and any mutant that was not refuted. Saved counterexamples of the project
 * (.gdcheck/examples/) are replayed first and new ones saved, as with `gdcheck check`; `db: false`
 * turns that off. Options: seed (default $CHECK_SEED or 20261122), runs (100), digits (50), budget (1),
 * mutants (true), timeout in ms (120000).
 */
import { test } from 'vitest';
import type { Claim } from './core/claim.ts';
import { allAsExpected } from './core/runner.ts';
import { detailBlock } from './report/table.ts';
import { loadProject } from './core/config.ts';
import { dbDir } from './db/examples.ts';
import { runWithDb } from './db/replay.ts';
import { defaultSeed } from './cli/options.ts';

export interface ClaimTestOptions { seed?: number; runs?: number; digits?: number; budget?: number; mutants?: boolean; db?: boolean; timeout?: number }

/** Registers one vitest test for a claim (or each claim of an array). */
export function claimTest(claim: Claim | readonly Claim[], o: ClaimTestOptions = {}): void {
  for (const c of Array.isArray(claim) ? claim : [claim as Claim]) {
    test(`${c.id}: ${c.title}`, async () => {
      const ctx = { seed: o.seed ?? defaultSeed(), runs: o.runs ?? 100, digits: o.digits ?? 50, budget: o.budget ?? 1 };
      const dir = o.db === false ? undefined : dbDir((await loadProject()).root);
      const { report } = await runWithDb(c, ctx, { mutants: o.mutants ?? true }, dir);
      if (!allAsExpected([report])) throw new Error(`${c.id}: ${report.verdict}, expected ${report.expected}\n${detailBlock(report)}`);
    }, o.timeout ?? 120_000);
  }
}
