/**
 * `gdcheck simulate lower-bound`: the predecessor's Table 1 (Tyurin 2412.08424) on its Ω(n) dataset of
 * Theorem 5.1, for any list of sizes: iteration counts of LR+GD and Normalized LR+GD at any steps γ,
 * and of the Batch Perceptron (the γ → ∞ limit of LR+GD), whose count is checked exactly against the
 * closed form ⌊(3n + 2)/10⌋ + 1 at every n. Counting rule (the paper's): the first t with every
 * training point strictly correctly classified, y_i b_iᵀv_t > 0 for all i, from v_0 = 0.
 * LR+GD runs through gdcheck's methods (GD on the logistic risk, float64), Normalized LR+GD is the paper's
 * v ← v + γ Σ σ(−m_i) z_i / Σ σ(−m_i) (float64), the Batch Perceptron is exact.
 * At n = 1000 this reproduces Table 1: LR+GD γ = 100 → 308; Normalized LR+GD γ = 100, 10, 1, 0.1 → 2, 2, 16, 157.
 */
import { UserError, arbitraries, classes, data, dynamics, linalg, methods, plot, rates, rationals, scenarios, type Scenario, type SimulateOptions, type Sweep } from 'gdcheck';

const { writeFileAtomic, runSweep } = scenarios;
const { lowerBoundDataset } = arbitraries;
const { batchPerceptron, normalizedGdCountF64 } = dynamics;
const { signedMatrix, signedPoints } = data;
const { fitPower, showFit } = rates;
const { svgPlot } = plot;
const { empiricalRisk, LOSSES } = classes;
const { F64 } = linalg;
const { gd, allStrictlyCorrect, iterationCount } = methods;
const { Q } = rationals;

const KEYS = ['lr', 'normalized', 'max', 'max-iter', 'gamma'] as const;
const RULE = 'iterations until every point is strictly correctly classified (y_i b_iᵀv_t > 0 for all i), from v_0 = 0';

/** A comma-separated list of positive finite numbers (steps) or integers in [lo, hi] (sizes); one-line errors. */
function list(name: string, raw: string, integer: boolean, lo: number, hi: number): number[] {
  const parts = raw.split(',').map((s) => s.trim());
  if (parts.length === 0 || parts.some((s) => s === '')) throw new UserError(`${name} takes a comma-separated list, got '${raw}'`);
  return parts.map((s) => {
    const v = Number(s);
    const ok = integer ? /^\d+$/.test(s) && Number.isSafeInteger(v) : /^[0-9.eE+-]+$/.test(s) && Number.isFinite(v);
    if (!ok || v < lo || v > hi) throw new UserError(`${name}: '${s}' must be ${integer ? 'an integer' : 'a number'} in [${lo}, ${hi}]`);
    return v;
  });
}

interface Row { method: string; gamma: number | null; counts: (number | null)[] }

/** The sizes, steps and iteration cap the options ask for (one-line UserErrors for bad ones). */
export function lowerBoundPlan(opts: SimulateOptions) {
  for (const k of Object.keys(opts.set)) if (!(KEYS as readonly string[]).includes(k)) throw new UserError(`lower-bound: unknown --set key '${k}' (keys: ${KEYS.join(', ')}; sizes go in --n)`);
  if (opts.set.gamma !== undefined && opts.set.normalized !== undefined) throw new UserError('lower-bound: --set gamma is the old name of --set normalized; give one');
  const maxIter = opts.set['max-iter'] === undefined ? 1_000_000 : list('--set max-iter', opts.set['max-iter'], true, 1, 1e8)[0]!;
  let ns: number[];
  if (opts.n !== undefined) {
    if (opts.set.max !== undefined) throw new UserError('lower-bound: give the sizes with --n or --set max, not both');
    ns = list('--n', opts.n, true, 2, 1e6);
  } else {
    const max = opts.set.max === undefined ? Math.round(2560 * opts.budget) : list('--set max', opts.set.max, true, 10, 1e6)[0]!;
    ns = [];
    for (let n = 10; n <= max; n *= 2) ns.push(n);
  }
  const lr = list('--set lr', opts.set.lr ?? '100', false, 1e-6, 1e6);
  const nz = list('--set normalized', opts.set.normalized ?? opts.set.gamma ?? '100,10,1,0.1', false, 1e-6, 1e6);
  const methods: Omit<Row, 'counts'>[] = [
    ...lr.map((g) => ({ method: 'LR+GD', gamma: g })),
    ...nz.map((g) => ({ method: 'Normalized LR+GD', gamma: g })),
    { method: 'Batch Perceptron (γ → ∞)', gamma: null },
  ];
  return { ns, methods, maxIter };
}

/** One size: every method's count at n (null past the cap), in the plan's method order. */
export function lowerBoundCounts(plan: ReturnType<typeof lowerBoundPlan>, n: number): (number | null)[] {
  const ds = lowerBoundDataset(n), Z = signedPoints(ds), M = signedMatrix(ds);
  const risk = empiricalRisk(LOSSES.logistic, Z), rule = allStrictlyCorrect(F64, Z);
  return plan.methods.map((r) => {
    if (r.method === 'LR+GD') return iterationCount(F64, gd(Q.fromNumber(r.gamma!)), risk, [0, 0], rule, plan.maxIter);
    if (r.method === 'Normalized LR+GD') return normalizedGdCountF64({ Z: M, n, d: 2 }, r.gamma!, plan.maxIter);
    return batchPerceptron(ds, { maxIter: 10 * n }).count;
  });
}

/** The table from each size's counts (in the plan's size order): rows, the closed form, its mismatches, the fitted exponent. */
export function lowerBoundAssemble(plan: ReturnType<typeof lowerBoundPlan>, counts: (number | null)[][]) {
  const { ns, maxIter } = plan;
  const rows: Row[] = plan.methods.map((m, k) => ({ ...m, counts: counts.map((c) => c[k]!) }));
  const closed = ns.map((n) => Math.floor((3 * n + 2) / 10) + 1);
  const batch = rows.at(-1)!.counts;
  const mismatches = ns.filter((n, k) => n >= 10 && batch[k] !== closed[k]);
  const fitPts = ns.map((n, k) => [n, batch[k]] as const).filter(([, c]) => c !== null && c > 0).slice(Math.floor(ns.length / 2));
  const fit = fitPts.length >= 3 ? fitPower(fitPts.map((p) => p[0]), fitPts.map((p) => p[1]!)) : null;
  return { ns, rows, closed, mismatches, fit, maxIter };
}

/** The sizes are independent points: `simulate lower-bound --jobs N` runs them on N threads, `--shard i/N` on a cluster. */
const sweep: Sweep<number, (number | null)[]> = {
  points: (opts) => lowerBoundPlan(opts).ns,
  label: (n) => `n = ${n}`,
  point: (opts, n) => lowerBoundCounts(lowerBoundPlan(opts), n),
  report(opts, counts, io) {
    const t = lowerBoundAssemble(lowerBoundPlan(opts), counts);
    const show = (c: number | null) => (c === null ? `>${t.maxIter}` : String(c));
    const label = (r: Row) => (r.gamma === null ? r.method : `${r.method}, γ = ${r.gamma}`);
    if (opts.csv) {
      const lines = [['method', 'gamma', ...t.ns.map((n) => `n=${n}`)].join(','), ...t.rows.map((r) => [JSON.stringify(r.method), r.gamma ?? 'inf', ...r.counts.map((c) => c ?? '')].join(','))];
      writeFileAtomic('--csv', opts.csv, lines.join('\n') + '\n');
    }
    if (opts.json) {
      io.write(JSON.stringify({ rule: RULE, n: t.ns, rows: t.rows, closedForm: t.closed, closedFormMismatches: t.mismatches, exponent: t.fit?.slope ?? null, exponentCI: t.fit?.slopeCI ?? null }, null, 2));
    } else {
      io.write(`Tyurin 2412.08424, Table 1 layout, on the dataset of Theorem 5.1. Counting rule: ${RULE}.`);
      const w = Math.max(...t.rows.map((r) => label(r).length));
      io.write(`${'method'.padEnd(w)}  ${t.ns.map((n) => `n = ${n}`.padStart(10)).join(' ')}`);
      for (const r of t.rows) io.write(`${label(r).padEnd(w)}  ${r.counts.map((c) => show(c).padStart(10)).join(' ')}`);
      io.write(`${'⌊(3n+2)/10⌋ + 1'.padEnd(w)}  ${t.closed.map((c) => String(c).padStart(10)).join(' ')}`);
      io.write(`Batch Perceptron: closed form ${t.mismatches.length ? `FAILS at n = ${t.mismatches.join(', ')}` : 'exact at every n ≥ 10'}; ${t.fit ? `${showFit(t.fit)} on the upper half of the sizes` : 'no exponent fit (fewer than 3 sizes in the upper half)'}`);
    }
    if (opts.plot) {
      io.plot(svgPlot({
        title: 'Iterations on the Ω(n) dataset (Tyurin 2412.08424, Thm 5.1)', xLabel: 'n', yLabel: 'iterations T(n)', xLog: true, yLog: true,
        series: t.rows.map((r) => ({ label: label(r), points: t.ns.map((n, k) => [n, r.counts[k]] as [number, number | null]).filter((p): p is [number, number] => p[1] !== null && p[1] > 0), markers: true })),
      }));
    }
    return t.mismatches.length ? 1 : 0;
  },
};

const scenario: Scenario = {
  name: 'lower-bound',
  description: "Table 1 of Tyurin 2412.08424 on the Ω(n) dataset (Thm 5.1): LR+GD, Normalized LR+GD and the Batch Perceptron, any sizes and steps",
  usage: '--n 100,500,1000 (default 10·2^k up to 2560·budget, or --set max=N)  --set lr=100,10 (LR+GD steps)  --set normalized=100,10,1,0.1  --set max-iter=N  --json  --csv file.csv  --plot file.svg',
  settings: {
    lr: { type: 'text', pattern: /^[0-9.eE+-]+(,[0-9.eE+-]+)*$/, example: '100,10 (LR+GD steps)' },
    normalized: { type: 'text', pattern: /^[0-9.eE+-]+(,[0-9.eE+-]+)*$/, example: '100,10,1,0.1 (Normalized LR+GD steps)' },
    gamma: { type: 'text', pattern: /^[0-9.eE+-]+(,[0-9.eE+-]+)*$/, example: '0.1 (old name of normalized)' },
    max: { type: 'number', min: 10, max: 1e6, integer: true, help: 'largest n' },
    'max-iter': { type: 'number', min: 1, max: 1e8, integer: true, help: 'iteration cap' },
  },
  settingsHint: 'sizes go in --n',
  figures: [{ claims: ['tyurin2024/T5.1-counts', 'tyurin2024/T5.1-closed-form', 'tyurin2024/T5.1-linear-growth', 'tyurin2024/T6.1'], caption: 'T(n) on the Ω(n) dataset with its fitted exponent (simulate lower-bound --set max=1280)', options: { set: { max: '1280' } } }],
  sweep,
  run: runSweep(sweep),
};

export default scenario;
