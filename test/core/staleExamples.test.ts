// A stale entry of the counterexample database (issue 11) never refutes a claim the current claim
// would not refute: a saved instance counts only when the claim's current generator draws it at its
// seed and path and it satisfies the current hypotheses; otherwise it is dropped with a note and the
// usual search decides. Here: x ≥ 50 over fc.integer({ min: 1, max: 100 }) is false (x = 1 is saved),
// and true once the generator or the hypotheses are narrowed to [50, 100].
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { propertyClaim } from '../../src/core/property.ts';
import { defineClaim } from '../../src/core/define.ts';
import type { Outcome, RunContext } from '../../src/core/claim.ts';
import { runWithDb } from '../../src/db/replay.ts';
import { fileName } from '../../src/db/examples.ts';
import { testContext } from '../helpers.ts';

const atLeast50 = (min: number, hypotheses?: (x: number) => true | string) => propertyClaim<number>({
  id: 'stale/at-least-50', title: 'x ≥ 50', statement: 'x ≥ 50', source: { arxiv: '-', where: 'Lemma 1', catalogue: 'test' },
  provenance: 'reconstructed', kind: 'lower', expected: 'holds',
  instances: fc.integer({ min, max: 100 }), ...(hypotheses ? { hypotheses } : {}),
  measure: (x) => ({ measured: x, claimed: 50 }), relation: 'ge', tolerance: { abs: 0, reason: 'exact integers' },
  show: (x) => `x=${x}`, precision: { search: 'exact', verify: 'exact' }, mutants: [],
});

const ctx = testContext({ runs: 30 });

/** A database holding the counterexample the false claim (generator [1, 100]) saves: its file, and the entry. */
async function savedDb(): Promise<{ dir: string; file: string; entry: { instance: unknown; seed: number; path: string } }> {
  const dir = mkdtempSync(join(tmpdir(), 'gdcheck-stale-'));
  const first = await runWithDb(atLeast50(1), ctx, {}, dir);
  expect(first.report.verdict).toBe('refuted');
  expect(first.saved).toBe(true);
  const file = join(dir, fileName('stale/at-least-50'));
  return { dir, file, entry: JSON.parse(readFileSync(file, 'utf8')).examples[0] };
}

/** Rewrites the saved entry (a hand edit, or an entry from another version). */
function edit(file: string, change: Record<string, unknown>): void {
  const j = JSON.parse(readFileSync(file, 'utf8'));
  j.examples[0] = { ...j.examples[0], ...change };
  writeFileSync(file, JSON.stringify(j));
}

describe('stale counterexamples in the database', () => {
  it('the generator unchanged and the claim still false: the saved instance refutes first (the regression check)', async () => {
    const { dir } = await savedDb();
    const again = await runWithDb(atLeast50(1), { ...ctx, seed: 7 }, {}, dir);
    expect(again.report.verdict).toBe('refuted');
    expect(again.report.reason).toMatch(/^saved counterexample #1 .* replayed first, still a counterexample/);
  });

  it('a narrowed generator: the saved instance is not drawn now, so it is dropped with a note and the claim holds', async () => {
    const { dir, entry } = await savedDb();
    expect(entry.instance).toBeLessThan(50);
    const now = await runWithDb(atLeast50(50), ctx, {}, dir);
    expect(now.report.verdict, now.report.reason).toBe('holds');
    expect(now.report.details?.join('\n')).toMatch(new RegExp(`saved counterexample #1 .* is not what the claim's generator draws at seed ${entry.seed}, path ${entry.path} now \\(it draws x=\\d+: the generator changed\\?\\): dropped, not counted: x=${entry.instance}`));
    expect(now.report.replayed?.refuting ?? 0).toBe(0);
  });

  it('narrowed hypotheses: dropped with a note, the claim holds', async () => {
    const { dir } = await savedDb();
    const now = await runWithDb(atLeast50(1, (x) => x >= 50 || 'x < 50'), ctx, {}, dir);
    expect(['holds', 'inconclusive']).toContain(now.report.verdict); // the hypotheses reject half the draws
    expect(now.report.details?.join('\n')).toMatch(/saved counterexample #1 .* is outside the hypotheses now \(x < 50\): dropped/);
  });

  it('an entry that is not what its seed and path draw (edited by hand) is dropped, even where the claim is false: only the search refutes', async () => {
    const { dir, file, entry } = await savedDb();
    edit(file, { instance: (entry.instance as number) + 1, shown: `x=${(entry.instance as number) + 1}` });
    const now = await runWithDb(atLeast50(1), ctx, {}, dir);
    expect(now.report.verdict).toBe('refuted');
    expect(now.report.reason).not.toMatch(/saved counterexample/);
    expect(now.report.details?.join('\n')).toMatch(/saved counterexample #1 .* is not what the claim's generator draws .*: dropped/);
  });

  it('an entry without seed and path is dropped; one with a search path is replayed through the current search', async () => {
    const { dir, file } = await savedDb();
    edit(file, { seed: null, path: null });
    const noPath = await runWithDb(atLeast50(50), ctx, {}, dir);
    expect(noPath.report.verdict).toBe('holds');
    expect(noPath.report.details?.join('\n')).toMatch(/has no seed and path to trace it to the claim's generator: dropped/);
    edit(file, { seed: ctx.seed, path: `s:${ctx.runs}:0` });
    const search = await runWithDb(atLeast50(50), ctx, {}, dir);
    expect(search.report.verdict, search.report.reason).toBe('holds');
    expect(search.report.details?.join('\n')).toMatch(/no longer refutes where the claim's search reaches at seed \d+, path s:30:0 .*: dropped/);
    // the same search path on the false claim is a counterexample of the current claim, replayed
    const still = await runWithDb(atLeast50(1), { ...ctx, seed: 11 }, {}, dir);
    expect(still.report.verdict).toBe('refuted');
    expect(still.report.reason).toMatch(/^saved counterexample #1 .* replayed first from seed \d+, path s:30:0/);
  });

  it('a path the claim cannot replay now (a 10^9th draw) is dropped at once, with or without the exact instance', async () => {
    const { dir, file } = await savedDb();
    edit(file, { path: '999999999' });
    const exact = await runWithDb(atLeast50(50), ctx, {}, dir);
    expect(exact.report.verdict).toBe('holds');
    expect(exact.report.details?.join('\n')).toMatch(/has a path the claim cannot replay now \(--path 999999999…: stale\/at-least-50 draws at most \d+ instances .*\): dropped/);
    edit(file, { instance: null, seed: 5 }); // no exact instance: replayed by seed and path
    const byPath = await runWithDb(atLeast50(50), ctx, {}, dir);
    expect(byPath.report.verdict).toBe('holds');
    expect(byPath.report.details?.join('\n')).toMatch(/has a path the claim cannot replay now .*: dropped, not counted/);
  });

  it('a seed fast-check cannot take (edited by hand) drops that entry only; the claim is still checked', async () => {
    for (const seed of ['abc', 1.5, 2 ** 40]) {
      const { dir, file } = await savedDb();
      edit(file, { seed });
      const r = await runWithDb(atLeast50(50), ctx, {}, dir);
      expect(r.report.verdict, String(seed)).toBe('holds');
      const { dir: dir2, file: file2 } = await savedDb();
      edit(file2, { seed });
      expect((await runWithDb(atLeast50(1), ctx, {}, dir2)).report.verdict, `${seed}: the false claim is still refuted by the search`).toBe('refuted');
    }
  });

  it('an entry whose instance prints as the drawn one but is another value names the instance once, and says why', async () => {
    const { dir, file, entry } = await savedDb();
    edit(file, { instance: { $bigint: String(entry.instance) } }); // the same x, saved as a BigInt (a hand edit)
    const now = await runWithDb(atLeast50(1), { ...ctx, seed: 7 }, {}, dir);
    const note = now.report.details?.find((d) => d.includes('saved counterexample #1')) ?? '';
    expect(note).toMatch(new RegExp(`\\(it draws an instance that prints the same but is another value: the saved instance was edited, or its type changed\\): dropped, not counted: x=${entry.instance}$`));
    expect(note.split(`x=${entry.instance}`)).toHaveLength(2); // named once (it read "it draws x=1 …: x=1")
  });
});

// A claim that cannot rebuild a saved instance (defineClaim, casesClaim, rateClaim, …) once got its
// saved counterexamples as ctx.examples, which its run ignores: they were never replayed, silently.
// They are replayed from their seed and path now; an entry without them is reported as kept only.
describe('saved counterexamples of a claim that is not a propertyClaim', () => {
  const bad = { on: true };
  const meta = { title: 't', statement: 's', source: { arxiv: '-', where: 'Lemma 1', catalogue: 'test' }, provenance: 'reconstructed' as const, kind: 'upper' as const, expected: 'holds' as const };
  const computed = defineClaim({
    ...meta, id: 'stale/computed', mutants: [],
    // refuted only at seed 1 while `bad.on` (a bug found at one seed), whatever the path
    run: (c: RunContext): Outcome => (bad.on && c.seed === 1
      ? { verdict: 'refuted', reason: `bad at seed ${c.seed}`, instances: 1, precision: 'p', seed: c.seed, path: '0', counterexample: { instance: 'i', measured: '2', claimed: '1', gap: '1', verifiedWith: 'exact' }, refuting: { value: 1 } }
      : { verdict: 'holds', reason: `ok at seed ${c.seed}`, instances: 1, precision: 'p' }),
  });

  it('is replayed from its seed and path on a run at another seed, and refutes while the bug is there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdcheck-stale-'));
    bad.on = true;
    expect((await runWithDb(computed, { ...ctx, seed: 1 }, {}, dir)).saved).toBe(true);
    const again = await runWithDb(computed, { ...ctx, seed: 2 }, {}, dir);
    expect(again.report.verdict).toBe('refuted');
    expect(again.report.reason).toMatch(/^saved counterexample #1 .* replayed from seed 1, path 0: bad at seed 1$/);
    bad.on = false;
    const fixed = await runWithDb(computed, { ...ctx, seed: 2 }, {}, dir);
    expect(fixed.report.verdict).toBe('holds');
    expect(fixed.report.replayed).toMatchObject({ count: 1, refuting: 0 });
  });

  it("a replayed entry's mutants run at this run's seed, not at the entry's path", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdcheck-stale-'));
    const seen: (string | undefined)[] = [];
    const withMutant = defineClaim({
      ...meta, id: 'stale/computed-mutant', run: computed.run,
      mutants: [{ id: 'm', description: 'd', run: (c: RunContext): Outcome => { seen.push(c.path); return { verdict: 'refuted', reason: 'broken', instances: 1, precision: 'p' }; } }],
    });
    bad.on = true;
    await runWithDb(withMutant, { ...ctx, seed: 1 }, {}, dir);
    const r = await runWithDb(withMutant, { ...ctx, seed: 2 }, { mutants: true }, dir);
    expect(r.report.reason).toMatch(/replayed from seed 1, path 0/);
    expect(r.report.mutants?.map((m) => m.verdict)).toEqual(['refuted']);
    expect(seen).toEqual([undefined]);
  });

  it('an entry without seed and path is reported as kept, not replayed (no silent no-op)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdcheck-stale-'));
    bad.on = true;
    await runWithDb(computed, { ...ctx, seed: 1 }, {}, dir);
    edit(join(dir, fileName('stale/computed')), { seed: null, path: null });
    const r = await runWithDb(computed, { ...ctx, seed: 2 }, {}, dir);
    expect(r.report.verdict).toBe('holds');
    expect(r.report.replayed?.notes.join('\n')).toMatch(/saved counterexample #1 .* is kept but not replayed: it has no seed and path, and only a propertyClaim re-measures a saved instance: i$/);
  });
});
