// A claim whose run awaits a promise that never settles is an inconclusive row "did not finish"; the
// other claims are reported and the --json is written (Node would otherwise exit 13 silently). It
// needs a process of its own: the event loop must be empty, which it never is inside vitest's worker.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('a run that never settles', () => {
  // --jobs 2 runs the claims in child processes, whose channel to the parent must not hide the stall.
  it.each(['1', '2'])('is inconclusive "did not finish", and the next claim and the JSON still come (--jobs %s)', (jobs) => {
    const bin = fileURLToPath(new URL('../../bin/gdcheck.mjs', import.meta.url));
    const file = fileURLToPath(new URL('./fixtures/never-settles.ts', import.meta.url));
    const r = spawnSync(process.execPath, [bin, 'check', file, '--no-db', '--json', '--jobs', jobs], { encoding: 'utf8', timeout: 90_000 });
    expect(r.status, r.stderr).toBe(1); // stall/never was expected to hold
    const claims = (JSON.parse(r.stdout) as { claims: { id: string; verdict: string; reason: string }[] }).claims;
    const never = claims.find((c) => c.id === 'stall/never')!, after = claims.find((c) => c.id === 'stall/after')!;
    expect(never.verdict).toBe('inconclusive');
    expect(never.reason).toMatch(/^did not finish: the run awaits a promise that can never settle/);
    expect(after.verdict).toBe('holds');
  }, 100_000);
});
