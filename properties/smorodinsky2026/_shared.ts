/**
 * What the smorodinsky2026 claims share: the paper's metadata, how long a run is at a given budget,
 * and cached runs of the setting (./_setting.ts, the one file to swap for the
 * paper's exact setting). Not a claim file (leading underscore).
 */
import { type NamedSeries, type RunContext, type Source, models } from 'gdcheck';
import { R, type TwoNeuronSetting } from './_setting.ts';
import { run, series, type Run } from './_runs.ts';

export const ARXIV = '2603.02095';
export const source = (where: string, catalogue: string): Source => ({ arxiv: ARXIV, version: 'v1', where, catalogue });

/** Default horizon 10⁶ steps (≈ 0.05 s of GD); --budget scales it (--budget 10 gives 10⁷). */
export const horizon = (ctx: RunContext, base = 1e6): number => Math.max(1e3, Math.round(base * ctx.budget));

/** High-precision replay length: 200 steps at 50 digits ≈ 0.2 s; scaled by the budget, capped. */
export const replaySteps = (ctx: RunContext): number => Math.min(5000, Math.max(20, Math.round(200 * ctx.budget)));

export function runOf(ctx: RunContext, init: Float64Array, setting: TwoNeuronSetting = R, base = 1e6): Run {
  return run({ setting, init, T: horizon(ctx, base), replaySteps: replaySteps(ctx), digits: ctx.digits, progress: ctx.progress });
}

/** Rate series of the named initializations of a setting. */
export function namedSeries(ctx: RunContext, names: readonly string[], setting: TwoNeuronSetting = R): NamedSeries[] {
  return names.map((name) => {
    const init = setting.inits[name];
    if (!init) throw new Error(`the setting has no initialization '${name}'`);
    return { name: `${name} init [${Array.from(init.subarray(0, 4)).join(', ')}]`, series: series(runOf(ctx, init, setting), `${setting.label}, ${name} init`) };
  });
}

export const RATE_PRECISION = 'float64 GD (exact steps); gaps exact over Q at each checkpoint; decimal.js replay of a prefix for the drift';
