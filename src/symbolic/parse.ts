/**
 * The only door from user text into the symbolic layer. A private mathjs instance parses; the
 * functions mathjs's security notes name as dangerous (import, createUnit, evaluate, parse,
 * simplify, derivative, resolve, reviver, compile) are overridden to throw, after keeping the one
 * reference we need (parse). Nothing is ever evaluated by mathjs: the tree is checked against an
 * allow-list of node types, functions and symbols and converted to our own Expr.
 * Every rejection is a UserError of one line naming the offending token.
 */
import { createRequire } from 'node:module';
import type { MathNode } from 'mathjs';
import { Q } from '../numeric/rational.ts';
import { UserError } from '../core/registry.ts';
import type { Expr, Op } from './ast.ts';

const disabled = (name: string) => () => { throw new Error(`${name} is disabled`); };
const DANGEROUS = ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'reviver', 'compile'];
let lockedParse: ((src: string) => MathNode) | undefined;
/**
 * mathjs is loaded on the first parse, not when this module is imported: loading it costs about a
 * second, which commands that parse nothing (list, most claims) should not pay at start-up.
 */
function mathParse(src: string): MathNode {
  if (!lockedParse) {
    const { create, all } = createRequire(import.meta.url)('mathjs') as typeof import('mathjs');
    const math = create(all);
    const parse = math.parse;
    math.import(Object.fromEntries(DANGEROUS.map((n) => [n, disabled(n)])), { override: true });
    lockedParse = (s) => parse(s);
  }
  return lockedParse(src);
}

export const MAX_LENGTH = 5000;
/** Bracket nesting (checked on the text, before mathjs's recursive parser) and tree depth (a+b+…+z is a chain). */
export const MAX_NESTING = 100;
export const MAX_DEPTH = 1000;

/** Built-in functions with their arities; `sum(v, lo, hi, body)` is a macro, expanded for concrete bounds. */
export const BUILTINS: Readonly<Record<string, number>> = {
  exp: 1, log: 1, sqrt: 1, abs: 1,
  /** σ(z) = 1/(1 + e^{−z}) */
  sigma: 1,
  /** softplus(z) = log(1 + e^z) */
  softplus: 1,
  /** perc(m) = lim_{γ→∞} σ(−γm): 1 for m < 0, 1/2 for m = 0, 0 for m > 0 (derivation tyurin2025/sigmoid-limit). */
  perc: 1,
  sum: 4,
};

const OPS: Record<string, Op> = { add: '+', subtract: '-', multiply: '*', divide: '/', pow: '^', unaryMinus: 'neg' };
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

export interface ParseOptions {
  /** Opaque functions declared by a derivation (φ, φ'), name → arity. */
  functions?: Readonly<Record<string, number>>;
  /** Where the text comes from, for the error line ('step 3'). */
  where?: string;
}

const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 37)}...` : s);

/** Nesting of (), [] and {} checked before mathjs's recursive parser sees the text. */
function checkBrackets(src: string, fail: (m: string) => never): void {
  const stack: { ch: string; at: number }[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (let k = 0; k < src.length; k++) {
    const ch = src[k]!;
    if (ch === '(' || ch === '[' || ch === '{') {
      stack.push({ ch, at: k + 1 });
      if (stack.length > MAX_NESTING) fail(`brackets nested deeper than ${MAX_NESTING} at char ${k + 1}`);
    } else if (ch in pairs) {
      const top = stack.pop();
      if (!top) fail(`unbalanced parentheses: '${ch}' at char ${k + 1} has no opening bracket`);
      if (top.ch !== pairs[ch]) fail(`unbalanced parentheses: '${top.ch}' at char ${top.at} is closed by '${ch}' at char ${k + 1}`);
    }
  }
  const open = stack.pop();
  if (open) fail(`unbalanced parentheses: '${open.ch}' at char ${open.at} is never closed`);
}

export function parseExpr(src: string, opts: ParseOptions = {}): Expr {
  const where = opts.where ? `${opts.where}: ` : '';
  const fail = (m: string): never => { throw new UserError(`${where}${m}`); };
  if (typeof src !== 'string') fail('expression must be a string');
  if (src.length > MAX_LENGTH) fail(`expression too long: ${src.length} characters (limit ${MAX_LENGTH})`);
  if (src.trim() === '') fail('empty expression');
  checkBrackets(src, fail);
  let node: MathNode;
  try {
    node = mathParse(src);
  } catch (e) {
    return fail(`malformed expression: ${(e as Error).message.split('\n')[0]}`);
  }
  const fns = { ...BUILTINS, ...(opts.functions ?? {}) };
  return convert(node, fns, 0, fail);
}

function convert(node: MathNode, fns: Record<string, number>, depth: number, fail: (m: string) => never): Expr {
  if (depth > MAX_DEPTH) fail(`expression nested deeper than ${MAX_DEPTH}`);
  const rec = (n: MathNode): Expr => convert(n, fns, depth + 1, fail);
  const n = node as MathNode & Record<string, any>;
  switch (n.type) {
    case 'ParenthesisNode': return rec(n.content);
    case 'ConstantNode': {
      if (typeof n.value !== 'number' || !Number.isFinite(n.value)) fail(`constant '${clip(String(n.value))}' is not allowed (only finite numbers)`);
      return { t: 'num', q: Q.parse(String(n.value)) };
    }
    case 'SymbolNode': {
      const name = n.name as string;
      if (!NAME.test(name)) fail(`symbol '${clip(name)}' is not allowed (names are letters and digits)`);
      if (DANGEROUS.includes(name)) fail(`symbol '${name}' is not allowed`);
      if (name in fns) fail(`'${name}' is a function and needs arguments`);
      return { t: 'sym', name };
    }
    case 'OperatorNode': {
      const op = OPS[n.fn as string];
      if (n.fn === 'unaryPlus') return rec(n.args[0]);
      if (!op) fail(`operator '${n.op}' is not allowed (allowed: + - * / ^ and unary -)`);
      const args = (n.args as MathNode[]).map(rec);
      if (op !== 'neg' && args.length !== 2) fail(`operator '${n.op}' needs two operands`);
      return { t: 'op', op: op!, args };
    }
    case 'FunctionNode': {
      const f = n.fn as MathNode & Record<string, any>;
      if (f.type !== 'SymbolNode') fail(`call of '${clip(f.toString())}' is not allowed`);
      const name = f.name as string;
      if (DANGEROUS.includes(name)) fail(`function '${name}' is not allowed`);
      const arity = fns[name];
      if (arity === undefined) fail(`unknown function '${clip(name)}' (allowed: ${Object.keys(fns).join(', ')})`);
      const raw = n.args as MathNode[];
      if (raw.length !== arity) fail(`function '${name}' takes ${arity} argument(s), got ${raw.length}`);
      if (name === 'sum') {
        const v = raw[0]! as MathNode & Record<string, any>;
        if (v.type !== 'SymbolNode' || !NAME.test(v.name)) fail(`sum: first argument must be an index name, got '${clip(v.toString())}'`);
        return { t: 'sum', v: v.name, lo: rec(raw[1]!), hi: rec(raw[2]!), body: rec(raw[3]!) };
      }
      return { t: 'fn', name, args: raw.map(rec) };
    }
    case 'AccessorNode': {
      const obj = n.object as MathNode & Record<string, any>;
      if (obj.type !== 'SymbolNode' || !NAME.test(obj.name) || obj.name in fns || DANGEROUS.includes(obj.name)) fail(`indexing of '${clip(obj.toString())}' is not allowed (only variables like b[i,k])`);
      const dims = (n.index.dimensions as (MathNode & Record<string, any>)[]).map((d) => {
        if (d.type === 'SymbolNode' && NAME.test(d.name)) return { t: 'sym', name: d.name } as Expr;
        if (d.type === 'ConstantNode' && Number.isInteger(d.value) && d.value >= 0) return { t: 'num', q: Q.of(d.value as number) } as Expr;
        if (d.type === 'OperatorNode' || d.type === 'ParenthesisNode') return rec(d);
        return fail(`index '${clip(d.toString())}' of '${obj.name}' is not allowed (an index name or an integer)`);
      });
      return { t: 'sym', name: obj.name, idx: dims };
    }
    default:
      return fail(`${n.type.replace(/Node$/, '').toLowerCase()} '${clip(n.toString())}' is not allowed`);
  }
}
