/**
 * The gdcheck command. Exit codes: 0 every verdict as expected (and every mutant refuted when
 * --mutants), 1 some verdict differs, 2 bad input. Errors are one line on stderr.
 */
import { Command, CommanderError, Option } from 'commander';
import { loadClaims, select, findClaim, UserError } from '../core/registry.ts';
import { runClaim, allAsExpected, type ClaimReport } from '../core/runner.ts';
import type { RunContext } from '../core/claim.ts';
import { summaryTable, detailBlock, jsonReport } from '../report/table.ts';
import { intOption, numberOption, defaultSeed } from './options.ts';
import { loadCommands, type AddCommand } from './extensions.ts';

export const EXIT = { ok: 0, differs: 1, badInput: 2 } as const;

function progress(enabled: boolean) {
  return (total: number) => {
    let k = 0;
    return {
      next(label: string) { k++; if (enabled) process.stderr.write(`\r\x1b[K[${k}/${total}] ${label}`); },
      sub(label: string) { if (enabled) process.stderr.write(`\r\x1b[K[${k}/${total}] ${label}`); },
      done() { if (enabled) process.stderr.write('\r\x1b[K'); },
    };
  };
}

export interface CheckOpts { seed: number; runs: number; digits: number; budget: number; mutants?: boolean; json?: boolean; verbose?: boolean }

function context(o: Pick<CheckOpts, 'seed' | 'runs' | 'digits' | 'budget'>, extra: Partial<RunContext> = {}): RunContext {
  return { seed: o.seed, runs: o.runs, digits: o.digits, budget: o.budget, ...extra };
}

/** Runs the selected claims with a progress line on a terminal; shared by check and report. */
export async function runSelected(names: string[], o: CheckOpts, showProgress: boolean): Promise<ClaimReport[]> {
  const claims = select(await loadClaims(), names);
  const bar = progress(showProgress && process.stderr.isTTY === true)(claims.length);
  const reports: ClaimReport[] = [];
  for (const claim of claims) {
    bar.next(claim.id);
    reports.push(await runClaim(claim, context(o, { progress: (m) => bar.sub(m) }), { mutants: o.mutants }));
  }
  bar.done();
  return reports;
}

export async function check(names: string[], o: CheckOpts, write: (s: string) => void): Promise<number> {
  const reports = await runSelected(names, o, !o.json);
  if (o.json) {
    write(JSON.stringify(jsonReport(reports), null, 2));
  } else {
    write(summaryTable(reports));
    // Details for what needs a reader: refutations, inconclusive verdicts, surprises, live mutants.
    const notable = reports.filter((r) => o.verbose || r.verdict === 'refuted' || r.verdict === 'inconclusive' || !r.asExpected || (r.mutants ?? []).some((m) => m.verdict !== 'refuted'));
    if (notable.length) write('\n' + notable.map((r) => detailBlock(r, o.verbose)).join('\n\n'));
    const bad = reports.filter((r) => !r.asExpected).length;
    const liveMutants = reports.flatMap((r) => r.mutants ?? []).filter((m) => m.verdict !== 'refuted').length;
    const open = reports.filter((r) => r.asExpected && r.expected === 'inconclusive').length;
    write(`\n${reports.length} claims: ${reports.length - bad} as expected${open ? ` (${open} of them open: expected inconclusive)` : ''}, ${bad} not` + (o.mutants ? `; ${liveMutants} mutant(s) not refuted` : '') + ` (seed ${o.seed}, runs ${o.runs}, digits ${o.digits})`);
  }
  return allAsExpected(reports) ? EXIT.ok : EXIT.differs;
}

/** --seed, --runs, --digits, --budget: the options of every command that runs claims. */
export function commonOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--seed <n>', 'random seed (default: $CHECK_SEED or 20261122)').argParser(intOption('--seed', -(2 ** 31), 2 ** 31 - 1)))
    .addOption(new Option('--runs <n>', 'random instances per property claim').argParser(intOption('--runs', 1, 1_000_000)).default(100))
    .addOption(new Option('--digits <n>', 'significant digits for high-precision re-verification').argParser(intOption('--digits', 20, 2000)).default(50))
    .addOption(new Option('--budget <x>', 'multiplier for sweeps and runs, at least 1 (the default: the smallest horizons at which every verdict is sound)').argParser(numberOption('--budget', 1, 1000)).default(1));
}

export function buildProgram(write: (s: string) => void, setExit: (code: number) => void, extraCommands: AddCommand[] = []): Command {
  const program = new Command('gdcheck')
    .description('Check claims about gradient-descent dynamics: properties, exact arithmetic, simulations, derivations.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => write(s.trimEnd()), writeErr: () => {} })
    .showHelpAfterError(false);

  const common = commonOptions;

  program.command('list').description('list the registered claims').option('--json', 'print JSON').action(async (o: { json?: boolean }) => {
    const claims = await loadClaims();
    if (o.json) write(JSON.stringify(claims.map((c) => ({ id: c.id, paper: c.paper, title: c.title, kind: c.kind, provenance: c.provenance, expected: c.expected, source: c.source, mutants: c.mutants.map((m) => m.id) })), null, 2));
    else for (const c of claims) write(`${c.id.padEnd(34)} ${c.kind.padEnd(10)} ${c.provenance.padEnd(13)} expect ${c.expected.padEnd(8)} ${c.title}`);
  });

  common(program.command('check').description('run claims (all, or the given claim ids and paper ids) and print a summary table').argument('[names...]'))
    .option('--mutants', 'also run every mutant; each must be refuted')
    .option('--json', 'print one JSON object instead of the table')
    .option('--verbose', 'print every detail line')
    .action(async (names: string[], o: CheckOpts) => { setExit(await check(names, { ...o, seed: o.seed ?? defaultSeed() }, write)); });

  common(program.command('replay').description('replay one counterexample: gdcheck replay <claim[~mutant]> --seed N --path P').argument('<claim>'))
    .requiredOption('--path <path>', 'fast-check path (or case index) printed with the counterexample')
    .action(async (id: string, o: CheckOpts & { path: string }) => {
      if (!/^\d+(:\d+)*$/.test(o.path)) throw new UserError(`--path must look like '3:1:0', got '${o.path}'`);
      const { claim, mutant } = findClaim(await loadClaims(), id);
      const ctx = context({ ...o, seed: o.seed ?? defaultSeed() }, { path: o.path });
      const m = mutant ? claim.mutants.find((x) => x.id === mutant)! : undefined;
      const report = await runClaim(m ? { ...claim, id: `${claim.id}~${m.id}`, expected: 'refuted', run: m.run, mutants: [] } : claim, ctx);
      write(detailBlock(report, true));
      setExit(report.asExpected ? EXIT.ok : EXIT.differs);
    });

  for (const add of extraCommands) add(program, { write, setExit });
  return program;
}

export async function main(argv: string[], write: (s: string) => void = (s) => console.log(s)): Promise<number> {
  let code: number = EXIT.ok;
  try {
    const program = buildProgram(write, (c) => { code = c; }, await loadCommands());
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      process.stderr.write(`gdcheck: ${e.message.replace(/^error: /, '')}\n`);
      return EXIT.badInput;
    }
    if (e instanceof UserError) { process.stderr.write(`gdcheck: ${e.message}\n`); return EXIT.badInput; }
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    process.stderr.write(`gdcheck: internal error: ${msg}\n`);
    return EXIT.badInput;
  }
}
