/**
 * `gdcheck simulate lower-bound`: the Batch Perceptron (the γ → ∞ limit of LR+GD) and Normalized LR+GD
 * on the Ω(n) dataset of Tyurin 2412.08424 Thm 5.1, T(n) on a geometric grid of n, with the fitted
 * exponent and the closed form ⌊(3n+2)/10⌋ + 1 checked exactly at every n.
 */
import { writeFileSync } from 'node:fs';
import type { Scenario } from './scenario.ts';
import { UserError } from '../core/registry.ts';
import { lowerBoundDataset } from '../arbitraries/datasets.ts';
import { batchPerceptron } from '../dynamics/perceptron.ts';
import { normalizedGdCountF64 } from '../dynamics/logisticGd.ts';
import { signedMatrix } from '../data/dataset.ts';
import { fitPower, showFit } from '../rates/fit.ts';
import { svgPlot } from '../report/plot.ts';

const scenario: Scenario = {
  name: 'lower-bound',
  description: 'T(n) of the Batch Perceptron and Normalized LR+GD on the Ω(n) dataset (Tyurin 2412.08424, Thm 5.1)',
  usage: '--set max=N (largest n, default 2560·budget) --set gamma=G (Normalized LR+GD step, default 0.1) --plot out.svg --json',
  run(opts, io) {
    const max = Number(opts.set.max ?? Math.round(2560 * opts.budget));
    const gamma = Number(opts.set.gamma ?? 0.1);
    if (!Number.isInteger(max) || max < 20 || max > 1e7) throw new UserError(`--set max must be an integer in [20, 1e7], got '${opts.set.max}'`);
    if (!(gamma > 0) || !Number.isFinite(gamma)) throw new UserError(`--set gamma must be a positive number, got '${opts.set.gamma}'`);
    const ns: number[] = [];
    for (let n = 10; n <= max; n *= 2) ns.push(n);
    const rows: { n: number; batch: number; closed: number; normalized: number | null }[] = [];
    for (const n of ns) {
      io.progress(`n = ${n}`);
      const ds = lowerBoundDataset(n);
      const batch = batchPerceptron(ds, { maxIter: 10 * n }).count!;
      const normalized = n <= 5120 ? normalizedGdCountF64({ Z: signedMatrix(ds), n, d: 2 }, gamma, 100_000) : null;
      rows.push({ n, batch, closed: Math.floor((3 * n + 2) / 10) + 1, normalized });
    }
    const mismatches = rows.filter((r) => r.batch !== r.closed);
    const upper = rows.slice(Math.floor(rows.length / 2));
    const fit = fitPower(upper.map((r) => r.n), upper.map((r) => r.batch));
    if (opts.json) io.write(JSON.stringify({ gamma, rows, exponent: fit.slope, exponentCI: fit.slopeCI, closedFormMismatches: mismatches.length }, null, 2));
    else {
      io.write(`n        batch perceptron  ⌊(3n+2)/10⌋+1  normalized LR+GD (γ=${gamma})`);
      for (const r of rows) io.write(`${String(r.n).padEnd(8)} ${String(r.batch).padEnd(17)} ${String(r.closed).padEnd(14)} ${r.normalized ?? '-'}`);
      io.write(`batch perceptron: ${showFit(fit)} on n ≥ ${upper[0]!.n}; closed form ${mismatches.length ? `FAILS at n = ${mismatches.map((r) => r.n).join(', ')}` : 'exact at every n'}`);
    }
    if (opts.plot) {
      writeFileSync(opts.plot, svgPlot({
        title: 'Iterations on the Ω(n) dataset (Tyurin 2412.08424, Thm 5.1)', xLabel: 'n', yLabel: 'iterations T(n)', xLog: true, yLog: true,
        series: [
          { label: 'batch perceptron', points: rows.map((r) => [r.n, r.batch]), markers: true },
          { label: `fit n^${fit.slope.toFixed(3)}`, points: rows.map((r) => [r.n, Math.exp(fit.intercept) * r.n ** fit.slope]), dashed: true },
          { label: `normalized LR+GD γ=${gamma}`, points: rows.filter((r) => r.normalized !== null).map((r) => [r.n, r.normalized!]), markers: true },
        ],
      }));
      io.write(`plot written to ${opts.plot}`);
    }
    return mismatches.length ? 1 : 0;
  },
};

export default scenario;
