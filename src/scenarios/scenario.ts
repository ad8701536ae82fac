/**
 * A simulation scenario for `gdcheck simulate <name>`: a long or plotted run of some dynamics. Every
 * file in src/scenarios/ other than this one default-exports a Scenario and is discovered.
 */
export interface SimulateOptions {
  /** Write an SVG plot here. */
  plot?: string;
  steps?: number;
  budget: number;
  seed: number;
  /** Scenario-specific initialisation name. */
  init?: string;
  json?: boolean;
  /** Sizes, comma-separated (--n 100,500,1000), for scenarios that take a list of n. */
  n?: string;
  /** Write the scenario's table as CSV here. */
  csv?: string;
  /** Free-form key=value settings (--set k=v, repeatable). */
  set: Record<string, string>;
}

export interface ScenarioIO {
  write: (s: string) => void;
  /** Progress on a terminal (no-op otherwise): call it often on long runs. */
  progress: (message: string) => void;
}

export interface Scenario {
  name: string;
  description: string;
  /** Which SimulateOptions and --set keys it reads, for `gdcheck simulate --help`. */
  usage: string;
  /** Returns an exit code (0 ok, 1 a check inside the run failed); throw UserError on bad options. */
  run(opts: SimulateOptions, io: ScenarioIO): Promise<number> | number;
}
