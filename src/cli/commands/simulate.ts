/**
 * `gdcheck simulate <scenario>`: runs a scenario, with progress and an optional SVG plot. Scenarios are
 * paper code, found beside each paper's claims (`_scenario-<name>.ts`, src/scenarios/discover.ts).
 */
import type { Command } from 'commander';
import type { AddCommand } from '../extensions.ts';
import { runScenario, type Scenario, type SimulateOptions } from '../../scenarios/scenario.ts';
import { loadScenarios } from '../../scenarios/discover.ts';
import { UserError } from '../../core/registry.ts';
import { intOption, numberOption, defaultSeed, parseSettings } from '../options.ts';
import { checkOutputPath, writeFileAtomic } from '../output.ts';
import { progressLine } from '../progress.ts';

/** The declared settings of a scenario, as JSON (RegExps as their source). */
function settingsJson(s: Scenario): Record<string, object> {
  return Object.fromEntries(Object.entries(s.settings).map(([k, v]) => [k, v.type === 'text' ? { ...v, pattern: v.pattern.source } : v]));
}

const collect = (raw: string, acc: Record<string, string>): Record<string, string> => {
  const k = raw.indexOf('=');
  if (k <= 0) throw new UserError(`--set takes key=value, got '${raw}'`);
  const key = raw.slice(0, k);
  if (Object.prototype.hasOwnProperty.call(acc, key)) throw new UserError(`--set ${key} is given twice`);
  return { ...acc, [raw.slice(0, k)]: raw.slice(k + 1) };
};

const add: AddCommand = (program: Command, io) => {
  program.command('simulate')
    .description('run a simulation scenario (see `gdcheck simulate list`), optionally drawing an SVG plot')
    .argument('<scenario>', "scenario name, or 'list'")
    .option('--plot <file>', 'write an SVG plot')
    .option('--steps <n>', 'number of steps', intOption('--steps', 1, 1e12))
    .option('--budget <x>', 'size multiplier (1 = default)', numberOption('--budget', 0.01, 1000), 1)
    .option('--seed <n>', 'random seed', intOption('--seed', -(2 ** 31), 2 ** 31 - 1))
    .option('--init <name>', 'initialisation (scenario-specific)')
    .option('--set <key=value>', 'scenario setting (repeatable)', collect, {})
    .option('--n <list>', 'sizes, comma-separated (scenario-specific, e.g. lower-bound)')
    .option('--csv <file>', 'write the table as CSV (scenario-specific)')
    .option('--json', 'print JSON')
    .action(async (name: string, o: Omit<SimulateOptions, 'seed' | 'settings'> & { seed?: number }) => {
      const scenarios = await loadScenarios();
      if (name === 'list') {
        if (o.json) io.write(JSON.stringify(scenarios.map((s) => ({ name: s.name, description: s.description, usage: s.usage, settings: settingsJson(s) })), null, 2));
        else for (const s of scenarios) io.write(`${s.name.padEnd(24)} ${s.description}\n${' '.repeat(25)}${s.usage}`);
        return;
      }
      const s = scenarios.find((x) => x.name === name);
      if (!s) throw new UserError(`unknown scenario '${name}' (scenarios: ${scenarios.map((x) => x.name).join(', ') || 'none'})`);
      // Everything the user typed is checked before the run: settings, then the output path.
      parseSettings(s.name, o.set, s.settings, s.settingsHint);
      if (o.plot !== undefined) checkOutputPath('--plot', o.plot);
      if (o.csv !== undefined) checkOutputPath('--csv', o.csv);
      const line = progressLine();
      let plotted = false;
      const code = await runScenario(s, { ...o, seed: o.seed ?? defaultSeed() }, {
        write: io.write,
        progress: (m, f) => line.update(m, f),
        note: (m) => { line.done(); process.stderr.write(`${m}\n`); },
        plot: (svg) => {
          if (o.plot === undefined) return;
          writeFileAtomic('--plot', o.plot, svg);
          plotted = true;
        },
      });
      line.done();
      // The confirmation goes to stderr: stdout holds only the result (JSON with --json).
      if (plotted) process.stderr.write(`plot written to ${o.plot}\n`);
      io.setExit(code);
    });
};

export default add;
