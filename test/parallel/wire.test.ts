/**
 * A task's result is plain JSON by construction (src/parallel/wire.ts): whatever a claim's instance
 * or report holds (functions of an objective, BigInt, rationals, Decimal, NaN, ±∞, −0, cycles), it
 * survives a structured clone (threads), JSON (processes) and a shard file, and decodes to the
 * report the single run prints.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { propertyClaim } from '../../src/index.ts';
import { Q } from '../../src/numeric/rational.ts';
import { decodeResult, decodeResults, assemble, planTasks, runTask, type TaskResult } from '../../src/parallel/tasks.ts';
import { fromPlain, toPlain } from '../../src/parallel/wire.ts';
import { mergeShards, shardFile, writeShardFile } from '../../src/parallel/shard.ts';
import { runOrigin } from '../../src/parallel/origin.ts';
import { printReports } from '../../src/cli/main.ts';
import type { ClaimReport } from '../../src/core/runner.ts';

const CTX = { seed: 20261122, runs: 20, digits: 50, budget: 1 };

/** A refuted claim whose instances hold what threads cannot clone: an objective (functions), BigInt, a rational. */
const objectiveClaim = propertyClaim<{ f: (x: Q) => Q; n: bigint; q: Q }>({
  id: 'wire/objective', title: 'f(1) ≤ 2', statement: 'the objective at 1 is at most 2', source: { arxiv: 'none', where: 'Lemma 1', catalogue: 'test' },
  provenance: 'read', kind: 'upper', expected: 'holds',
  instances: fc.bigInt({ min: 1n, max: 50n }).map((n) => ({ f: (x: Q) => x.mul(new Q(n)), n, q: new Q(n, 3n) })),
  measure: (i) => ({ measured: i.f(new Q(1n)), claimed: new Q(2n) }),
  relation: 'le', tolerance: { abs: 0, reason: 'exact rationals' },
  show: (i) => `n=${i.n}`, precision: { search: 'exact', verify: 'exact' }, mutants: [],
});

describe('task results cross threads, processes and files as plain JSON', () => {
  it('a refuted claim whose instance holds functions gives a result a thread can clone and a file can hold', async () => {
    const [task] = planTasks([objectiveClaim], false, new Map([['wire/objective', 'my claims/obj.ts']]));
    const r = await runTask(new Map([[objectiveClaim.id, objectiveClaim]]), task!, CTX);
    // What the worker-thread transport does (it failed with "could not be cloned" on the objective), and a process's.
    expect(structuredClone(r)).toEqual(r);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    const report = decodeResult(r).main!;
    expect(report.verdict).toBe('refuted');
    expect(report).not.toHaveProperty('refuting'); // the database's, consumed inside the task
    expect(report.counterexample?.instance).toMatch(/^n=\d+$/);
    // The replay line is what reproduces it, with the file named on the command line.
    expect(report.file).toBe('my claims/obj.ts');
  });

  it('every value a report can hold comes back exactly; what has no exact encoding comes back as its text', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    class Thing { toString() { return 'a thing'; } }
    const search = {
      nested: [{ big: -(2n ** 70n), q: new Q(-7n, 3n), d: new Decimal('0.1000000000000000000000000000000000000001') }],
      numbers: [NaN, Infinity, -Infinity, -0, 0, 1.5e-300], $dollar: { $bigint: 'not a tag' }, gone: undefined,
      f: function objective() { return 1; }, thing: new Thing(), cyclic,
    };
    const plain = toPlain({ id: 'x', verdict: 'holds', search, refuting: { value: () => 1 } } as never);
    const back = fromPlain<ClaimReport>(JSON.parse(JSON.stringify(plain))) as unknown as { search: typeof search; refuting?: unknown };
    expect(back.refuting).toBeUndefined();
    expect(back.search.nested[0]!.big).toBe(-(2n ** 70n));
    expect(back.search.nested[0]!.q).toEqual(new Q(-7n, 3n));
    expect((back.search.nested[0]!.d as Decimal).equals(search.nested[0]!.d)).toBe(true);
    expect(back.search.numbers.map((x) => (Object.is(x, -0) ? '-0' : String(x)))).toEqual(['NaN', 'Infinity', '-Infinity', '-0', '0', '1.5e-300']);
    expect(back.search.$dollar).toEqual({ $bigint: 'not a tag' });
    expect('gone' in back.search && back.search.gone === undefined).toBe(true);
    expect(back.search.f).toBe('[function objective]');
    expect(back.search.thing).toBe('a thing');
    expect(back.search.cyclic).toEqual({ name: 'loop', self: '[circular]' });
  });

  it('a shard file holding such a report merges to exactly what the single run prints (text and --json)', async () => {
    const [task] = planTasks([objectiveClaim], false);
    const real = decodeResult(await runTask(new Map([[objectiveClaim.id, objectiveClaim]]), task!, CTX)).main!;
    // Hostile numbers in the fields a report prints (slack, search effort), and exact values nested in it.
    const hostile: ClaimReport = { ...real, worstSlack: -0, search: { ...real.search!, closest: { ratio: 'measured/claimed', score: Infinity, instance: 'n=1', measured: '1', claimed: '0' }, extra: { n: 10n ** 30n, q: new Q(1n, 3n), d: new Decimal('1e-40'), nan: NaN } } as never };
    const results = new Map<number, TaskResult>([[0, { index: 0, main: toPlain(hostile) }]]);
    const dir = mkdtempSync(join(tmpdir(), 'gdcheck-wire-'));
    const file = join(dir, 'shard-0.json');
    writeShardFile(file, shardFile([task!], results, { index: 0, count: 1 }, { ...CTX, mutants: false }, { origin: runOrigin([], CTX), interrupted: false, errors: [] }));
    const merged = mergeShards([file]);
    const print = (reports: ClaimReport[], json: boolean) => { let out = ''; const code = printReports(reports, { ...CTX, mutants: false, json }, (s) => { out += s + '\n'; }); return { code, out }; };
    const single = assemble([task!], decodeResults(results), false);
    const fromShard = assemble(merged.tasks, merged.results, false);
    expect(fromShard).toEqual(single);
    for (const json of [false, true]) expect(print(fromShard, json)).toEqual(print(single, json));
    expect(print(single, true).out).toContain('"worstSlack": 0');
  });
});
