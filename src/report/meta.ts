/** What a report records about the run that made it: gdcheck's version and commit, and the run's settings. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../core/registry.ts';

export interface RunSettings { seed: number; runs: number; digits: number; budget: number; mutants?: boolean }

export interface RunMeta extends RunSettings {
  gdcheck: string;
  /** The git commit of the checkout, with '+changes' when it has uncommitted changes; null outside git. */
  commit: string | null;
}

let version: string | undefined;
/** The version in package.json. */
export function gdcheckVersion(): string {
  if (version === undefined) {
    try { version = String((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version?: unknown }).version ?? 'unknown'); } catch { version = 'unknown'; }
  }
  return version;
}

let commit: string | null | undefined;
/** The checkout's commit (short), or null when gdcheck is not run from a git checkout. */
export function gdcheckCommit(): string | null {
  if (commit === undefined) {
    try {
      const git = (args: string[]) => execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
      const head = git(['rev-parse', '--short=12', 'HEAD']);
      commit = head + (git(['status', '--porcelain', '--untracked-files=no']) ? '+changes' : '');
    } catch { commit = null; }
  }
  return commit;
}

export function runMeta(o: RunSettings): RunMeta {
  return { gdcheck: gdcheckVersion(), commit: gdcheckCommit(), seed: o.seed, runs: o.runs, digits: o.digits, budget: o.budget, mutants: o.mutants === true };
}
