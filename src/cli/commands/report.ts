/** `gdcheck report --html <file> [ids]`: runs the claims (with mutants) and writes a self-contained HTML report. */
import type { AddCommand } from '../extensions.ts';
import { commonOptions, jobsOption, runTargets, errorRows, printReports, timeLimitOf, EXIT, type CheckOpts } from '../main.ts';
import { interruption, onInterrupt } from '../interrupt.ts';
import { defaultJobs, inChildren } from '../../parallel/pool.ts';
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
      // Ctrl-C (or SIGTERM, SIGHUP): while claims run, the finished ones are printed and nothing is
      // written; while figures are drawn (every claim done), the report is written without the figures not yet drawn.
      const interrupt = onInterrupt('claim', inChildren(opts.jobs ?? defaultJobs(), timeLimitOf(opts), 2));
      try {
        const run = await runTargets(names, opts, true, interrupt.signal);
        const { reports, errors } = run;
        const stopped = interruption(interrupt);
        if (stopped) {
          // A report of some claims would read as the whole: the finished ones are printed as check prints them, the file is left alone.
          const code = printReports(reports, opts, io.write, errors, run.dbDir, stopped);
          process.stderr.write(`interrupted (${stopped.by}): the report was not written (${o.html} is as it was); the ${reports.length} finished claim(s) are shown above\n`);
          io.setExit(code);
          return;
        }
        const line = progressLine();
        const figures = o.figures === false ? new Map() : await claimFigures(reports.map((r) => r.id), opts.seed, (m) => line.update(m), interrupt.signal);
        line.done();
        // KaTeX is loaded here, not at start-up: every other command starts without it.
        const { htmlReport } = await import('../../report/html.ts');
        writeFileAtomic('--html', o.html, htmlReport(reports, runMeta(opts), { figures, errors }));
        if (errors.length) io.write(errorRows(errors));
        const late = interruption(interrupt);
        if (late) {
          process.stderr.write(`interrupted (${late.by}) while drawing figures: the report of all ${reports.length} claims was written to ${o.html}, the figures not yet drawn marked as such\n`);
          io.setExit(late.code);
          return;
        }
        io.write(`report of ${reports.length} claims written to ${o.html}${errors.length ? `; ${errors.length} file(s) failed to load` : ''}`);
        io.setExit(errors.length ? EXIT.badInput : allAsExpected(reports) ? EXIT.ok : EXIT.differs);
      } finally {
        interrupt.dispose();
      }
    });
};

export default add;
