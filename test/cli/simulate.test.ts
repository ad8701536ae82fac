// `gdcheck simulate`: scenarios are paper code, discovered beside their papers (properties/<paper>/
// _scenario-<name>.ts); list, run and `--help` of one scenario go through that discovery.
import { describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { runCli } from '../helpers.ts';
import { ROOT } from '../../src/core/registry.ts';
import { scenarioFiles } from '../../src/scenarios/discover.ts';

const NAMES = ['acceleration', 'acceleration-pair', 'acceleration-search', 'gradient-flow', 'lower-bound', 'ntk-width', 'two-neuron'];

describe('simulate', () => {
  it("finds every scenario beside its paper, and lists them by name", async () => {
    expect(scenarioFiles(`${ROOT}/properties`).map((f) => relative(ROOT, f))).toEqual([
      'properties/jakhmola2025/_scenario-gradient-flow.ts', 'properties/smorodinsky2026/_scenario-two-neuron.ts', 'properties/srikant2021/_scenario-ntk-width.ts',
      'properties/tyurin2024/_scenario-lower-bound.ts', 'properties/tyurin2025/_scenario-acceleration-pair.ts', 'properties/tyurin2025/_scenario-acceleration-search.ts',
      'properties/tyurin2025/_scenario-acceleration.ts',
    ]);
    const list = await runCli(['simulate', 'list']);
    expect(list.code).toBe(0);
    expect([...list.out.matchAll(/^(\S+) +/gm)].map((m) => m[1])).toEqual(NAMES);
  });

  it('--help of a scenario adds its description, settings, what else it reads and its figures; the generic help is unchanged', async () => {
    const generic = await runCli(['simulate', '--help']);
    expect(generic.code).toBe(0);
    expect(generic.out).toMatch(/^Usage: gdcheck simulate \[options\] <scenario>/);
    expect(generic.out).not.toMatch(/Scenario /);
    const two = await runCli(['simulate', 'two-neuron', '--help']);
    expect(two.code).toBe(0);
    expect(two.out.startsWith(generic.out.trimEnd())).toBe(true);
    expect(two.out).toMatch(/^Scenario two-neuron: GD on the two-neuron ReLU net of smorodinsky2026/m);
    expect(two.out).toMatch(/^ {2}u {10}a number in \[0\.001, 1000\]: data points ±u$/m);
    expect(two.out).toMatch(/^ {2}loss {7}one of exp, logistic$/m);
    expect(two.out).toMatch(/^It also reads --steps and --init\.$/m);
    expect(two.out).toMatch(/^Its figures in gdcheck report illustrate: smorodinsky2026\/S-C2, /m);
    // option values are not the scenario's name; -h works too
    const flow = await runCli(['simulate', '--set', 'n=3', '--seed', '4', 'gradient-flow', '-h']);
    expect(flow.out).toMatch(/^Scenario gradient-flow: /m);
    expect(flow.out).toMatch(/^ {2}t1 {6}a number in \(0, 10000\]: end time of the flow$/m);
    expect((await runCli(['simulate', 'acceleration', '--help'])).out).toMatch(/^Settings: none \(it takes no --set keys\)$/m);
    expect((await runCli(['simulate', 'nope', '--help'])).out).toMatch(/^No scenario is named 'nope' \(see gdcheck simulate list\)\.$/m);
  });

  it('an unknown scenario is one line naming the known ones, exit 2', async () => {
    const r = await runCli(['simulate', 'nope']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`gdcheck: unknown scenario 'nope' (scenarios: ${NAMES.join(', ')})\n`);
  });
});
