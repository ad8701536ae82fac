/**
 * Regenerates the real-run fixtures of the rate corpus (test/rates/corpus/fixtures/*.json):
 *   npx tsx test/rates/corpus/make.ts        (about a minute; the test only reads the JSON)
 * Each fixture stores the checkpoint times, the values (17 significant digits) and how they were
 * computed. The labels (which claims are true) live in corpus.ts, with the reason for each.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { logisticRun, quadraticRun, logTimes } from './runs.ts';
import { dataset } from '../../../src/data/dataset.ts';
import { marginBracket } from '../../../src/data/margin.ts';
import { R, variant } from '../../../properties/smorodinsky2026/_setting.ts';
import { run } from '../../../properties/smorodinsky2026/_runs.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, 'fixtures');
const r17 = (v: number[]): number[] => v.map((x) => Number(x.toPrecision(17)));

export interface Fixture { name: string; how: string; t: number[]; values: Record<string, number[]>; meta: Record<string, number | string> }
const save = (f: Fixture): void => { writeFileSync(join(dir, `${f.name}.json`), JSON.stringify({ ...f, t: f.t, values: Object.fromEntries(Object.entries(f.values).map(([k, v]) => [k, r17(v)])) }) + '\n'); console.log(f.name, f.t.length); };

/** Separable signed points z_i (every label +1), step η, horizon T. */
const LOGISTIC: { name: string; z: number[][]; eta: number; T: number; gammaStar?: number }[] = [
  { name: 'logistic-3pt', z: [[1, 0], [0.25, 1], [1.5, 0.75]], eta: 1, T: 1e7, gammaStar: 0.8 },
  { name: 'logistic-3pt-c', z: [[1, 0.5], [0.2, 1], [2, -0.4]], eta: 1, T: 1e6 },
  { name: 'logistic-4pt', z: [[1, 0.2], [0.3, 1], [2, 2], [1.5, -0.1]], eta: 0.5, T: 1e6 },
  { name: 'logistic-3d', z: [[1, 0, 0.5], [0, 1, 0.5], [0.5, 0.5, -0.2], [1, 1, 1]], eta: 1, T: 1e6 },
  { name: 'logistic-5pt', z: [[2, 1], [1, 3], [0.5, 0.5], [3, -0.5], [-0.2, 1]], eta: 0.25, T: 1e6 },
];

/** Support vectors of the max-margin direction in the plane (angle search; points within 1e-7 of γ*). */
function supportVectors2D(z: number[][]): number {
  const m = (th: number): number => Math.min(...z.map((p) => p[0]! * Math.cos(th) + p[1]! * Math.sin(th)));
  let best = 0;
  for (let k = 0; k < 200000; k++) if (m((2 * Math.PI * k) / 200000) > m(best)) best = (2 * Math.PI * k) / 200000;
  let lo = best - 1e-4, hi = best + 1e-4;
  for (let it = 0; it < 200; it++) { const a = lo + (hi - lo) / 3, b = hi - (hi - lo) / 3; if (m(a) < m(b)) lo = a; else hi = b; }
  const th = (lo + hi) / 2, g = m(th);
  return z.filter((p) => p[0]! * Math.cos(th) + p[1]! * Math.sin(th) <= g + 1e-7).length;
}

function main(): void {
  mkdirSync(dir, { recursive: true });
  for (const L of LOGISTIC) {
    const mb = marginBracket(dataset(L.z, L.z.map(() => 1)), { relTol: 1e-14 });
    const gs = L.gammaStar ?? (mb.lo.toNumber() + mb.hi.toNumber()) / 2;
    if (L.gammaStar !== undefined && !(mb.lo.toNumber() <= gs + 1e-12 && gs <= mb.hi.toNumber() + 1e-12)) throw new Error(`${L.name}: γ* ${gs} outside its bracket`);
    const r = logisticRun(L.z, L.eta, gs, L.T, 10);
    console.log(L.name, 'support vectors', L.z[0]!.length === 2 ? supportVectors2D(L.z) : '-');
    save({ name: L.name, how: `float64 GD, step ${L.eta}, from w = 0, on signed points ${JSON.stringify(L.z)}; loss F(w_t) and margin gap γ* − min_i z_iᵀw_t/‖w_t‖ with γ* = ${gs} (certified bracket [${mb.lo.toSignificantDigits(17)}, ${mb.hi.toSignificantDigits(17)}])`, t: r.t, values: r.values, meta: { eta: L.eta, gammaStar: gs, ...(L.z[0]!.length === 2 ? { supportVectors: supportVectors2D(L.z) } : {}) } });
  }

  /** Diagonal quadratics ½Σλ_i w_i²: the slowest mode decays like |1 − ηλ|^t, c = −ln|1 − ηλ|. */
  const QUAD: { name: string; lambda: number[]; w0: number[]; eta: number; T: number }[] = [
    { name: 'quadratic-a', lambda: [1, 0.1, 0.05], w0: [1, 1, 1], eta: 1, T: 4000 },
    { name: 'quadratic-b', lambda: [2, 0.5, 0.06, 0.05], w0: [1, -2, 0.5, 1], eta: 0.4, T: 8000 },
    { name: 'quadratic-c', lambda: [1.9, 1], w0: [1, 1], eta: 1, T: 600 }, // |1 − ηλ| = 0.9 for the large λ: the top mode is the slowest
    { name: 'quadratic-d', lambda: [0.3, 0.2, 0.1], w0: [3, 2, 1], eta: 0.5, T: 6000 },
  ];
  for (const q of QUAD) {
    const times = Array.from({ length: 121 }, (_, k) => Math.round((k * q.T) / 120)).filter((t) => t > 0);
    const r = quadraticRun(q.lambda, q.w0, q.eta, times);
    // The slowest mode: the largest |1 − ηλ|; ‖w_t‖·e^{ct} → the norm of w0 on the slowest modes.
    const rho = Math.max(...q.lambda.map((l) => Math.abs(1 - q.eta * l)));
    const c = -Math.log(rho);
    const limitDist = Math.sqrt(q.lambda.reduce((s, l, i) => s + (Math.abs(1 - q.eta * l) === rho ? q.w0[i]! ** 2 : 0), 0));
    save({ name: q.name, how: `float64 GD, step ${q.eta}, on ½Σλ_i w_i² with λ = ${JSON.stringify(q.lambda)} from w0 = ${JSON.stringify(q.w0)}; ‖w_t‖ and f(w_t)`, t: r.t, values: r.values, meta: { eta: q.eta, c, limitDist } });
  }

  /** The two-neuron reference model R of smorodinsky2026 (gaps exact over Q of the float64 iterates). */
  for (const [name, setting, init] of [['verification', R, R.inits.verification!], ['asymmetric', R, R.inits.asymmetric!], ['symmetric', R, R.inits.symmetric!], ['u-half', variant({ xPlus: 0.5, xMinus: -0.5, u: 0.5 }), R.inits.verification!]] as const) {
    const r = run({ setting, init, T: 1e6, replaySteps: 0, digits: 50 });
    const idx = r.traj.t.map((_, i) => i).filter((i) => r.traj.t[i]! >= 1);
    save({ name: `two-neuron-${name}`, how: `float64 GD on the two-neuron model (${setting.label}), ${name} start; gap ρ* − ρ(θ_t) exact over Q for each float64 iterate`, t: idx.map((i) => r.traj.t[i]!), values: { gap: idx.map((i) => r.gap[i]!) }, meta: { eta: setting.eta } });
  }
}

// Runs only when invoked (npx tsx test/rates/corpus/make.ts), never when something imports this file.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
void logTimes;
