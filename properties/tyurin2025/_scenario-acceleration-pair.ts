/**
 * `gdcheck simulate acceleration-pair`: T(d) on the scaled-pair family (ours; src/families/scaledPair.ts)
 * for the linear model (exact batch perceptron, GD γ = 4) and the two-layer model with both layers
 * trained (generalized perceptron η = 4, GD γ = 4), on the raw and the normalised data, with fitted
 * exponents, T·η/√d against its predicted constant 2s*, and an optional log-log plot.
 */
import { families, plot, rates, type Scenario } from 'gdcheck';

type TwoLayerSetting = families.scaledPair.TwoLayerSetting;
const { asymptoticConstant, linearGdCount, linearPerceptronCount, twoLayerCount } = families.scaledPair;
const { fitPower, showFit } = rates;
const { svgPlot } = plot;

const P: TwoLayerSetting = { lambda: 0.1, c: 2, step: 4, weights: 'perceptron' };

const scenario: Scenario = {
  name: 'acceleration-pair',
  description: 'T(d) of linear vs two-layer (both layers) models on our scaled-pair family, raw and normalised data',
  usage: '--budget x (two-layer grid up to d = 2^20·x, linear up to 2^14·x)  --set eta=4  --plot file.svg  --json',
  figures: [{ claims: ['tyurin2025/T-ABS2-scaled-pair', 'tyurin2025/T-ABS3-scaled-pair', 'tyurin2025/T-ABS3-scaled-pair-normalized', 'tyurin2025/T-ABS-scaled-pair-exact'], caption: 'T(d) on the scaled pair, raw and normalised (simulate acceleration-pair --budget 0.004)', options: { budget: 0.004 } }],
  settings: { eta: { type: 'number', min: 0, minExclusive: true, max: 1000, help: 'step size η of GD and of the generalized perceptron' } },
  run(opts, io) {
    const eta = (opts.settings.eta as number | undefined) ?? 4;
    const maxTwo = Math.max(4096, 2 ** 20 * opts.budget), maxLin = Math.max(1024, 2 ** 14 * opts.budget);
    const ds: number[] = [];
    for (let d = 16; d <= maxTwo; d *= 4) ds.push(d);
    const setting = { ...P, step: eta };
    const rows = ds.map((d) => {
      io.progress(`d = ${d}`);
      const lin = d <= maxLin;
      return {
        d,
        linearPerceptron: lin ? linearPerceptronCount(d) : null,
        linearGd: lin ? linearGdCount(d, eta) : null,
        twoLayerPerceptron: twoLayerCount(d, setting),
        twoLayerGd: twoLayerCount(d, { ...setting, weights: 'logistic' }),
        twoLayerNormalized: lin ? twoLayerCount(d, { ...setting, scale: 1 / Math.sqrt(2 * d) }) : null,
      };
    });
    const series = ['linearPerceptron', 'linearGd', 'twoLayerPerceptron', 'twoLayerGd', 'twoLayerNormalized'] as const;
    const label = { linearPerceptron: 'linear, perceptron (γ→∞)', linearGd: `linear, GD γ=${eta}`, twoLayerPerceptron: `two-layer, gen. perceptron η=${eta}`, twoLayerGd: `two-layer, GD γ=${eta}`, twoLayerNormalized: 'two-layer, normalised data' };
    const fits = Object.fromEntries(series.map((k) => {
      const pts = rows.filter((r) => r[k] !== null).slice(-4);
      return [k, pts.length >= 3 ? fitPower(pts.map((r) => r.d), pts.map((r) => r[k]!)) : null];
    }));
    const predicted = asymptoticConstant(P.c, P.lambda);
    const last = rows.at(-1)!;
    if (opts.json) io.write(JSON.stringify({ eta, rows, exponents: Object.fromEntries(series.map((k) => [k, fits[k]?.slope ?? null])), predictedConstant: predicted }, null, 2));
    else {
      io.write(`d          ${series.map((k) => label[k].padEnd(34)).join('')}`);
      for (const r of rows) io.write(`${String(r.d).padEnd(11)}${series.map((k) => String(r[k] ?? '-').padEnd(34)).join('')}`);
      for (const k of series) if (fits[k]) io.write(`${label[k]}: ${showFit(fits[k]!)} on the last 4 points`);
      io.write(`two-layer perceptron: T·η/√d at d = ${last.d} is ${((last.twoLayerPerceptron! * eta) / Math.sqrt(last.d)).toFixed(3)}; predicted 2s* = ${predicted.toFixed(3)} (c = 2, λ = 1/10)`);
    }
    if (opts.plot) {
      io.plot(svgPlot({
        title: 'Iterations to separate, scaled-pair family (ours)', xLabel: 'd (features)', yLabel: 'T(d)', xLog: true, yLog: true,
        series: series.map((k, i) => ({ label: label[k], points: rows.filter((r) => r[k] !== null).map((r) => [r.d, r[k]!] as [number, number]), markers: true, dashed: i === 4 })),
      }));
    }
    return 0;
  },
};

export default scenario;
