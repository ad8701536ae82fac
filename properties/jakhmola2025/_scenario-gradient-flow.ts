/**
 * `gdcheck simulate gradient-flow`: one gradient-flow run of a small MLP (Jakhmola's setting),
 * integrated by adaptive Dormand-Prince with ∫λ_min(G) alongside, against the predicted envelope
 * L(0)·exp(−2∫λ_min(G)) (J-LEM-ODE) and the constant-rate line L(0)·exp(−2λ_min(G(0))·t); GD at a
 * small step is the cross-check. Prints a table and, with --plot, an SVG of log L(t).
 */
import { UserError, dynamics, linalg, models, plot, scenarios, type Scenario } from 'gdcheck';
import { mlpInstance } from './_instances.ts';

type Activation = models.mlp.Activation;
type Mlp = models.mlp.Mlp;
const { parseNumber } = scenarios;
const { F64, symmetricEigenvalues } = linalg;
const { gradientDescent, gradientFlow } = dynamics;
const { ntkGram, showMlp } = models.mlp;
const { svgPlot } = plot;

function parseNet(set: Record<string, number | string>): Mlp {
  const raw = String(set.widths ?? '2-4-2');
  const widths = raw.split('-').map((w) => parseNumber('--set widths', w, { min: 1, max: 64, integer: true }));
  if (widths.length > 8) throw new UserError(`--set widths has at most 8 layers, got '${raw}'`);
  const a = String(set.act ?? 'poly');
  let act: Activation;
  if (a === 'poly') act = { kind: 'poly', c: 0.1 };
  else act = { kind: 'leaky', alpha: a.includes(':') ? parseNumber('--set act (leaky slope)', a.split(':')[1]!, { min: 0, max: 1 }) : 0.1 };
  return { widths, act };
}

const scenario: Scenario = {
  name: 'gradient-flow',
  description: 'log L(t) of one gradient-flow run against the predicted envelope L(0)·exp(−2∫λ_min(G)) (J-LEM-ODE)',
  usage: '--seed N, --plot file.svg, --json, --set widths=2-4-2, --set act=poly|leaky[:α], --set n=3, --set t1=20',
  figures: [{ claims: ['jakhmola2025/J-LEM-ODE', 'jakhmola2025/J-LEM-ODE-bound', 'jakhmola2025/J-CLAIM-EMP'], caption: 'log L(t) of one gradient flow against its envelope, with GD on it (simulate gradient-flow)', options: {} }],
  settings: {
    widths: { type: 'text', pattern: /^\d{1,2}(-\d{1,2}){1,7}$/, example: '2-4-2 (2 to 8 layer widths, each 1..64)' },
    act: { type: 'text', pattern: /^(poly|leaky(:[0-9.eE+-]{1,20})?)$/, example: "poly, leaky or leaky:0.1" },
    n: { type: 'number', min: 1, max: 20, integer: true, help: 'data points' },
    t1: { type: 'number', min: 0, minExclusive: true, max: 1e4, help: 'end time of the flow' },
  },
  run(opts, io) {
    const net = parseNet(opts.settings);
    const n = (opts.settings.n as number | undefined) ?? 3, t1 = (opts.settings.t1 as number | undefined) ?? 20;
    const inst = mlpInstance(net, n, opts.seed);
    io.progress(`integrating ${showMlp(net)}`);
    const flow = gradientFlow(F64, net, inst.data, inst.theta0, { t1, rtol: 1e-9, atol: 1e-11, augment: true, stopBelow: 1e-13, maxSteps: 20000 });
    const ev0 = symmetricEigenvalues(F64, ntkGram(F64, net, inst.theta0, inst.data.X)).values;
    const L0 = flow.points[0]!.loss, lam0 = ev0[0]!;
    const eta = 0.05 / ev0.at(-1)!;
    const gd: [number, number][] = [];
    const tEnd = flow.points.at(-1)!.t;
    gradientDescent(F64, net, inst.data, inst.theta0, eta, Math.min(200_000, Math.ceil(tEnd / eta)), (k, _th, L) => { if (k % 20 === 0) gd.push([k * eta, L]); });
    const rows = flow.points.map((p) => ({ t: p.t, L: p.loss, envelope: L0 * Math.exp(-2 * p.q2), constRate: L0 * Math.exp(-2 * lam0 * p.t) }));
    const violations = rows.filter((r) => r.L > r.envelope * (1 + 1e-6)).length;
    const summary = {
      net: showMlp(net), n, P: inst.P, seed: opts.seed, status: flow.run.status, steps: flow.run.steps, rejected: flow.run.rejected,
      errorEstimate: flow.run.errorSum, lambdaMinG0: lam0, lambdaMaxG0: ev0.at(-1)!, L0, LT: rows.at(-1)!.L, tEnd, envelopeViolations: violations, gdStep: eta,
    };
    if (opts.json) io.write(JSON.stringify({ ...summary, points: rows }, null, 2));
    else {
      io.write(`${summary.net}, n=${n}, P=${inst.P}, seed ${opts.seed}: ${flow.run.steps} accepted steps (${flow.run.rejected} rejected), error estimate ${flow.run.errorSum.toExponential(2)}, status ${flow.run.status}`);
      io.write(`λ_min(G(0)) = ${lam0.toPrecision(4)}, λ_max(G(0)) = ${ev0.at(-1)!.toPrecision(4)}; GD cross-check at η = ${eta.toPrecision(3)}`);
      io.write('t          L(t)          L0·exp(−2∫λ_min)   L0·exp(−2λ_min(G0)t)');
      const stride = Math.max(1, Math.floor(rows.length / 12));
      for (let k = 0; k < rows.length; k += stride) { const r = rows[k]!; io.write(`${r.t.toFixed(3).padEnd(10)} ${r.L.toExponential(4).padEnd(13)} ${r.envelope.toExponential(4).padEnd(18)} ${r.constRate.toExponential(4)}`); }
      io.write(violations === 0 ? 'L(t) stays below the envelope at every accepted step.' : `L(t) exceeds the envelope at ${violations} accepted steps.`);
    }
    if (opts.plot) {
      io.plot(svgPlot({
        title: `Gradient flow, ${showMlp(net)}, n=${n}`, xLabel: 't', yLabel: 'L(t)', yLog: true,
        series: [
          { label: 'L(t), Dormand–Prince', points: rows.map((r) => [r.t, r.L]), markers: true, marker: 'circle' },
          { label: 'L0·exp(−2∫λ_min(G))', points: rows.map((r) => [r.t, r.envelope]), dashed: true },
          { label: 'L0·exp(−2λ_min(G0)t)', points: rows.map((r) => [r.t, r.constRate]), dashed: true },
          // GD at a small step lies on the flow: crosses on a dashed line keep it visible on top.
          { label: `GD, η=${eta.toPrecision(2)} (on the flow)`, points: gd.filter(([t]) => t <= tEnd), dashed: true, markers: true, marker: 'cross' },
        ],
      }));
    }
    return violations === 0 && flow.run.status !== 'nonFinite' ? 0 : 1;
  },
};

export default scenario;
