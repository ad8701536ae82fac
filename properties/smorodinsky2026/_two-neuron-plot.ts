/**
 * The two-neuron figure: three panels against ln t, stacked in one SVG: gap(t) on a log axis with the
 * fitted laws, gap·ln t with the same laws (a Θ(1/ln t) rate is a flat line here) and the R-T1 limit,
 * and the decision boundary's path x*(t) between the points. Built on gdcheck's svgPlot.
 */
import { models, plot, type rates } from 'gdcheck';
import type { TwoNeuronSetting } from './_setting.ts';
import type { Run } from './_runs.ts';

type Series = plot.Series;
type RateDecision = rates.RateDecision;
const { svgPlot } = plot;
const { invariants } = models.twoNeuron;

const WIDTH = 760, HEIGHT = 400;

/** Nests a complete <svg> document at vertical offset y. */
const at = (svg: string, y: number): string => svg.replace(/^<svg /, `<svg x="0" y="${y}" `);

export function twoNeuronPlot(s: TwoNeuronSetting, initName: string, r: Run, decision: RateDecision): string {
  const idx = r.traj.t.map((_, i) => i).filter((i) => r.traj.t[i]! >= 2 && r.gap[i]! > 0);
  const lnT = (i: number): number => Math.log(r.traj.t[i]!);
  // The laws are drawn on the fit window only (E7 fits on t ≥ 10³): outside it they mean nothing.
  const fitFrom = 1e3;
  const fitted = decision.fits.map((f, k): Series => ({
    label: `${k === 0 ? 'best: ' : ''}${f.label.split(',')[0]}`,
    dashed: true,
    points: idx.filter((i) => r.traj.t[i]! >= fitFrom).map((i) => [lnT(i), f.predict(r.traj.t[i]!)] as [number, number]),
  }));
  const gapSeries: Series = { label: 'gap(t) (GD)', points: idx.map((i) => [lnT(i), r.gap[i]!]) };
  // Linear y: the gap spans less than a decade here, too little for plot.ts's log ticks.
  const p1 = svgPlot({ title: `gap(t) = ρ* − ρ(θ_t), ${initName} init; laws fitted on t ≥ 10³`, xLabel: 'ln t', yLabel: 'gap', width: WIDTH, height: HEIGHT, series: [gapSeries, ...fitted] });

  const [K1, K2] = invariants(s.u, r.traj.params[0]!);
  const limit = Math.abs(K1 + K2) / 2;
  const lnSeries: Series = { label: 'gap·ln t (GD)', points: idx.map((i) => [lnT(i), r.gap[i]! * lnT(i)]) };
  const fittedLn = fitted.map((f) => ({ ...f, points: f.points.map(([x, y]) => [x, y * x] as [number, number]) }));
  const limSeries: Series[] = s.trainOutputs ? [] : [{ label: `|K₁+K₂|/2 = ${limit.toPrecision(3)} (R-T1)`, dashed: true, points: idx.map((i) => [lnT(i), limit]) }];
  const p2 = svgPlot({ title: `gap·ln t: flat under Θ(1/ln t) (E7: ${decision.verdict})`, xLabel: 'ln t', yLabel: 'gap·ln t', width: WIDTH, height: HEIGHT, series: [lnSeries, ...fittedLn.slice(0, 2), ...limSeries] });

  const all = r.traj.t.map((_, i) => i).filter((i) => r.traj.t[i]! >= 1 && Number.isFinite(r.boundary[i]!));
  const path: Series = { label: 'boundary x*(t)', markers: true, points: all.map((i) => [lnT(i), r.boundary[i]!]) };
  const mid: Series = { label: 'midpoint (optimal)', dashed: true, points: all.map((i) => [lnT(i), (s.xPlus + s.xMinus) / 2]) };
  const p3 = svgPlot({ title: "the decision boundary's path between the points", xLabel: 'ln t', yLabel: 'x*', width: WIDTH, height: HEIGHT, series: [path, mid] });

  return [`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${3 * HEIGHT + 34}" font-family="sans-serif">`,
    `<rect width="${WIDTH}" height="${3 * HEIGHT + 34}" fill="white"/>`,
    `<text x="12" y="13" font-size="11">${s.label.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`,
    `<text x="12" y="26" font-size="11">data ±${s.u}, η = ${s.eta}, ${s.loss} loss, outputs ${s.trainOutputs ? 'trained' : 'fixed'}, T = ${r.traj.t[r.traj.t.length - 1]!.toExponential(1)} float64 GD steps</text>`,
    at(p1, 34), at(p2, 34 + HEIGHT), at(p3, 34 + 2 * HEIGHT), '</svg>'].join('\n');
}
