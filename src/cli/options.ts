/** Parsing of numeric options: each bad value is one line naming the option, never a stack trace. */
import { UserError } from '../core/registry.ts';

export function intOption(name: string, min: number, max: number) {
  return (raw: string): number => {
    if (!/^[+-]?\d+$/.test(raw.trim())) throw new UserError(`${name} must be an integer, got '${raw}'`);
    const v = Number(raw);
    if (!Number.isSafeInteger(v) || v < min || v > max) throw new UserError(`${name} must be between ${min} and ${max}, got '${raw}'`);
    return v;
  };
}

export function numberOption(name: string, min: number, max: number) {
  return (raw: string): number => {
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v) || v < min || v > max) throw new UserError(`${name} must be a number between ${min} and ${max}, got '${raw}'`);
    return v;
  };
}

/** The default seed: CHECK_SEED when set (CI and tests), else a fixed one, so runs are reproducible. */
export function defaultSeed(): number {
  const env = process.env.CHECK_SEED;
  if (env === undefined || env === '') return 20261122;
  return intOption('CHECK_SEED', -(2 ** 31), 2 ** 31 - 1)(env);
}
