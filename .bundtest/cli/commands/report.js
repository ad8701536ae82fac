import {
  progressLine
} from "../../chunk-Z2ALG2GH.js";
import {
  loadScenarios,
  runScenario
} from "../../chunk-KNPGIU3N.js";
import {
  EXIT,
  commonOptions,
  errorRows,
  jobsOption,
  runMeta,
  runTargets
} from "../../chunk-MJ77XCA5.js";
import "../../chunk-2CDV4VLJ.js";
import {
  checkOutputPath,
  writeFileAtomic
} from "../../chunk-MHEI33N5.js";
import "../../chunk-KVEXDBCR.js";
import "../../chunk-55JYQ33C.js";
import "../../chunk-RB43IZ5W.js";
import "../../chunk-IR5ED47G.js";
import {
  defaultSeed
} from "../../chunk-TUWJEXOA.js";
import "../../chunk-FIGVPWOE.js";
import {
  allAsExpected
} from "../../chunk-2MI5EISQ.js";
import "../../chunk-LVUM6PTI.js";
import "../../chunk-WVPELFOJ.js";
import "../../chunk-WZMLMJOQ.js";
import "../../chunk-27THDAXQ.js";
import "../../chunk-GAT5BCTC.js";
import "../../chunk-6LT5EU5C.js";
import "../../chunk-RYYXEEND.js";

// dist/cli/figures.js
async function claimFigures(ids, seed, progress = () => {
}) {
  const want = new Set(ids);
  const out = /* @__PURE__ */ new Map();
  for (const s of await loadScenarios()) {
    for (const f of s.figures ?? []) {
      const claims = f.claims.filter((c) => want.has(c));
      if (claims.length === 0)
        continue;
      progress(`figure: simulate ${s.name}`);
      const fig = { caption: f.caption };
      try {
        await runScenario(s, { budget: f.options.budget ?? 1, steps: f.options.steps, init: f.options.init, set: f.options.set ?? {}, seed, plot: "report" }, {
          write: () => {
          },
          note: () => {
          },
          plot: (svg) => {
            fig.svg = svg;
          }
        });
        if (fig.svg === void 0)
          fig.error = "the run drew no figure";
      } catch (e) {
        fig.error = (e instanceof Error ? e.message : String(e)).split("\n")[0];
      }
      for (const c of claims)
        out.set(c, [...out.get(c) ?? [], fig]);
    }
  }
  return out;
}

// dist/cli/commands/report.js
var add = (program, io) => {
  jobsOption(commonOptions(program.command("report").description("run claims with their mutants and write an HTML report").argument("[names...]"))).requiredOption("--html <file>", "where to write the report").option("--no-db", "neither replay nor save counterexamples (the database in .gdcheck/examples/)").option("--no-figures", "leave out the figures of short simulate runs").action(async (names, o) => {
    const opts = { ...o, seed: o.seed ?? defaultSeed(), mutants: true };
    checkOutputPath("--html", o.html);
    const { reports, errors } = await runTargets(names, opts, true);
    const line = progressLine();
    const figures = o.figures === false ? /* @__PURE__ */ new Map() : await claimFigures(reports.map((r) => r.id), opts.seed, (m) => line.update(m));
    line.done();
    const { htmlReport } = await import("../../html-ZV7M6YGG.js");
    writeFileAtomic("--html", o.html, htmlReport(reports, runMeta(opts), { figures, errors }));
    if (errors.length)
      io.write(errorRows(errors));
    io.write(`report of ${reports.length} claims written to ${o.html}${errors.length ? `; ${errors.length} file(s) failed to load` : ""}`);
    io.setExit(errors.length ? EXIT.badInput : allAsExpected(reports) ? EXIT.ok : EXIT.differs);
  });
};
var report_default = add;
export {
  report_default as default
};
