/**
 * The expression tree the symbolic layer works on. mathjs parses (src/symbolic/parse.ts) and its
 * nodes are converted once into this small closed type, so every later pass (index expansion,
 * derivative, normal form, limits, evaluation) handles exactly these cases and nothing else.
 */
import { Q } from '../numeric/rational.ts';

export type Op = '+' | '-' | '*' | '/' | '^' | 'neg';

export type Expr =
  | { t: 'num'; q: Q }
  /** A variable; `idx` holds its index expressions until index expansion turns `b[i,2]` into the name 'b[1,2]'. */
  | { t: 'sym'; name: string; idx?: Expr[] }
  | { t: 'op'; op: Op; args: Expr[] }
  | { t: 'fn'; name: string; args: Expr[] }
  /** sum(v, lo, hi, body): expanded for concrete bounds. */
  | { t: 'sum'; v: string; lo: Expr; hi: Expr; body: Expr };

export const num = (q: Q | number | bigint): Expr => ({ t: 'num', q: q instanceof Q ? q : Q.of(q) });
export const sym = (name: string): Expr => ({ t: 'sym', name });
export const fn = (name: string, ...args: Expr[]): Expr => ({ t: 'fn', name, args });

const isNum = (e: Expr, v: number): boolean => e.t === 'num' && e.q.eq(Q.of(v));

/** Builders that fold 0 and 1, so derivatives of expanded sums stay readable and small. */
export function add(a: Expr, b: Expr): Expr {
  if (isNum(a, 0)) return b;
  if (isNum(b, 0)) return a;
  if (a.t === 'num' && b.t === 'num') return num(a.q.add(b.q));
  return { t: 'op', op: '+', args: [a, b] };
}
export function sub(a: Expr, b: Expr): Expr {
  if (isNum(b, 0)) return a;
  if (isNum(a, 0)) return neg(b);
  return { t: 'op', op: '-', args: [a, b] };
}
export function mul(a: Expr, b: Expr): Expr {
  if (isNum(a, 0) || isNum(b, 0)) return num(0);
  if (isNum(a, 1)) return b;
  if (isNum(b, 1)) return a;
  if (a.t === 'num' && b.t === 'num') return num(a.q.mul(b.q));
  return { t: 'op', op: '*', args: [a, b] };
}
export function div(a: Expr, b: Expr): Expr {
  if (isNum(b, 1)) return a;
  if (isNum(a, 0)) return { t: 'op', op: '/', args: [a, b] }; // keep b: its domain (b ≠ 0) still matters
  return { t: 'op', op: '/', args: [a, b] };
}
export function neg(a: Expr): Expr {
  if (a.t === 'num') return num(a.q.neg());
  return { t: 'op', op: 'neg', args: [a] };
}
export function pow(a: Expr, b: Expr): Expr {
  if (isNum(b, 1)) return a;
  return { t: 'op', op: '^', args: [a, b] };
}

/** Does the tree mention variable `name` (after expansion)? */
export function mentions(e: Expr, name: string): boolean {
  switch (e.t) {
    case 'num': return false;
    case 'sym': return e.name === name;
    case 'op': case 'fn': return e.args.some((a) => mentions(a, name));
    case 'sum': return mentions(e.lo, name) || mentions(e.hi, name) || mentions(e.body, name);
  }
}

/** Replaces variables by expressions (after expansion: names like 'v[2]'). */
export function substitute(e: Expr, subs: ReadonlyMap<string, Expr>): Expr {
  switch (e.t) {
    case 'num': return e;
    case 'sym': return subs.get(e.name) ?? e;
    case 'op': return { t: 'op', op: e.op, args: e.args.map((a) => substitute(a, subs)) };
    case 'fn': return { t: 'fn', name: e.name, args: e.args.map((a) => substitute(a, subs)) };
    case 'sum': return { ...e, body: substitute(e.body, subs) };
  }
}

const PREC: Record<Op, number> = { '+': 1, '-': 1, '*': 2, '/': 2, neg: 3, '^': 4 };

/** Plain-text form, re-parsable by parse.ts (expanded names print as b[1,2]). */
export function show(e: Expr, outer = 0): string {
  switch (e.t) {
    case 'num': {
      const s = e.q.toString();
      return e.q.sign() < 0 || s.includes('/') ? (outer > 0 ? `(${s})` : s) : s;
    }
    case 'sym': return e.idx ? `${e.name}[${e.idx.map((x) => show(x)).join(',')}]` : e.name;
    case 'fn': return `${e.name}(${e.args.map((a) => show(a)).join(', ')})`;
    case 'sum': return `sum(${e.v}, ${show(e.lo)}, ${show(e.hi)}, ${show(e.body)})`;
    case 'op': {
      const p = PREC[e.op];
      let s: string;
      if (e.op === 'neg') s = `-${show(e.args[0]!, p)}`;
      else if (e.op === '^') s = `${show(e.args[0]!, p + 1)}^${show(e.args[1]!, p)}`;
      else s = `${show(e.args[0]!, p)} ${e.op} ${show(e.args[1]!, e.op === '-' || e.op === '/' ? p + 1 : p)}`;
      return p < outer || (p === outer && outer > 0 && e.op !== '+' && e.op !== '*') ? `(${s})` : s;
    }
  }
}

/**
 * The fully bracketed form: every operation in parentheses, so the reading of a typed expression
 * (precedence, implicit multiplication, e^x read as exp(x)) is visible. Printed beside the typed text.
 */
export function bracketed(e: Expr, top = true): string {
  switch (e.t) {
    case 'num': {
      const s = e.q.toString();
      return !top && (e.q.sign() < 0 || s.includes('/')) ? `(${s})` : s;
    }
    case 'sym': return e.idx ? `${e.name}[${e.idx.map((x) => bracketed(x)).join(',')}]` : e.name;
    case 'fn': return `${e.name}(${e.args.map((a) => bracketed(a)).join(', ')})`;
    case 'sum': return `sum(${e.v}, ${bracketed(e.lo)}, ${bracketed(e.hi)}, ${bracketed(e.body)})`;
    case 'op': {
      const s = e.op === 'neg' ? `-${bracketed(e.args[0]!, false)}` : `${bracketed(e.args[0]!, false)} ${e.op} ${bracketed(e.args[1]!, false)}`;
      return top ? s : `(${s})`;
    }
  }
}
