/**
 * The arguments of checkClass and inClass, checked as the run options are (src/core/runOptions.ts):
 * a constant given as a JavaScript number, a negative number of samples or a seed 'abc' is a one-line
 * TypeError/RangeError naming it, never a check that quietly samples nothing or crashes inside the
 * exact arithmetic.
 */
import { Q } from '../numeric/rational.ts';
import { checkKeys, checkNumber, checkOptional, RUN_OPTIONS } from '../core/runOptions.ts';
import type { ClassAssumptions, CheckClassConstraints } from './checkClass.ts';

/** Sampled pairs: 0 (none) to 10⁴; each pair costs exact evaluations of f and ∇f. */
const SAMPLES = { min: 0, max: 10_000, integer: true } as const;

const isQ = (v: unknown): v is Q => v instanceof Q;

/** @throws TypeError/RangeError naming the first bad field of the class or of the constraints. */
export function checkClassArguments(entry: string, f: unknown, assumptions: unknown, constraints: unknown): void {
  if (f === null || typeof f !== 'object' || typeof (f as { value?: unknown }).value !== 'function' || typeof (f as { grad?: unknown }).grad !== 'function') {
    throw new TypeError(`${entry}: f must be an Objective (an object with value and grad functions, e.g. from classes.quadratic), got ${f === null ? 'null' : typeof f}`);
  }
  const a = checkKeys(entry, 'the class', assumptions, ['L', 'mu', 'convex', 'pl', 'minimum']);
  for (const k of ['L', 'mu', 'pl'] as const) {
    const v = a[k];
    if (v !== undefined && !isQ(v)) throw new TypeError(`${entry}: ${k} must be an exact rational (rationals.Q.of(2, 1), not the number 2), got ${typeof v === 'number' ? `the number ${v}` : typeof v}`);
  }
  checkOptional(entry, 'convex', a.convex, 'boolean');
  checkOptional(entry, 'minimum', a.minimum, 'boolean');
  const c = checkKeys(entry, 'the constraints', constraints, ['samples', 'seed', 'scale', 'digits']);
  if (c.samples !== undefined) checkNumber(entry, 'samples', c.samples, SAMPLES);
  if (c.seed !== undefined) checkNumber(entry, 'seed', c.seed, RUN_OPTIONS.seed);
  if (c.digits !== undefined) checkNumber(entry, 'digits', c.digits, RUN_OPTIONS.digits);
  if (c.scale !== undefined && !(isQ(c.scale) && c.scale.sign() > 0)) throw new (isQ(c.scale) ? RangeError : TypeError)(`${entry}: scale must be a positive exact rational, got ${isQ(c.scale) ? c.scale.toString() : typeof c.scale}`);
}

