/** `gdcheck report --html <file> [ids]`: runs the claims (with mutants) and writes a self-contained HTML report. */
import type { AddCommand } from '../extensions.ts';
import { commonOptions, jobsOption, runSelected, EXIT, type CheckOpts } from '../main.ts';
import { allAsExpected } from '../../core/runner.ts';
import { htmlReport } from '../../report/html.ts';
import { defaultSeed } from '../options.ts';
import { checkOutputPath, writeFileAtomic } from '../output.ts';
import { runMeta } from '../../report/meta.ts';

const add: AddCommand = (program, io) => {
  jobsOption(commonOptions(program.command('report').description('run claims with their mutants and write an HTML report').argument('[names...]')))
    .requiredOption('--html <file>', 'where to write the report')
    .action(async (names: string[], o: CheckOpts & { html: string }) => {
      const opts = { ...o, seed: o.seed ?? defaultSeed(), mutants: true };
      // Fail before the run, not after it; and never touch an existing report until the new one is whole.
      checkOutputPath('--html', o.html);
      const reports = await runSelected(names, opts, true);
      writeFileAtomic('--html', o.html, htmlReport(reports, runMeta(opts)));
      io.write(`report of ${reports.length} claims written to ${o.html}`);
      io.setExit(allAsExpected(reports) ? EXIT.ok : EXIT.differs);
    });
};

export default add;
