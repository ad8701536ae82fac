/**
 * Index expansion. Sums over data points are expanded for concrete sizes (n, d, ...), and indexed
 * variables become plain names: with i = 2, `y[i]*b[i,k]` at k = 1 becomes the variables 'y[2]' and
 * 'b[2,1]'. After expansion an Expr has no 'sum' nodes and no index lists.
 */
import { UserError } from '../core/registry.ts';
import { Q } from '../numeric/rational.ts';
import type { Expr } from './ast.ts';
import { tick } from './budget.ts';

export type Env = ReadonlyMap<string, Q>;

/** Integer value of an index expression (index names, size constants, + - *). */
function intValue(e: Expr, env: Env, what: string): number {
  const bad = (): never => { throw new UserError(`${what}: index '${showIdx(e)}' is not a known integer (free index without a range?)`); };
  switch (e.t) {
    case 'num': if (e.q.den !== 1n || e.q.abs().cmp(Q.of(Number.MAX_SAFE_INTEGER)) > 0) bad(); return Number(e.q.num);
    case 'sym': { const v = env.get(e.name); if (!v || v.den !== 1n || e.idx) return bad(); return Number(v.num); }
    case 'op': {
      const [a, b] = e.args.map((x) => intValue(x, env, what));
      const r = e.op === '+' ? a! + b! : e.op === '-' ? a! - b! : e.op === '*' ? a! * b! : e.op === 'neg' ? -a! : e.op === '^' && b! >= 0 && b! <= 64 ? a! ** b! : bad();
      if (!Number.isSafeInteger(r)) bad();
      return r;
    }
    default: return bad();
  }
}

const showIdx = (e: Expr): string => (e.t === 'sym' ? e.name : e.t === 'num' ? e.q.toString() : '…');

/** The name an indexed variable expands to: b with indices (2, 1) is 'b[2,1]'. */
export const indexedName = (base: string, idx: readonly number[]): string => (idx.length ? `${base}[${idx.join(',')}]` : base);

const MAX_TERMS = 10_000;
/** Nodes one expansion may produce: nested sums multiply (sum over 10⁴ of a sum over 10⁴ is 10⁸). */
export const MAX_NODES = 200_000;

export function expand(e: Expr, env: Env, what = 'expression', budget = { nodes: 0 }): Expr {
  tick();
  if (++budget.nodes > MAX_NODES) throw new UserError(`${what}: expanding the sums gives more than ${MAX_NODES} nodes (nested sums over large ranges?)`);
  switch (e.t) {
    case 'num': return e;
    case 'sym': {
      if (e.idx) return { t: 'sym', name: indexedName(e.name, e.idx.map((x) => intValue(x, env, what))) };
      const c = env.get(e.name);
      return c ? { t: 'num', q: c } : e;
    }
    case 'op': return { t: 'op', op: e.op, args: e.args.map((a) => expand(a, env, what, budget)) };
    case 'fn': return { t: 'fn', name: e.name, args: e.args.map((a) => expand(a, env, what, budget)) };
    case 'sum': {
      const lo = intValue(e.lo, env, what), hi = intValue(e.hi, env, what);
      if (hi - lo + 1 > MAX_TERMS) throw new UserError(`${what}: sum over ${e.v} has ${hi - lo + 1} terms (limit ${MAX_TERMS})`);
      if (hi < lo) return { t: 'num', q: Q.ZERO };
      const terms: Expr[] = [];
      for (let v = lo; v <= hi; v++) {
        const inner = new Map(env);
        inner.set(e.v, Q.of(v));
        terms.push(expand(e.body, inner, what, budget));
      }
      return balancedSum(terms);
    }
  }
}

/** t_1 + … + t_m as a balanced tree: depth log m, so long sums do not deepen the recursion. */
function balancedSum(terms: Expr[]): Expr {
  if (terms.length === 1) return terms[0]!;
  const mid = terms.length >> 1;
  return { t: 'op', op: '+', args: [balancedSum(terms.slice(0, mid)), balancedSum(terms.slice(mid))] };
}

/** Index names used but not bound by an enclosing sum (the free indices of a step). */
export function freeIndices(e: Expr, bound: ReadonlySet<string> = new Set(), out = new Set<string>()): Set<string> {
  const idxNames = (x: Expr): void => {
    if (x.t === 'sym' && !x.idx) { if (!bound.has(x.name)) out.add(x.name); }
    else if (x.t === 'op') x.args.forEach(idxNames);
  };
  switch (e.t) {
    case 'sym': e.idx?.forEach(idxNames); break;
    case 'op': case 'fn': e.args.forEach((a) => freeIndices(a, bound, out)); break;
    case 'sum': {
      idxNames(e.lo); idxNames(e.hi);
      freeIndices(e.body, new Set([...bound, e.v]), out);
      break;
    }
    default: break;
  }
  return out;
}
