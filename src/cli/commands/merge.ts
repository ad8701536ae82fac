/** `gdcheck merge shard-*.json`: the report of a sharded run, exactly as the single run prints it. */
import type { AddCommand } from '../extensions.ts';
import { printReports } from '../main.ts';
import { mergeShards } from '../../parallel/shard.ts';
import { assemble } from '../../parallel/tasks.ts';

const add: AddCommand = (program, io) => {
  program.command('merge')
    .description('merge the shard files of one `check --shard i/N --out file` run and print its report')
    .argument('<files...>', 'every shard file of the run (any order)')
    .option('--json', 'print one JSON object instead of the table')
    .option('--verbose', 'print every detail line')
    .action((files: string[], o: { json?: boolean; verbose?: boolean }) => {
      const { run, tasks, results } = mergeShards(files);
      io.setExit(printReports(assemble(tasks, results, run.mutants), { ...run.ctx, mutants: run.mutants, json: o.json, verbose: o.verbose }, io.write));
    });
};

export default add;
