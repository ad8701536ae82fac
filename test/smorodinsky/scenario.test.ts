// `gdcheck simulate two-neuron`: a short run prints the table and the E7 decision and writes the plot.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import scenario from '../../properties/smorodinsky2026/_scenario-two-neuron.ts';
import { runScenario } from '../../src/scenarios/scenario.ts';
import { UserError } from '../../src/core/registry.ts';

const opts = { budget: 1, seed: 1, set: {} as Record<string, string> };

describe('two-neuron scenario', () => {
  it('runs, decides Θ(1/ln t) on 10⁵ steps and draws three panels', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'two-neuron-'));
    try {
      const out: string[] = [];
      const code = await runScenario(scenario, { ...opts, steps: 100_000, plot: join(dir, 'p.svg'), set: { replay: '20' } }, { write: (s) => out.push(s), progress: () => {} });
      expect(code).toBe(0);
      const text = out.join('\n');
      expect(text).toMatch(/reconstructed/);
      expect(text).toMatch(/claimed Θ\(1\/ln t\): holds/);
      const svg = readFileSync(join(dir, 'p.svg'), 'utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      expect((svg.match(/<svg /g) ?? []).length).toBe(4);
      expect(svg).toMatch(/boundary/);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });

  it('refuses bad settings with a UserError', async () => {
    const io = { write: () => {}, progress: () => {} };
    await expect(Promise.resolve().then(() => runScenario(scenario, { ...opts, init: 'nonsense' }, io))).rejects.toThrow(UserError);
    await expect(Promise.resolve().then(() => runScenario(scenario, { ...opts, set: { loss: 'hinge' } }, io))).rejects.toThrow(UserError);
    await expect(Promise.resolve().then(() => runScenario(scenario, { ...opts, set: { u: '-1' } }, io))).rejects.toThrow(/u must be/);
  });

  it('the symmetric start prints a non-Θ(1/ln t) decision', async () => {
    const out: string[] = [];
    await runScenario(scenario, { ...opts, init: 'symmetric', steps: 100_000, set: { replay: '0' } }, { write: (s) => out.push(s), progress: () => {} });
    expect(out.join('\n')).toMatch(/claimed Θ\(1\/ln t\): refuted/);
  });
});
