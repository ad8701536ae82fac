// `simulate lower-bound`: the predecessor's Table 1 for any n, its counting rule, JSON/CSV, strict settings.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { runCli } from '../helpers.ts';

describe('simulate lower-bound', () => {
  it('reproduces Tyurin 2412.08424 Table 1 at n = 1000: LR+GD γ=100 → 308, Normalized LR+GD γ = 100, 10, 1, 0.1 → 2, 2, 16, 157', async () => {
    const r = await runCli(['simulate', 'lower-bound', '--n', '1000', '--json']);
    expect(r.code, r.err).toBe(0);
    const t = JSON.parse(r.out);
    expect(t.rule).toMatch(/strictly correctly classified/);
    expect(t.rows.map((x: { method: string; gamma: number | null; counts: number[] }) => [x.method, x.gamma, x.counts[0]])).toEqual([
      ['LR+GD', 100, 308], ['Normalized LR+GD', 100, 2], ['Normalized LR+GD', 10, 2], ['Normalized LR+GD', 1, 16], ['Normalized LR+GD', 0.1, 157],
      ['Batch Perceptron (γ → ∞)', null, 301],
    ]);
    expect(t.closedForm).toEqual([301]);
  });
  it('any sizes and steps, in the table layout with the rule stated, and a CSV with one row per method', async () => {
    const csv = join(mkdtempSync(join(tmpdir(), 'gdcheck-')), 't.csv');
    const r = await runCli(['simulate', 'lower-bound', '--n', '30,70', '--set', 'lr=10,100', '--set', 'normalized=1', '--csv', csv]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/Counting rule: iterations until every point is strictly correctly classified/);
    expect(r.out).toMatch(/method\s+n = 30\s+n = 70/);
    expect(r.out).toMatch(/LR\+GD, γ = 10\s/);
    expect(readFileSync(csv, 'utf8').trim().split('\n')).toHaveLength(1 + 2 + 1 + 1);
  });
  it('unknown keys and unusable values are one-line errors; two sizes no longer crash the fit', async () => {
    expect(await runCli(['simulate', 'lower-bound', '--set', 'n=1000'])).toMatchObject({ code: 2, err: expect.stringMatching(/^gdcheck: lower-bound: unknown setting 'n' .*sizes go in --n\)\n$/) });
    expect(await runCli(['simulate', 'lower-bound', '--n', '10,x'])).toMatchObject({ code: 2, err: expect.stringMatching(/--n: 'x' must be an integer/) });
    expect(await runCli(['simulate', 'lower-bound', '--n', '10', '--set', 'normalized=0'])).toMatchObject({ code: 2 });
    expect(await runCli(['simulate', 'lower-bound', '--n', '10', '--set', 'max=20'])).toMatchObject({ code: 2, err: expect.stringMatching(/--n or --set max, not both/) });
    const two = await runCli(['simulate', 'lower-bound', '--set', 'max=20']);
    expect(two.code, two.err).toBe(0);
    expect(two.out).toMatch(/no exponent fit \(fewer than 3 sizes/);
  });
});
