// Issue 13: no series may hide under an identical one, and a fit's legend names and colours its series.
import { describe, expect, it } from 'vitest';
import { svgPlot } from '../../src/report/plot.ts';
import { runScenario } from '../../src/scenarios/scenario.ts';
import accelerationPair from '../../properties/tyurin2025/_scenario-acceleration-pair.ts';
import acceleration from '../../properties/tyurin2025/_scenario-acceleration.ts';
import gradientFlow from '../../properties/jakhmola2025/_scenario-gradient-flow.ts';

async function figure(s: typeof acceleration, budget: number): Promise<string> {
  let svg = '';
  await runScenario(s, { budget, seed: 1, set: {}, plot: 'in-memory' }, { write: () => {}, plot: (x) => { svg = x; } });
  return svg;
}

describe('figures', () => {
  it('a series identical to an earlier one is drawn dotted with open markers and says so in the legend', () => {
    const pts: [number, number][] = [[1, 1], [2, 4], [3, 9]];
    const svg = svgPlot({ title: 't', xLabel: 'x', yLabel: 'y', series: [{ label: 'A', points: pts }, { label: 'B', points: pts.map(([x, y]) => [x, y]) }] });
    expect(svg).toContain('B (coincides with A)');
    expect(svg).toMatch(/stroke-dasharray="2 4"/);
    expect((svg.match(/fill="white" stroke=/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });
  it('acceleration-pair: two-layer GD is visible on the generalized perceptron', async () => {
    expect(await figure(accelerationPair, 0.004)).toMatch(/two-layer, GD γ=4 \(coincides with two-layer, gen\. perceptron η=4\)/);
  });
  it('gradient-flow: GD on the flow is drawn with its own markers on top of Dormand–Prince', async () => {
    const svg = await figure(gradientFlow, 1);
    expect(svg).toMatch(/GD, η=\S+ \(on the flow\)/);
    expect(svg).toMatch(/<path d="M[^"]+" stroke="#9467bd"/); // crosses in GD's colour
  });
  it('acceleration: each fit names its series and takes its colour; no two legend entries read the same', async () => {
    const svg = await figure(acceleration, 0.0625);
    const labels = [...svg.matchAll(/<text x="[^"]+" y="[^"]+">([^<]+)<\/text>/g)].map((m) => m[1]!).filter((l) => /fit|linear|two-layer|reference/.test(l));
    expect(new Set(labels).size).toBe(labels.length);
    for (const [series, color] of [['linear, γ→∞ (perceptron)', '#1f77b4'], ['linear, GD γ=10', '#d62728']]) {
      expect(labels).toContain(`fit of ${series}: d^${labels.find((l) => l.startsWith(`fit of ${series}`))!.split('d^')[1]}`);
      // the legend line of the fit is in its series' colour
      const at = svg.indexOf(`>fit of ${series}`);
      expect(svg.slice(svg.lastIndexOf('<line', at), at)).toContain(`stroke="${color}"`);
    }
  });
});
