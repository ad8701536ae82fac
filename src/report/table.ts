/** The terminal report: one summary table, then what a reader needs for every verdict worth a look. */
import { sourceText } from './source.ts';
import type { ClaimReport } from '../core/runner.ts';
import Table from 'cli-table3';
import { createColors } from 'picocolors';
import { replayLine } from '../core/property.ts';
import type { RunMeta } from './meta.ts';

/** How the terminal output looks: its width in columns and whether it may use colour. */
export interface Look { width: number; color: boolean }

/**
 * The look of stdout: its width on a terminal (else $COLUMNS, else 120), and colour only on a terminal
 * without NO_COLOR (https://no-color.org) or TERM=dumb; FORCE_COLOR=1 forces it (for tests and pagers).
 */
export function terminalLook(stream: NodeJS.WriteStream = process.stdout, env: NodeJS.ProcessEnv = process.env): Look {
  const cols = Number(env.COLUMNS);
  const width = stream.isTTY && stream.columns ? stream.columns : Number.isInteger(cols) && cols >= 20 && cols <= 1000 ? cols : 160;
  const color = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' ? true
    : stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '') && env.TERM !== 'dumb';
  return { width, color };
}

const slack = (s: number | null | undefined): string => (s === undefined || s === null || !Number.isFinite(s) ? '-' : s.toPrecision(3));

/** 'Theorem 3.1 (as summarised)' → 'Thm 3.1': the short label of where in the paper; the details keep the full text. */
export function shortSource(r: Pick<ClaimReport, 'source'>): string {
  const where = r.source.where.split(/ \(|;/)[0]!
    .replace(/\bTheorem\b/g, 'Thm').replace(/\bLemma\b/g, 'Lem').replace(/\bCorollary\b/g, 'Cor').replace(/\bProposition\b/g, 'Prop')
    .replace(/\b[Ss]ection /g, '§').replace(/\bproof of\b/g, 'pf.').replace(/\babstract\b/g, 'abs.');
  return `${r.source.arxiv && r.source.arxiv !== '-' ? r.source.arxiv : ''} ${where}`.trim();
}

const PROVENANCE: Record<string, string> = { read: 'read', secondary: 'second.', reconstructed: 'recon.' };

/** ✓ as expected (and every mutant refuted), ? an open case (expected inconclusive), ✗ anything else. */
function mark(r: ClaimReport): '✓' | '?' | '✗' {
  const mutOk = (r.mutants ?? []).every((m) => m.verdict === 'refuted');
  return !(r.asExpected && mutOk) ? '✗' : r.expected === 'inconclusive' ? '?' : '✓';
}

const NO_BORDER = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
};

/**
 * The summary table, fitted to `look.width`: one row per claim with short source labels and the title
 * wrapped in what room is left; under 100 columns a compact layout of two lines per claim. Colour (on
 * a terminal only) makes an unexpected ✗ stand out in red. `interrupted` marks a table cut short, naming
 * what stopped the run ('Ctrl-C', 'SIGTERM').
 */
export function summaryTable(reports: readonly ClaimReport[], opts: Partial<Look> & { interrupted?: string } = {}): string {
  const look = { ...terminalLook(), ...opts };
  const c = createColors(look.color);
  const withMutants = reports.some((r) => r.mutants);
  const paint = (m: string): string => (m === '✗' ? c.bold(c.red(m)) : m === '?' ? c.yellow(m) : c.green(m));
  const verdict = (r: ClaimReport): string => (r.asExpected ? r.verdict : c.bold(c.red(r.verdict)));
  const mutants = (r: ClaimReport): string => {
    if (!r.mutants) return '-';
    const k = r.mutants.filter((m) => m.verdict === 'refuted').length;
    const t = `${k}/${r.mutants.length}`;
    return k === r.mutants.length ? t : c.bold(c.red(t));
  };
  const rows = reports.map((r) => ({ r, m: mark(r) }));
  let out: string | undefined;
  if (look.width >= 100) {
    const head = ['', 'claim', 'source', 'prov.', 'kind', 'expected', 'verdict', 'inst.', 'slack', 's'];
    if (withMutants) head.push('mutants');
    const body = rows.map(({ r, m }) => {
      const row = [paint(m), r.id, shortSource(r), PROVENANCE[r.provenance] ?? r.provenance, r.kind, r.expected, verdict(r), String(r.instances), slack(r.worstSlack), r.seconds.toFixed(2)];
      if (withMutants) row.push(mutants(r));
      return row;
    });
    // Column widths from the content; the title takes what is left, wrapped, when 24 columns remain.
    const widths = head.map((h, k) => Math.max(visibleWidth(h), ...body.map((row) => visibleWidth(row[k]!))));
    const used = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
    if (used <= look.width) {
      const titleWidth = look.width - used - 2;
      if (titleWidth >= 24) { head.push('title'); widths.push(titleWidth); body.forEach((row, k) => row.push(rows[k]!.r.title)); }
      const t = new Table({ head, colWidths: widths, wordWrap: true, chars: NO_BORDER, style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true } });
      t.push(...body);
      out = t.toString().split('\n').map((l) => l.trimEnd()).join('\n');
    }
  }
  if (out === undefined) {
    // Compact: the mark, the id and the verdict on the first line; the rest indented below.
    out = rows.map(({ r, m }) => {
      const head = `${paint(m)} ${r.id}  ${verdict(r)}${r.asExpected ? '' : ` (expected ${r.expected})`}`;
      const rest = [shortSource(r), PROVENANCE[r.provenance] ?? r.provenance, r.kind, `${r.instances} inst.`, `slack ${slack(r.worstSlack)}`, `${r.seconds.toFixed(2)} s`];
      if (withMutants) rest.push(`mutants ${mutants(r)}`);
      return `${head}\n${wrap(rest.join(' · '), look.width - 4).map((l) => `    ${l}`).join('\n')}`;
    }).join('\n');
  }
  if (opts.interrupted) out += `\n${c.yellow('interrupted')}: ${opts.interrupted} stopped the run; ${reports.length} claim(s) finished and are shown above`;
  return out;
}

/** Columns taken by a string on a terminal (ANSI colour codes take none). */
function visibleWidth(s: string): number {
  return [...s.replace(/\x1b\[[0-9;]*m/g, '')].length;
}

/** Greedy word wrap of plain text to `width` columns. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && visibleWidth(line) + 1 + visibleWidth(word) > width) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function detailBlock(r: ClaimReport, verbose = false): string {
  const out: string[] = [`${r.id}: ${r.verdict} (expected ${r.expected}): ${r.reason}`];
  out.push(`  ${r.title} [${sourceText(r.source, r.provenance, false)}]`);
  out.push(`  precision: ${r.precision}`);
  if (r.open) out.push(`  open: ${r.open}`);
  if (r.counterexample) {
    const c = r.counterexample;
    out.push(`  counterexample: ${c.instance}`);
    out.push(`  measured ${c.measured}, claimed ${c.claimed}, gap ${c.gap}; re-verified with ${c.verifiedWith}${c.shrinks !== undefined ? `; shrunk ${c.shrinks} time(s)` : ''}`);
    if (r.path !== undefined) out.push(`  replay: ${replayLine(r.id, r.seed, r.path, r.file)}`);
  }
  if (verbose || r.verdict !== 'verified') for (const d of (r.details ?? []).slice(0, verbose ? 1000 : 12)) out.push(`  ${d}`);
  for (const m of r.mutants ?? []) {
    out.push(`  mutant ${m.id}: ${m.verdict} (${m.description}): ${m.reason}`);
    if (m.counterexample) out.push(`    counterexample: ${m.counterexample.instance}`);
    if (m.path !== undefined) out.push(`    replay: ${replayLine(m.id, m.seed, m.path, r.file)}`);
  }
  return out.join('\n');
}

/**
 * The JSON of `check --json`: the run's settings at the top level (gdcheck version and commit, seed,
 * runs, digits, budget), `interrupted` when Ctrl-C or a signal stopped the run (then `claims` holds the
 * finished ones), and per claim and mutant the seed it ran with. `asExpected` is the verdict gdcheck
 * judged (a claim's own matchesExpected, a run stopped at the time limit), not only verdict = expected.
 */
export function jsonReport(reports: readonly ClaimReport[], meta: RunMeta, interrupted = false): object {
  return {
    ...meta,
    interrupted,
    claims: reports.map((r) => ({
      id: r.id, paper: r.paper, title: r.title, source: r.source, provenance: r.provenance, kind: r.kind,
      expected: r.expected, open: r.open ?? null, verdict: r.verdict, asExpected: r.asExpected, reason: r.reason, instances: r.instances, skipped: r.skipped ?? 0,
      worstSlack: r.worstSlack ?? null, precision: r.precision, seed: r.seed ?? meta.seed, path: r.path ?? null,
      counterexample: r.counterexample ?? null, search: r.search ?? null, details: r.details ?? [], seconds: Number(r.seconds.toFixed(3)),
      mutants: (r.mutants ?? []).map((m) => ({ id: m.id, description: m.description, verdict: m.verdict, reason: m.reason, seconds: Number(m.seconds.toFixed(3)), seed: m.seed ?? meta.seed, path: m.path ?? null, counterexample: m.counterexample ?? null, search: m.search ?? null })),
    })),
  };
}
