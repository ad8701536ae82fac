/** Test helpers: run registered claims by id with the CI seed and a small budget. */
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { loadClaims, findClaim } from '../src/core/registry.ts';
import { asExpected } from '../src/core/claim.ts';
import type { Claim, Outcome, RunContext } from '../src/core/claim.ts';

let cache: Promise<Claim[]> | undefined;
export const claims = (): Promise<Claim[]> => (cache ??= loadClaims());

export function testContext(over: Partial<RunContext> = {}): RunContext {
  return { seed: Number(process.env.CHECK_SEED ?? 20261122), runs: 100, digits: 50, budget: 1, ...over };
}

export async function claimById(id: string): Promise<Claim> {
  return findClaim(await claims(), id).claim;
}

/** Runs a claim and all its mutants: the claim's outcome and each mutant's outcome, by mutant id. */
export async function runWithMutants(id: string, over: Partial<RunContext> = {}): Promise<{ claim: Claim; outcome: Outcome; mutants: Record<string, Outcome> }> {
  const claim = await claimById(id);
  const ctx = testContext(over);
  const outcome = await claim.run(ctx);
  const mutants: Record<string, Outcome> = {};
  for (const m of claim.mutants) mutants[m.id] = await m.run(ctx);
  return { claim, outcome, mutants };
}

/**
 * One test per claim id: the claim gives its expected verdict, it has mutants, and every mutant is
 * refuted with its instance. Call inside a describe block.
 */
export function itGivesExpectedVerdicts(ids: readonly string[], over: Partial<RunContext> = { runs: 40 }): void {
  for (const id of ids) {
    it(`${id}: expected verdict, every mutant refuted with its instance`, async () => {
      const { claim, outcome, mutants } = await runWithMutants(id, over);
      expect(asExpected(outcome.verdict, claim.expected), `${outcome.verdict}: ${outcome.reason}`).toBe(true);
      expect(Object.keys(mutants).length).toBeGreaterThan(0);
      for (const [mid, m] of Object.entries(mutants)) {
        expect(m.verdict, `${mid}: ${m.reason}`).toBe('refuted');
        expect(typeof m.counterexample?.instance, `${mid} must come with its instance`).toBe('string');
      }
    });
  }
}

/** Runs the gdcheck command in-process: exit code, what it printed, and what it wrote to stderr. */
export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { vi } = await import('vitest');
  const { main } = await import('../src/cli/main.ts');
  let out = '';
  let err = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => { err += String(s); return true; });
  try {
    const code = await main(['node', 'gdcheck', ...args], (s) => { out += s + '\n'; });
    return { code, out, err };
  } finally {
    spy.mockRestore();
  }
}

/** Runs the real `gdcheck` command in a child process to its end (in `cwd` when given): exit code, stdout and stderr. */
export async function execCli(args: string[], cwd?: string): Promise<{ code: number; out: string; err: string }> {
  const bin = fileURLToPath(new URL('../bin/gdcheck.mjs', import.meta.url));
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { maxBuffer: 64 << 20, cwd });
    return { code: 0, out: stdout, err: stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, out: x.stdout, err: x.stderr };
  }
}

/**
 * Runs the real `gdcheck` command in a child process (for signals, pipes and exit codes as a shell
 * sees them). `waitFor` resolves once stderr satisfies `test`, or after `ms` milliseconds.
 */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const bin = fileURLToPath(new URL('../bin/gdcheck.mjs', import.meta.url));
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => { out += String(d); });
  child.stdout!.on('error', () => {});
  child.stderr!.on('data', (d) => { err += String(d); });
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
  const waitFor = (test: (err: string) => boolean, ms: number): Promise<void> => new Promise((resolve) => {
    const t0 = Date.now();
    const poll = (): void => { if (test(err) || Date.now() - t0 >= ms) resolve(); else setTimeout(poll, 100); };
    poll();
  });
  return { child, done, waitFor, err: () => err };
}

/** A new temporary folder holding `files` (a path relative to it → the file's text); returns its path. */
export function fileTree(files: Record<string, string>, prefix = 'gdcheck-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
