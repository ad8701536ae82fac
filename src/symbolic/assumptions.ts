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
export type Constraint = { rel: Rel; c: Q } | { set: Q[] };
/** Expanded: variable name ('y[2]') → its constraint. */
export type Domain = Map<string, Constraint>;

const ATOM = /^\s*([A-Za-z][A-Za-z0-9]*)(?:\[([A-Za-z0-9,\s]+)\])?\s*/;

function parseQ(s: string, text: string): Q {
  try { return Q.parse(s.trim()); } catch { throw new UserError(`assumption '${text}': '${s.trim()}' is not a number`); }
}

/** Adds one assumption's constraints to `into`; `ranges` gives every index name its values. */
export function addAssumption(text: string, ranges: ReadonlyMap<string, [number, number]>, into: Domain): void {
  const m = ATOM.exec(text);
  if (!m) throw new UserError(`assumption '${text}': expected 'x > 0', 'm != 0' or 'y[i] in {-1, 1}'`);
  const rest = text.slice(m[0].length);
  let con: Constraint;
  const setM = /^in\s*\{([^}]*)\}\s*$/.exec(rest);
  const relM = /^(<=|>=|!=|<|>|=)\s*(\S+)\s*$/.exec(rest);
  if (setM) con = { set: setM[1]!.split(',').map((s) => parseQ(s, text)) };
  else if (relM) con = { rel: relM[1] as Rel, c: parseQ(relM[2]!, text) };
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
  for (const c of combos) into.set(indexedName(m[1]!, c), con);
}

export function signOf(con: Constraint | undefined): Sign {
  if (!con) return 'unknown';
  if ('set' in con) {
    const s = con.set.map((q) => q.sign());
    if (s.every((x) => x > 0)) return 'pos';
    if (s.every((x) => x < 0)) return 'neg';
    return s.every((x) => x !== 0) ? 'nonzero' : 'unknown';
  }
  const z = con.c.sign();
  switch (con.rel) {
    case '>': return z >= 0 ? 'pos' : 'unknown';
    case '>=': return z > 0 ? 'pos' : z === 0 ? 'nonneg' : 'unknown';
    case '<': return z <= 0 ? 'neg' : 'unknown';
    case '<=': return z < 0 ? 'neg' : z === 0 ? 'nonpos' : 'unknown';
    case '=': return z > 0 ? 'pos' : z < 0 ? 'neg' : 'zero';
    case '!=': return z === 0 ? 'nonzero' : 'unknown';
  }
}

/** Variables fixed by `x = c`: substituted before any check. */
export function fixedValues(dom: Domain): Map<string, Q> {
  const out = new Map<string, Q>();
  for (const [k, c] of dom) if ('rel' in c && c.rel === '=') out.set(k, c.c);
  return out;
}

/** The seeded generator of sampled points (src/numeric/seeded.ts). */
export const rng = mulberry32;

const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const sixteenth = (k: number): Q => new Q(BigInt(k), 16n);

/** A random exact value in the domain of one variable (default: k/16 in [−2, 2], k ≠ 0). */
export function sampleValue(con: Constraint | undefined, r: () => number): Q {
  if (!con) return sixteenth(int(r, 1, 32) * (r() < 0.5 ? -1 : 1));
  if ('set' in con) return con.set[int(r, 0, con.set.length - 1)]!;
  const step = sixteenth(int(r, 2, 48));
  switch (con.rel) {
    case '>': case '>=': return con.c.add(step);
    case '<': case '<=': return con.c.sub(step);
    case '=': return con.c;
    case '!=': return r() < 0.5 ? con.c.add(step) : con.c.sub(step);
  }
}
