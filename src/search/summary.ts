/**
 * What a verdict says about the search behind it: the effort (random instances, families tried,
 * local-search steps, largest sizes reached, whether the budget ran out) and the closest approach
 * to the boundary, exactly, with its replay path. Carried in `--json` as the claim's `search` field.
 */
import type { SearchEffort } from './search.ts';

export interface ClosestApproach {
  /** What `score` is: 'measured/claimed' (upper bounds), 'claimed/measured' (lower bounds), or '1 − slack'. */
  ratio: 'measured/claimed' | 'claimed/measured' | '1 − slack';
  score: number;
  instance: string;
  measured: string;
  claimed: string;
  /** Replays this instance: `gdcheck replay <id> --seed <seed> --path <path>`. */
  path: string;
}

export interface SearchSummary extends SearchEffort {
  /** The instance space searched ('dataset'), or 'generic' (restarts and the arbitrary's shrink tree only). */
  space: string;
  closest?: ClosestApproach;
  /** Where the counterexample came from ('family omega-n', 'local step', 'random draw 3'). */
  foundBy?: string;
}

const LONG = 100;

const sizes = (largest: Record<string, number>): string => Object.entries(largest).map(([k, v]) => `${k} ≤ ${v}`).join(', ');

/** Short report lines (each well under a terminal width). */
export function searchLines(s: SearchSummary, replay: (path: string) => string): string[] {
  const fams = s.families.filter((f) => f.tried > 0).map((f) => `${f.name} ${f.tried}`).join(', ');
  const out = [
    `search (${s.space}): ${s.random} random instances; ${s.evaluations} searched: ${s.localSteps} local steps, ${s.restarts} restarts${fams ? `; families: ${fams}` : ''}`,
  ];
  const size = sizes(s.largest);
  const extended = s.extended ? `, extended ${s.extended}× for a near miss` : '';
  const budget = s.stopped === 'budget' ? `search budget used up (${s.evaluations}/${s.budget} evaluations${extended}; --budget scales it)`
    : s.stopped === 'time cap' ? `search stopped at its time cap after ${s.evaluations}/${s.budget} evaluations`
      : s.stopped === 'violation' ? `search stopped at a violation (${s.foundBy ?? '?'})` : `search ran out of new candidates after ${s.evaluations} evaluations`;
  out.push(`${budget}${size ? `; largest ${size}` : ''}${s.undecided ? `; ${s.undecided} undecided (${s.undecidedReason})` : ''}`);
  if (s.closest) {
    const c = s.closest;
    out.push(`closest approach: ${c.ratio} = ${c.score.toPrecision(6)} (measured ${c.measured}, claimed ${c.claimed})`);
    // A closest approach is context, not a counterexample: a long instance is cut to fit a terminal
    // (--json carries it whole, and the replay line rebuilds it exactly).
    out.push(`  at ${c.instance.length > LONG ? `${c.instance.slice(0, LONG)} … (${c.instance.length} characters; whole in --json)` : c.instance}`);
    out.push(`  replay: ${replay(c.path)}`);
  }
  return out;
}
