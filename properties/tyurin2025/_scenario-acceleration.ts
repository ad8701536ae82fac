/**
 * `gdcheck simulate acceleration [--budget x] [--plot out.svg] [--json]`: T(d) on the mean-direction
 * family (ours, src/families/meanDirection.ts) for the linear model (batch perceptron, exact; GD at
 * γ = 10, float64) and the fixed-output two-layer generalized perceptron, with the fitted laws, as a
 * table and a log-log plot. The grid is d = 8, 16, …, 1024·budget.
 */
import { families, plot, rates, type Scenario } from 'gdcheck';

type Series = plot.Series;
type ComplexityLaw = rates.ComplexityLaw;
const { svgPlot, PALETTE } = plot;
const { decideComplexity, geometricGrid, fitPower, showFit } = rates;
const { linearGdCount, linearPerceptronCount, twoLayerCount, TWO_LAYER_SETTING } = families.accelerationCounts;

interface Row { label: string; law: ComplexityLaw; counts: (d: number) => number | null }

const ROWS: Row[] = [
  { label: 'linear, γ→∞ (perceptron)', law: { bound: 'lower', exponent: 1, logPower: 0 }, counts: (d) => linearPerceptronCount(d) },
  { label: 'linear, GD γ=10', law: { bound: 'lower', exponent: 1, logPower: 0 }, counts: (d) => linearGdCount(d, 10) },
  { label: 'two-layer, gen. perc.', law: { bound: 'upper', exponent: 0.5, logPower: 1 }, counts: (d) => twoLayerCount(d) },
];

const scenario: Scenario = {
  name: 'acceleration',
  description: 'T(d) for linear vs two-layer models on our mean-direction family, with fitted laws',
  usage: '--budget x (grid up to d = 1024·x), --plot file.svg, --json',
  figures: [{ claims: ['tyurin2025/T-ABS2-linear-omega-d', 'tyurin2025/T-ABS2-closed-form', 'tyurin2025/T-ABS3-two-layer-sqrt-d'], caption: 'T(d) on the mean-direction family with fitted laws (simulate acceleration --budget 0.25)', options: { budget: 0.25 } }],
  settings: {},
  run(opts, io) {
    const ds = geometricGrid(8, 2, Math.max(64, 1024 * opts.budget));
    const table = ROWS.map((r) => ds.map((d) => { io.progress(`${r.label}: d = ${d}`); return r.counts(d); }));
    const fits = ROWS.map((r, k) => {
      const pts = ds.map((d, i) => ({ x: d, counts: [table[k]![i]!] }));
      const dec = decideComplexity(pts, r.law);
      const ok = table[k]!.every((c) => c !== null && c > 0);
      const upper = ds.map((d, i) => [d, table[k]![i]!] as const).slice(Math.floor(ds.length / 3));
      const fit = ok ? fitPower(upper.map((p) => p[0]), upper.map((p) => p[1] as number)) : null;
      return { dec, fit };
    });
    if (opts.json) {
      io.write(JSON.stringify({ family: 'b_1 = (1/d)·1_d (+1), b_2 = 1_d − 4e_1 (−1)', twoLayer: TWO_LAYER_SETTING, d: ds, rows: ROWS.map((r, k) => ({ label: r.label, counts: table[k], exponent: fits[k]!.fit?.slope ?? null, exponentCI: fits[k]!.fit?.slopeCI ?? null, verdict: fits[k]!.dec.verdict, reason: fits[k]!.dec.reason })) }, null, 2));
    } else {
      io.write(`Family (ours, not the paper's): b_1 = (1/d)·1_d (+1), b_2 = 1_d − 4e_1 (−1). Two-layer: ${TWO_LAYER_SETTING}.`);
      io.write(['d'.padStart(6), ...ROWS.map((r) => r.label.padStart(34))].join(' '));
      ds.forEach((d, i) => io.write([String(d).padStart(6), ...ROWS.map((_, k) => String(table[k]![i] ?? '>cap').padStart(34))].join(' ')));
      ROWS.forEach((r, k) => io.write(`${r.label}: ${fits[k]!.fit ? showFit(fits[k]!.fit!) : 'no fit'}; claimed law ${fits[k]!.dec.verdict}: ${fits[k]!.dec.reason}`));
    }
    if (opts.plot) {
      const series: Series[] = [];
      // Each fit takes its data series' colour and names that series, so two fits with the same
      // exponent cannot be confused in the legend.
      ROWS.forEach((r, k) => {
        const color = PALETTE[k % PALETTE.length]!;
        const pts = ds.map((d, i) => [d, table[k]![i]!] as [number, number | null]).filter((p): p is [number, number] => p[1] !== null && p[1] > 0);
        series.push({ label: r.label, points: pts, markers: true, color });
        const f = fits[k]!.fit;
        if (f) series.push({ label: `fit of ${r.label}: d^${f.slope.toFixed(2)}`, points: ds.map((d) => [d, Math.exp(f.intercept) * d ** f.slope] as [number, number]), dashed: true, color });
      });
      series.push({ label: 'reference √d·log d', points: ds.map((d) => [d, Math.sqrt(d) * Math.log(d)] as [number, number]), dashed: true, color: '#555555' });
      io.plot(svgPlot({ title: 'Iterations to separate, mean-direction family (ours)', xLabel: 'd (features)', yLabel: 'T(d)', xLog: true, yLog: true, series }));
    }
    return 0;
  },
};

export default scenario;
