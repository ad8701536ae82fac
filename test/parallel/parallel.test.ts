/**
 * --jobs and --shard give exactly the single run's reports (timings aside). Each run is a separate
 * `gdcheck` process, as a user or a cluster would start it; the claims picked span the kinds of
 * runner (property with re-verification, exact cases, a complexity fit, a rate fit, a derivation).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planTasks, assemble } from '../../src/parallel/tasks.ts';
import { mergeShards, shardOption, shardTasks } from '../../src/parallel/shard.ts';
import { UserError } from '../../src/core/registry.ts';
import { execCli, runCli } from '../helpers.ts';

const CLAIMS = ['tyurin2024/T3.3', 'tyurin2024/T5.1-counts', 'tyurin2024/T5.1-linear-growth', 'smorodinsky2026/S-C6', 'tyurin2024/linear-rescaling'];
const COMMON = [...CLAIMS, '--mutants', '--no-db', '--runs', '10', '--seed', String(process.env.CHECK_SEED ?? 20261122)];

const gdcheck = execCli;

/** The JSON report without wall-clock fields, which are the only thing allowed to differ. */
function timingsAside(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(timingsAside);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'seconds').map(([k, v]) => [k, timingsAside(v)]));
  return x;
}

describe('parallel and sharded runs', () => {
  it('--jobs 2 and 4 shards merged give the JSON of --jobs 1', { timeout: 600_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdcheck-shards-'));
    const shards = [0, 1, 2, 3].map((i) => join(dir, `shard-${i}.json`));
    const [one, two, ...parts] = await Promise.all([
      gdcheck(['check', ...COMMON, '--json', '--jobs', '1']),
      gdcheck(['check', ...COMMON, '--json', '--jobs', '2']),
      ...shards.map((f, i) => gdcheck(['check', ...COMMON, '--jobs', '1', '--shard', `${i}/4`, '--out', f])),
    ]);
    expect(one.code, one.err).toBe(0);
    const single = JSON.parse(one.out);
    expect([...single.claims.map((c: { id: string }) => c.id)].sort()).toEqual([...CLAIMS].sort());
    expect(timingsAside(JSON.parse(two.out))).toEqual(timingsAside(single));
    for (const p of parts) { expect(p.code, p.err).toBe(0); expect(p.out).toMatch(/^shard \d\/4: \d+ of \d+ tasks written to /); }

    const merged = await runCli(['merge', ...[...shards].reverse(), '--json']);
    expect(merged.code, merged.err).toBe(0);
    expect(timingsAside(JSON.parse(merged.out))).toEqual(timingsAside(single));
    const table = await runCli(['merge', ...shards]);
    expect(table.out).toMatch(/5 claims: 5 as expected, 0 not; 0 mutant\(s\) not refuted/);

    // A missing shard, a repeated one, or a shard of another run is one line and exit 2.
    expect(await runCli(['merge', ...shards.slice(1)])).toMatchObject({ code: 2, err: expect.stringMatching(/^gdcheck: missing shard\(s\) 0\/4 of this run\n$/) });
    expect(() => mergeShards([shards[0]!, shards[0]!, ...shards.slice(1)])).toThrow(/given twice/);
    const other = JSON.parse(readFileSync(shards[0]!, 'utf8'));
    other.run.ctx.seed += 1;
    writeFileSync(join(dir, 'other.json'), JSON.stringify(other));
    expect(() => mergeShards([join(dir, 'other.json'), ...shards.slice(1)])).toThrow(/from a different run/);
    const lost = JSON.parse(readFileSync(shards[1]!, 'utf8'));
    lost.results.pop();
    writeFileSync(join(dir, 'lost.json'), JSON.stringify(lost));
    expect(() => mergeShards([shards[0]!, join(dir, 'lost.json'), ...shards.slice(2)])).toThrow(/lost\.json: results hold 2 of the 3 task\(s\) of shard 1\/4 \(first missing: tyurin2024\/linear-rescaling\): was its run cut short\?/);
    writeFileSync(join(dir, 'empty.json'), '');
    expect(() => mergeShards([join(dir, 'empty.json')])).toThrow(/not a shard file/);
  });

  it('--shard is parsed strictly and needs --out; --jobs is at least 1', async () => {
    expect(shardOption('3/4')).toEqual({ index: 3, count: 4 });
    for (const bad of ['4/4', '1/0', '-1/4', '1', 'a/b', '1/2/3', '']) expect(() => shardOption(bad)).toThrow(UserError);
    expect(await runCli(['check', 'tyurin2024/T5.1-counts', '--shard', '0/2'])).toMatchObject({ code: 2, err: expect.stringMatching(/--shard needs --out/) });
    expect(await runCli(['check', 'tyurin2024/T5.1-counts', '--shard', '2/2', '--out', 'x.json'])).toMatchObject({ code: 2 });
    expect(await runCli(['check', '--jobs', '0'])).toMatchObject({ code: 2, err: expect.stringMatching(/--jobs must be between 1 and/) });
  });

  it('shards partition the task list, and a cut-short run reports only its finished claims', () => {
    const claim = (id: string, mutants: string[]) => ({ id, mutants: mutants.map((m) => ({ id: m })) }) as never;
    const tasks = planTasks([claim('p/a', ['x', 'y']), claim('p/b', []), claim('p/c', ['z'])], true);
    expect(tasks.map((t) => `${t.claim}${t.mutant ? '~' + t.mutant : ''}`)).toEqual(['p/a', 'p/a~x', 'p/a~y', 'p/b', 'p/c', 'p/c~z']);
    const slices = [0, 1, 2].map((i) => shardTasks(tasks, { index: i, count: 3 }).map((t) => t.index));
    expect(slices.flat().sort()).toEqual([0, 1, 2, 3, 4, 5]);
    const main = (id: string) => ({ id, verdict: 'holds' }) as never;
    const mut = (id: string) => ({ id, verdict: 'refuted' }) as never;
    // p/a lacks mutant y, p/c lacks its own run: only p/b is complete.
    const partial = new Map([[0, { index: 0, main: main('p/a') }], [1, { index: 1, mutant: mut('p/a~x') }], [3, { index: 3, main: main('p/b') }], [5, { index: 5, mutant: mut('p/c~z') }]]);
    expect(assemble(tasks, partial, true).map((r) => r.id)).toEqual(['p/b']);
    expect(() => mergeShards([])).toThrow(UserError);
  });
});
