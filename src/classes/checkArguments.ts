/**
 * The arguments of checkClass and inClass, checked as the run options are (src/core/runOptions.ts):
 * a constant given as a JavaScript number, a negative number of samples or a seed 'abc' is a one-line
 * TypeError/RangeError naming it, never a check that quietly samples nothing or crashes inside the
 * exact arithmetic.
 */
import { Q } from '../numeric/rational.ts';
import { checkKeys, checkNumber, checkOptional, RUN_OPTIONS } from '../core/runOptions.ts';
import { accessorProblem, descriptorOf } from '../core/shape.ts';
import type { ClassAssumptions, CheckClassConstraints } from './checkClass.ts';
import type { Objective } from './objective.ts';

/** Sampled pairs: 0 (none) to 10⁴; each pair costs exact evaluations of f and ∇f. */
const SAMPLES = { min: 0, max: 10_000, integer: true } as const;

const isQ = (v: unknown): v is Q => v instanceof Q;

/** The members of an Objective that checkClass reads (objective.ts). */
const MEMBERS = ['name', 'dim', 'L', 'mu', 'xStar', 'fStar', 'value', 'grad', 'show', 'structure'] as const;

/**
 * f's members read once, as a plain object: what checkClass decides about and evaluates. A Proxy or
 * a member that is a getter (own or inherited) is refused, since each read may return something else
 * (a value function that is the builder's when checked and another when run would be certified).
 * @throws TypeError naming the entry and the member.
 */
export function objectiveSnapshot(entry: string, f: object): Objective {
  const bad = accessorProblem('f', f, MEMBERS);
  if (bad) throw new TypeError(`${entry}: ${bad}`);
  const snap: Record<string, unknown> = {};
  for (const k of MEMBERS) {
    const d = descriptorOf(f, k);
    if (d) snap[k] = d.value as unknown;
  }
  return snap as unknown as Objective;
}

/** The first member of f that is no longer what `snap` read (it changed while f was checked), or undefined. */
export function changedMember(f: object, snap: Objective): string | undefined {
  return MEMBERS.find((k) => descriptorOf(f, k)?.value !== (snap as unknown as Record<string, unknown>)[k]);
}

const got = (v: unknown): string => (typeof v === 'number' ? `the number ${v}` : v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

/**
 * The first of f's data members that is not what an Objective holds (dim a positive integer; L, μ exact
 * rationals, needed when no class is given since they are its default; x* an array of dim rationals or
 * null; f* a rational or null), or undefined.
 */
function memberProblem(f: Objective, classFromF: boolean): string | undefined {
  if (!Number.isInteger(f.dim) || f.dim < 1) return `f.dim must be a positive integer, got ${got(f.dim)}`;
  for (const k of ['L', 'mu'] as const) {
    if (f[k] === undefined ? classFromF : !isQ(f[k])) return `f.${k} must be an exact rational (rationals.Q)${classFromF ? ' (the class defaults to f\'s L and μ)' : ''}, got ${got(f[k])}`;
  }
  if (f.xStar !== null && !(Array.isArray(f.xStar) && f.xStar.length === f.dim && f.xStar.every(isQ))) {
    return `f.xStar must be an array of f.dim = ${f.dim} exact rationals (rationals.Q), or null when f has no minimiser, got ${Array.isArray(f.xStar) ? `an array of ${f.xStar.length}${f.xStar.every(isQ) ? '' : ' with a non-rational entry'}` : got(f.xStar)}`;
  }
  if (f.fStar !== null && !isQ(f.fStar)) return `f.fStar must be an exact rational (rationals.Q), or null when f has no minimum, got ${got(f.fStar)}`;
  return undefined;
}

/**
 * The objective read once (objectiveSnapshot), after the class and the constraints are checked.
 * @throws TypeError/RangeError naming the first bad field of f (memberProblem), of the class or of the constraints.
 */
export function checkClassArguments(entry: string, f: unknown, assumptions: unknown, constraints: unknown): Objective {
  if (f === null || typeof f !== 'object') throw new TypeError(`${entry}: f must be an Objective (an object with value and grad functions, e.g. from classes.quadratic), got ${f === null ? 'null' : typeof f}`);
  const g = objectiveSnapshot(entry, f);
  if (typeof g.value !== 'function' || typeof g.grad !== 'function') {
    throw new TypeError(`${entry}: f must be an Objective (an object with value and grad functions, e.g. from classes.quadratic), got an object without ${typeof g.value !== 'function' ? 'value' : 'grad'}`);
  }
  const wrong = memberProblem(g, assumptions === undefined);
  if (wrong) throw new TypeError(`${entry}: ${wrong}`);
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
  return g;
}

