/**
 * `gdcheck simulate acceleration-search [--budget x] [--seed n] [--json]`: the search for an
 * acceleration family (src/families/search.ts). fast-check draws 8·budget candidate settings on the
 * orthogonal-distractor family; for each, exact counts on d = 16, 32, …, 512·budget (3 instances)
 * and the engine's verdicts: linear Ω(d), two-layer O(√d·log d), two-layer O(log d). Exit 0 always
 * (a search that finds nothing is a result, reported as such).
 */
import fc from 'fast-check';
import { families, rates, type Scenario } from 'gdcheck';

const { geometricGrid } = rates;
const { candidates, evaluate, showCandidate } = families.search;

const scenario: Scenario = {
  name: 'acceleration-search',
  description: 'search (fast-check + complexity engine) for a family where linear is Ω(d) and two-layer Õ(√d)',
  usage: '--budget x (candidates 8·x, grid up to d = 512·x), --seed n, --json',
  settings: {},
  run(opts, io) {
    const grid = geometricGrid(16, 2, Math.max(128, 512 * opts.budget));
    const picks = fc.sample(candidates, { seed: opts.seed, numRuns: Math.max(1, Math.round(8 * opts.budget)) });
    const results = picks.map((c, k) => { io.progress(`candidate ${k + 1}/${picks.length}: ${showCandidate(c)}`); return evaluate(c, grid, 3, opts.seed); });
    if (opts.json) {
      io.write(JSON.stringify({ grid, results: results.map((r) => ({ candidate: r.candidate, twoLayerMax: r.points.map((p) => Math.max(...p.counts.map((v) => v ?? Infinity))), linear: r.linearPoints.map((p) => p.counts[0]), exponent: r.exponent, linearExponent: r.linearExponent, sqrtLog: r.sqrtLog, logD: r.logD, linearOmega: r.linearOmega, gap: r.gap })) }, null, 2));
      return 0;
    }
    io.write(`grid d = ${grid.join(', ')}; 3 instances per d; counts: largest over instances ('-' = no count within 8d steps or beyond 2^53)`);
    for (const r of results) {
      const row = r.points.map((p) => (p.counts.some((v) => v === null) ? '-' : String(Math.max(...(p.counts as number[]))))).join(' ');
      io.write(`${r.gap ? '*' : ' '} ${showCandidate(r.candidate).padEnd(52)} two-layer T: ${row.padEnd(40)} exponent ${r.exponent?.toFixed(2) ?? '-'}; √d·log d ${r.sqrtLog}, log d ${r.logD}; linear exponent ${r.linearExponent?.toFixed(2) ?? '-'} (Ω(d) ${r.linearOmega})`);
    }
    const found = results.filter((r) => r.gap);
    io.write(found.length ? `${found.length} candidate(s) show the gap (marked *)` : 'no candidate shows the gap (linear Ω(d) with two-layer O(√d·log d) and not O(log d))');
    return 0;
  },
};

export default scenario;
