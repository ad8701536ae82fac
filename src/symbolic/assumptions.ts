/**
 * Assumptions a step may use: `gamma > 0`, `m < 0`, `m = 0`, `m != 0`, `y[i] in {-1, 1}`. They
 * give the sign oracle of the normal form (a variable's manifest sign), the values substituted
 * for `=`, and the domain random points are drawn from (exact rationals k/16, so a witness prints
 * exactly). Indexed assumptions hold for every index value in the derivation's ranges.
 */
import { UserError } from '../core/registry.ts';
import { Q } from '../numeric/rational.ts';
import { indexedName } from './expand.ts';
import { checkName } from './parse.ts';
import type { Sign } from './poly.ts';
import { mulberry32 } from '../numeric/seeded.ts';

export type Rel = '<' | '<=' | '>' | '>=' | '=' | '!=';
export interface Bound { c: Q; strict: boolean }
/**
 * Everything assumed about one variable, intersected: an interval (each end optional, open or
 * closed), values excluded by `!=`, and a finite set (`in {…}`, or `= c` as {c}). `texts` are the
 * assumptions that built it, for the error when the intersection is empty.
 */
export interface Constraint { lo?: Bound; hi?: Bound; not: Q[]; set?: Q[]; texts: string[] }
/** Expanded: variable name ('y[2]') → its constraint. */
export type Domain = Map<string, Constraint>;

const ATOM = /^\s*([A-Za-z][A-Za-z0-9]*)(?:\[([A-Za-z0-9,\s]+)\])?\s*/;

function parseQ(s: string, text: string): Q {
  try { return Q.parse(s.trim()); } catch { throw new UserError(`assumption '${text}': '${s.trim()}' is not a number`); }
}

/** The tighter of two lower (dir 1) or upper (dir −1) bounds. */
function tighter(a: Bound | undefined, b: Bound, dir: 1 | -1): Bound {
  if (!a) return b;
  const k = a.c.cmp(b.c) * dir;
  return k > 0 ? a : k < 0 ? b : { c: a.c, strict: a.strict || b.strict };
}

/** Whether q satisfies the interval and the exclusions of `con` (not its set). */
function admits(con: Constraint, q: Q): boolean {
  if (con.lo && (con.lo.strict ? q.cmp(con.lo.c) <= 0 : q.cmp(con.lo.c) < 0)) return false;
  if (con.hi && (con.hi.strict ? q.cmp(con.hi.c) >= 0 : q.cmp(con.hi.c) > 0)) return false;
  return !con.not.some((x) => x.eq(q));
}

/** One relation or set intersected into a constraint. */
function meet(con: Constraint, rel: Rel | 'in', vals: Q[]): Constraint {
  const c = vals[0]!;
  switch (rel) {
    case '>': case '>=': return { ...con, lo: tighter(con.lo, { c, strict: rel === '>' }, 1) };
    case '<': case '<=': return { ...con, hi: tighter(con.hi, { c, strict: rel === '<' }, -1) };
    case '!=': return { ...con, not: [...con.not, c] };
    case '=': case 'in': return { ...con, set: con.set ? con.set.filter((q) => vals.some((v) => v.eq(q))) : [...vals] };
  }
}

/**
 * The constraint with its finite set filtered by the interval and exclusions, and a closed
 * interval of one point read as that point. Throws a UserError naming the assumptions when no
 * value is left (an empty domain would make every step vacuously true, or its witness a point
 * outside the assumptions).
 */
function settle(name: string, con: Constraint): Constraint {
  let set = con.set;
  if (!set && con.lo && con.hi) {
    const k = con.lo.c.cmp(con.hi.c);
    if (k > 0 || (k === 0 && (con.lo.strict || con.hi.strict))) set = [];
    else if (k === 0) set = [con.lo.c];
  }
  if (set) set = set.filter((q) => admits(con, q));
  if (set && set.length === 0) throw new UserError(`assumptions ${con.texts.map((t) => `'${t}'`).join(', ')} are contradictory: no value of ${name} satisfies them all`);
  return set ? { ...con, set } : con;
}

/** Adds one assumption's constraints to `into`; `ranges` gives every index name its values. */
export function addAssumption(text: string, ranges: ReadonlyMap<string, [number, number]>, into: Domain): void {
  const m = ATOM.exec(text);
  if (!m) throw new UserError(`assumption '${text}': expected 'x > 0', 'm != 0' or 'y[i] in {-1, 1}'`);
  const rest = text.slice(m[0].length);
  let rel: Rel | 'in';
  let vals: Q[];
  const setM = /^in\s*\{([^}]*)\}\s*$/.exec(rest);
  const relM = /^(<=|>=|!=|<|>|=)\s*(\S+)\s*$/.exec(rest);
  if (setM) { rel = 'in'; vals = setM[1]!.split(',').map((s) => parseQ(s, text)); }
  else if (relM) { rel = relM[1] as Rel; vals = [parseQ(relM[2]!, text)]; }
  else throw new UserError(`assumption '${text}': expected a relation (< <= > >= = !=) and a number, or 'in {…}'`);
  checkName(m[1]!, `assumption '${text}'`);
  const idx = m[2] ? m[2].split(',').map((s) => s.trim()) : [];
  const lists = idx.map((i) => {
    if (/^\d+$/.test(i)) return [Number(i)];
    const r = ranges.get(i);
    if (!r) throw new UserError(`assumption '${text}': index '${i}' has no range`);
    return Array.from({ length: r[1] - r[0] + 1 }, (_, k) => r[0] + k);
  });
  if (lists.reduce((n, l) => n * l.length, 1) > 100_000) throw new UserError(`assumption '${text}': its indices take more than 100000 values together`);
  const combos = lists.reduce<number[][]>((acc, l) => acc.flatMap((a) => l.map((v) => [...a, v])), [[]]);
  // Several assumptions on one variable intersect (x >= 3 and x < 4 is [3, 4)); none is dropped.
  for (const c of combos) {
    const name = indexedName(m[1]!, c);
    const was = into.get(name) ?? { not: [], texts: [] };
    into.set(name, settle(name, meet({ ...was, texts: [...was.texts, text] }, rel, vals)));
  }
}

/** The sign every value of the constraint has (manifest from its set or interval and exclusions). */
export function signOf(con: Constraint | undefined): Sign {
  if (!con) return 'unknown';
  if (con.set) {
    const s = con.set.map((q) => q.sign());
    if (s.every((x) => x > 0)) return 'pos';
    if (s.every((x) => x < 0)) return 'neg';
    if (s.every((x) => x === 0)) return 'zero';
    if (s.every((x) => x >= 0)) return 'nonneg';
    if (s.every((x) => x <= 0)) return 'nonpos';
    return s.every((x) => x !== 0) ? 'nonzero' : 'unknown';
  }
  const zeroOut = con.not.some((q) => q.isZero());
  const lo = con.lo, hi = con.hi;
  if (lo && (lo.c.sign() > 0 || (lo.c.sign() === 0 && (lo.strict || zeroOut)))) return 'pos';
  if (hi && (hi.c.sign() < 0 || (hi.c.sign() === 0 && (hi.strict || zeroOut)))) return 'neg';
  if (lo && lo.c.sign() === 0) return 'nonneg';
  if (hi && hi.c.sign() === 0) return 'nonpos';
  return zeroOut ? 'nonzero' : 'unknown';
}

/** Variables fixed by `x = c` (or a set or closed interval of one value): substituted before any check. */
export function fixedValues(dom: Domain): Map<string, Q> {
  const out = new Map<string, Q>();
  for (const [k, c] of dom) if (c.set?.length === 1) out.set(k, c.set[0]!);
  return out;
}

/** The seeded generator of sampled points (src/numeric/seeded.ts). */
export const rng = mulberry32;

const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const sixteenth = (k: number): Q => new Q(BigInt(k), 16n);

/**
 * A random exact value in the domain of one variable: a member of its set; inside a bounded
 * interval, lo + k/64 of its width (0 < k < 64); past one end, 1/8 to 3 beyond it; with no bound,
 * k/16 in [−2, 2], k ≠ 0. Always a value every assumption admits (an excluded value is skipped).
 */
export function sampleValue(con: Constraint | undefined, r: () => number): Q {
  if (!con) return sixteenth(int(r, 1, 32) * (r() < 0.5 ? -1 : 1));
  if (con.set) return con.set[int(r, 0, con.set.length - 1)]!;
  const draw = (): Q => {
    const { lo, hi } = con;
    if (lo && hi) return lo.c.add(hi.c.sub(lo.c).mul(new Q(BigInt(int(r, 1, 63)), 64n)));
    const step = sixteenth(int(r, 2, 48));
    if (lo) return lo.c.add(step);
    if (hi) return hi.c.sub(step);
    const around = con.not[0] ?? Q.ZERO;
    return r() < 0.5 ? around.add(step) : around.sub(step);
  };
  for (let t = 0; t < 64; t++) { const q = draw(); if (admits(con, q)) return q; }
  // Finitely many exclusions in an interval of positive width: a free value is found by halving.
  let q = draw();
  for (let t = 0; t < 200 && !admits(con, q); t++) q = con.lo && con.hi ? con.lo.c.add(q.sub(con.lo.c).div(Q.of(2))) : q.add(new Q(1n, 1024n));
  if (!admits(con, q)) throw new Error('internal: no admissible sample value');
  return q;
}
