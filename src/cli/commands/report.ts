/** `gdcheck report --html <file> [ids]`: runs the claims (with mutants) and writes a self-contained HTML report. */
import { writeFileSync } from 'node:fs';
import type { AddCommand } from '../extensions.ts';
import { commonOptions, jobsOption, runSelected, EXIT, type CheckOpts } from '../main.ts';
import { allAsExpected } from '../../core/runner.ts';
import { htmlReport } from '../../report/html.ts';
import { defaultSeed } from '../options.ts';
import { UserError } from '../../core/registry.ts';

const add: AddCommand = (program, io) => {
  jobsOption(commonOptions(program.command('report').description('run claims with their mutants and write an HTML report').argument('[names...]')))
    .requiredOption('--html <file>', 'where to write the report')
    .action(async (names: string[], o: CheckOpts & { html: string }) => {
      const opts = { ...o, seed: o.seed ?? defaultSeed(), mutants: true };
      const save = (text: string) => {
        try { writeFileSync(o.html, text); } catch (e) { throw new UserError(`cannot write ${o.html}: ${(e as Error).message.split('\n')[0]}`); }
      };
      save(''); // fail before the run, not after it: no work is lost to a bad path
      const reports = await runSelected(names, opts, true);
      save(htmlReport(reports, opts));
      io.write(`report of ${reports.length} claims written to ${o.html}`);
      io.setExit(allAsExpected(reports) ? EXIT.ok : EXIT.differs);
    });
};

export default add;
