/**
 * simulate on sweeps: --jobs 2 prints exactly what --jobs 1 prints, and shards run as separate
 * processes and merged print exactly the single run (its JSON and its table). Scenarios that are
 * not sweeps refuse --jobs, --shard and --out with one line.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execCli } from '../helpers.ts';
import { fromJsonValue, throughJson, toJsonValue } from '../../src/scenarios/sweep.ts';


const gdcheck = execCli;

// Table 1 of the lower bound at five sizes: each size is a point.
const LB = ['simulate', 'lower-bound', '--n', '10,20,40,80,160', '--set', 'normalized=10,1'];

describe('simulate sweeps in parallel and in shards', () => {
  it('--jobs 2 gives the output of --jobs 1 (JSON and table), and the shards of 3 processes merge to it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdcheck-sweep-'));
    try {
      const [one, two, table1, table2] = await Promise.all([
        gdcheck([...LB, '--json', '--jobs', '1']), gdcheck([...LB, '--json', '--jobs', '2']),
        gdcheck([...LB, '--jobs', '1']), gdcheck([...LB, '--jobs', '2']),
      ]);
      for (const r of [one, two, table1, table2]) expect(r.code, r.err).toBe(0);
      expect(JSON.parse(one.out).rows[0].counts).toHaveLength(5);
      expect(two.out).toBe(one.out);
      expect(table2.out).toBe(table1.out);
      const files = [0, 1, 2].map((i) => join(dir, `shard-${i}.json`));
      const shards = await Promise.all(files.map((f, i) => gdcheck([...LB, '--shard', `${i}/3`, '--out', f])));
      shards.forEach((r, i) => { expect(r.code, r.err).toBe(0); expect(r.out).toContain(`shard ${i}/3: ${i < 2 ? 2 : 1} of 5 points written to`); });
      const merged = await gdcheck(['merge', ...[...files].reverse(), '--json']);
      expect(merged.code, merged.err).toBe(0);
      expect(merged.out).toBe(one.out);
      const mergedTable = await gdcheck(['merge', ...files, '--plot', join(dir, 'lb.svg')]);
      expect(mergedTable.out).toBe(table1.out);
      expect(readFileSync(join(dir, 'lb.svg'), 'utf8')).toMatch(/^<svg/);
      const missing = await gdcheck(['merge', files[0]!, files[2]!]);
      expect(missing.code).toBe(2);
      expect(missing.err.trim()).toBe('gdcheck: missing shard(s) 1/3 of this run');
      const mixed = await gdcheck(['merge', files[0]!, files[1]!, files[2]!, '--verbose']);
      expect(mixed.code).toBe(0); // --verbose is check's and changes nothing here
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('a scenario that is not a sweep refuses --jobs 2, --shard and --out with one line; --shard needs --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdcheck-sweep-'));
    try {
      const r = await gdcheck(['simulate', 'two-neuron', '--steps', '10', '--shard', '0/2', '--out', join(dir, 'x.json')]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^gdcheck: two-neuron is not a sweep of independent points: --jobs, --shard, --out and --time-limit apply to .*lower-bound/);
      expect(existsSync(join(dir, 'x.json'))).toBe(false);
      const s = await gdcheck([...LB, '--shard', '0/2']);
      expect(s.code).toBe(2);
      expect(s.err).toMatch(/^gdcheck: --shard needs --out/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('results keep NaN and ±Infinity through a shard file', () => {
    const r = { a: NaN, b: [Infinity, -Infinity, 1.5, null], c: 'x' };
    expect(JSON.parse(JSON.stringify(toJsonValue(r)))).toEqual({ a: { $number: 'NaN' }, b: [{ $number: 'Infinity' }, { $number: '-Infinity' }, 1.5, null], c: 'x' });
    expect(fromJsonValue(JSON.parse(JSON.stringify(toJsonValue(r))))).toEqual(r);
    expect(throughJson(r)).toEqual(r);
  });
});
