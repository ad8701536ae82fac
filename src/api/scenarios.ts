/**
 * Simulation scenarios (`gdcheck simulate <name>`, and the figures of `gdcheck report`): the
 * `Scenario` a paper folder's `_scenario-<name>.ts` default-exports, `runScenario` (checks the --set
 * settings, then runs), discovery, and what a scenario's run uses: strict number parsing (one-line
 * UserErrors), durations, atomic file writes.
 */
export { runScenario, type Scenario, type SimulateOptions, type ScenarioIO, type ScenarioFigure } from '../scenarios/scenario.ts';
export { loadScenarios, scenarioFiles, SCENARIO_FILE } from '../scenarios/discover.ts';
export { runSweep, type Sweep } from '../scenarios/sweep.ts';
export { parseNumber, parseNumberList, parseSettings, type NumberRule, type Setting } from '../cli/options.ts';
export { showDuration } from '../cli/progress.ts';
export { checkOutputPath, writeFileAtomic } from '../cli/output.ts';
