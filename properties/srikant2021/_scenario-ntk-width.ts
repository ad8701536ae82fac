/**
 * `gdcheck simulate ntk-width`: the srikant2021 width sweep at any size. For each width m: the
 * relative distance D(m) = ‖W_T − W*‖/‖W* − W0‖ of the GD limit to the linearised min-norm
 * interpolant, the Lyapunov excess of ‖W_k − W*‖², and ‖W* − W0‖² against yᵀ(H∞)⁻¹y; a power-law
 * fit of D(m). --budget b multiplies the largest width (1024·b); --plot draws D(m) on log-log axes.
 */
import { linalg, models, plot, rates, scenarios, type Scenario, type SimulateOptions, type Sweep } from 'gdcheck';
import { mean, runWidth } from './_widthSweep.ts';

const { rng } = models.mlp;
const { infiniteGram, ntkData } = models.ntk;
const { inverseQuadChecked } = linalg;
const { fitPower, showFit } = rates;
const { svgPlot } = plot;
const { runSweep } = scenarios;

const num = (set: Record<string, number | string>, k: string, def: number): number => (set[k] as number | undefined) ?? def;
const params = (opts: SimulateOptions) => ({ kappa: num(opts.settings, 'kappa', 1), n: num(opts.settings, 'n', 6), d: num(opts.settings, 'd', 4), seeds: num(opts.settings, 'seeds', 4) });

interface Row { m: number; D: number; lyap: number; dist2: number }

/** The widths are independent points: `simulate ntk-width --jobs N` runs them on N threads, `--shard i/N` on a cluster. */
const sweep: Sweep<number, Row> = {
  points(opts) {
    const ms: number[] = [];
    for (let m = 32; m <= 1024 * opts.budget; m *= 2) ms.push(m);
    return ms;
  },
  label: (m) => `m = ${m}`,
  point(opts, m) {
    const { kappa, n, d, seeds } = params(opts);
    const data = ntkData(n, d, rng(opts.seed));
    const runs = Array.from({ length: seeds }, (_, s) => runWidth(data, m, opts.seed * 31 + m * 7 + s, { kappa, eta: 0.5, maxSteps: 20000, lossTol: 1e-20 }));
    return { m, D: mean(runs.map((r) => r.D)), lyap: mean(runs.map((r) => r.lyapExcess)), dist2: mean(runs.map((r) => r.dist2)) };
  },
  report(opts, rows, io) {
    const { kappa, n, d, seeds } = params(opts);
    const data = ntkData(n, d, rng(opts.seed));
    const yHy = inverseQuadChecked(infiniteGram(data), data.y);
    const fit = rows.length >= 3 ? fitPower(rows.map((r) => r.m), rows.map((r) => r.D)) : null;
    if (opts.json) io.write(JSON.stringify({ kappa, n, d, seeds, yHinvY: yHy.f64, rows, fit }, null, 2));
    else {
      io.write(`n=${n}, d=${d}, κ=${kappa}, ${seeds} seeds per width; yᵀ(H∞)⁻¹y = ${yHy.f64.toPrecision(8)} (decimal agrees to ${yHy.diff.toExponential(1)})`);
      io.write('m        D(m)      Σ(V_{k+1}−V_k)_+/V_0   ‖W*−W0‖²');
      for (const r of rows) io.write(`${String(r.m).padEnd(8)} ${r.D.toFixed(4).padEnd(9)} ${r.lyap.toExponential(2).padEnd(22)} ${r.dist2.toPrecision(6)}`);
      if (fit) io.write(`D(m) ≈ C·m^a: ${showFit(fit)}`);
    }
    if (opts.plot) {
      io.plot(svgPlot({ title: `GD limit vs W*, κ=${kappa}`, xLabel: 'width m', yLabel: '‖W_T − W*‖ / ‖W* − W0‖', xLog: true, yLog: true, series: [{ label: 'D(m)', points: rows.map((r) => [r.m, r.D]), markers: true }] }));
    }
    return 0;
  },
};

const scenario: Scenario = {
  name: 'ntk-width',
  description: 'GD limit vs the linearised min-norm interpolant W* over a grid of widths (srikant2021)',
  usage: '--budget b (largest width 1024·b), --seed N, --plot file.svg, --json, --set kappa=1, --set n=6, --set d=4, --set seeds=4',
  figures: [{ claims: ['srikant2021/SS-ABS-1', 'srikant2021/SS-NORM'], caption: 'D(m) over widths m (simulate ntk-width --budget 0.125)', options: { budget: 0.125 } }],
  settings: {
    kappa: { type: 'number', min: 0, minExclusive: true, max: 10, help: 'initialisation scale κ' },
    n: { type: 'number', min: 2, max: 50, integer: true, help: 'data points' },
    d: { type: 'number', min: 2, max: 50, integer: true, help: 'input dimension' },
    seeds: { type: 'number', min: 1, max: 100, integer: true, help: 'runs per width' },
  },
  sweep,
  run: runSweep(sweep),
};

export default scenario;
