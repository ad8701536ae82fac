import {
  shortSource
} from "./chunk-IR5ED47G.js";
import {
  replayLine
} from "./chunk-LVUM6PTI.js";
import "./chunk-GAT5BCTC.js";
import "./chunk-RYYXEEND.js";

// dist/report/html.js
import katex from "katex";
var esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
function status(r) {
  const mutOk = (r.mutants ?? []).every((m) => m.verdict === "refuted");
  if (!(r.asExpected && mutOk))
    return "bad";
  return r.expected === "inconclusive" ? "open" : "ok";
}
var MARK = { ok: "\u2713", open: "open", bad: "\u2717" };
var TITLE = { ok: "as expected", open: "open case: expected inconclusive, not a pass", bad: "not as expected" };
var FUNCS = /\b(max|min|log|ln|exp|lim|sup|inf|sin|cos)\b/g;
function mathToken(tok) {
  if (!/[_^]/.test(tok) || /https?:|\\/.test(tok))
    return esc(tok);
  const m = /^(.*?)([.,;:!?]*)$/.exec(tok);
  let body = m[1];
  let tail = m[2];
  while (body.endsWith(")") && (body.match(/\(/g) ?? []).length < (body.match(/\)/g) ?? []).length) {
    tail = ")" + tail;
    body = body.slice(0, -1);
  }
  let head = "";
  while (body.startsWith("(") && (body.match(/\(/g) ?? []).length > (body.match(/\)/g) ?? []).length) {
    head += "(";
    body = body.slice(1);
  }
  try {
    const tex = body.replace(/([_^])([A-Za-z0-9]{2,})/g, "$1{$2}").replace(FUNCS, "\\$1 ").replace(/ᵀ/g, "^{\\top}");
    return esc(head) + katex.renderToString(tex, { output: "mathml", throwOnError: true, strict: "ignore" }) + esc(tail);
  } catch {
    return esc(tok);
  }
}
function formulaText(text) {
  return text.split(/(\s+)/).map((t) => /^\s+$/.test(t) ? t : mathToken(t)).join("");
}
function mutantTable(r) {
  if (!r.mutants?.length)
    return "";
  const rows = r.mutants.map((m) => {
    const ok = m.verdict === "refuted";
    const c = m.counterexample;
    return `<tr class="${ok ? "ok" : "bad"}"><td>${ok ? "\u2713" : "\u2717"}</td><td><code>${esc(m.id.split("~")[1] ?? m.id)}</code></td><td>${formulaText(m.description)}</td><td>${m.verdict}</td><td>${c ? esc(c.measured) : "-"}</td><td>${c ? esc(c.claimed) : "-"}</td><td>${c ? esc(c.instance) : esc(m.reason)}</td></tr>`;
  });
  return `<table class="mutants"><tr><th></th><th>mutant</th><th>what is wrong</th><th>verdict</th><th>measured</th><th>claimed</th><th>counterexample or reason</th></tr>
${rows.join("\n")}</table>`;
}
function figureBlock(figs) {
  if (!figs?.length)
    return "";
  return figs.map((f) => `<figure>${f.svg ?? `<p class="figerr">figure not drawn: ${esc(f.error ?? "unknown")}</p>`}<figcaption>${esc(f.caption)}</figcaption></figure>`).join("\n");
}
function claimSection(r, figs) {
  const s = status(r);
  const lines = [
    `<section id="${esc(r.id)}" class="${s}"><h2><span class="mark">${MARK[s]}</span> ${esc(r.id)} <span class="verdict">${r.verdict}</span> <small>expected ${r.expected}; ${TITLE[s]}</small></h2>`,
    `<p class="title"><b>${formulaText(r.title)}</b></p><p class="statement">${formulaText(r.statement)}</p>`,
    `<p class="source">${[r.source.arxiv && r.source.arxiv !== "-" ? `arXiv ${esc(r.source.arxiv)}, ${esc(r.source.where)}` : esc(r.source.where), r.source.catalogue && r.source.catalogue !== "-" ? `catalogue ${esc(r.source.catalogue)}` : ""].filter(Boolean).join(" \xB7 ")} \xB7 provenance <b>${r.provenance}</b> \xB7 kind ${r.kind}</p>`
  ];
  if (r.open)
    lines.push(`<p class="openwhy"><b>Open:</b> ${formulaText(r.open)}</p>`);
  lines.push(`<p>${formulaText(r.reason)}</p><p><small>precision: ${esc(r.precision)}; ${r.instances} instances; ${r.seconds.toFixed(2)} s</small></p>`);
  if (r.counterexample) {
    const c = r.counterexample;
    lines.push(`<pre>counterexample: ${esc(c.instance)}
measured ${esc(c.measured)}, claimed ${esc(c.claimed)}, gap ${esc(c.gap)} (re-verified with ${esc(c.verifiedWith)})
replay: ${esc(replayLine(r.id, r.seed, r.path, r.file))}</pre>`);
  }
  lines.push(figureBlock(figs));
  if (r.details?.length)
    lines.push(`<details><summary>details (${r.details.length} lines)</summary><pre>${esc(r.details.join("\n"))}</pre></details>`);
  lines.push(mutantTable(r));
  return lines.filter(Boolean).join("\n") + "</section>";
}
var STYLE = `body{font-family:system-ui,sans-serif;max-width:1150px;margin:2em auto;padding:0 1em;color:#1f2328}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #d0d7de;padding:3px 6px;font-size:13px;text-align:left;vertical-align:top}
pre{background:#f6f8fa;padding:8px;overflow:auto;font-size:12px}section{border-top:1px solid #d0d7de;margin-top:1.5em;padding-left:.8em;border-left:6px solid transparent}
tr.ok td:first-child,section.ok .mark{color:#1a7f37}tr.open td:first-child,section.open .mark{color:#9a6700}tr.bad td:first-child,section.bad .mark{color:#cf222e;font-weight:bold}
tr.bad{background:#ffebe9}tr.open{background:#fff8c5}section.bad{border-left-color:#cf222e}section.open{border-left-color:#d4a72c}section.ok{border-left-color:#2da44e}
.verdict{font-weight:normal;font-family:monospace}h2 small{font-weight:normal;color:#57606a;font-size:13px}
.meta td{border:none;padding:1px 10px 1px 0}figure{margin:1em 0;overflow-x:auto}figcaption{font-size:12px;color:#57606a}.figerr{color:#cf222e}
math{font-size:1.05em}.openwhy{background:#fff8c5;padding:4px 8px}`;
function htmlReport(reports, meta, opts = {}) {
  const date = (opts.date ?? /* @__PURE__ */ new Date()).toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
  const by = { ok: 0, open: 0, bad: 0 };
  for (const r of reports)
    by[status(r)]++;
  const rows = reports.map((r) => {
    const s = status(r);
    const mut = r.mutants ? `${r.mutants.filter((m) => m.verdict === "refuted").length}/${r.mutants.length}` : "-";
    return `<tr class="${s}" title="${TITLE[s]}"><td>${MARK[s]}</td><td><a href="#${esc(r.id)}">${esc(r.id)}</a></td><td>${esc(shortSource(r))}</td><td>${r.provenance}</td><td>${r.kind}</td><td>${r.expected}</td><td>${r.verdict}</td><td>${r.instances}</td><td>${mut}</td></tr>`;
  });
  const errors = opts.errors ?? [];
  const errorTable = errors.length ? `<table class="errors"><tr><th></th><th>file</th><th>line</th><th>column</th><th>error</th></tr>
${errors.map((e) => `<tr class="bad"><td>\u2717</td><td><code>${esc(e.file)}</code></td><td>${e.line ?? "-"}</td><td>${e.column ?? "-"}</td><td>${esc(e.message)}</td></tr>`).join("\n")}</table>` : "";
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>gdcheck report</title><style>${STYLE}</style></head><body>
<h1>gdcheck report</h1>
<table class="meta"><tr><td>gdcheck</td><td>${esc(meta.gdcheck)}${meta.commit ? ` (commit ${esc(meta.commit)})` : ""}</td></tr><tr><td>date</td><td>${date}</td></tr>
<tr><td>seed</td><td>${meta.seed}</td></tr><tr><td>runs</td><td>${meta.runs}</td></tr><tr><td>digits</td><td>${meta.digits}</td></tr><tr><td>budget</td><td>${meta.budget}</td></tr><tr><td>mutants</td><td>${meta.mutants ? "run, each must be refuted" : "not run"}</td></tr></table>
<p id="summary">${reports.length} claims: <b>${by.ok}</b> as expected, <b>${by.open}</b> open (expected inconclusive; not counted as a pass), <b>${by.bad}</b> not as expected${errors.length ? `; <b>${errors.length}</b> file(s) failed to load` : ""}.</p>
${errorTable}
<table class="summary"><tr><th></th><th>claim</th><th>source</th><th>provenance</th><th>kind</th><th>expected</th><th>verdict</th><th>instances</th><th>mutants refuted</th></tr>
${rows.join("\n")}</table>
${reports.map((r) => claimSection(r, opts.figures?.get(r.id))).join("\n")}
</body></html>`;
}
export {
  formulaText,
  htmlReport
};
