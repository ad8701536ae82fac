// The labelled corpus of the rate judge (issue 9 §1): no false pass, no false refutation, and at most
// 10% inconclusive on windows of three decades or more. The confusion table printed here is the README's.
import { describe, expect, it } from 'vitest';
import { corpus, windowDecades } from './corpus/corpus.ts';
import { decideRate } from '../../src/rates/rateDecide.ts';
import { claimedText } from '../../src/rates/rateLaw.ts';

describe('rate judge on the labelled corpus', () => {
  const series = corpus();
  const rows = series.flatMap((s) => s.claims.map((c) => ({ s, c, d: decideRate(s.series, c.claim), long: windowDecades(s.series, c.claim) >= 3 - 1e-9 })));

  it('has at least 40 series, synthetic and real', () => {
    expect(series.length).toBeGreaterThanOrEqual(40);
    expect(series.filter((s) => s.kind === 'real').length).toBeGreaterThanOrEqual(10);
    expect(series.filter((s) => s.kind === 'synthetic').length).toBeGreaterThanOrEqual(20);
  });

  it('never passes a false claim and never refutes a true one', () => {
    const wrong = rows.filter((r) => (r.c.truth ? r.d.verdict === 'refuted' : r.d.verdict === 'holds'));
    expect(wrong.map((r) => `${r.s.name}: ${claimedText(r.c.claim)} (${r.c.truth}) → ${r.d.verdict}: ${r.d.reason}`)).toEqual([]);
  });

  it('says why whenever it is inconclusive, and is inconclusive on at most 10% of the claims on windows of three decades or more', () => {
    for (const r of rows.filter((x) => x.d.verdict === 'inconclusive')) expect(r.d.reason.length).toBeGreaterThan(20);
    const long = rows.filter((r) => r.long);
    const open = long.filter((r) => r.d.verdict === 'inconclusive');
    const table = (kind: string, sel: typeof rows): string => {
      const n = (truth: boolean, v: string): number => sel.filter((r) => r.c.truth === truth && r.d.verdict === v).length;
      return `${kind.padEnd(34)} | ${n(true, 'holds')} | ${n(true, 'inconclusive')} | ${n(true, 'refuted')} | ${n(false, 'holds')} | ${n(false, 'inconclusive')} | ${n(false, 'refuted')} |`;
    };
    console.log([
      `corpus: ${series.length} series (${series.filter((s) => s.kind === 'real').length} real, ${series.filter((s) => s.kind === 'synthetic').length} synthetic), ${rows.length} labelled claims`,
      '| claims | true: holds | true: inconclusive | true: refuted | false: holds | false: inconclusive | false: refuted |',
      table('all', rows), table('windows ≥ 3 decades (or e^(-ct))', long), table('windows < 3 decades', rows.filter((r) => !r.long)),
      table('real runs', rows.filter((r) => r.s.kind === 'real')), table('synthetic', rows.filter((r) => r.s.kind === 'synthetic')),
      ...open.map((r) => `inconclusive: ${r.s.name}: ${claimedText(r.c.claim)} (${r.c.truth}): ${r.d.reason}`),
    ].join('\n'));
    expect(open.length / long.length).toBeLessThanOrEqual(0.1);
  });
});
