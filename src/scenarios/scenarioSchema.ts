/**
 * The shape of a Scenario object, checked where gdcheck takes one (runScenario, and discovery of a
 * `_scenario-<name>.ts`): a scenario is user code, so a `settings` entry that says `kind: 'int'`
 * instead of `type: 'number'`, a misspelt key or a wrong type is one line naming the scenario, the
 * key and what it accepts, before anything runs, never a TypeError inside `--set` parsing.
 */
import { accessorProblem, isObject, unknownKeyProblem } from '../core/shape.ts';

const shown = (v: unknown): string => (v === undefined ? 'nothing' : typeof v === 'string' ? `'${v.slice(0, 40)}'` : Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v === 'number' || typeof v === 'boolean' ? `${typeof v} ${String(v)}` : `a ${typeof v}`);

const SCENARIO_KEYS = ['name', 'description', 'usage', 'settings', 'settingsHint', 'takes', 'figures', 'sweep', 'run'];
/** Each kind of --set key and the fields it has (src/cli/options.ts's Setting). */
const SETTING_KEYS: Record<string, readonly string[]> = {
  number: ['type', 'help', 'min', 'max', 'integer', 'minExclusive'],
  choice: ['type', 'help', 'values'],
  text: ['type', 'help', 'pattern', 'example'],
};
const FIGURE_KEYS = ['claims', 'caption', 'options'];
const FIGURE_OPTION_KEYS = ['budget', 'steps', 'init', 'set'];
const SWEEP_FUNCTIONS = ['points', 'label', 'point', 'report'];

/** What is wrong with one `settings` entry (named `where`), or undefined. */
function settingProblem(where: string, s: unknown): string | undefined {
  if (!isObject(s)) return `${where} must be an object like { type: 'number', min: 0, max: 1 }, got ${shown(s)}`;
  const getter = accessorProblem(where, s, ['type', ...SETTING_KEYS.number!, ...SETTING_KEYS.choice!, ...SETTING_KEYS.text!]);
  if (getter) return getter;
  const keys = typeof s.type === 'string' ? SETTING_KEYS[s.type] : undefined;
  if (!keys || !Object.prototype.hasOwnProperty.call(SETTING_KEYS, s.type as string)) return `${where}.type must be one of ${Object.keys(SETTING_KEYS).map((t) => `'${t}'`).join(', ')}, got ${shown(s.type)}`;
  const extra = unknownKeyProblem(where, s, keys);
  if (extra) return extra;
  if (s.help !== undefined && typeof s.help !== 'string') return `${where}.help must be a string, got ${shown(s.help)}`;
  if (s.type === 'number') {
    for (const k of ['min', 'max'] as const) if (typeof s[k] !== 'number' || !Number.isFinite(s[k])) return `${where}.${k} must be a finite number, got ${shown(s[k])}`;
    if ((s.min as number) > (s.max as number)) return `${where}: min ${s.min as number} is above max ${s.max as number}`;
    for (const k of ['integer', 'minExclusive'] as const) if (s[k] !== undefined && typeof s[k] !== 'boolean') return `${where}.${k} must be true or false, got ${shown(s[k])}`;
  } else if (s.type === 'choice') {
    if (!Array.isArray(s.values) || s.values.length === 0 || !s.values.every((v) => typeof v === 'string')) return `${where}.values must be a non-empty array of strings, got ${shown(s.values)}`;
  } else {
    if (!(s.pattern instanceof RegExp)) return `${where}.pattern must be a RegExp, got ${shown(s.pattern)}`;
    if (typeof s.example !== 'string') return `${where}.example must be a string (shown when a value does not match), got ${shown(s.example)}`;
  }
  return undefined;
}

/** What is wrong with one figure (named `where`), or undefined. */
function figureProblem(where: string, f: unknown): string | undefined {
  if (!isObject(f)) return `${where} must be an object { claims, caption, options }, got ${shown(f)}`;
  const extra = unknownKeyProblem(where, f, FIGURE_KEYS);
  if (extra) return extra;
  if (!Array.isArray(f.claims) || !f.claims.every((c) => typeof c === 'string')) return `${where}.claims must be an array of claim ids, got ${shown(f.claims)}`;
  if (typeof f.caption !== 'string') return `${where}.caption must be a string, got ${shown(f.caption)}`;
  if (!isObject(f.options)) return `${where}.options must be an object { budget?, steps?, init?, set? }, got ${shown(f.options)}`;
  const o = f.options;
  const bad = unknownKeyProblem(`${where}.options`, o, FIGURE_OPTION_KEYS);
  if (bad) return bad;
  for (const k of ['budget', 'steps'] as const) if (o[k] !== undefined && typeof o[k] !== 'number') return `${where}.options.${k} must be a number, got ${shown(o[k])}`;
  if (o.init !== undefined && typeof o.init !== 'string') return `${where}.options.init must be a string, got ${shown(o.init)}`;
  if (o.set !== undefined && !(isObject(o.set) && Object.values(o.set).every((v) => typeof v === 'string'))) return `${where}.options.set must be an object of key=value strings, got ${shown(o.set)}`;
  return undefined;
}

/**
 * What is wrong with a Scenario object, as one line (starting with the scenario's name when it has
 * one), or undefined when it has the shape `Scenario` declares: name, description and usage strings,
 * `settings` an object of Settings (number: min ≤ max finite, integer?/minExclusive? booleans;
 * choice: non-empty string values; text: a RegExp pattern and an example), optional settingsHint,
 * takes ⊆ ['steps', 'init'], figures, sweep (points, label, point, report functions), and a run
 * function. Unknown keys are refused at every level (a misspelt key is otherwise silently ignored).
 */
export function scenarioProblem(s: unknown): string | undefined {
  if (!isObject(s)) return `a Scenario must be an object (name, description, usage, settings, run), got ${shown(s)}`;
  const getter = accessorProblem('the scenario', s, SCENARIO_KEYS);
  if (getter) return getter;
  if (typeof s.name !== 'string' || s.name === '') return `a Scenario's name must be a non-empty string, got ${shown(s.name)}`;
  const me = `scenario '${s.name.slice(0, 60)}'`;
  const extra = unknownKeyProblem('the scenario', s, SCENARIO_KEYS);
  if (extra) return `${me}: ${extra}`;
  for (const k of ['description', 'usage'] as const) if (typeof s[k] !== 'string') return `${me}: ${k} must be a string, got ${shown(s[k])}`;
  if (s.settingsHint !== undefined && typeof s.settingsHint !== 'string') return `${me}: settingsHint must be a string, got ${shown(s.settingsHint)}`;
  if (typeof s.run !== 'function') return `${me}: run must be a function (options, io) => exit code, got ${shown(s.run)}`;
  if (!isObject(s.settings)) return `${me}: settings must be an object of --set keys ({} for none), got ${shown(s.settings)}`;
  for (const [k, v] of Object.entries(s.settings)) {
    const p = settingProblem(`settings.${k}`, v);
    if (p) return `${me}: ${p}`;
  }
  if (s.takes !== undefined && !(Array.isArray(s.takes) && s.takes.every((t) => t === 'steps' || t === 'init'))) return `${me}: takes must be an array of 'steps' and 'init', got ${shown(s.takes)}`;
  if (s.figures !== undefined) {
    if (!Array.isArray(s.figures)) return `${me}: figures must be an array, got ${shown(s.figures)}`;
    for (const [k, f] of s.figures.entries()) {
      const p = figureProblem(`figures[${k}]`, f);
      if (p) return `${me}: ${p}`;
    }
  }
  if (s.sweep !== undefined) {
    if (!isObject(s.sweep)) return `${me}: sweep must be an object { points, label, point, report }, got ${shown(s.sweep)}`;
    const sw = s.sweep;
    const bad = unknownKeyProblem('sweep', sw, SWEEP_FUNCTIONS);
    if (bad) return `${me}: ${bad}`;
    for (const k of SWEEP_FUNCTIONS) if (typeof sw[k] !== 'function') return `${me}: sweep.${k} must be a function, got ${shown(sw[k])}`;
  }
  return undefined;
}
