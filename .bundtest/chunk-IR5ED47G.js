import {
  replayLine
} from "./chunk-LVUM6PTI.js";

// dist/report/source.js
function sourceText(source, provenance, withPaper = true) {
  const paper = withPaper ? [source.arxiv && source.arxiv !== "-" ? source.arxiv : "", source.where ?? ""].filter(Boolean).join(" ") : "";
  return [source.catalogue && source.catalogue !== "-" ? source.catalogue : "", `provenance ${provenance}`, paper].filter(Boolean).join("; ");
}

// dist/report/table.js
import Table from "cli-table3";
import { createColors } from "picocolors";
function terminalLook(stream = process.stdout, env = process.env) {
  const cols = Number(env.COLUMNS);
  const width = stream.isTTY && stream.columns ? stream.columns : Number.isInteger(cols) && cols >= 20 && cols <= 1e3 ? cols : 160;
  const color = env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0" ? true : stream.isTTY === true && (env.NO_COLOR === void 0 || env.NO_COLOR === "") && env.TERM !== "dumb";
  return { width, color };
}
var slack = (s) => s === void 0 || s === null || !Number.isFinite(s) ? "-" : s.toPrecision(3);
function shortSource(r) {
  const where = r.source.where.split(/ \(|;/)[0].replace(/\bTheorem\b/g, "Thm").replace(/\bLemma\b/g, "Lem").replace(/\bCorollary\b/g, "Cor").replace(/\bProposition\b/g, "Prop").replace(/\b[Ss]ection /g, "\xA7").replace(/\bproof of\b/g, "pf.").replace(/\babstract\b/g, "abs.");
  return `${r.source.arxiv && r.source.arxiv !== "-" ? r.source.arxiv : ""} ${where}`.trim();
}
var PROVENANCE = { read: "read", secondary: "second.", reconstructed: "recon." };
function mark(r) {
  const mutOk = (r.mutants ?? []).every((m) => m.verdict === "refuted");
  return !(r.asExpected && mutOk) ? "\u2717" : r.expected === "inconclusive" ? "?" : "\u2713";
}
var NO_BORDER = {
  top: "",
  "top-mid": "",
  "top-left": "",
  "top-right": "",
  bottom: "",
  "bottom-mid": "",
  "bottom-left": "",
  "bottom-right": "",
  left: "",
  "left-mid": "",
  mid: "",
  "mid-mid": "",
  right: "",
  "right-mid": "",
  middle: "  "
};
function summaryTable(reports, opts = {}) {
  const look = { ...terminalLook(), ...opts };
  const c = createColors(look.color);
  const withMutants = reports.some((r) => r.mutants);
  const paint = (m) => m === "\u2717" ? c.bold(c.red(m)) : m === "?" ? c.yellow(m) : c.green(m);
  const verdict = (r) => r.asExpected ? r.verdict : c.bold(c.red(r.verdict));
  const mutants = (r) => {
    if (!r.mutants)
      return "-";
    const k = r.mutants.filter((m) => m.verdict === "refuted").length;
    const t = `${k}/${r.mutants.length}`;
    return k === r.mutants.length ? t : c.bold(c.red(t));
  };
  const rows = reports.map((r) => ({ r, m: mark(r) }));
  let out;
  if (look.width >= 100) {
    const head = ["", "claim", "source", "prov.", "kind", "expected", "verdict", "inst.", "slack", "s"];
    if (withMutants)
      head.push("mutants");
    const body = rows.map(({ r, m }) => {
      const row = [paint(m), r.id, shortSource(r), PROVENANCE[r.provenance] ?? r.provenance, r.kind, r.expected, verdict(r), String(r.instances), slack(r.worstSlack), r.seconds.toFixed(2)];
      if (withMutants)
        row.push(mutants(r));
      return row;
    });
    const widths = head.map((h, k) => Math.max(visibleWidth(h), ...body.map((row) => visibleWidth(row[k]))));
    const used = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
    if (used <= look.width) {
      const titleWidth = look.width - used - 2;
      if (titleWidth >= 24) {
        head.push("title");
        widths.push(titleWidth);
        body.forEach((row, k) => row.push(rows[k].r.title));
      }
      const t = new Table({ head, colWidths: widths, wordWrap: true, chars: NO_BORDER, style: { head: [], border: [], "padding-left": 0, "padding-right": 0, compact: true } });
      t.push(...body);
      out = t.toString().split("\n").map((l) => l.trimEnd()).join("\n");
    }
  }
  if (out === void 0) {
    out = rows.map(({ r, m }) => {
      const head = `${paint(m)} ${r.id}  ${verdict(r)}${r.asExpected ? "" : ` (expected ${r.expected})`}`;
      const rest = [shortSource(r), PROVENANCE[r.provenance] ?? r.provenance, r.kind, `${r.instances} inst.`, `slack ${slack(r.worstSlack)}`, `${r.seconds.toFixed(2)} s`];
      if (withMutants)
        rest.push(`mutants ${mutants(r)}`);
      return `${head}
${wrap(rest.join(" \xB7 "), look.width - 4).map((l) => `    ${l}`).join("\n")}`;
    }).join("\n");
  }
  if (opts.interrupted)
    out += `
${c.yellow("interrupted")}: Ctrl-C stopped the run; ${reports.length} claim(s) finished and are shown above`;
  return out;
}
function visibleWidth(s) {
  return [...s.replace(/\x1b\[[0-9;]*m/g, "")].length;
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && visibleWidth(line) + 1 + visibleWidth(word) > width) {
      lines.push(line);
      line = word;
    } else
      line = line ? `${line} ${word}` : word;
  }
  if (line)
    lines.push(line);
  return lines;
}
function detailBlock(r, verbose = false) {
  const out = [`${r.id}: ${r.verdict} (expected ${r.expected}): ${r.reason}`];
  out.push(`  ${r.title} [${sourceText(r.source, r.provenance, false)}]`);
  out.push(`  precision: ${r.precision}`);
  if (r.open)
    out.push(`  open: ${r.open}`);
  if (r.counterexample) {
    const c = r.counterexample;
    out.push(`  counterexample: ${c.instance}`);
    out.push(`  measured ${c.measured}, claimed ${c.claimed}, gap ${c.gap}; re-verified with ${c.verifiedWith}${c.shrinks !== void 0 ? `; shrunk ${c.shrinks} time(s)` : ""}`);
    if (r.path !== void 0)
      out.push(`  replay: ${replayLine(r.id, r.seed, r.path, r.file)}`);
  }
  if (verbose || r.verdict !== "verified")
    for (const d of (r.details ?? []).slice(0, verbose ? 1e3 : 12))
      out.push(`  ${d}`);
  for (const m of r.mutants ?? []) {
    out.push(`  mutant ${m.id}: ${m.verdict} (${m.description}): ${m.reason}`);
    if (m.counterexample)
      out.push(`    counterexample: ${m.counterexample.instance}`);
    if (m.path !== void 0)
      out.push(`    replay: ${replayLine(m.id, m.seed, m.path, r.file)}`);
  }
  return out.join("\n");
}
function jsonReport(reports, meta, interrupted = false) {
  return {
    ...meta,
    interrupted,
    claims: reports.map((r) => ({
      id: r.id,
      paper: r.paper,
      title: r.title,
      source: r.source,
      provenance: r.provenance,
      kind: r.kind,
      expected: r.expected,
      open: r.open ?? null,
      verdict: r.verdict,
      reason: r.reason,
      instances: r.instances,
      skipped: r.skipped ?? 0,
      worstSlack: r.worstSlack ?? null,
      precision: r.precision,
      seed: r.seed ?? meta.seed,
      path: r.path ?? null,
      counterexample: r.counterexample ?? null,
      search: r.search ?? null,
      details: r.details ?? [],
      seconds: Number(r.seconds.toFixed(3)),
      mutants: (r.mutants ?? []).map((m) => ({ id: m.id, description: m.description, verdict: m.verdict, reason: m.reason, seconds: Number(m.seconds.toFixed(3)), seed: m.seed ?? meta.seed, path: m.path ?? null, counterexample: m.counterexample ?? null, search: m.search ?? null }))
    }))
  };
}

export {
  sourceText,
  shortSource,
  summaryTable,
  detailBlock,
  jsonReport
};
