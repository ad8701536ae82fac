import {
  applyTwin,
  checkDerivation,
  isDerivationClaim,
  matchesDeclared,
  summarize
} from "../../chunk-3VWGV47V.js";
import {
  errorRows
} from "../../chunk-MJ77XCA5.js";
import "../../chunk-2CDV4VLJ.js";
import "../../chunk-MHEI33N5.js";
import "../../chunk-KVEXDBCR.js";
import "../../chunk-55JYQ33C.js";
import "../../chunk-RB43IZ5W.js";
import {
  sourceText
} from "../../chunk-IR5ED47G.js";
import {
  defaultSeed,
  intOption,
  numberOption
} from "../../chunk-TUWJEXOA.js";
import "../../chunk-FIGVPWOE.js";
import "../../chunk-2MI5EISQ.js";
import {
  MAX_CHECK_DIGITS
} from "../../chunk-LVUM6PTI.js";
import "../../chunk-WVPELFOJ.js";
import "../../chunk-WZMLMJOQ.js";
import {
  ROOT,
  loadProject,
  resolveTargets,
  showLoadError
} from "../../chunk-27THDAXQ.js";
import "../../chunk-GAT5BCTC.js";
import {
  checkUserFile
} from "../../chunk-6LT5EU5C.js";
import {
  UserError
} from "../../chunk-RYYXEEND.js";

// dist/cli/commands/derive.js
import { existsSync } from "node:fs";
import { Option } from "commander";
import { join } from "node:path";
var MARK = { given: "\xB7", proved: "\u2713", unproven: "?", inconclusive: "?", broken: "\u2717" };
async function targets(names) {
  const twins = names.filter((n) => n.includes("~") && !existsSync(n));
  const plain = names.filter((n) => !twins.includes(n));
  const list = [];
  const errors = [];
  const derivations = (cs) => cs.filter(isDerivationClaim);
  for (const n of plain)
    if (existsSync(n))
      checkUserFile(n);
  if (plain.length > 0 || twins.length === 0) {
    const t = await resolveTargets(plain.length === 0 && !(await loadProject()).configFile ? [join(ROOT, "proofs")] : plain);
    errors.push(...t.errors);
    const ds = derivations(t.claims);
    if (ds.length === 0 && t.errors.length > 0 && twins.length === 0)
      throw new UserError(showLoadError(t.errors[0]) + (t.errors.length > 1 ? ` (and ${t.errors.length - 1} more file(s) failed to load)` : ""));
    if (ds.length === 0 && t.errors.length === 0)
      throw new UserError(`no derivation in ${plain.length ? plain.join(", ") : t.sources.join(", ")} (a derivation file default-exports derivationClaim({...}))`);
    list.push(...ds.map((c) => ({ d: c.derivation, twin: false })));
  }
  for (const name of twins) {
    const [id, twinId] = name.split("~");
    const t = await resolveTargets([id]);
    errors.push(...t.errors.filter((e) => !errors.some((x) => x.file === e.file)));
    const c = derivations(t.claims).find((x) => x.id === id);
    const tw = c?.derivation.twins.find((x) => x.id === twinId);
    if (!c || !tw)
      throw new UserError(`derivation '${id}' has no twin '${twinId}'${c ? ` (twins: ${c.derivation.twins.map((x) => x.id).join(", ")})` : ""}`);
    list.push({ d: applyTwin(c.derivation, tw), twin: true });
  }
  return { list, errors };
}
function ruleText(s) {
  switch (s.rule) {
    case "derivative":
      return `derivative wrt ${s.wrt}`;
    case "substitute":
      return `substitute ${Object.entries(s.subs ?? {}).map(([k, v]) => `${k} \u2192 ${v}`).join(", ")}`;
    case "into":
      return `into ${s.template}`;
    case "limit":
      return `limit ${s.limit} \u2192 \u221E${s.assume?.length ? ` (${s.assume.join(", ")})` : ""}`;
    case "le":
      return "inequality: previous \u2264 this";
    case "ge":
      return "inequality: previous \u2265 this";
    default:
      return s.assume?.length ? `${s.rule} (${s.assume.join(", ")})` : s.rule;
  }
}
function stepBlock(s, r) {
  const out = [`  ${String(r.n).padStart(2)} ${MARK[r.status]} ${ruleText(s)}${s.uses?.length ? ` [uses ${s.uses.join(", ")}]` : ""}${s.why ? `: ${s.why}` : ""}`, `       ${s.expr}`, `       parsed: ${r.parsed}`];
  if (r.status === "broken" && r.witness) {
    const w = r.witness;
    const [a, b] = s.rule === "limit" ? [`the limit of the previous step as ${s.limit} \u2192 \u221E (limit algebra)`, "the claimed limit"] : ["the previous step (by the rule)", "this step"];
    out.push(`       \u2717 step ${r.n} broken: ${r.reason}`);
    out.push(`         witness: ${w.point || "(no variables: the step is a constant)"}`);
    out.push(`         ${a} gives ${w.expected}, ${b} gives ${w.got} (gap ${w.gap}; ${w.verifiedWith})`);
  } else if (r.status === "unproven" || r.status === "inconclusive") {
    out.push(`       ? ${r.reason}`);
  } else if (r.status === "proved" && r.reason.includes("(numeric: ")) {
    out.push(`       \u2713 ${r.reason}`);
  }
  return out;
}
function steps(d, rs) {
  return rs.map((r) => d.steps[r.n - 1]);
}
var add = (program, io) => {
  program.command("derive").description("check derivations step by step (all, or the given files, folders, derivation ids, paper ids or id~twin)").argument("[targets...]", "files, folders, derivation ids, paper ids, id~twin").option("--json", "print JSON").option("--twins", "also check every broken twin: each must be broken at its step").addOption(new Option("--seed <n>", "random seed (default: $CHECK_SEED or 20261122)").argParser(intOption("--seed", -(2 ** 31), 2 ** 31 - 1))).addOption(new Option("--digits <n>", "significant digits of the numeric checks").argParser(intOption("--digits", 20, MAX_CHECK_DIGITS)).default(50)).addOption(new Option("--budget <x>", "multiplier for the number of random points").argParser(numberOption("--budget", 0.01, 100)).default(1)).action(async (names, o) => {
    const seed = o.seed ?? defaultSeed();
    const opts = { seed, digits: o.digits, pointsPerStep: Math.max(2, Math.round(8 * o.budget)) };
    const { list, errors } = await targets(names);
    let ok = true;
    const json = [];
    const text = [];
    for (const { d, twin } of list) {
      const rs = checkDerivation(d, opts);
      const sum = summarize(rs, o.digits, d.brokenAt);
      const asExpected = matchesDeclared(d, sum);
      if (!asExpected)
        ok = false;
      const twinRows = o.twins && !twin ? d.twins.map((t) => {
        const trs = checkDerivation(applyTwin(d, t), { ...opts, stopAtBroken: true });
        const b = trs.find((r) => r.status === "broken");
        const caught = b?.n === t.at;
        if (!caught)
          ok = false;
        return { id: t.id, description: t.description, expectedStep: t.at, brokenStep: b?.n ?? null, caught, witness: b?.witness ?? null };
      }) : void 0;
      if (o.json) {
        json.push({ id: d.id, title: d.title, provenance: d.provenance, source: d.source, expected: d.expected ?? "holds", brokenAt: d.brokenAt ?? null, verdict: sum.verdict, asExpected, reason: sum.reason, steps: rs, twins: twinRows ?? [] });
        continue;
      }
      text.push(`${d.id}: ${d.title}`);
      text.push(`  [${sourceText(d.source, d.provenance)}]`);
      const sizes = Object.entries(d.sizes).map(([k, v]) => `${k} = ${v}`).join(", ");
      text.push(`  [${sizes ? `sizes ${sizes}; ` : ""}assumptions: ${d.assume.join(", ") || "none"}${d.models?.length ? `; numeric models: ${d.models.map((m) => m.name).join(", ")}` : ""}]`);
      const ss = steps(d, rs);
      rs.forEach((r, k) => text.push(...stepBlock(ss[k], r)));
      const declared = d.expected === "refuted" ? ` (expected refuted at step ${d.brokenAt})` : "";
      text.push(`  ${asExpected ? "\u2713" : "\u2717"} ${sum.verdict}${declared}: ${sum.reason}`);
      for (const t of twinRows ?? [])
        text.push(`  twin ${t.id}: ${t.caught ? "\u2713" : "\u2717"} ${t.brokenStep === null ? "not broken" : `broken at step ${t.brokenStep}`} (expected step ${t.expectedStep}): ${t.description}`);
      text.push("");
    }
    if (o.json)
      io.write(JSON.stringify({ seed, digits: o.digits, derivations: json, errors }, null, 2));
    else {
      if (errors.length)
        text.push(errorRows(errors), "");
      io.write(text.join("\n").trimEnd() + `

${list.length} derivation(s) checked${errors.length ? `; ${errors.length} file(s) failed to load` : ""} (seed ${seed}, digits ${o.digits})`);
    }
    io.setExit(errors.length ? 2 : ok ? 0 : 1);
  });
};
var derive_default = add;
export {
  derive_default as default
};
