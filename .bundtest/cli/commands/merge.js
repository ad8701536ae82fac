import {
  printReports
} from "../../chunk-MJ77XCA5.js";
import {
  SWEEP_SHARD_FORMAT,
  mergeShards,
  mergeSweepShards,
  readShard
} from "../../chunk-2CDV4VLJ.js";
import "../../chunk-MHEI33N5.js";
import {
  assemble
} from "../../chunk-KVEXDBCR.js";
import "../../chunk-55JYQ33C.js";
import "../../chunk-RB43IZ5W.js";
import "../../chunk-IR5ED47G.js";
import "../../chunk-TUWJEXOA.js";
import "../../chunk-FIGVPWOE.js";
import "../../chunk-2MI5EISQ.js";
import "../../chunk-LVUM6PTI.js";
import "../../chunk-WVPELFOJ.js";
import "../../chunk-WZMLMJOQ.js";
import "../../chunk-27THDAXQ.js";
import "../../chunk-GAT5BCTC.js";
import "../../chunk-6LT5EU5C.js";
import {
  UserError
} from "../../chunk-RYYXEEND.js";

// dist/cli/commands/merge.js
var add = (program, io) => {
  program.command("merge").description("merge the shard files of one `check --shard i/N --out file` or `simulate <sweep> --shard i/N --out file` run and print its output").argument("<files...>", "every shard file of the run (any order)").option("--json", "print one JSON object instead of the table").option("--verbose", "print every detail line (check)").option("--plot <file>", "write the SVG plot (simulate)").option("--csv <file>", "write the table as CSV (simulate, scenario-specific)").action(async (files, o) => {
    if (files.length && readShard(files[0]).format === SWEEP_SHARD_FORMAT) {
      const { run: run2, values } = mergeSweepShards(files);
      const { reportSweep } = await import("../../sweep-7MJEQXYF.js");
      io.setExit(await reportSweep(run2, values, { json: o.json, plot: o.plot, csv: o.csv }, io.write));
      return;
    }
    if (o.plot !== void 0 || o.csv !== void 0)
      throw new UserError("--plot and --csv apply to the shards of a simulate sweep, not of check");
    const { run, tasks, results } = mergeShards(files);
    io.setExit(printReports(assemble(tasks, results, run.mutants), { ...run.ctx, mutants: run.mutants, json: o.json, verbose: o.verbose }, io.write));
  });
};
var merge_default = add;
export {
  merge_default as default
};
