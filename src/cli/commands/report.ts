/** `gdcheck report --html <file> [ids]`: runs the claims (with mutants) and writes a self-contained HTML report. */
import type { AddCommand } from '../extensions.ts';
import { commonOptions, jobsOption, runTargets, errorRows, EXIT, type CheckOpts } from '../main.ts';
import { allAsExpected } from '../../core/runner.ts';
import { defaultSeed } from '../options.ts';
import { checkOutputPath, writeFileAtomic } from '../output.ts';
import { runMeta } from '../../report/meta.ts';
import { claimFigures } from '../figures.ts';
import { progressLine } from '../progress.ts';

const add: AddCommand = (program, io) => {
  jobsOption(commonOptions(program.command('report').description('run claims with their mutants and write an HTML report').argument('[names...]')))
    .requiredOption('--html <file>', 'where to write the report')
    .option('--no-db', 'neither replay nor save counterexamples (the database in .gdcheck/examples/)')
    .option('--no-figures', 'leave out the figures of short simulate runs')
    .action(async (names: string[], o: CheckOpts & { html: string; figures?: boolean }) => {
      const opts = { ...o, seed: o.seed ?? defaultSeed(), mutants: true };
      // Fail before the run, not after it; and never touch an existing report until the new one is whole.
      checkOutputPath('--html', o.html);
      // A file that fails to load is an error row here too (HTML and text) and exit 2, as in check.
      const { reports, errors } = await runTargets(names, opts, true);
      const line = progressLine();
      const figures = o.figures === false ? new Map() : await claimFigures(reports.map((r) => r.id), opts.seed, (m) => line.update(m));
      line.done();
      // KaTeX is loaded here, not at start-up: every other command starts without it.
      const { htmlReport } = await import('../../report/html.ts');
      writeFileAtomic('--html', o.html, htmlReport(reports, runMeta(opts), { figures, errors }));
      if (errors.length) io.write(errorRows(errors));
      io.write(`report of ${reports.length} claims written to ${o.html}${errors.length ? `; ${errors.length} file(s) failed to load` : ''}`);
      io.setExit(errors.length ? EXIT.badInput : allAsExpected(reports) ? EXIT.ok : EXIT.differs);
    });
};

export default add;
