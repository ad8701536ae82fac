/**
 * `gdcheck simulate two-neuron`: a long float64 GD run of the smorodinsky2026 setting (reference
 * model R unless properties/smorodinsky2026/_setting.ts is swapped), printing gap(t), gap·ln t and the boundary per
 * decade, the competing rate laws fitted on the checkpoints with the E7 decision, and the
 * high-precision drift of a prefix; --plot draws gap(t), gap·ln t and the boundary's path against ln t.
 */
import { UserError, models, rates, scenarios, type Scenario, type ScenarioIO, type SimulateOptions } from 'gdcheck';
import { R, variant, randomInit, type TwoNeuronSetting } from './_setting.ts';
import { run, series, type Run } from './_runs.ts';
import { twoNeuronPlot } from './_two-neuron-plot.ts';

type Setting = scenarios.Setting;
type RateDecision = rates.RateDecision;
const { params, invariants, margins, closedFormBoundary, specialized, pattern, simulate } = models.twoNeuron;
const { parseNumberList, showDuration } = scenarios;
const { decideRate } = rates;

const USAGE = "--init verification|symmetric|asymmetric|random:K|w1,b1,w2,b2  --steps N (default 1e6·budget)  --set u=1 eta=0.1 loss=exp|logistic outputs=fixed|trained replay=200  --plot out.svg  --json";

const SETTINGS: Record<string, Setting> = {
  u: { type: 'number', min: 1e-3, max: 1e3, help: 'data points ±u' },
  eta: { type: 'number', min: 1e-6, max: 10, help: 'step size η' },
  loss: { type: 'choice', values: ['exp', 'logistic'] },
  outputs: { type: 'choice', values: ['fixed', 'trained'] },
  replay: { type: 'number', min: 0, max: 1e5, integer: true, help: 'steps replayed in 50 digits' },
  perDecade: { type: 'number', min: 2, max: 100, integer: true, help: 'checkpoints per decade' },
};

/** Largest |entry| of a custom --init: beyond it the first steps overflow float64 (exp of the margins). */
const INIT_MAX = 1e3;
/** Runs longer than this many steps state their estimated time first, measured on CALIBRATE steps. */
const LONG = 1e7, CALIBRATE = 2e5;

function settingFrom(set: Record<string, number | string>): TwoNeuronSetting {
  const u = set.u as number | undefined, eta = set.eta as number | undefined;
  const over: Partial<TwoNeuronSetting> = {};
  if (u !== undefined) Object.assign(over, { u, xPlus: u, xMinus: -u });
  if (eta !== undefined) over.eta = eta;
  if (set.loss) over.loss = set.loss as TwoNeuronSetting['loss'];
  if (set.outputs) over.trainOutputs = set.outputs === 'trained';
  return Object.keys(over).length ? variant({ ...over, label: `${R.label}, modified: ${Object.entries(set).filter(([k]) => k !== 'replay' && k !== 'perDecade').map(([k, v]) => `${k}=${v}`).join(' ')}` }) : R;
}

function initFrom(s: TwoNeuronSetting, name: string | undefined, seed: number): { name: string; init: Float64Array } {
  const n = name ?? s.defaultInit;
  if (Object.hasOwn(s.inits, n)) return { name: n, init: s.inits[n]! }; // own keys only: '--init constructor' is not an init
  const rnd = /^random:(\d+)$/.exec(n);
  if (rnd) return { name: n, init: randomInit(seed, Number(rnd[1]), s.randomSigma) };
  if (n.includes(',')) {
    const p = parseNumberList('--init', n, 4, { min: -INIT_MAX, max: INIT_MAX });
    return { name: 'custom', init: params(p[0]!, p[1]!, p[2]!, p[3]!) };
  }
  throw new UserError(`two-neuron: unknown --init '${n}' (use ${Object.keys(s.inits).join(', ')}, random:K, or w1,b1,w2,b2)`);
}

const fmt = (x: number, d = 6): string => (Number.isFinite(x) ? (Math.abs(x) >= 1e5 || (Math.abs(x) < 1e-3 && x !== 0) ? x.toExponential(d - 1) : x.toPrecision(d)) : String(x));

function table(s: TwoNeuronSetting, r: Run): string[] {
  const cD = s.eta * (1 + s.u * s.u);
  const rows = ['t'.padStart(10) + 'gap'.padStart(14) + 'gap·ln t'.padStart(12) + 'gap·ln(ηDt)'.padStart(13) + 'boundary x*'.padStart(14) + 'closed form'.padStart(14) + '  pattern'];
  const { t, params: ps } = r.traj;
  for (let i = 0; i < t.length; i++) {
    const lg = Math.log10(t[i]!);
    if (t[i] !== 0 && Math.abs(lg - Math.round(lg)) > 1e-9 && i !== t.length - 1) continue;
    const p = ps[i]!;
    const [K1, K2] = invariants(s.u, p), [m1, m2] = margins(s, p);
    const closed = specialized(s, p) && !s.trainOutputs ? closedFormBoundary(s.u, K1, K2, m1, m2) : NaN;
    const pat = pattern(s, p).map((b) => (b ? '1' : '0')).join('');
    rows.push(String(t[i]).padStart(10) + fmt(r.gap[i]!).padStart(14) + (t[i]! > 1 ? fmt(r.gap[i]! * Math.log(t[i]!), 5) : '-').padStart(12) + (t[i]! > 0 ? fmt(r.gap[i]! * Math.log(cD * t[i]!), 5) : '-').padStart(13) + fmt(r.boundary[i]!).padStart(14) + fmt(closed).padStart(14) + `  ${pat}${specialized(s, p) ? ' (P*)' : ''}`);
  }
  return rows;
}

async function simulateTwoNeuron(o: SimulateOptions, io: ScenarioIO): Promise<number> {
  const s = settingFrom(o.settings);
  const { name, init } = initFrom(s, o.init, o.seed);
  const T = o.steps ?? Math.max(1000, Math.round(1e6 * o.budget));
  const replay = (o.settings.replay as number | undefined) ?? 200;
  const perDecade = (o.settings.perDecade as number | undefined) ?? 10;
  if (T > LONG) {
    // State the cost before a long run starts: time a short prefix on this machine, and extrapolate.
    const probe = simulate(s, init, [CALIBRATE]);
    const perSecond = CALIBRATE / Math.max(probe.seconds, 1e-6);
    io.note(`two-neuron: ${T.toExponential(2)} steps at about ${perSecond.toExponential(2)} steps/s: estimated ${showDuration(T / perSecond)}; Ctrl-C stops it`);
  }
  const r = run({ setting: s, init, T, perDecade, replaySteps: replay, digits: 50, progress: io.progress });
  const ser = series(r, `${name} init`);
  const decision: RateDecision = decideRate(ser, { law: 'inv-log' });
  const [K1, K2] = invariants(s.u, init);
  const rate = T / Math.max(r.traj.seconds, 1e-9);
  if (o.json) {
    io.write(JSON.stringify({ setting: s.label, init: name, params0: Array.from(init), T, seconds: r.traj.seconds, stepsPerSecond: rate, t: r.traj.t, gap: r.gap, boundary: r.boundary, drift: r.drift ?? null, decision: { verdict: decision.verdict, reason: decision.reason, fits: decision.fits.map((f) => ({ law: f.law, label: f.label, rms: f.rms })) } }));
  } else {
    io.write(`two-neuron: ${s.label}`);
    io.write(`data ±${s.u}, η = ${s.eta}, loss ${s.loss}, outputs ${s.trainOutputs ? 'trained' : 'fixed'}; init ${name} [${Array.from(init).join(', ')}]`);
    io.write(`K₁ = ${fmt(K1)}, K₂ = ${fmt(K2)} at t = 0; R-T1 limit of gap·ln(ηDt) (if P* holds from the start): |K₁+K₂|/2 = ${fmt(Math.abs(K1 + K2) / 2)}`);
    io.write(`${T.toExponential(2)} float64 GD steps in ${r.traj.seconds.toFixed(2)} s (${rate.toExponential(2)} steps/s); P* at every checkpoint: ${r.allSpecialized ? 'yes' : 'no'}`);
    if (r.drift) io.write(`high-precision replay of the first ${r.drift.steps} steps at ${r.drift.digits} digits: relative drift ${r.drift.maxRelDiff.toExponential(2)}`);
    io.write(table(s, r).join('\n'));
    io.write(`rate (catalogue E7), claimed Θ(1/ln t): ${decision.verdict}: ${decision.reason}`);
    for (const d of decision.details.slice(ser.notes?.length ?? 0)) io.write(`  ${d}`);
  }
  if (o.plot) {
    io.plot(twoNeuronPlot(s, name, r, decision));
  }
  return r.drift && !(r.drift.maxRelDiff <= 1e-9) ? 1 : 0;
}

const scenario: Scenario = {
  name: 'two-neuron',
  description: 'GD on the two-neuron ReLU net of smorodinsky2026 (reference model R): gap(t), gap·ln t, fitted rate laws, boundary path',
  usage: USAGE,
  figures: [
    { claims: ['smorodinsky2026/S-C2', 'smorodinsky2026/R-T1-limit', 'smorodinsky2026/S-C6', 'smorodinsky2026/S-C4', 'smorodinsky2026/R-O3'], caption: 'gap(t), gap·ln t and the boundary, verification start, 10⁵ GD steps (simulate two-neuron --steps 1e5)', options: { steps: 1e5, set: { replay: '0' } } },
    { claims: ['smorodinsky2026/S-C2-every-init'], caption: 'the counterexample: the symmetric start K₁+K₂ = 0, 10⁵ GD steps (simulate two-neuron --init symmetric --steps 1e5)', options: { steps: 1e5, init: 'symmetric', set: { replay: '0' } } },
  ],
  settings: SETTINGS,
  takes: ['steps', 'init'],
  run: simulateTwoNeuron,
};

export default scenario;
