/**
 * Shard files are input: merge checks each whole (types, ranges, enums, repeats, counts; the reports
 * inside) and the set together (one gdcheck, one code, one run, no interrupted shard), each fault one
 * line naming the file and the field, never "missing" for what is malformed, an internal error, or a
 * merged table that shows an impossible verdict.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { propertyClaim } from '../../src/index.ts';
import { planTasks, runTask, type TaskResult } from '../../src/parallel/tasks.ts';
import { mergeShards, mergeSweepShards, readShard, shardFile, sweepShardFile, writeShardFile } from '../../src/parallel/shard.ts';
import { runOrigin } from '../../src/parallel/origin.ts';
import { UserError } from '../../src/core/errors.ts';

const CTX = { seed: 20261122, runs: 10, digits: 50, budget: 1 };

const claim = propertyClaim<number>({
  id: 'shard/square', title: 'x² ≥ x', statement: 'x² ≥ x on the integers', source: { arxiv: 'none', where: 'Lemma 1', catalogue: 'test' },
  provenance: 'read', kind: 'lower', expected: 'holds', instances: fc.integer({ min: -5, max: 5 }),
  measure: (x) => ({ measured: x * x, claimed: x }), relation: 'ge', tolerance: { abs: 0, reason: 'exact integers' },
  show: String, precision: { search: 'exact', verify: 'exact' },
  mutants: [{ id: 'cube', description: 'x² ≥ x³', measure: (x) => ({ measured: x * x, claimed: x * x * x }) }],
});

/** A parsed shard file, edited freely by the cases below. */
type Json = Record<string, any>;

/** The two shard files of a run of the claim and its mutant (task 0 in shard 0, task 1 in shard 1), as parsed JSON. */
async function twoShards(): Promise<{ dir: string; shards: Json[] }> {
  const tasks = planTasks([claim], true);
  const byId = new Map([[claim.id, claim]]);
  const origin = runOrigin([], { ...CTX, mutants: true });
  const dir = mkdtempSync(join(tmpdir(), 'gdcheck-shardfile-'));
  const shards: Json[] = [];
  for (const i of [0, 1]) {
    const r: TaskResult = await runTask(byId, tasks[i]!, CTX);
    const file = join(dir, `ok-${i}.json`);
    writeShardFile(file, shardFile(tasks, new Map([[i, r]]), { index: i, count: 2 }, { ...CTX, mutants: true }, { origin, interrupted: false, errors: [] }));
    shards.push(JSON.parse(readFileSync(file, 'utf8')) as Json);
  }
  return { dir, shards };
}

const DEEP = 'deeply nested arrays';

/** Merges shard 0 (edited by `edit`) with the intact shard 1: the one-line error, or '' when it merges. */
function mergeEdited(dir: string, shards: Json[], edit: (s: Json) => void, which = 0): string {
  const copy = structuredClone(shards);
  edit(copy[which]!);
  // DEEP stands for 200000 nested arrays, which JSON.parse reads but JSON.stringify cannot write.
  const files = copy.map((s, i) => { const f = join(dir, `edited-${i}.json`); writeFileSync(f, JSON.stringify(s).replace(`"${DEEP}"`, '['.repeat(200_000) + '0' + ']'.repeat(200_000))); return f; });
  try {
    mergeShards(files);
    return '';
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    const msg = (e as Error).message;
    expect(msg).not.toContain('\n');
    return msg.replaceAll(dir + '/', '');
  }
}

describe('merge checks every shard file whole', () => {
  it('the intact shards merge; each corrupt field is one line naming the file and the field', async () => {
    const { dir, shards } = await twoShards();
    expect(mergeEdited(dir, shards, () => {})).toBe('');
    const cases: [string, (s: Json) => void, RegExp][] = [
      ['out-of-range index', (s) => { s.results[0].index = 4; }, /^edited-0\.json: results\[0\]\.index must be an integer in \[0, 1\], got 4$/],
      ['index of another shard', (s) => { s.results[0].index = 1; }, /^edited-0\.json: results\[0\]\.index is task 1, which is not in shard 0\/2$/],
      ['string index', (s) => { s.results[0].index = '0'; }, /results\[0\]\.index must be an integer in \[0, 1\], got "0"$/],
      ['null result', (s) => { s.results[0] = null; }, /^edited-0\.json: results\[0\] must be an object, got null$/],
      ['a banana verdict', (s) => { s.results[0].main.verdict = 'banana'; }, /^edited-0\.json: results\[0\]\.main\.verdict must be one of holds, verified, refuted, inconclusive, got "banana"$/],
      ['asExpected as a string', (s) => { s.results[0].main.asExpected = 'yes'; }, /results\[0\]\.main\.asExpected must be true or false, got "yes"$/],
      ['a refutation marked as expected', (s) => { s.results[0].main.verdict = 'refuted'; }, /^edited-0\.json: results\[0\]\.main\.asExpected is true, but the verdict refuted is not the expected holds$/],
      ['a field given only through __proto__', (s) => {
        const main = s.results[0].main;
        delete main.asExpected;
        Object.defineProperty(main, '__proto__', { value: { asExpected: true }, enumerable: true }); // an own key, as JSON.parse makes it
      }, /results\[0\]\.main\.asExpected must be true or false, got undefined$/],
      ['repeated result', (s) => { s.results.push(structuredClone(s.results[0])); }, /^edited-0\.json: results\[1\]\.index repeats task 0 \(shard\/square\)$/],
      ['a mutant report for the claim task', (s) => { s.results[0] = { index: 0, mutant: s.results[0].main }; }, /results\[0\]\.mutant must be absent: task 0 is the claim shard\/square$/],
      ['another claim id', (s) => { s.results[0].main.id = 'shard/other'; }, /results\[0\]\.main\.id must be the task's claim 'shard\/square', got "shard\/other"$/],
      ['a malformed tag', (s) => { s.results[0].main.worstSlack = { $bigint: '1.5' }; }, /results\[0\]\.main holds a malformed value: malformed \$bigint/],
      ['nesting deeper than the stack', (s) => { s.results[0].main.search = DEEP; }, /^edited-0\.json: results\[0\]\.main is nested too deeply to decode$/],
      ['a run setting nested deeper than the stack', (s) => { s.run.ctx.extra = DEEP; }, /^edited-0\.json: run is nested too deeply to compare$/],
      ['a shard position nested deeper than the stack', (s) => { s.shard.count = DEEP; }, /^edited-0\.json: shard\.count must be an integer in \[1, 100000\], got a value nested too deeply to show$/],
      ['a missing result', (s) => { s.results = []; }, /^edited-0\.json: results hold 0 of the 1 task\(s\) of shard 0\/2 \(first missing: shard\/square\): was its run cut short\?$/],
      ['a zero shard count', (s) => { s.shard.count = 0; }, /^edited-0\.json: shard\.count must be an integer in \[1, 100000\], got 0$/],
      ['tasks not a list', (s) => { s.run.tasks = 'shard/square'; }, /^edited-0\.json: run\.tasks must be an array of strings/],
      ['a repeated task label', (s) => { s.run.tasks = ['shard/square', 'shard/square']; }, /run\.tasks\[1\] repeats 'shard\/square'$/],
      ['no origin', (s) => { delete s.origin; }, /^edited-0\.json: origin must be an object/],
      ['an earlier format', (s) => { s.format = 'gdcheck-shard/1'; }, /^edited-0\.json: a shard file of an earlier gdcheck \(gdcheck-shard\/1\): run that shard again/],
      // Counts are whole numbers and run options keep the command line's rules (1e308 instances merged).
      ['1e308 instances', (s) => { s.results[0].main.instances = 1e308; }, /^edited-0\.json: results\[0\]\.main\.instances must be a whole number ≥ 0 \(a count\), got 1e\+308$/],
      ['a fractional count', (s) => { s.results[0].main.instances = 2.5; }, /results\[0\]\.main\.instances must be a whole number ≥ 0 \(a count\), got 2\.5$/],
      ['a negative skipped count', (s) => { s.results[0].main.skipped = -1; }, /results\[0\]\.main\.skipped must be a whole number ≥ 0/],
      ['more replayed refutations than replays', (s) => { s.results[0].main.replayed = { count: 1, refuting: 2, notes: [] }; }, /results\[0\]\.main\.replayed\.refuting must be at most results\[0\]\.main\.replayed\.count \(1\), got 2$/],
      ['1e308 runs', (s) => { s.run.ctx.runs = 1e308; }, /^edited-0\.json: run\.ctx\.runs must be an integer in \[1, 1000000\], got 1e\+308$/],
      ['a budget below 1', (s) => { s.run.ctx.budget = 0.5; }, /^edited-0\.json: run\.ctx\.budget must be a number in \[1, 1000\], got 0\.5$/],
      // A verdict carries its evidence: a refutation with no counterexample, no instance and no details, or no reason.
      ['a bare refutation', (s) => {
        Object.assign(s.results[0].main, { verdict: 'refuted', asExpected: false, instances: 0, details: [] });
        delete s.results[0].main.counterexample;
      }, /^edited-0\.json: results\[0\]\.main is malformed: a refutation must carry its evidence: a counterexample, the instances it examined \(instances ≥ 1\) or its evidence in details; got none$/],
      // Edited from refuted to holds (asExpected true), the counterexample left in: it merged as a pass.
      ['a pass that carries a counterexample', (s) => { s.results[0].main.counterexample = { instance: 'x=51', measured: '51', claimed: '50', gap: '1', verifiedWith: 'exact' }; }, /^edited-0\.json: results\[0\]\.main is malformed: a verdict holds must not carry a counterexample \(it contradicts the verdict\)$/],
      ['a refutation without its reason', (s) => { Object.assign(s.results[0].main, { verdict: 'refuted', asExpected: false, reason: '' }); }, /results\[0\]\.main is malformed: reason must say why the verdict is refuted, got an empty string$/],
      ['an interrupted shard', (s) => { s.interrupted = true; s.results = []; }, /^edited-0\.json: shard 0\/2 was interrupted \(Ctrl-C or a signal\) after 0 of 1 task\(s\): run it again$/],
    ];
    for (const [what, edit, expected] of cases) expect(mergeEdited(dir, shards, edit), what).toMatch(expected);
    // Shards of other code or another gdcheck: the shard that differs from the first is named, with the first.
    expect(mergeEdited(dir, shards, (s) => { s.origin.code = 'f'.repeat(64); }, 1)).toMatch(/^edited-1\.json was run on other claim files than edited-0\.json \(their contents differ\): not shards of one run$/);
    expect(mergeEdited(dir, shards, (s) => { s.origin.gdcheck = '9.9.9'; }, 1)).toMatch(/^edited-1\.json was run by gdcheck 9\.9\.9.*, edited-0\.json by .*: not shards of one run$/);
    expect(mergeEdited(dir, shards, (s) => { s.origin.digest = '0'.repeat(64); }, 1)).toMatch(/^edited-1\.json was run with other settings than edited-0\.json/);
    // The second shard is checked as closely: a mutant's verdict, and a claim report given for a mutant task.
    expect(mergeEdited(dir, shards, (s) => { s.results[0].mutant.verdict = 'maybe'; }, 1)).toMatch(/^edited-1\.json: results\[0\]\.mutant\.verdict must be one of/);
    expect(mergeEdited(dir, shards, (s) => { s.results[0].mutant.verdict = 'refuted'; s.results[0].mutant.reason = ' '; }, 1)).toMatch(/^edited-1\.json: results\[0\]\.mutant is malformed: reason must say why the verdict is refuted/);
    expect(mergeEdited(dir, shards, (s) => { s.results[0] = { index: 1, main: s.results[0].mutant }; }, 1)).toMatch(/results\[0\]\.main must be absent: task 1 is the mutant shard\/square~cube$/);
  });

  it("a claim's helper beside it is part of the code digest: editing it makes the shards another run's", () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdcheck-origin-'));
    writeFileSync(join(dir, 'bound.ts'), "import { k } from './_helper.ts'; export default k;");
    writeFileSync(join(dir, '_helper.ts'), 'export const k = 1;');
    const before = runOrigin([join(dir, 'bound.ts')], CTX);
    expect(runOrigin([join(dir, 'bound.ts')], CTX)).toEqual(before);
    writeFileSync(join(dir, '_helper.ts'), 'export const k = 2;');
    const after = runOrigin([join(dir, 'bound.ts')], CTX);
    expect(after.code).not.toBe(before.code);
    expect(after.digest).not.toBe(before.digest);
  });

  it("a sweep shard's points keep BigInt, rationals and −0; a malformed value or option is one line", () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdcheck-sweepfile-'));
    const options = { seed: 1, budget: 1, set: {} };
    const values = new Map<number, unknown>([[0, { n: 2n ** 80n, z: -0, nan: NaN }], [1, [1.5, null]]]);
    const file = join(dir, 'sweep-0.json');
    writeShardFile(file, sweepShardFile({ scenario: 'mine', options }, ['a', 'b'], values, { index: 0, count: 1 }, runOrigin([], options), false));
    const back = mergeSweepShards([file]).values;
    expect(back[0]).toEqual({ n: 2n ** 80n, z: -0, nan: NaN });
    expect(Object.is((back[0] as { z: number }).z, -0)).toBe(true);
    expect(back[1]).toEqual([1.5, null]);
    const edit = (change: (s: Json) => void): string => {
      const s = JSON.parse(readFileSync(file, 'utf8')) as Json;
      change(s);
      const f = join(dir, 'edited.json');
      writeFileSync(f, JSON.stringify(s));
      try { mergeSweepShards([f]); return ''; } catch (e) { expect(e).toBeInstanceOf(UserError); return (e as Error).message.replaceAll(dir + '/', ''); }
    };
    expect(edit((s) => { s.results[0].value = { $Q: '1/0' }; })).toBe('edited.json: results[0].value holds a malformed value: malformed $Q: "1/0"');
    expect(edit((s) => { s.run.options.set = { eta: 5 }; })).toBe('edited.json: run.options.set.eta must be a string, got 5');
    expect(edit((s) => { s.run.options.seed = 'x'; })).toMatch(/^edited\.json: run\.options\.seed must be an integer/);
    expect(edit((s) => { delete s.results[1].value; })).toBe('edited.json: results[1].value is missing');
    expect(edit((s) => { s.run.options.steps = 1.5; })).toBe('edited.json: run.options.steps must be an integer in [1, 1000000000000], got 1.5');
    expect(edit((s) => { s.run.options.budget = 1e308; })).toBe('edited.json: run.options.budget must be a number in (0, 1000], got 1e+308');
  });

  it('of three shards, the one run on other code is named, whichever file comes first', async () => {
    const tasks = planTasks([claim], true);
    const byId = new Map([[claim.id, claim]]);
    const dir = mkdtempSync(join(tmpdir(), 'gdcheck-odd-'));
    const files: string[] = [];
    for (const i of [0, 1, 2]) {
      const results = new Map<number, TaskResult>(i < 2 ? [[i, await runTask(byId, tasks[i]!, CTX)]] : []);
      const origin = runOrigin([], { ...CTX, mutants: true });
      files.push(join(dir, `shard-${i}.json`));
      writeShardFile(files[i]!, shardFile(tasks, results, { index: i, count: 3 }, { ...CTX, mutants: true }, { origin: i === 0 ? { ...origin, code: 'e'.repeat(64) } : origin, interrupted: false, errors: [] }));
    }
    // Shards 1 and 2 agree with each other: only shard 0 is missing.
    expect(() => mergeShards([files[1]!, files[2]!])).toThrow(/^missing shard\(s\) 0\/3 of this run$/);
    const named = (order: number[]): string => { try { mergeShards(order.map((k) => files[k]!)); return ''; } catch (e) { return (e as Error).message.replaceAll(dir + '/', ''); } };
    for (const order of [[0, 1, 2], [1, 0, 2], [2, 1, 0]]) expect(named(order), order.join()).toMatch(/^shard-0\.json was run on other claim files than shard-[12]\.json \(their contents differ\): not shards of one run$/);
  });
});

describe('merge reads only regular files', () => {
  it('a device, a FIFO or a folder is one line, at once (/dev/zero was read forever)', () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'gdcheck-fifo-')), 'shard.json');
    execFileSync('mkfifo', [fifo]);
    for (const [file, what] of [['/dev/zero', '/dev/zero'], [fifo, fifo], [tmpdir(), tmpdir()]] as const) {
      expect(() => readShard(file)).toThrow(new RegExp(`^${what.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: not a regular file`));
    }
  });
});
