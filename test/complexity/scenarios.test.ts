import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import acceleration from '../../properties/tyurin2025/_scenario-acceleration.ts';
import search from '../../properties/tyurin2025/_scenario-acceleration-search.ts';
import { runScenario } from '../../src/scenarios/scenario.ts';

describe('acceleration scenarios', () => {
  test('acceleration prints T(d) for both models with fits and writes a log-log SVG', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gdcheck-acc-'));
    try {
      const out: string[] = [];
      const code = await runScenario(acceleration, { budget: 0.05, seed: 1, set: {}, plot: join(dir, 'a.svg') }, { write: (s) => out.push(s), progress: () => {} });
      expect(code).toBe(0);
      const text = out.join('\n');
      expect(text).toMatch(/linear, γ→∞ \(perceptron\): exponent/);
      expect(text).toMatch(/two-layer, gen\. perc\.: exponent/);
      const svg = readFileSync(join(dir, 'a.svg'), 'utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toMatch(/reference √d·log d/);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  test('acceleration-search evaluates seeded candidates with the engine and reports the outcome', async () => {
    const out: string[] = [];
    const code = await runScenario(search, { budget: 0.25, seed: 4, set: {} }, { write: (s) => out.push(s), progress: () => {} });
    expect(code).toBe(0);
    expect(out.filter((l) => /two-layer T:/.test(l))).toHaveLength(2);
    expect(out.at(-1)).toMatch(/candidate|no candidate/);
  });

  test('bad settings are one-line user errors', async () => {
    await expect(runScenario(acceleration, { budget: 1, seed: 1, set: { x: '1' } }, { write: () => {} })).rejects.toThrow(/unknown setting 'x' \(it takes no --set keys\)/);
  });
});
