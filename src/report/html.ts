/** A self-contained HTML report: the summary table, then each claim's statement, verdict and evidence. */
import type { ClaimReport } from '../core/runner.ts';
import { replayLine } from '../core/property.ts';

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const COLOR: Record<string, string> = { verified: '#1a7f37', holds: '#2da44e', refuted: '#cf222e', inconclusive: '#9a6700' };

function claimSection(r: ClaimReport): string {
  const lines: string[] = [
    `<section id="${esc(r.id)}"><h2>${esc(r.id)} <span style="color:${COLOR[r.verdict]}">${r.verdict}</span>${r.asExpected ? '' : ` <small>(expected ${r.expected})</small>`}</h2>`,
    `<p><b>${esc(r.title)}</b></p><p>${esc(r.statement)}</p>`,
    `<p>Source: arXiv ${esc(r.source.arxiv)}, ${esc(r.source.where)} · catalogue ${esc(r.source.catalogue)} · provenance <b>${r.provenance}</b> · kind ${r.kind}</p>`,
    `<p>${esc(r.reason)}</p><p><small>precision: ${esc(r.precision)}; ${r.instances} instances; ${r.seconds.toFixed(2)} s</small></p>`,
  ];
  if (r.counterexample) {
    const c = r.counterexample;
    lines.push(`<pre>counterexample: ${esc(c.instance)}\nmeasured ${esc(c.measured)}, claimed ${esc(c.claimed)}, gap ${esc(c.gap)} (re-verified with ${esc(c.verifiedWith)})\nreplay: ${esc(replayLine(r.id, r.seed, r.path))}</pre>`);
  }
  if (r.details?.length) lines.push(`<details><summary>details</summary><pre>${esc(r.details.join('\n'))}</pre></details>`);
  if (r.mutants?.length) {
    lines.push('<table><tr><th>mutant</th><th>what is wrong</th><th>verdict</th><th>evidence</th></tr>');
    for (const m of r.mutants) lines.push(`<tr><td>${esc(m.id)}</td><td>${esc(m.description)}</td><td style="color:${COLOR[m.verdict]}">${m.verdict}</td><td>${esc(m.counterexample?.instance ?? m.reason)}</td></tr>`);
    lines.push('</table>');
  }
  return lines.join('\n') + '</section>';
}

export function htmlReport(reports: readonly ClaimReport[], meta: { seed: number; runs: number; digits: number }): string {
  const rows = reports.map((r) => `<tr><td>${r.asExpected ? '✓' : '✗'}</td><td><a href="#${esc(r.id)}">${esc(r.id)}</a></td><td>${esc(r.source.arxiv)} ${esc(r.source.where)}</td><td>${r.provenance}</td><td>${r.kind}</td><td>${r.expected}</td><td style="color:${COLOR[r.verdict]}">${r.verdict}</td><td>${r.instances}</td><td>${r.mutants ? `${r.mutants.filter((m) => m.verdict === 'refuted').length}/${r.mutants.length}` : '-'}</td></tr>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>gdcheck report</title>
<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px;font-size:13px;text-align:left}pre{background:#f6f8fa;padding:8px;overflow:auto}section{border-top:1px solid #ddd;margin-top:1.5em}</style></head><body>
<h1>gdcheck report</h1><p>seed ${meta.seed}, runs ${meta.runs}, digits ${meta.digits}; ${reports.length} claims, ${reports.filter((r) => r.asExpected).length} as expected.</p>
<table><tr><th></th><th>claim</th><th>source</th><th>provenance</th><th>kind</th><th>expected</th><th>verdict</th><th>instances</th><th>mutants refuted</th></tr>
${rows.join('\n')}</table>
${reports.map(claimSection).join('\n')}
</body></html>`;
}
