/**
 * Parsing of every number and key a user types (options, `--set key=value`, `--init a,b,c`): one
 * strict parser, so each bad value is one line naming the option, never a stack trace, and no value
 * slips through JavaScript's lenient Number() (hex `0x2`, binary `0b1`, `Infinity`, `NaN`, '' → 0).
 */
import { UserError } from '../core/registry.ts';
import { RUN_OPTIONS, ruleBroken, showRange, type NumberRule } from '../core/runOptions.ts';

export type { NumberRule } from '../core/runOptions.ts';

/** Plain decimal notation only: an optional sign, digits with an optional point, an optional exponent. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The one number parser: `raw` must be a finite decimal within the rule (the rules of the run
 * options are core/runOptions.ts's RUN_OPTIONS, which the public API checks too), else a UserError
 * that names `name` and quotes the raw text. Returns the number.
 */
export function parseNumber(name: string, raw: string, rule: NumberRule): number {
  // No trimming: ' 2' is as suspect as '0x2' (a quoting slip in a script), so it is refused too.
  if (!DECIMAL.test(raw)) throw new UserError(`${name} must be ${rule.integer ? 'an integer' : 'a decimal number'}, got '${raw}'`);
  const v = Number(raw);
  const broken = ruleBroken(v, rule);
  if (broken === 'finite') throw new UserError(`${name} must be a finite number, got '${raw}'`);
  if (broken === 'integer') throw new UserError(`${name} must be an integer between ${rule.min} and ${rule.max}, got '${raw}'`);
  if (broken === 'range') throw new UserError(rule.integer ? `${name} must be between ${rule.min} and ${rule.max}, got '${raw}'` : `${name} must be a number in ${showRange(rule)}, got '${raw}'`);
  return v === 0 ? 0 : v; // no -0
}

/** A commander argParser for an option whose value must keep `rule` (one of RUN_OPTIONS). */
export function ruleOption(name: string, rule: NumberRule) {
  return (raw: string): number => parseNumber(name, raw, rule);
}

/** A comma-separated list of exactly `count` numbers, each within the rule (`--init w1,b1,w2,b2`). */
export function parseNumberList(name: string, raw: string, count: number, rule: NumberRule): number[] {
  const parts = raw.split(',');
  if (parts.length !== count) throw new UserError(`${name} must be ${count} comma-separated numbers, got '${raw}'`);
  return parts.map((p, k) => parseNumber(`${name} (entry ${k + 1})`, p, rule));
}

/** What one `--set` key accepts. */
export type Setting =
  | ({ type: 'number'; help?: string } & NumberRule)
  | { type: 'choice'; values: readonly string[]; help?: string }
  | { type: 'text'; pattern: RegExp; example: string; help?: string };

/**
 * Checks every `--set key=value` against the declared settings: an unknown key or a bad value is a
 * UserError naming it (and the known keys, then `hint`, e.g. where a misplaced key belongs). Returns the settings with numbers parsed; absent keys are absent.
 */
export function parseSettings(owner: string, set: Record<string, string>, spec: Readonly<Record<string, Setting>>, hint?: string): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  const known = Object.keys(spec);
  for (const [k, raw] of Object.entries(set)) {
    const s = Object.prototype.hasOwnProperty.call(spec, k) ? spec[k] : undefined;
    if (!s) throw new UserError(`${owner}: unknown setting '${k}' (${known.length ? `known: ${known.join(', ')}` : 'it takes no --set keys'}${hint ? `; ${hint}` : ''})`);
    const name = `--set ${k}`;
    if (s.type === 'number') out[k] = parseNumber(name, raw, s);
    else if (s.type === 'choice') {
      if (!s.values.includes(raw)) throw new UserError(`${name} must be one of ${s.values.join(', ')}, got '${raw}'`);
      out[k] = raw;
    } else {
      if (raw.length > 200 || !s.pattern.test(raw)) throw new UserError(`${name} must look like ${s.example}, got '${raw.slice(0, 60)}'`);
      out[k] = raw;
    }
  }
  return out;
}

/** The default seed: CHECK_SEED when set (CI and tests), else a fixed one, so runs are reproducible. */
export function defaultSeed(): number {
  const env = process.env.CHECK_SEED;
  if (env === undefined || env === '') return 20261122;
  return parseNumber('CHECK_SEED', env, RUN_OPTIONS.seed);
}
