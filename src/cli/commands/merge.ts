/**
 * `gdcheck merge shard-*.json`: the output of a sharded run, exactly as the single run prints it,
 * from the shard files of `check --shard i/N --out` (the report) or of `simulate <sweep> --shard i/N
 * --out` (the scenario's table, fit, JSON, plot or CSV).
 */
import type { AddCommand } from '../extensions.ts';
import { printReports } from '../main.ts';
import { mergeShards, mergeSweepShards, readShard, SWEEP_SHARD_FORMAT } from '../../parallel/shard.ts';
import { assemble } from '../../parallel/tasks.ts';
import { UserError } from '../../core/errors.ts';
import { exitCode } from '../../scenarios/checked.ts';

const add: AddCommand = (program, io) => {
  program.command('merge')
    .description('merge the shard files of one `check --shard i/N --out file` or `simulate <sweep> --shard i/N --out file` run and print its output')
    .argument('<files...>', 'every shard file of the run (any order)')
    .option('--json', 'print one JSON object instead of the table')
    .option('--verbose', 'print every detail line (check)')
    .option('--plot <file>', 'write the SVG plot (simulate)')
    .option('--csv <file>', 'write the table as CSV (simulate, scenario-specific)')
    .action(async (files: string[], o: { json?: boolean; verbose?: boolean; plot?: string; csv?: string }) => {
      if (files.length && readShard(files[0]!).format === SWEEP_SHARD_FORMAT) {
        const { run, origin, values } = mergeSweepShards(files);
        // Loaded here: check's shards need no scenario.
        const { reportSweep } = await import('../../parallel/sweep.ts');
        io.setExit(exitCode(run.scenario, await reportSweep(run, values, { json: o.json, plot: o.plot, csv: o.csv }, io.write, origin)));
        return;
      }
      if (o.plot !== undefined || o.csv !== undefined) throw new UserError('--plot and --csv apply to the shards of a simulate sweep, not of check');
      const { run, db, tasks, results } = mergeShards(files);
      io.setExit(printReports(assemble(tasks, results, run.mutants), { ...run.ctx, mutants: run.mutants, json: o.json, verbose: o.verbose }, io.write, run.errors, db));
    });
};

export default add;
