/**
 * The figures of `gdcheck report`: each scenario declares which claims its short runs illustrate
 * (fits of rates and complexities, the dynamics of a counterexample); the report runs those once and
 * inlines the SVGs. A figure that fails is reported as such beside the claim, never as a verdict.
 */
import type { Scenario, ScenarioFigure } from '../scenarios/scenario.ts';
import { runScenario } from '../scenarios/scenario.ts';
import { loadScenarios } from '../scenarios/discover.ts';

export interface Figure { caption: string; svg?: string; error?: string }

/** One figure: the scenario run short with the figure's options, its plot kept (or why there is none). */
async function draw(s: Scenario, f: ScenarioFigure, seed: number): Promise<Figure> {
  const fig: Figure = { caption: f.caption };
  try {
    await runScenario(s, { budget: f.options.budget ?? 1, steps: f.options.steps, init: f.options.init, set: f.options.set ?? {}, seed, plot: 'report' }, {
      write: () => {}, note: () => {}, plot: (svg) => { fig.svg = svg; },
    });
    if (fig.svg === undefined) fig.error = 'the run drew no figure';
  } catch (e) {
    fig.error = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  }
  return fig;
}

/**
 * Figures by claim id, for the claims in `ids`; `progress` names the scenario being drawn. Once
 * `signal` is aborted (Ctrl-C, SIGTERM: its reason names which, src/cli/interrupt.ts), no further
 * scenario runs: its figures are marked not drawn.
 */
export async function claimFigures(ids: readonly string[], seed: number, progress: (m: string) => void = () => {}, signal?: AbortSignal): Promise<Map<string, Figure[]>> {
  const want = new Set(ids);
  const out = new Map<string, Figure[]>();
  for (const s of await loadScenarios()) {
    for (const f of (s.figures ?? []) as ScenarioFigure[]) {
      const claims = f.claims.filter((c) => want.has(c));
      if (claims.length === 0) continue;
      progress(`figure: simulate ${s.name}`);
      const fig = signal?.aborted ? { caption: f.caption, error: `the report was interrupted (${typeof signal.reason === 'string' ? signal.reason : 'Ctrl-C'})` } : await draw(s, f, seed);
      for (const c of claims) out.set(c, [...(out.get(c) ?? []), fig]);
    }
  }
  return out;
}
