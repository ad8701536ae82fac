/**
 * The only door from user text into the symbolic layer. A private mathjs instance parses (numbers as
 * BigNumber, so a literal keeps every digit and becomes an exact rational, never a float64); the
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
    const math = create(all, { number: 'BigNumber' });
    const parse = math.parse;
    math.import(Object.fromEntries(DANGEROUS.map((n) => [n, disabled(n)])), { override: true });
    lockedParse = (s) => parse(s);
  }
  return lockedParse(src);
}

export const MAX_LENGTH = 5000;
/** A literal's decimal exponent: 1e-400 is exact, 1e100000000 would be a 100-million-digit integer. */
export const MAX_LITERAL_EXPONENT = 10_000;

/** Constants of the language: `e` is read as exp(1) (and e^x as exp(x)), `pi` as π. */
export const CONSTANTS: ReadonlySet<string> = new Set(['e', 'pi']);

/**
 * Names a derivation may not use as variables, indices, sizes or functions, with the reason.
 * Built-in functions and the dangerous mathjs names are reserved too (see reservedName).
 */
const RESERVED: Readonly<Record<string, string>> = {
  e: 'the constant e = exp(1)',
  pi: 'the constant π',
  Infinity: 'only a limit value (a step whose whole expression is Infinity)',
  NaN: 'not a number', true: 'a boolean', false: 'a boolean', null: 'not a number', undefined: 'not a number',
  E: "mathjs's e: write e", PI: "mathjs's π: write pi", LN2: 'a mathjs constant: write log(2)', LN10: 'a mathjs constant: write log(10)',
  LOG2E: 'a mathjs constant', LOG10E: 'a mathjs constant', SQRT2: 'a mathjs constant: write sqrt(2)', SQRT1_2: 'a mathjs constant',
};

/** Why `name` cannot name a variable, index, size or function (undefined when it can). */
export function reservedName(name: string): string | undefined {
  if (Object.hasOwn(RESERVED, name)) return `'${name}' is reserved (${RESERVED[name]})`;
  if (Object.hasOwn(BUILTINS, name)) return `'${name}' is reserved (a built-in function)`;
  if (DANGEROUS.includes(name)) return `'${name}' is reserved (a disabled mathjs function)`;
  if (!NAME.test(name)) return `'${clip(name)}' is not a valid name (letters and digits, starting with a letter)`;
  return undefined;
}

/** Throws a one-line UserError when `name` (a variable, index, size or function a derivation declares) is reserved. */
export function checkName(name: string, what: string): void {
  const why = reservedName(name);
  if (why) throw new UserError(`${what}: ${why}; choose another name`);
}
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

// One line, at most 40 characters: mathjs prints blocks (`x; y`) across lines.
const clip = (raw: string): string => {
  const s = raw.replace(/\s+/g, ' ');
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
};

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
  // A UserError is one line, whatever text the message quotes.
  const fail = (m: string): never => { throw new UserError(`${where}${m}`.replace(/\s*\n\s*/g, ' ')); };
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
  const fns = new Map<string, number>([...Object.entries(BUILTINS), ...Object.entries(opts.functions ?? {})]);
  checkImplicit(node, fail);
  return convert(node, fns, 0, fail);
}

function convert(node: MathNode, fns: ReadonlyMap<string, number>, depth: number, fail: (m: string) => never): Expr {
  if (depth > MAX_DEPTH) fail(`expression nested deeper than ${MAX_DEPTH}`);
  const rec = (n: MathNode): Expr => convert(n, fns, depth + 1, fail);
  const n = node as MathNode & Record<string, any>;
  switch (n.type) {
    case 'ParenthesisNode': return rec(n.content);
    case 'ConstantNode': {
      return { t: 'num', q: literal(n.value, fail) };
    }
    case 'SymbolNode': {
      const name = n.name as string;
      if (!NAME.test(name)) fail(`symbol '${clip(name)}' is not allowed (names are letters and digits)`);
      if (DANGEROUS.includes(name)) fail(`symbol '${name}' is not allowed`);
      if (fns.has(name)) fail(`'${name}' is a function and needs arguments`);
      if (name === 'e') return { t: 'fn', name: 'exp', args: [{ t: 'num', q: Q.ONE }] };
      if (name === 'pi') return { t: 'sym', name };
      const why = reservedName(name);
      if (why) fail(`${why}: it cannot be a variable`);
      return { t: 'sym', name };
    }
    case 'OperatorNode': {
      const op = OPS[n.fn as string];
      if (n.fn === 'unaryPlus') return rec(n.args[0]);
      if (!op) fail(`operator '${n.op}' is not allowed (allowed: + - * / ^ and unary -)`);
      if (op === '^' && isSymbol(n.args[0], 'e')) return { t: 'fn', name: 'exp', args: [rec(n.args[1])] }; // e^x is exp(x)
      const args = (n.args as MathNode[]).map(rec);
      if (op !== 'neg' && args.length !== 2) fail(`operator '${n.op}' needs two operands`);
      return { t: 'op', op: op!, args };
    }
    case 'FunctionNode': {
      const f = n.fn as MathNode & Record<string, any>;
      if (f.type !== 'SymbolNode') fail(`call of '${clip(f.toString())}' is not allowed`);
      const name = f.name as string;
      if (DANGEROUS.includes(name)) fail(`function '${name}' is not allowed`);
      const arity = fns.get(name);
      if (arity === undefined) fail(`unknown function '${clip(name)}' (allowed: ${[...fns.keys()].join(', ')})${fns.size && /^[A-Za-z][A-Za-z0-9]*$/.test(name) ? `; for a product write ${name}*(...)` : ''}`);
      const raw = n.args as MathNode[];
      if (raw.length !== arity) fail(`function '${name}' takes ${arity} argument(s), got ${raw.length}`);
      if (name === 'sum') {
        const v = raw[0]! as MathNode & Record<string, any>;
        if (v.type !== 'SymbolNode' || !NAME.test(v.name)) fail(`sum: first argument must be an index name, got '${clip(v.toString())}'`);
        const why = reservedName(v.name);
        if (why) fail(`sum: ${why}: it cannot be an index`);
        return { t: 'sum', v: v.name, lo: rec(raw[1]!), hi: rec(raw[2]!), body: rec(raw[3]!) };
      }
      return { t: 'fn', name, args: raw.map(rec) };
    }
    case 'AccessorNode': {
      const obj = n.object as MathNode & Record<string, any>;
      if (obj.type !== 'SymbolNode' || reservedName(obj.name) || fns.has(obj.name)) fail(`indexing of '${clip(obj.toString())}' is not allowed (only variables like b[i,k])`);
      const dims = (n.index.dimensions as (MathNode & Record<string, any>)[]).map((d) => {
        if (d.type === 'SymbolNode' && !reservedName(d.name)) return { t: 'sym', name: d.name } as Expr;
        if (d.type === 'ConstantNode') {
          const q = literal(d.value, fail);
          if (q.den === 1n && q.num >= 0n && q.num <= BigInt(Number.MAX_SAFE_INTEGER)) return { t: 'num', q } as Expr;
        }
        if (d.type === 'OperatorNode' || d.type === 'ParenthesisNode') return rec(d);
        return fail(`index '${clip(d.toString())}' of '${obj.name}' is not allowed (an index name or an integer)`);
      });
      return { t: 'sym', name: obj.name, idx: dims };
    }
    default:
      return fail(`${n.type.replace(/Node$/, '').toLowerCase()} '${clip(n.toString())}' is not allowed`);
  }
}

/** mathjs marks its BigNumber (decimal.js) class with isBigNumber. */
const isBigNumber = (v: unknown): v is { e: number; isFinite(): boolean; toString(): string } => typeof v === 'object' && v !== null && (v as { isBigNumber?: boolean }).isBigNumber === true;

const isSymbol = (node: MathNode, name: string): boolean => node.type === 'SymbolNode' && (node as MathNode & { name: string }).name === name;

/** The exact rational of a literal (mathjs BigNumber, every digit kept), within the exponent bound. */
function literal(v: unknown, fail: (m: string) => never): Q {
  if (typeof v === 'number' && !Number.isNaN(v)) return fail(`'Infinity' is reserved (${RESERVED.Infinity})`);
  if (!isBigNumber(v)) return fail(`constant '${clip(String(v))}' is not allowed (only numbers)`);
  if (!v.isFinite()) return fail(`constant '${clip(v.toString())}' is not allowed (only finite numbers)`);
  const text = v.toString();
  if (Math.abs(v.e) > MAX_LITERAL_EXPONENT) fail(`literal '${clip(text)}' is out of range (decimal exponent ${v.e}; the limit is ±${MAX_LITERAL_EXPONENT})`);
  return Q.parse(text);
}

/**
 * Implicit multiplication is accepted only where it cannot be misread. mathjs binds it tighter than
 * '/' in some places (`L/2 x^2` is L/(2·x²)) and not in others (`1/2x` is x/2); a reader expects
 * left to right. In each chain of * and / (brackets end a chain) we compare which factors end up
 * in the numerator and which in the denominator under mathjs's reading and under left-to-right
 * reading: when they differ, the text is rejected with both readings.
 */
function checkImplicit(root: MathNode, fail: (m: string) => never): void {
  const isMulDiv = (n: MathNode): n is MathNode & { fn: string; args: MathNode[]; implicit?: boolean } =>
    n.type === 'OperatorNode' && ((n as any).fn === 'multiply' || (n as any).fn === 'divide') && (n as any).args.length === 2;
  const txt = (n: MathNode): string => n.toString({ parenthesis: 'all', implicit: 'show' });
  const wrap = (n: MathNode): string => (n.type === 'SymbolNode' || n.type === 'ConstantNode' || n.type === 'FunctionNode' || n.type === 'ParenthesisNode' ? txt(n) : `(${txt(n)})`);
  const visit = (n: MathNode): void => {
    if (isMulDiv(n)) {
      const operands: MathNode[] = [], ops: string[] = [];
      let implicit = false;
      const walk = (x: MathNode): void => {
        if (!isMulDiv(x)) { operands.push(x); return; }
        if (x.implicit) implicit = true;
        walk(x.args[0]!); ops.push(x.fn === 'multiply' ? '*' : '/'); walk(x.args[1]!);
      };
      walk(n);
      if (implicit) {
        const parts = (x: MathNode, up: boolean, out: { num: string[]; den: string[] }): void => {
          if (!isMulDiv(x)) { (up ? out.num : out.den).push(txt(x)); return; }
          parts(x.args[0]!, up, out); parts(x.args[1]!, x.fn === 'multiply' ? up : !up, out);
        };
        const tree = { num: [] as string[], den: [] as string[] };
        parts(n, true, tree);
        const ltr = { num: [txt(operands[0]!)], den: [] as string[] };
        ops.forEach((o, k) => (o === '*' ? ltr.num : ltr.den).push(txt(operands[k + 1]!)));
        const key = (p: { num: string[]; den: string[] }): string => JSON.stringify([[...p.num].sort(), [...p.den].sort()]);
        if (key(tree) !== key(ltr)) {
          const left = operands.slice(1).reduce((acc, x, k) => `(${acc} ${ops[k]} ${wrap(x)})`, wrap(operands[0]!)).slice(1, -1);
          fail(`implicit multiplication is ambiguous in '${clip(n.toString())}': mathjs reads ${txt(n)}, left to right it is ${left}; write * explicitly`);
        }
      }
      operands.forEach(visit);
      return;
    }
    n.forEach((c) => visit(c));
  };
  visit(root);
}
