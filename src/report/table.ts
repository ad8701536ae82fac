/** The terminal report: one summary table, then what a reader needs for every verdict worth a look. */
import type { ClaimReport } from '../core/runner.ts';
import { replayLine } from '../core/property.ts';

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, k) => Math.max(...rows.map((r) => [...r[k]!].length)));
  return rows.map((r) => r.map((cell, k) => cell + ' '.repeat(widths[k]! - [...cell].length)).join('  ').trimEnd()).join('\n');
}

const slack = (s: number | null | undefined): string => (s === undefined || s === null || !Number.isFinite(s) ? '-' : s.toPrecision(3));

export function summaryTable(reports: readonly ClaimReport[]): string {
  const withMutants = reports.some((r) => r.mutants);
  const head = ['', 'claim', 'source', 'provenance', 'kind', 'expected', 'verdict', 'instances', 'worst slack', 'seconds'];
  if (withMutants) head.push('mutants refuted');
  const rows = [head];
  for (const r of reports) {
    const mutOk = (r.mutants ?? []).every((m) => m.verdict === 'refuted');
    const row = [
      !(r.asExpected && mutOk) ? '✗' : r.expected === 'inconclusive' ? '?' : '✓', r.id, `${r.source.arxiv} ${r.source.where}`, r.provenance, r.kind, r.expected, r.verdict,
      String(r.instances), slack(r.worstSlack), r.seconds.toFixed(2),
    ];
    if (withMutants) row.push(r.mutants ? `${r.mutants.filter((m) => m.verdict === 'refuted').length}/${r.mutants.length}` : '-');
    rows.push(row);
  }
  return pad(rows);
}

export function detailBlock(r: ClaimReport, verbose = false): string {
  const out: string[] = [`${r.id}: ${r.verdict} (expected ${r.expected}): ${r.reason}`];
  out.push(`  ${r.title} [${r.source.catalogue}; provenance ${r.provenance}]`);
  out.push(`  precision: ${r.precision}`);
  if (r.open) out.push(`  open: ${r.open}`);
  if (r.counterexample) {
    const c = r.counterexample;
    out.push(`  counterexample: ${c.instance}`);
    out.push(`  measured ${c.measured}, claimed ${c.claimed}, gap ${c.gap}; re-verified with ${c.verifiedWith}${c.shrinks !== undefined ? `; shrunk ${c.shrinks} time(s)` : ''}`);
    if (r.path !== undefined) out.push(`  replay: ${replayLine(r.id, r.seed, r.path)}`);
  }
  if (verbose || r.verdict !== 'verified') for (const d of (r.details ?? []).slice(0, verbose ? 1000 : 12)) out.push(`  ${d}`);
  for (const m of r.mutants ?? []) {
    out.push(`  mutant ${m.id}: ${m.verdict} (${m.description}): ${m.reason}`);
    if (m.counterexample) out.push(`    counterexample: ${m.counterexample.instance}`);
    if (m.path !== undefined) out.push(`    replay: ${replayLine(m.id, m.seed, m.path)}`);
  }
  return out.join('\n');
}

export function jsonReport(reports: readonly ClaimReport[]): object {
  return {
    claims: reports.map((r) => ({
      id: r.id, paper: r.paper, title: r.title, source: r.source, provenance: r.provenance, kind: r.kind,
      expected: r.expected, open: r.open ?? null, verdict: r.verdict, reason: r.reason, instances: r.instances, skipped: r.skipped ?? 0,
      worstSlack: r.worstSlack ?? null, precision: r.precision, seed: r.seed ?? null, path: r.path ?? null,
      counterexample: r.counterexample ?? null, search: r.search ?? null, details: r.details ?? [], seconds: Number(r.seconds.toFixed(3)),
      mutants: (r.mutants ?? []).map((m) => ({ id: m.id, description: m.description, verdict: m.verdict, reason: m.reason, seconds: Number(m.seconds.toFixed(3)), seed: m.seed ?? null, path: m.path ?? null, counterexample: m.counterexample ?? null, search: m.search ?? null })),
    })),
  };
}
