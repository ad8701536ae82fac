import {
  checkClaimSpec,
  isObject,
  piValue,
  precision,
  sigmoidNeg,
  softplusNeg
} from "./chunk-LVUM6PTI.js";
import {
  Q
} from "./chunk-GAT5BCTC.js";
import {
  UserError
} from "./chunk-RYYXEEND.js";

// dist/symbolic/ast.js
var num = (q) => ({ t: "num", q: q instanceof Q ? q : Q.of(q) });
var sym = (name) => ({ t: "sym", name });
var fn = (name, ...args) => ({ t: "fn", name, args });
var isNum = (e, v) => e.t === "num" && e.q.eq(Q.of(v));
function add(a, b) {
  if (isNum(a, 0))
    return b;
  if (isNum(b, 0))
    return a;
  if (a.t === "num" && b.t === "num")
    return num(a.q.add(b.q));
  return { t: "op", op: "+", args: [a, b] };
}
function sub(a, b) {
  if (isNum(b, 0))
    return a;
  if (isNum(a, 0))
    return neg(b);
  return { t: "op", op: "-", args: [a, b] };
}
function mul(a, b) {
  if (isNum(a, 0) || isNum(b, 0))
    return num(0);
  if (isNum(a, 1))
    return b;
  if (isNum(b, 1))
    return a;
  if (a.t === "num" && b.t === "num")
    return num(a.q.mul(b.q));
  return { t: "op", op: "*", args: [a, b] };
}
function div(a, b) {
  if (isNum(b, 1))
    return a;
  if (isNum(a, 0))
    return { t: "op", op: "/", args: [a, b] };
  return { t: "op", op: "/", args: [a, b] };
}
function neg(a) {
  if (a.t === "num")
    return num(a.q.neg());
  return { t: "op", op: "neg", args: [a] };
}
function pow(a, b) {
  if (isNum(b, 1))
    return a;
  return { t: "op", op: "^", args: [a, b] };
}
function mentions(e, name) {
  switch (e.t) {
    case "num":
      return false;
    case "sym":
      return e.name === name;
    case "op":
    case "fn":
      return e.args.some((a) => mentions(a, name));
    case "sum":
      return mentions(e.lo, name) || mentions(e.hi, name) || mentions(e.body, name);
  }
}
function substitute(e, subs) {
  switch (e.t) {
    case "num":
      return e;
    case "sym":
      return subs.get(e.name) ?? e;
    case "op":
      return { t: "op", op: e.op, args: e.args.map((a) => substitute(a, subs)) };
    case "fn":
      return { t: "fn", name: e.name, args: e.args.map((a) => substitute(a, subs)) };
    case "sum":
      return { ...e, body: substitute(e.body, subs) };
  }
}
var PREC = { "+": 1, "-": 1, "*": 2, "/": 2, neg: 3, "^": 4 };
function show(e, outer = 0) {
  switch (e.t) {
    case "num": {
      const s = e.q.toString();
      return e.q.sign() < 0 || s.includes("/") ? outer > 0 ? `(${s})` : s : s;
    }
    case "sym":
      return e.idx ? `${e.name}[${e.idx.map((x) => show(x)).join(",")}]` : e.name;
    case "fn":
      return `${e.name}(${e.args.map((a) => show(a)).join(", ")})`;
    case "sum":
      return `sum(${e.v}, ${show(e.lo)}, ${show(e.hi)}, ${show(e.body)})`;
    case "op": {
      const p2 = PREC[e.op];
      let s;
      if (e.op === "neg")
        s = `-${show(e.args[0], p2)}`;
      else if (e.op === "^")
        s = `${show(e.args[0], p2 + 1)}^${show(e.args[1], p2)}`;
      else
        s = `${show(e.args[0], p2)} ${e.op} ${show(e.args[1], e.op === "-" || e.op === "/" ? p2 + 1 : p2)}`;
      return p2 < outer || p2 === outer && outer > 0 && e.op !== "+" && e.op !== "*" ? `(${s})` : s;
    }
  }
}
function bracketed(e, top = true) {
  switch (e.t) {
    case "num": {
      const s = e.q.toString();
      return !top && (e.q.sign() < 0 || s.includes("/")) ? `(${s})` : s;
    }
    case "sym":
      return e.idx ? `${e.name}[${e.idx.map((x) => bracketed(x)).join(",")}]` : e.name;
    case "fn":
      return `${e.name}(${e.args.map((a) => bracketed(a)).join(", ")})`;
    case "sum":
      return `sum(${e.v}, ${bracketed(e.lo)}, ${bracketed(e.hi)}, ${bracketed(e.body)})`;
    case "op": {
      const s = e.op === "neg" ? `-${bracketed(e.args[0], false)}` : `${bracketed(e.args[0], false)} ${e.op} ${bracketed(e.args[1], false)}`;
      return top ? s : `(${s})`;
    }
  }
}

// dist/symbolic/parse.js
import { createRequire } from "node:module";
var disabled = (name) => () => {
  throw new Error(`${name} is disabled`);
};
var DANGEROUS = ["import", "createUnit", "evaluate", "parse", "simplify", "derivative", "resolve", "reviver", "compile"];
var lockedParse;
function mathParse(src) {
  if (!lockedParse) {
    const { create, all } = createRequire(import.meta.url)("mathjs");
    const math = create(all, { number: "BigNumber" });
    const parse = math.parse;
    math.import(Object.fromEntries(DANGEROUS.map((n) => [n, disabled(n)])), { override: true });
    lockedParse = (s) => parse(s);
  }
  return lockedParse(src);
}
var MAX_LENGTH = 5e3;
var MAX_LITERAL_EXPONENT = 1e4;
var CONSTANTS = /* @__PURE__ */ new Set(["e", "pi"]);
var RESERVED = {
  e: "the constant e = exp(1)",
  pi: "the constant \u03C0",
  Infinity: "only a limit value (a step whose whole expression is Infinity)",
  NaN: "not a number",
  true: "a boolean",
  false: "a boolean",
  null: "not a number",
  undefined: "not a number",
  E: "mathjs's e: write e",
  PI: "mathjs's \u03C0: write pi",
  LN2: "a mathjs constant: write log(2)",
  LN10: "a mathjs constant: write log(10)",
  LOG2E: "a mathjs constant",
  LOG10E: "a mathjs constant",
  SQRT2: "a mathjs constant: write sqrt(2)",
  SQRT1_2: "a mathjs constant"
};
function reservedName(name) {
  if (Object.hasOwn(RESERVED, name))
    return `'${name}' is reserved (${RESERVED[name]})`;
  if (Object.hasOwn(BUILTINS, name))
    return `'${name}' is reserved (a built-in function)`;
  if (DANGEROUS.includes(name))
    return `'${name}' is reserved (a disabled mathjs function)`;
  if (!NAME.test(name))
    return `'${clip(name)}' is not a valid name (letters and digits, starting with a letter)`;
  return void 0;
}
function checkName(name, what) {
  const why = reservedName(name);
  if (why)
    throw new UserError(`${what}: ${why}; choose another name`);
}
var MAX_NESTING = 100;
var MAX_DEPTH = 1e3;
var BUILTINS = {
  exp: 1,
  log: 1,
  sqrt: 1,
  abs: 1,
  /** σ(z) = 1/(1 + e^{−z}) */
  sigma: 1,
  /** softplus(z) = log(1 + e^z) */
  softplus: 1,
  /** perc(m) = lim_{γ→∞} σ(−γm): 1 for m < 0, 1/2 for m = 0, 0 for m > 0 (derivation tyurin2025/sigmoid-limit). */
  perc: 1,
  sum: 4
};
var OPS = { add: "+", subtract: "-", multiply: "*", divide: "/", pow: "^", unaryMinus: "neg" };
var NAME = /^[A-Za-z][A-Za-z0-9]*$/;
var clip = (raw) => {
  const s = raw.replace(/\s+/g, " ");
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
};
function checkBrackets(src, fail) {
  const stack = [];
  const pairs = { ")": "(", "]": "[", "}": "{" };
  for (let k = 0; k < src.length; k++) {
    const ch = src[k];
    if (ch === "(" || ch === "[" || ch === "{") {
      stack.push({ ch, at: k + 1 });
      if (stack.length > MAX_NESTING)
        fail(`brackets nested deeper than ${MAX_NESTING} at char ${k + 1}`);
    } else if (ch in pairs) {
      const top = stack.pop();
      if (!top)
        fail(`unbalanced parentheses: '${ch}' at char ${k + 1} has no opening bracket`);
      if (top.ch !== pairs[ch])
        fail(`unbalanced parentheses: '${top.ch}' at char ${top.at} is closed by '${ch}' at char ${k + 1}`);
    }
  }
  const open = stack.pop();
  if (open)
    fail(`unbalanced parentheses: '${open.ch}' at char ${open.at} is never closed`);
}
function parseExpr(src, opts = {}) {
  const where = opts.where ? `${opts.where}: ` : "";
  const fail = (m) => {
    throw new UserError(`${where}${m}`.replace(/\s*\n\s*/g, " "));
  };
  if (typeof src !== "string")
    fail("expression must be a string");
  if (src.length > MAX_LENGTH)
    fail(`expression too long: ${src.length} characters (limit ${MAX_LENGTH})`);
  if (src.trim() === "")
    fail("empty expression");
  checkBrackets(src, fail);
  let node;
  try {
    node = mathParse(src);
  } catch (e) {
    return fail(`malformed expression: ${e.message.split("\n")[0]}`);
  }
  const fns = new Map([...Object.entries(BUILTINS), ...Object.entries(opts.functions ?? {})]);
  checkImplicit(node, fail);
  return convert(node, fns, 0, fail);
}
function convert(node, fns, depth, fail) {
  if (depth > MAX_DEPTH)
    fail(`expression nested deeper than ${MAX_DEPTH}`);
  const rec = (n2) => convert(n2, fns, depth + 1, fail);
  const n = node;
  switch (n.type) {
    case "ParenthesisNode":
      return rec(n.content);
    case "ConstantNode": {
      return { t: "num", q: literal(n.value, fail) };
    }
    case "SymbolNode": {
      const name = n.name;
      if (!NAME.test(name))
        fail(`symbol '${clip(name)}' is not allowed (names are letters and digits)`);
      if (DANGEROUS.includes(name))
        fail(`symbol '${name}' is not allowed`);
      if (fns.has(name))
        fail(`'${name}' is a function and needs arguments`);
      if (name === "e")
        return { t: "fn", name: "exp", args: [{ t: "num", q: Q.ONE }] };
      if (name === "pi")
        return { t: "sym", name };
      const why = reservedName(name);
      if (why)
        fail(`${why}: it cannot be a variable`);
      return { t: "sym", name };
    }
    case "OperatorNode": {
      const op = OPS[n.fn];
      if (n.fn === "unaryPlus")
        return rec(n.args[0]);
      if (!op)
        fail(`operator '${n.op}' is not allowed (allowed: + - * / ^ and unary -)`);
      if (op === "^" && isSymbol(n.args[0], "e"))
        return { t: "fn", name: "exp", args: [rec(n.args[1])] };
      const args = n.args.map(rec);
      if (op !== "neg" && args.length !== 2)
        fail(`operator '${n.op}' needs two operands`);
      return { t: "op", op, args };
    }
    case "FunctionNode": {
      const f = n.fn;
      if (f.type !== "SymbolNode")
        fail(`call of '${clip(f.toString())}' is not allowed`);
      const name = f.name;
      if (DANGEROUS.includes(name))
        fail(`function '${name}' is not allowed`);
      const arity = fns.get(name);
      if (arity === void 0)
        fail(`unknown function '${clip(name)}' (allowed: ${[...fns.keys()].join(", ")})${fns.size && /^[A-Za-z][A-Za-z0-9]*$/.test(name) ? `; for a product write ${name}*(...)` : ""}`);
      const raw = n.args;
      if (raw.length !== arity)
        fail(`function '${name}' takes ${arity} argument(s), got ${raw.length}`);
      if (name === "sum") {
        const v = raw[0];
        if (v.type !== "SymbolNode" || !NAME.test(v.name))
          fail(`sum: first argument must be an index name, got '${clip(v.toString())}'`);
        const why = reservedName(v.name);
        if (why)
          fail(`sum: ${why}: it cannot be an index`);
        return { t: "sum", v: v.name, lo: rec(raw[1]), hi: rec(raw[2]), body: rec(raw[3]) };
      }
      return { t: "fn", name, args: raw.map(rec) };
    }
    case "AccessorNode": {
      const obj = n.object;
      if (obj.type !== "SymbolNode" || reservedName(obj.name) || fns.has(obj.name))
        fail(`indexing of '${clip(obj.toString())}' is not allowed (only variables like b[i,k])`);
      const dims = n.index.dimensions.map((d) => {
        if (d.type === "SymbolNode" && !reservedName(d.name))
          return { t: "sym", name: d.name };
        if (d.type === "ConstantNode") {
          const q = literal(d.value, fail);
          if (q.den === 1n && q.num >= 0n && q.num <= BigInt(Number.MAX_SAFE_INTEGER))
            return { t: "num", q };
        }
        if (d.type === "OperatorNode" || d.type === "ParenthesisNode")
          return rec(d);
        return fail(`index '${clip(d.toString())}' of '${obj.name}' is not allowed (an index name or an integer)`);
      });
      return { t: "sym", name: obj.name, idx: dims };
    }
    default:
      return fail(`${n.type.replace(/Node$/, "").toLowerCase()} '${clip(n.toString())}' is not allowed`);
  }
}
var isBigNumber = (v) => typeof v === "object" && v !== null && v.isBigNumber === true;
var isSymbol = (node, name) => node.type === "SymbolNode" && node.name === name;
function literal(v, fail) {
  if (typeof v === "number" && !Number.isNaN(v))
    return fail(`'Infinity' is reserved (${RESERVED.Infinity})`);
  if (!isBigNumber(v))
    return fail(`constant '${clip(String(v))}' is not allowed (only numbers)`);
  if (!v.isFinite())
    return fail(`constant '${clip(v.toString())}' is not allowed (only finite numbers)`);
  const text = v.toString();
  if (Math.abs(v.e) > MAX_LITERAL_EXPONENT)
    fail(`literal '${clip(text)}' is out of range (decimal exponent ${v.e}; the limit is \xB1${MAX_LITERAL_EXPONENT})`);
  return Q.parse(text);
}
function checkImplicit(root, fail) {
  const isMulDiv = (n) => n.type === "OperatorNode" && (n.fn === "multiply" || n.fn === "divide") && n.args.length === 2;
  const txt = (n) => n.toString({ parenthesis: "all", implicit: "show" });
  const wrap = (n) => n.type === "SymbolNode" || n.type === "ConstantNode" || n.type === "FunctionNode" || n.type === "ParenthesisNode" ? txt(n) : `(${txt(n)})`;
  const visit = (n) => {
    if (isMulDiv(n)) {
      const operands = [], ops = [];
      let implicit = false;
      const walk = (x) => {
        if (!isMulDiv(x)) {
          operands.push(x);
          return;
        }
        if (x.implicit)
          implicit = true;
        walk(x.args[0]);
        ops.push(x.fn === "multiply" ? "*" : "/");
        walk(x.args[1]);
      };
      walk(n);
      if (implicit) {
        const parts = (x, up, out) => {
          if (!isMulDiv(x)) {
            (up ? out.num : out.den).push(txt(x));
            return;
          }
          parts(x.args[0], up, out);
          parts(x.args[1], x.fn === "multiply" ? up : !up, out);
        };
        const tree = { num: [], den: [] };
        parts(n, true, tree);
        const ltr = { num: [txt(operands[0])], den: [] };
        ops.forEach((o, k) => (o === "*" ? ltr.num : ltr.den).push(txt(operands[k + 1])));
        const key = (p2) => JSON.stringify([[...p2.num].sort(), [...p2.den].sort()]);
        if (key(tree) !== key(ltr)) {
          const left = operands.slice(1).reduce((acc, x, k) => `(${acc} ${ops[k]} ${wrap(x)})`, wrap(operands[0])).slice(1, -1);
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

// dist/symbolic/budget.js
var STEP_SECONDS = 30;
var Exhausted = class extends Error {
};
var deadline = Infinity;
var count = 0;
function withDeadline(seconds, f) {
  const outer = deadline;
  deadline = Math.min(outer, Date.now() + seconds * 1e3);
  try {
    return f();
  } finally {
    deadline = outer;
  }
}
function tick() {
  if ((++count & 255) === 0 && Date.now() > deadline)
    throw new Exhausted(`exhausted the time bound of ${STEP_SECONDS} s per step`);
}

// dist/symbolic/expand.js
function intValue(e, env, what) {
  const bad = () => {
    throw new UserError(`${what}: index '${showIdx(e)}' is not a known integer (free index without a range?)`);
  };
  switch (e.t) {
    case "num":
      if (e.q.den !== 1n || e.q.abs().cmp(Q.of(Number.MAX_SAFE_INTEGER)) > 0)
        bad();
      return Number(e.q.num);
    case "sym": {
      const v = env.get(e.name);
      if (!v || v.den !== 1n || e.idx)
        return bad();
      return Number(v.num);
    }
    case "op": {
      const [a, b] = e.args.map((x) => intValue(x, env, what));
      const r = e.op === "+" ? a + b : e.op === "-" ? a - b : e.op === "*" ? a * b : e.op === "neg" ? -a : e.op === "^" && b >= 0 && b <= 64 ? a ** b : bad();
      if (!Number.isSafeInteger(r))
        bad();
      return r;
    }
    default:
      return bad();
  }
}
var showIdx = (e) => e.t === "sym" ? e.name : e.t === "num" ? e.q.toString() : "\u2026";
var indexedName = (base, idx) => idx.length ? `${base}[${idx.join(",")}]` : base;
var MAX_TERMS = 1e4;
var MAX_NODES = 2e5;
function expand(e, env, what = "expression", budget = { nodes: 0 }) {
  tick();
  if (++budget.nodes > MAX_NODES)
    throw new UserError(`${what}: expanding the sums gives more than ${MAX_NODES} nodes (nested sums over large ranges?)`);
  switch (e.t) {
    case "num":
      return e;
    case "sym": {
      if (e.idx)
        return { t: "sym", name: indexedName(e.name, e.idx.map((x) => intValue(x, env, what))) };
      const c = env.get(e.name);
      return c ? { t: "num", q: c } : e;
    }
    case "op":
      return { t: "op", op: e.op, args: e.args.map((a) => expand(a, env, what, budget)) };
    case "fn":
      return { t: "fn", name: e.name, args: e.args.map((a) => expand(a, env, what, budget)) };
    case "sum": {
      const lo = intValue(e.lo, env, what), hi = intValue(e.hi, env, what);
      if (hi - lo + 1 > MAX_TERMS)
        throw new UserError(`${what}: sum over ${e.v} has ${hi - lo + 1} terms (limit ${MAX_TERMS})`);
      if (hi < lo)
        return { t: "num", q: Q.ZERO };
      const terms = [];
      for (let v = lo; v <= hi; v++) {
        const inner = new Map(env);
        inner.set(e.v, Q.of(v));
        terms.push(expand(e.body, inner, what, budget));
      }
      return balancedSum(terms);
    }
  }
}
function balancedSum(terms) {
  if (terms.length === 1)
    return terms[0];
  const mid = terms.length >> 1;
  return { t: "op", op: "+", args: [balancedSum(terms.slice(0, mid)), balancedSum(terms.slice(mid))] };
}
function freeIndices(e, bound = /* @__PURE__ */ new Set(), out = /* @__PURE__ */ new Set()) {
  const idxNames = (x) => {
    if (x.t === "sym" && !x.idx) {
      if (!bound.has(x.name))
        out.add(x.name);
    } else if (x.t === "op")
      x.args.forEach(idxNames);
  };
  switch (e.t) {
    case "sym":
      e.idx?.forEach(idxNames);
      break;
    case "op":
    case "fn":
      e.args.forEach((a) => freeIndices(a, bound, out));
      break;
    case "sum": {
      idxNames(e.lo);
      idxNames(e.hi);
      freeIndices(e.body, /* @__PURE__ */ new Set([...bound, e.v]), out);
      break;
    }
    default:
      break;
  }
  return out;
}

// dist/symbolic/poly.js
var monoKey = (m) => [...m.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([a, e]) => e === 1 ? a : `${a}^${e}`).join("*");
var EMPTY = /* @__PURE__ */ new Map();
var constPoly = (c) => c.isZero() ? /* @__PURE__ */ new Map() : /* @__PURE__ */ new Map([["", { c, m: EMPTY }]]);
var atomPoly = (a, e = 1) => {
  const m = /* @__PURE__ */ new Map([[a, e]]);
  return /* @__PURE__ */ new Map([[monoKey(m), { c: Q.ONE, m }]]);
};
function padd(p2, q, sign = 1) {
  const out = new Map(p2);
  for (const [k, t] of q) {
    const c = sign === 1 ? t.c : t.c.neg();
    const prev = out.get(k);
    const s = prev ? prev.c.add(c) : c;
    if (s.isZero())
      out.delete(k);
    else
      out.set(k, { c: s, m: t.m });
  }
  return out;
}
var MAX_TERMS2 = 2e5;
function pmul(p2, q) {
  if (p2.size * q.size > MAX_TERMS2)
    throw new RangeError(`normal form too large (${p2.size}\xD7${q.size} terms)`);
  const out = /* @__PURE__ */ new Map();
  for (const a of p2.values())
    for (const b of q.values()) {
      tick();
      const m = new Map(a.m);
      for (const [x, e] of b.m)
        m.set(x, (m.get(x) ?? 0) + e);
      const k = monoKey(m);
      const prev = out.get(k);
      const c = prev ? prev.c.add(a.c.mul(b.c)) : a.c.mul(b.c);
      if (c.isZero())
        out.delete(k);
      else
        out.set(k, { c, m });
    }
  return out;
}
function ppow(p2, n) {
  let r = constPoly(Q.ONE);
  for (let k = 0; k < n; k++)
    r = pmul(r, p2);
  return r;
}
var pscale = (p2, c) => c.isZero() ? /* @__PURE__ */ new Map() : new Map([...p2].map(([k, t]) => [k, { c: t.c.mul(c), m: t.m }]));
var pkey = (p2) => p2.size === 0 ? "0" : [...p2.keys()].sort().map((k) => `${p2.get(k).c}${k ? `*${k}` : ""}`).join(" + ");
var constOf = (p2) => p2.size === 0 ? Q.ZERO : p2.size === 1 && p2.has("") ? p2.get("").c : void 0;
var atomsOf = (p2) => new Set([...p2.values()].flatMap((t) => [...t.m.keys()]));
var rconst = (c) => ({ num: constPoly(c), den: constPoly(Q.ONE) });
var ratom = (a) => ({ num: atomPoly(a), den: constPoly(Q.ONE) });
function radd(a, b, sign = 1) {
  if (pkey(a.den) === pkey(b.den))
    return { num: padd(a.num, b.num, sign), den: a.den };
  return { num: padd(pmul(a.num, b.den), pmul(b.num, a.den), sign), den: pmul(a.den, b.den) };
}
var rmul = (a, b) => ({ num: pmul(a.num, b.num), den: pmul(a.den, b.den) });
var rdiv = (a, b) => ({ num: pmul(a.num, b.den), den: pmul(a.den, b.num) });
var rneg = (a) => ({ num: pscale(a.num, Q.ONE.neg()), den: a.den });
function rpow(a, n) {
  const p2 = { num: ppow(a.num, Math.abs(n)), den: ppow(a.den, Math.abs(n)) };
  return n >= 0 ? p2 : { num: p2.den, den: p2.num };
}
function rkey(r) {
  if (r.num.size === 0)
    return "0";
  const lead = [...r.den.keys()].sort()[0];
  const c = lead === void 0 ? Q.ONE : r.den.get(lead).c;
  const n = pkey(pscale(r.num, Q.ONE.div(c))), d = pkey(pscale(r.den, Q.ONE.div(c)));
  return d === "1" ? n : `(${n})/(${d})`;
}
function signMul(a, b) {
  if (a === "zero" || b === "zero")
    return "zero";
  if (a === "unknown" || b === "unknown")
    return "unknown";
  if (a === "nonzero" || b === "nonzero")
    return a === "nonzero" && b === "nonzero" ? "nonzero" : a === "pos" || a === "neg" || b === "pos" || b === "neg" ? "nonzero" : "unknown";
  const strict = (s) => s === "pos" || s === "neg";
  const negative = (s) => s === "neg" || s === "nonpos";
  const base = negative(a) !== negative(b) ? "neg" : "pos";
  return strict(a) && strict(b) ? base : base === "pos" ? "nonneg" : "nonpos";
}
function signAdd(a, b) {
  if (a === "zero")
    return b;
  if (b === "zero")
    return a;
  const up = (s) => s === "pos" || s === "nonneg";
  const down = (s) => s === "neg" || s === "nonpos";
  if (up(a) && up(b))
    return a === "pos" || b === "pos" ? "pos" : "nonneg";
  if (down(a) && down(b))
    return a === "neg" || b === "neg" ? "neg" : "nonpos";
  return "unknown";
}
function signPow(s, e) {
  if (e % 2 === 1)
    return s;
  if (s === "zero")
    return "zero";
  return s === "pos" || s === "neg" || s === "nonzero" ? "pos" : "nonneg";
}
function polySign(p2, atomSign) {
  if (p2.size === 0)
    return "zero";
  let acc = "zero";
  for (const t of p2.values()) {
    let s = t.c.sign() > 0 ? "pos" : "neg";
    for (const [a, e] of t.m)
      s = signMul(s, signPow(atomSign(a), e));
    acc = signAdd(acc, s);
    if (acc === "unknown")
      break;
  }
  if (acc === "unknown" && p2.size === 1) {
    const t = [...p2.values()][0];
    if ([...t.m.keys()].every((a) => {
      const s = atomSign(a);
      return s === "pos" || s === "neg" || s === "nonzero";
    }))
      return "nonzero";
  }
  return acc;
}
function ratSign(r, atomSign) {
  const n = polySign(r.num, atomSign), d = polySign(r.den, atomSign);
  if (d === "zero" || d === "unknown" || d === "nonneg" || d === "nonpos")
    return "unknown";
  return signMul(n, d === "nonzero" ? "nonzero" : d);
}
var isNonzero = (s) => s === "pos" || s === "neg" || s === "nonzero";

// dist/symbolic/normalize.js
var Normalizer = class {
  ctx;
  atoms = /* @__PURE__ */ new Map();
  constructor(ctx) {
    this.ctx = ctx;
  }
  atomSign = (a) => this.atoms.get(a)?.sign ?? "unknown";
  /** Variables the quotient depends on, through its atoms. */
  vars(r) {
    const out = /* @__PURE__ */ new Set();
    for (const a of [...atomsOf(r.num), ...atomsOf(r.den)])
      for (const v of this.atoms.get(a)?.vars ?? [a])
        out.add(v);
    return out;
  }
  /** Variables one atom depends on. */
  atomVars(a) {
    return this.atoms.get(a)?.vars ?? /* @__PURE__ */ new Set([a]);
  }
  sign(r) {
    return ratSign(r, this.atomSign);
  }
  atom(name, sign, vars) {
    if (!this.atoms.has(name))
      this.atoms.set(name, { sign, vars: new Set(vars) });
    return ratom(name);
  }
  varsOf(...rs) {
    const out = /* @__PURE__ */ new Set();
    for (const r of rs)
      for (const v of this.vars(r))
        out.add(v);
    return out;
  }
  norm(e) {
    switch (e.t) {
      case "num":
        return rconst(e.q);
      case "sym": {
        if (e.idx)
          throw new Error(`internal: unexpanded index on ${e.name}`);
        if (e.name === "Infinity")
          throw new Error("Infinity is only a limit value");
        return this.atom(e.name, this.ctx.symbolSign(e.name), [e.name]);
      }
      case "sum":
        throw new Error("internal: unexpanded sum");
      case "op": {
        const [a, b] = e.args.map((x) => this.norm(x));
        switch (e.op) {
          case "+":
            return radd(a, b);
          case "-":
            return radd(a, b, -1);
          case "*":
            return rmul(a, b);
          case "/":
            return rdiv(a, b);
          case "neg":
            return rneg(a);
          case "^": {
            const k = b.den.size === 1 && constOf(b.den)?.eq(Q.ONE) ? constOf(b.num) : void 0;
            if (k && k.den === 1n && k.num >= -64n && k.num <= 64n)
              return rpow(a, Number(k.num));
            const base = constOf(a.den)?.eq(Q.ONE) ? constOf(a.num) : void 0;
            if (k && base && k.den === 1n && !(base.isZero() && k.sign() <= 0)) {
              const bits = (base.num.toString(16).length + base.den.toString(16).length) * 4;
              const kk = k.num < 0n ? -k.num : k.num;
              if (bits * Number(kk) <= 2e5)
                return rconst(qpow(base, k.num));
            }
            const s = this.sign(a);
            return this.atom(`pow\u27E8${rkey(a)};${rkey(b)}\u27E9`, s === "pos" ? "pos" : "unknown", this.varsOf(a, b));
          }
        }
        throw new Error("internal: unknown operator");
      }
      case "fn":
        return this.fn(e.name, e.args.map((x) => this.norm(x)));
    }
  }
  exp(z) {
    const c = constOf(z.den);
    if (c === void 0)
      return this.atom(`exp\u27E8${rkey(z)}\u27E9`, "pos", this.vars(z));
    let out = rconst(Q.ONE);
    for (const t of z.num.values()) {
      const k = t.c.div(c);
      const mono = monoKey(t.m) || "1";
      const vars = this.varsOf({ num: /* @__PURE__ */ new Map([[mono, { c: Q.ONE, m: t.m }]]), den: rconst(Q.ONE).num });
      if (k.den === 1n && k.num >= -64n && k.num <= 64n)
        out = rmul(out, rpow(this.atom(`exp\u27E8${mono}\u27E9`, "pos", vars), Number(k.num)));
      else
        out = rmul(out, this.atom(`exp\u27E8${k}*${mono}\u27E9`, "pos", vars));
    }
    return out;
  }
  fn(name, args) {
    const z = args[0];
    const one = rconst(Q.ONE);
    switch (name) {
      case "exp":
        return this.exp(z);
      case "sigma":
        return rdiv(one, radd(one, this.exp(rneg(z))));
      case "softplus":
        return this.fn("log", [radd(one, this.exp(z))]);
      case "log": {
        if (z.num.size > 0 && pkey(z.num) === pkey(z.den))
          return rconst(Q.ZERO);
        return this.atom(`log\u27E8${rkey(z)}\u27E9`, "unknown", this.vars(z));
      }
      case "sqrt":
        return this.atom(`sqrt\u27E8${rkey(z)}\u27E9`, this.sign(z) === "pos" ? "pos" : "nonneg", this.vars(z));
      case "abs":
        return this.atom(`abs\u27E8${rkey(z)}\u27E9`, isNonzero(this.sign(z)) ? "pos" : "nonneg", this.vars(z));
      case "perc": {
        const s = this.sign(z);
        if (s === "zero" || z.num.size === 0)
          return rconst(Q.HALF);
        if (s === "pos")
          return rconst(Q.ZERO);
        if (s === "neg")
          return one;
        return this.atom(`perc\u27E8${rkey(z)}\u27E9`, "nonneg", this.vars(z));
      }
      default:
        return this.opaque(name, args);
    }
  }
  /** An opaque function (φ, φ'); a cited homogeneity lemma pulls the scale out of its argument. */
  opaque(name, args) {
    let factor = rconst(Q.ONE);
    const h = this.ctx.homogeneous?.get(name);
    if (h && args.length === 1 && this.ctx.symbolSign(h.scale) === "pos") {
      let z = args[0];
      const s = h.scale;
      const divisible = (r) => r.num.size > 0 && [...r.num.values()].every((t) => (t.m.get(s) ?? 0) >= 1) && ![...r.den.values()].some((t) => t.m.has(s));
      while (divisible(z)) {
        z = { num: new Map([...z.num.values()].map((t) => {
          const m = new Map(t.m);
          const e = m.get(s) - 1;
          if (e === 0)
            m.delete(s);
          else
            m.set(s, e);
          return [monoKey(m), { c: t.c, m }];
        })), den: z.den };
        factor = rmul(factor, rpow(ratom(s), h.degree));
      }
      args = [z];
    }
    const key = `${name}\u27E8${args.map(rkey).join(";")}\u27E9`;
    return rmul(factor, this.atom(key, "unknown", this.varsOf(...args)));
  }
};
function proveIdentity(nz, a, b) {
  let ra, rb;
  try {
    ra = nz.norm(a);
    rb = nz.norm(b);
  } catch (e) {
    if (e instanceof Exhausted)
      throw e;
    return { status: "unproven", reason: `normal form failed: ${e.message}` };
  }
  const diff = radd(ra, rb, -1);
  if (diff.num.size !== 0)
    return { status: "unproven", reason: `the difference does not reduce to 0 (${diff.num.size} term(s) left)` };
  for (const d of [ra.den, rb.den]) {
    const s = polySign(d, nz.atomSign);
    if (!isNonzero(s))
      return { status: "unproven", reason: `holds only where the denominator ${clipKey(pkey(d))} is nonzero, which the assumptions do not give` };
  }
  return { status: "proved" };
}
function proveLe(nz, a, b) {
  let diff;
  try {
    diff = radd(nz.norm(b), nz.norm(a), -1);
  } catch (e) {
    if (e instanceof Exhausted)
      throw e;
    return { status: "unproven", reason: `normal form failed: ${e.message}` };
  }
  const s = nz.sign(diff);
  if (s === "pos" || s === "nonneg" || s === "zero")
    return { status: "proved" };
  return { status: "unproven", reason: `the sign of the difference is not manifest (${s})` };
}
var clipKey = (s) => s.length > 60 ? `${s.slice(0, 57)}...` : s;
function qpow(q, k) {
  let r = Q.ONE, b = k < 0n ? Q.ONE.div(q) : q, e = k < 0n ? -k : k;
  while (e > 0n) {
    if (e & 1n)
      r = r.mul(b);
    b = b.mul(b);
    e >>= 1n;
  }
  return r;
}

// dist/symbolic/derivative.js
function differentiate(e, c) {
  const d = (x) => differentiate(x, c);
  switch (e.t) {
    case "num":
      return num(0);
    case "sym":
      return e.name === c.wrt ? num(1) : c.depends?.get(e.name) ?? num(0);
    case "sum":
      throw new Error("internal: unexpanded sum");
    case "op": {
      const [a, b] = e.args;
      switch (e.op) {
        case "+":
          return add(d(a), d(b));
        case "-":
          return sub(d(a), d(b));
        case "neg":
          return neg(d(a));
        case "*":
          return add(mul(d(a), b), mul(a, d(b)));
        case "/":
          return div(sub(mul(d(a), b), mul(a, d(b))), pow(b, num(2)));
        case "^": {
          if (b.t === "num")
            return mul(mul(b, pow(a, num(b.q.sub(Q.ONE)))), d(a));
          return mul(e, add(mul(d(b), fn("log", a)), div(mul(b, d(a)), a)));
        }
      }
      throw new Error("internal: unknown operator");
    }
    case "fn": {
      const a = e.args[0];
      const da = d(a);
      switch (e.name) {
        case "exp":
          return mul(e, da);
        case "log":
          return div(da, a);
        case "sqrt":
          return div(da, mul(num(2), e));
        case "abs":
          return mul(div(a, e), da);
        case "sigma":
          return mul(mul(e, sub(num(1), e)), da);
        case "softplus":
          return mul(fn("sigma", a), da);
        default: {
          if (e.args.length !== 1)
            throw new UserError(`derivative of '${e.name}' with ${e.args.length} arguments is not supported`);
          const dn = c.derivatives?.get(e.name);
          if (dn === void 0) {
            if (da.t === "num" && da.q.isZero())
              return num(0);
            throw new UserError(`no derivative is declared for '${e.name}'`);
          }
          return mul(fn(dn, a), da);
        }
      }
    }
  }
}

// dist/symbolic/evaluate.js
var MAX_EXPONENT = 1e12;
var NotFinite = class extends Error {
};
function evaluate(e, scope, C, models = /* @__PURE__ */ new Map()) {
  tick();
  const ev = (x) => evaluate(x, scope, C, models);
  const ok = (v, what) => {
    if (!v.isFinite())
      throw new NotFinite(`${what} is not finite`);
    if (!v.isZero() && Math.abs(v.e) > MAX_EXPONENT)
      throw new NotFinite(`${what} is beyond 10^\xB1${MAX_EXPONENT.toExponential()}`);
    return v;
  };
  switch (e.t) {
    case "num":
      return new C(e.q.num.toString()).div(e.q.den.toString());
    case "sym": {
      const v = scope.get(e.name);
      if (v === void 0 && e.name === "pi")
        return piValue(C);
      if (v === void 0)
        throw new Error(`no value for '${e.name}'`);
      return v;
    }
    case "sum":
      throw new Error("internal: unexpanded sum");
    case "op": {
      const a = ev(e.args[0]);
      if (e.op === "neg")
        return a.neg();
      const b = ev(e.args[1]);
      switch (e.op) {
        case "+":
          return ok(a.plus(b), "sum");
        case "-":
          return ok(a.minus(b), "difference");
        case "*":
          return ok(a.times(b), "product");
        case "/":
          if (b.isZero())
            throw new NotFinite("division by zero");
          return ok(a.div(b), "quotient");
        case "^": {
          if (a.isZero() && b.lte(0))
            throw new NotFinite("0 to a non-positive power");
          if (!b.isInteger() && a.isNeg())
            throw new NotFinite("a negative number to a non-integer power");
          if (!a.isZero() && b.abs().times(Math.abs(a.e) + 1).gt(MAX_EXPONENT))
            throw new NotFinite(`power beyond 10^\xB1${MAX_EXPONENT.toExponential()}`);
          return ok(a.pow(b), "power");
        }
      }
      throw new Error("internal: unknown operator");
    }
    case "fn": {
      const x = ev(e.args[0]);
      switch (e.name) {
        case "exp":
          if (x.abs().gt(23e11))
            throw new NotFinite(`exp beyond 10^\xB1${MAX_EXPONENT.toExponential()}`);
          return ok(C.exp(x), "exp");
        case "log":
          if (!x.gt(0))
            throw new NotFinite("log of a non-positive number");
          return C.ln(x);
        case "sqrt":
          if (x.isNeg())
            throw new NotFinite("sqrt of a negative number");
          return x.sqrt();
        case "abs":
          return x.abs();
        case "sigma":
          return sigmoidNeg(C, x.neg());
        case "softplus":
          return softplusNeg(C, x.neg());
        // isZero first: decimal.js has −0, and (−0).isNeg() is true.
        case "perc":
          return x.isZero() ? new C("0.5") : x.isNeg() ? new C(1) : new C(0);
        default: {
          const f = models.get(e.name);
          if (!f)
            throw new Error(`no concrete model for '${e.name}'`);
          return ok(f(C, x), e.name);
        }
      }
    }
  }
}
function evaluateExact(e, values, maxBits = 1e5) {
  const big = (q) => q.num.toString(16).length * 4 > maxBits || q.den.toString(16).length * 4 > maxBits;
  const ev = (x) => {
    switch (x.t) {
      case "num":
        return x.q;
      case "sym":
        return values.get(x.name);
      case "op": {
        const a = ev(x.args[0]);
        if (a === void 0)
          return void 0;
        if (x.op === "neg")
          return a.neg();
        const b = ev(x.args[1]);
        if (b === void 0)
          return void 0;
        let r;
        switch (x.op) {
          case "+":
            r = a.add(b);
            break;
          case "-":
            r = a.sub(b);
            break;
          case "*":
            r = a.mul(b);
            break;
          case "/":
            if (b.isZero())
              return void 0;
            r = a.div(b);
            break;
          case "^": {
            if (b.den !== 1n || a.isZero() && b.num <= 0n)
              return void 0;
            const k = b.num < 0n ? -b.num : b.num;
            if (BigInt((a.num.toString(16).length + a.den.toString(16).length) * 4) * k > BigInt(maxBits))
              return void 0;
            let p2 = Q.ONE, base = a, j = k;
            while (j > 0n) {
              if (j & 1n)
                p2 = p2.mul(base);
              base = j > 1n ? base.mul(base) : base;
              j >>= 1n;
            }
            r = b.num < 0n ? Q.ONE.div(p2) : p2;
            break;
          }
          default:
            return void 0;
        }
        return big(r) ? void 0 : r;
      }
      default:
        return void 0;
    }
  };
  return ev(e);
}

// dist/symbolic/limit.js
var Indeterminate = class extends Error {
};
var fin = (e) => ({ t: "fin", e });
var inf = (sign) => ({ t: "inf", sign });
function limitAtInfinity(e, v, nz) {
  const L = (x) => limitAtInfinity(x, v, nz);
  if (!mentions(e, v))
    return fin(e);
  try {
    if (!nz.vars(nz.norm(e)).has(v))
      return fin(substitute(e, /* @__PURE__ */ new Map([[v, num(1)]])));
  } catch {
  }
  const signOf2 = (c) => {
    const s = nz.sign(nz.norm(c));
    return s === "pos" ? 1 : s === "neg" ? -1 : s === "nonzero" ? 0 : null;
  };
  const times = (s, c, what) => {
    const t = signOf2(c);
    if (t === null)
      throw new Indeterminate(`\u221E \xB7 (${what}) where the factor may be 0`);
    return inf(s * t);
  };
  switch (e.t) {
    case "sym":
      return e.name === v ? inf(1) : fin(e);
    case "num":
      return fin(e);
    case "sum":
      throw new Error("internal: unexpanded sum");
    case "op": {
      const a = L(e.args[0]);
      if (e.op === "neg")
        return a.t === "fin" ? fin(neg(a.e)) : inf(-a.sign);
      const b0 = L(e.args[1]);
      const b = e.op === "-" ? b0.t === "fin" ? fin(neg(b0.e)) : inf(-b0.sign) : b0;
      switch (e.op) {
        case "+":
        case "-": {
          if (a.t === "fin" && b0.t === "fin")
            return fin(e.op === "+" ? add(a.e, b0.e) : sub(a.e, b0.e));
          if (a.t === "fin")
            return b;
          if (b.t === "fin")
            return a;
          if (a.sign !== 0 && a.sign === b.sign)
            return a;
          throw new Indeterminate("\u221E \u2212 \u221E");
        }
        case "*": {
          if (a.t === "fin" && b.t === "fin")
            return fin(mul(a.e, b.e));
          const [x, y] = e.args;
          if (a.t === "inf" && powerGrowth(x, v, nz) && expDecay(y, v, nz) || b0.t === "inf" && powerGrowth(y, v, nz) && expDecay(x, v, nz))
            return fin(num(0));
          if (a.t === "inf" && b.t === "inf")
            return inf(a.sign * b.sign);
          return a.t === "inf" ? times(a.sign, b.e, "right factor") : times(b.sign, a.e, "left factor");
        }
        case "/": {
          if (a.t === "fin" && b.t === "fin") {
            if (!isNonzero(nz.sign(nz.norm(b.e))))
              throw new Indeterminate("a denominator whose limit may be 0");
            return fin(div(a.e, b.e));
          }
          if (b.t === "inf") {
            if (a.t === "fin")
              return fin(num(0));
            throw new Indeterminate("\u221E/\u221E");
          }
          if (a.t === "inf" && b.t === "fin")
            return times(a.sign, div(num(1), b.e), "denominator");
          throw new Indeterminate("quotient");
        }
        case "^": {
          const k0 = e.args[1];
          let kq;
          if (k0.t === "num")
            kq = k0.q;
          else if (!nz.vars(nz.norm(k0)).size) {
            const r = nz.norm(k0);
            const d = constOf(r.den);
            const c = constOf(r.num);
            if (d && c && !d.isZero())
              kq = c.div(d);
          }
          if (kq === void 0)
            throw new Indeterminate("a power with a non-constant exponent");
          const k = { t: "num", q: kq };
          if (k.q.den !== 1n) {
            if (a.t === "fin") {
              if (nz.sign(nz.norm(a.e)) !== "pos")
                throw new Indeterminate("a non-integer power of a limit not manifestly > 0");
              return fin(pow(a.e, k));
            }
            if (a.sign !== 1)
              throw new Indeterminate("a non-integer power of \u2212\u221E");
            return k.q.sign() > 0 ? inf(1) : fin(num(0));
          }
          if (a.t === "fin")
            return fin(pow(a.e, k));
          if (k.q.sign() < 0)
            return fin(num(0));
          return inf(k.q.num % 2n === 0n ? 1 : a.sign);
        }
      }
      throw new Indeterminate(`operator ${e.op}`);
    }
    case "fn": {
      const arg = e.args[0];
      if (e.name === "sigma") {
        const c = scaleFree(arg, v, nz);
        if (c)
          return fin(fn("perc", neg(c)));
      }
      const a = L(arg);
      switch (e.name) {
        case "exp":
          if (a.t === "fin")
            return fin(fn("exp", a.e));
          if (a.sign === 1)
            return inf(1);
          if (a.sign === -1)
            return fin(num(0));
          break;
        case "sqrt":
          if (a.t === "fin") {
            const s = nz.sign(nz.norm(a.e));
            if (s !== "pos" && s !== "nonneg" && s !== "zero")
              throw new Indeterminate("sqrt at a limit not manifestly \u2265 0");
            return fin(fn("sqrt", a.e));
          }
          if (a.sign === 1)
            return inf(1);
          break;
        case "abs":
          if (a.t === "fin")
            return fin(fn("abs", a.e));
          return inf(1);
        case "log":
          if (a.t === "fin") {
            if (nz.sign(nz.norm(a.e)) !== "pos")
              throw new Indeterminate("log at a limit not manifestly > 0");
            return fin(fn("log", a.e));
          }
          if (a.sign === 1)
            return inf(1);
          break;
        case "sigma": {
          if (a.t === "fin")
            return fin(fn("sigma", a.e));
          if (a.sign === 1)
            return fin(num(1));
          if (a.sign === -1)
            return fin(num(0));
          break;
        }
        case "perc":
          if (a.t === "fin")
            throw new Indeterminate("perc is discontinuous at 0");
          if (a.sign === 1)
            return fin(num(0));
          if (a.sign === -1)
            return fin(num(1));
          break;
        default:
          break;
      }
      throw new Indeterminate(`${e.name} of an argument that depends on ${v}`);
    }
  }
}
function powerGrowth(e, v, nz) {
  return scaleFree(e, v, nz) !== void 0;
}
function expDecay(e, v, nz) {
  if (e.t !== "fn" || e.name !== "sigma" && e.name !== "exp")
    return false;
  const c = scaleFree(e.args[0], v, nz);
  return c !== void 0 && nz.sign(nz.norm(c)) === "neg";
}
function scaleFree(z, v, nz) {
  const r = nz.norm(z);
  const exps = new Set([...r.num.values()].map((t) => t.m.get(v) ?? 0));
  if (exps.size !== 1 || [...exps][0] < 1)
    return void 0;
  if ([...r.den.values()].some((t) => t.m.has(v)))
    return void 0;
  for (const t of [...r.num.values(), ...r.den.values()])
    for (const a of t.m.keys())
      if (a !== v && nz.atomVars(a).has(v))
        return void 0;
  return substitute(z, /* @__PURE__ */ new Map([[v, num(1)]]));
}
var INFINITY = sym("Infinity");

// dist/numeric/seeded.js
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// dist/symbolic/assumptions.js
var ATOM = /^\s*([A-Za-z][A-Za-z0-9]*)(?:\[([A-Za-z0-9,\s]+)\])?\s*/;
function parseQ(s, text) {
  try {
    return Q.parse(s.trim());
  } catch {
    throw new UserError(`assumption '${text}': '${s.trim()}' is not a number`);
  }
}
function addAssumption(text, ranges, into) {
  const m = ATOM.exec(text);
  if (!m)
    throw new UserError(`assumption '${text}': expected 'x > 0', 'm != 0' or 'y[i] in {-1, 1}'`);
  const rest = text.slice(m[0].length);
  let con;
  const setM = /^in\s*\{([^}]*)\}\s*$/.exec(rest);
  const relM = /^(<=|>=|!=|<|>|=)\s*(\S+)\s*$/.exec(rest);
  if (setM)
    con = { set: setM[1].split(",").map((s) => parseQ(s, text)) };
  else if (relM)
    con = { rel: relM[1], c: parseQ(relM[2], text) };
  else
    throw new UserError(`assumption '${text}': expected a relation (< <= > >= = !=) and a number, or 'in {\u2026}'`);
  checkName(m[1], `assumption '${text}'`);
  const idx = m[2] ? m[2].split(",").map((s) => s.trim()) : [];
  const lists = idx.map((i) => {
    if (/^\d+$/.test(i))
      return [Number(i)];
    const r = ranges.get(i);
    if (!r)
      throw new UserError(`assumption '${text}': index '${i}' has no range`);
    return Array.from({ length: r[1] - r[0] + 1 }, (_, k) => r[0] + k);
  });
  if (lists.reduce((n, l) => n * l.length, 1) > 1e5)
    throw new UserError(`assumption '${text}': its indices take more than 100000 values together`);
  const combos = lists.reduce((acc, l) => acc.flatMap((a) => l.map((v) => [...a, v])), [[]]);
  for (const c of combos)
    into.set(indexedName(m[1], c), con);
}
function signOf(con) {
  if (!con)
    return "unknown";
  if ("set" in con) {
    const s = con.set.map((q) => q.sign());
    if (s.every((x) => x > 0))
      return "pos";
    if (s.every((x) => x < 0))
      return "neg";
    return s.every((x) => x !== 0) ? "nonzero" : "unknown";
  }
  const z = con.c.sign();
  switch (con.rel) {
    case ">":
      return z >= 0 ? "pos" : "unknown";
    case ">=":
      return z > 0 ? "pos" : z === 0 ? "nonneg" : "unknown";
    case "<":
      return z <= 0 ? "neg" : "unknown";
    case "<=":
      return z < 0 ? "neg" : z === 0 ? "nonpos" : "unknown";
    case "=":
      return z > 0 ? "pos" : z < 0 ? "neg" : "zero";
    case "!=":
      return z === 0 ? "nonzero" : "unknown";
  }
}
function fixedValues(dom) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, c] of dom)
    if ("rel" in c && c.rel === "=")
      out.set(k, c.c);
  return out;
}
var rng = mulberry32;
var int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
var sixteenth = (k) => new Q(BigInt(k), 16n);
function sampleValue(con, r) {
  if (!con)
    return sixteenth(int(r, 1, 32) * (r() < 0.5 ? -1 : 1));
  if ("set" in con)
    return con.set[int(r, 0, con.set.length - 1)];
  const step = sixteenth(int(r, 2, 48));
  switch (con.rel) {
    case ">":
    case ">=":
      return con.c.add(step);
    case "<":
    case "<=":
      return con.c.sub(step);
    case "=":
      return con.c;
    case "!=":
      return r() < 0.5 ? con.c.add(step) : con.c.sub(step);
  }
}

// dist/symbolic/schema.js
var RULES = {
  given: "definition or hypothesis (not checked)",
  algebra: "equal to the previous step",
  into: "equal to the template with $ replaced by the previous step",
  substitute: "equal to the previous step after the substitution",
  derivative: "equal to the derivative of the previous step",
  limit: "equal to the limit of the previous step",
  le: "at least the previous step",
  ge: "at most the previous step"
};

// dist/symbolic/numeric.js
import Decimal from "decimal.js";
var showPoint = (pt, vars) => {
  const parts = [...vars].filter((v) => pt.values.has(v)).sort().map((v) => `${v}=${pt.values.get(v)}`);
  return (pt.modelName ? `[${pt.modelName}] ` : "") + parts.join(", ");
};
function scopeAt(pt, C, over = /* @__PURE__ */ new Map()) {
  const s = /* @__PURE__ */ new Map();
  for (const [k, v] of pt.values)
    s.set(k, v.toDecimal(C));
  for (const [k, v] of over)
    s.set(k, v);
  return s;
}
var closeEnough = (a, b, tol) => a.minus(b).abs().lte(tol.times(Decimal.max(1, a.abs(), b.abs())));
function numericTest(step, inst, pt, digits) {
  const C = precision(digits + 20);
  const tol = new C(10).pow(-(digits - 10));
  const ev = (e, over) => evaluate(e, scopeAt(pt, C, over), C, pt.models);
  switch (step.rule) {
    case "algebra":
    case "into":
    case "substitute": {
      const a = ev(inst.lhs ?? inst.prev), b = ev(inst.cur);
      return closeEnough(a, b, tol) ? { ok: true } : { ok: false, expected: a, got: b, gap: a.minus(b).abs() };
    }
    case "le":
    case "ge": {
      const a = ev(inst.prev), b = ev(inst.cur);
      const slack = step.rule === "le" ? b.minus(a) : a.minus(b);
      return slack.gte(tol.neg().times(Decimal.max(1, a.abs()))) ? { ok: true } : { ok: false, expected: a, got: b, gap: slack.abs() };
    }
    case "derivative": {
      const h = new C(10).pow(-Math.ceil((digits + 20) / 3));
      const base = scopeAt(pt, C);
      const shifted = (sgn) => {
        const over = /* @__PURE__ */ new Map();
        over.set(inst.wrt, base.get(inst.wrt).plus(h.times(sgn)));
        for (const [g, dg] of inst.depends)
          if (base.has(g))
            over.set(g, base.get(g).plus(evaluate(dg, base, C, pt.models).times(h).times(sgn)));
        return over;
      };
      const fd = ev(inst.prev, shifted(1)).minus(ev(inst.prev, shifted(-1))).div(h.times(2));
      const b = ev(inst.cur);
      const dtol = new C(10).pow(-Math.floor((digits + 20) / 2));
      return closeEnough(fd, b, dtol) ? { ok: true } : { ok: false, expected: fd, got: b, gap: fd.minus(b).abs() };
    }
    case "limit":
      return limitTest(inst, step.limit, ev, C);
    case "given":
      return { ok: true };
  }
}
function samplePoint(models, names, dom, vars, r, k, skip) {
  const values = /* @__PURE__ */ new Map();
  for (const v of [...vars].sort())
    if (v !== skip && v !== "Infinity")
      values.set(v, sampleValue(dom.get(v), r));
  return { values, models: models[k % models.length], modelName: names[k % models.length] };
}
function checkLemmas(lemmas, models, names, digits, seed) {
  const C = precision(digits + 20);
  const r = rng(seed ^ 1540483477);
  for (const [name, l] of Object.entries(lemmas)) {
    for (let k = 0; k < models.length; k++) {
      const f = models[k].get(l.fn);
      if (!f)
        return `lemma '${name}': model ${names[k]} has no '${l.fn}'`;
      for (let t = 0; t < 6; t++) {
        const s = sampleValue({ rel: ">", c: Q.ZERO }, r).toDecimal(C), z = sampleValue(void 0, r).toDecimal(C);
        const a = f(C, s.times(z)), b = s.pow(l.degree).times(f(C, z));
        if (!a.minus(b).abs().lte(new C(10).pow(-(digits - 10))))
          return `lemma '${name}' fails for ${names[k]} at ${l.scale}=${s}, z=${z}`;
      }
    }
  }
  return void 0;
}
var fmt = (xs) => xs.map((x) => x.toSignificantDigits(3).toString()).join(", ");
function limitTest(inst, v, ev, C) {
  const toInfinity = inst.cur.t === "sym" && inst.cur.name === "Infinity";
  const L = toInfinity ? void 0 : ev(inst.cur);
  const scale = L ? Decimal.max(1, L.abs()) : new C(1);
  const at = (g) => {
    try {
      return ev(inst.prev, /* @__PURE__ */ new Map([[v, g]]));
    } catch (e) {
      if (e instanceof NotFinite)
        return void 0;
      throw e;
    }
  };
  const vals = [2, 4, 8].map((k) => at(new C(10).pow(k)));
  if (vals.every((x) => x !== void 0)) {
    const [a, b, c] = vals;
    if (toInfinity && c.gt(b) && b.gt(a) && c.gt(1e6))
      return { ok: true };
    if (L) {
      const errs2 = vals.map((x) => x.minus(L).abs());
      if (errs2[2].lte(scale.times(1e-6)) && errs2[2].lte(errs2[0]))
        return { ok: true };
    }
  }
  const ks = [2, 4, 8, 16];
  const tower = ks.map((k) => at(C.exp(C.exp(k))));
  const where = `${v} = exp(exp(k)), k = ${ks.join(", ")}`;
  if (tower.some((x) => x === void 0)) {
    const plain = vals.every((x) => x !== void 0) ? `values ${fmt(vals)} at ${v} = 1e2, 1e4, 1e8` : "not finite on the grid";
    return { ok: "undecided", why: `${plain}; not finite at ${where}` };
  }
  const t = tower;
  if (toInfinity) {
    const inc = t.slice(1).map((x, k) => x.minus(t[k]));
    if (inc.every((d) => d.gt(0)) && inc[2].gte(inc[1].times(0.5)))
      return { ok: true, note: `values grow along ${where}: ${fmt(t)}` };
    return { ok: "undecided", why: `values ${fmt(t)} at ${where} do not clearly grow without bound` };
  }
  const errs = t.map((x) => x.minus(L).abs());
  if (errs[3].lte(scale.times(1e-6)))
    return { ok: true, note: `distance ${fmt(errs)} to the limit at ${where}` };
  const shrinking = errs.slice(1).every((d, k) => d.lt(errs[k])) && errs[3].lte(errs[2].times(0.9));
  if (shrinking)
    return { ok: true, note: `slow limit: the distance to it shrinks at every step along ${where}: ${fmt(errs)}` };
  return { ok: "undecided", why: `distance to the claimed limit ${fmt(errs)} at ${where} does not shrink steadily` };
}
function limitDiffers(lim, claimed, pt, digits, extra = /* @__PURE__ */ new Map()) {
  const C = precision(digits + 20);
  const tol = new C(10).pow(-(digits - 10));
  const claimInf = claimed.t === "sym" && claimed.name === "Infinity";
  const over = new Map([...extra].map(([k, f]) => [k, f(C)]));
  const ev = (e) => evaluate(e, scopeAt(pt, C, over), C, pt.models);
  const inf2 = (s) => new C(s < 0 ? -Infinity : Infinity);
  if (lim.t === "inf") {
    if (claimInf && lim.sign === 1)
      return { ok: true };
    if (claimInf && lim.sign === 0)
      return { ok: "undecided", why: "the limit algebra gives \u221E of unknown sign" };
    return { ok: false, expected: inf2(lim.sign || 1), got: claimInf ? inf2(1) : ev(claimed), gap: new C(Infinity) };
  }
  const a = ev(lim.e);
  if (claimInf)
    return { ok: false, expected: a, got: inf2(1), gap: new C(Infinity) };
  const b = ev(claimed);
  return closeEnough(a, b, tol) ? { ok: true } : { ok: false, expected: a, got: b, gap: a.minus(b).abs() };
}
function pointwiseLimit(e, v, pt, digits, limit) {
  const C = precision(digits + 20);
  const extra = /* @__PURE__ */ new Map();
  const signs = /* @__PURE__ */ new Map();
  const scope = scopeAt(pt, C);
  const hasFn = (x) => x.t === "fn" || x.t === "op" && x.args.some(hasFn);
  const sub2 = (x) => {
    if (!mentions(x, v) && hasFn(x)) {
      const value = evaluate(x, scope, C, pt.models);
      const name = `c#${extra.size + 1}`;
      extra.set(name, (D) => evaluate(x, scopeAt(pt, D), D, pt.models));
      signs.set(name, value.abs().lte(new C(10).pow(-Math.floor(digits / 2))) ? "unknown" : value.isNeg() ? "neg" : "pos");
      return { t: "sym", name };
    }
    switch (x.t) {
      case "sym": {
        const q = x.name === v ? void 0 : pt.values.get(x.name);
        return q ? { t: "num", q } : x;
      }
      case "op":
        return { t: "op", op: x.op, args: x.args.map(sub2) };
      case "fn":
        return { t: "fn", name: x.name, args: x.args.map(sub2) };
      default:
        return x;
    }
  };
  const lim = limit(sub2(e), (name) => signs.get(name) ?? (name === "pi" ? "pos" : "unknown"));
  return lim ? { lim, extra } : void 0;
}

// dist/symbolic/derivation.js
var MAX_RANGE = 1e4;
var MAX_ASSIGNMENTS = 1e4;
function prepare(d) {
  const own = (o, k) => o && Object.hasOwn(o, k) ? o[k] : void 0;
  for (const [k, v] of Object.entries(d.sizes ?? {})) {
    checkName(k, `${d.id}: size`);
    if (!Number.isSafeInteger(v))
      throw new UserError(`${d.id}: size '${k}' must be an integer, got ${String(v)}`);
  }
  const sizes = new Map(Object.entries(d.sizes ?? {}).map(([k, v]) => [k, Q.of(v)]));
  const val = (x, k) => {
    const v = typeof x === "number" ? x : own(d.sizes, x);
    if (v === void 0)
      throw new UserError(`${d.id}: index bound '${x}' of '${k}' is not a size`);
    if (!Number.isSafeInteger(v))
      throw new UserError(`${d.id}: index bound of '${k}' must be an integer, got ${String(x)}`);
    return v;
  };
  const ranges = new Map(Object.entries(d.indices ?? {}).map(([k, r]) => {
    checkName(k, `${d.id}: index`);
    if (!Array.isArray(r) || r.length !== 2)
      throw new UserError(`${d.id}: index '${k}' needs a range [lo, hi]`);
    const lo = val(r[0], k), hi = val(r[1], k);
    if (hi - lo + 1 > MAX_RANGE)
      throw new UserError(`${d.id}: index '${k}' ranges over ${hi - lo + 1} values (limit ${MAX_RANGE})`);
    return [k, [lo, hi]];
  }));
  for (const f of Object.keys(d.functions ?? {}))
    checkName(f, `${d.id}: function`);
  const fnArity = Object.fromEntries(Object.keys(d.functions ?? {}).map((f) => [f, 1]));
  const derivatives = new Map(Object.entries(d.functions ?? {}).flatMap(([f, o]) => o.derivative ? [[f, o.derivative]] : []));
  const sets = d.models ?? [];
  const models = sets.length ? sets.map((s) => new Map(Object.entries(s.fns))) : [/* @__PURE__ */ new Map()];
  return { d, sizes, ranges, fnArity, derivatives, models, modelNames: sets.length ? sets.map((s) => s.name) : [""] };
}
var p = (P, src, where) => parseExpr(src, { functions: P.fnArity, where });
function assignments(P, names, where) {
  let out = [/* @__PURE__ */ new Map()];
  for (const name of names) {
    if (P.sizes.has(name))
      continue;
    const r = P.ranges.get(name);
    if (!r)
      throw new UserError(`${where}: index '${name}' has no range (declare it in 'indices')`);
    if (out.length * (r[1] - r[0] + 1) > MAX_ASSIGNMENTS)
      throw new UserError(`${where}: the free indices take more than ${MAX_ASSIGNMENTS} values together`);
    out = out.flatMap((a) => Array.from({ length: r[1] - r[0] + 1 }, (_, k) => new Map([...a, [name, Q.of(r[0] + k)]])));
  }
  return out;
}
function patternMap(P, pats, env, where) {
  const out = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(pats)) {
    const k = p(P, key, where);
    if (k.t !== "sym")
      throw new UserError(`${where}: '${key}' must be a variable or an indexed variable`);
    const idxNames = (k.idx ?? []).flatMap((x) => x.t === "sym" && !env.has(x.name) && !P.sizes.has(x.name) ? [x.name] : []);
    const v = p(P, value, where);
    for (const a of assignments(P, idxNames, where)) {
      const e2 = new Map([...P.sizes, ...env, ...a]);
      const name = expand(k, e2, where);
      if (name.t !== "sym")
        throw new UserError(`${where}: '${key}' does not name a variable`);
      out.set(name.name, expand(v, e2, where));
    }
  }
  return out;
}
function domainFor(P, extra) {
  const dom = /* @__PURE__ */ new Map();
  for (const a of [...P.d.assume, ...extra])
    addAssumption(a, P.ranges, dom);
  return dom;
}
function variables(e, out = /* @__PURE__ */ new Set()) {
  if (e.t === "sym") {
    if (!CONSTANTS.has(e.name))
      out.add(e.name);
  } else if (e.t === "op" || e.t === "fn")
    e.args.forEach((a) => variables(a, out));
  return out;
}
function instances(P, prevStep, step, n, fixed) {
  const where = `${P.d.id} step ${n}`;
  const prevE = p(P, prevStep.expr, `${P.d.id} step ${n - 1}`);
  const curE = step.expr === "Infinity" ? { t: "sym", name: "Infinity" } : p(P, step.expr, where);
  const tmpl = step.rule === "into" ? p(P, (step.template ?? "").replace(/\$/g, `(${prevStep.expr})`), `${where} template`) : void 0;
  if (step.rule === "into" && !(step.template ?? "").includes("$"))
    throw new UserError(`${where}: rule 'into' needs a template containing $`);
  const free = /* @__PURE__ */ new Set([...freeIndices(prevE), ...freeIndices(curE), ...tmpl ? freeIndices(tmpl) : []]);
  if (step.wrt)
    for (const x of freeIndices(p(P, step.wrt, where)))
      free.add(x);
  for (const [key, v] of Object.entries(step.depends ?? {})) {
    const bound = freeIndices(p(P, key, where));
    for (const x of freeIndices(p(P, v, where)))
      if (!bound.has(x))
        free.add(x);
  }
  const fixedSubs = new Map([...fixed].map(([k, v]) => [k, num(v)]));
  return assignments(P, free, where).map((a) => {
    const env = new Map([...P.sizes, ...a]);
    const fix = (e) => substitute(expand(e, env, where), fixedSubs);
    const inst = { prev: fix(prevE), cur: step.expr === "Infinity" ? curE : fix(curE), label: [...a].map(([k, v]) => `${k}=${v}`).join(", ") };
    if (tmpl)
      inst.lhs = fix(tmpl);
    if (step.rule === "substitute") {
      if (!step.subs)
        throw new UserError(`${where}: rule 'substitute' needs 'subs'`);
      inst.lhs = substitute(inst.prev, patternMap(P, step.subs, a, where));
    }
    if (step.rule === "derivative") {
      if (!step.wrt)
        throw new UserError(`${where}: rule 'derivative' needs 'wrt'`);
      const w = expand(p(P, step.wrt, where), env, where);
      if (w.t !== "sym")
        throw new UserError(`${where}: 'wrt' must name a variable`);
      inst.wrt = w.name;
      inst.depends = patternMap(P, step.depends ?? {}, a, where);
      inst.lhs = differentiate(inst.prev, { wrt: w.name, depends: inst.depends, derivatives: P.derivatives });
    }
    return inst;
  });
}
function limitOrUndefined(e, v, sign) {
  try {
    return limitAtInfinity(e, v, new Normalizer({ symbolSign: sign }));
  } catch (x) {
    if (x instanceof Indeterminate || x instanceof RangeError)
      return void 0;
    throw x;
  }
}
function symbolicTest(P, step, inst, dom) {
  const homogeneous = /* @__PURE__ */ new Map();
  for (const u of step.uses ?? []) {
    const l = P.d.lemmas && Object.hasOwn(P.d.lemmas, u) ? P.d.lemmas[u] : void 0;
    if (!l)
      throw new UserError(`${P.d.id}: step cites unknown lemma '${u}'`);
    homogeneous.set(l.fn, { scale: l.scale, degree: l.degree });
  }
  const nz = new Normalizer({ symbolSign: (name) => CONSTANTS.has(name) ? "pos" : signOf(dom.get(name)), homogeneous });
  switch (step.rule) {
    case "le":
      return { proof: proveLe(nz, inst.prev, inst.cur) };
    case "ge":
      return { proof: proveLe(nz, inst.cur, inst.prev) };
    case "limit": {
      try {
        const L = limitAtInfinity(inst.prev, step.limit, nz);
        const isInf = inst.cur.t === "sym" && inst.cur.name === "Infinity";
        if (L.t === "inf")
          return { limit: L, proof: L.sign === 1 && isInf ? { status: "proved" } : { status: "unproven", reason: `limit algebra gives ${L.sign === 1 ? "+\u221E" : L.sign === -1 ? "\u2212\u221E" : "\u221E of unknown sign"}` } };
        if (isInf)
          return { limit: L, proof: { status: "unproven", reason: `limit algebra gives the finite ${show(L.e).slice(0, 60)}` } };
        return { limit: L, proof: proveIdentity(nz, L.e, inst.cur) };
      } catch (e) {
        if (e instanceof Indeterminate)
          return { proof: { status: "unproven", reason: `limit algebra cannot decide: ${e.message}` } };
        if (e instanceof RangeError)
          return { proof: { status: "unproven", reason: `limit algebra gave up: ${e.message}` } };
        throw e;
      }
    }
    default:
      return { proof: proveIdentity(nz, inst.lhs ?? inst.prev, inst.cur) };
  }
}
function exactTest(step, inst, pt) {
  if (!["algebra", "into", "substitute", "le", "ge"].includes(step.rule))
    return void 0;
  const a = evaluateExact(inst.lhs ?? inst.prev, pt.values), b = evaluateExact(inst.cur, pt.values);
  if (a === void 0 || b === void 0)
    return void 0;
  const ok = step.rule === "le" ? a.cmp(b) <= 0 : step.rule === "ge" ? a.cmp(b) >= 0 : a.eq(b);
  if (ok)
    return { ok: true };
  const C = precision(40);
  return { ok: false, expected: a.toDecimal(C), got: b.toDecimal(C), gap: a.sub(b).abs().toDecimal(C) };
}
var memo = /* @__PURE__ */ new Map();
function checkDerivation(d, opts) {
  const P = prepare(d);
  const lemmaFailure = checkLemmas(d.lemmas ?? {}, P.models, P.modelNames, opts.digits, opts.seed);
  const results = [];
  let prev;
  for (let k = 0; k < d.steps.length; k++) {
    const step = d.steps[k];
    const n = k + 1;
    if (!Object.hasOwn(RULES, step.rule))
      throw new UserError(`${d.id} step ${n}: unknown rule '${step.rule}' (rules: ${Object.keys(RULES).join(", ")})`);
    if (step.rule === "given") {
      const parsed = bracketed(p(P, step.expr, `${d.id} step ${n}`));
      results.push({ n, rule: step.rule, expr: step.expr, parsed, why: step.why, status: "given", symbolic: "-", points: 0, agreed: 0, reason: "given" });
      prev = step;
      continue;
    }
    if (!prev)
      throw new UserError(`${d.id} step ${n}: a derivation starts with a 'given' step`);
    const key = JSON.stringify([d.id, d.sizes, d.indices, d.assume, d.lemmas, d.functions, prev, step, opts.seed, opts.digits, opts.pointsPerStep, P.modelNames]);
    let res = memo.get(key);
    if (!res) {
      res = checkStep(P, prev, step, n, opts, lemmaFailure);
      if (!res.timedOut)
        memo.set(key, res);
    }
    results.push(res);
    prev = step;
    if (res.status === "broken" && opts.stopAtBroken)
      break;
  }
  return results;
}
function checkStep(P, prevStep, step, n, opts, lemmaFailure) {
  const where = `${P.d.id} step ${n}`;
  const parsed = step.expr === "Infinity" ? "Infinity" : bracketed(p(P, step.expr, where));
  const base = { n, rule: step.rule, expr: step.expr, parsed, why: step.why };
  if (step.rule === "limit" && !step.limit)
    throw new UserError(`${where}: rule 'limit' needs 'limit' (the variable going to \u221E)`);
  if (step.rule === "limit")
    checkName(step.limit, `${where}: limit variable`);
  const dom = domainFor(P, step.assume ?? []);
  const fixed = fixedValues(dom);
  let insts = [];
  let perCase = 2;
  const r = rng((opts.seed ^ Math.imul(n, 2654435761)) >>> 0);
  let points = 0, agreed = 0;
  const symbolic = [];
  const notes = /* @__PURE__ */ new Set();
  let proved = true;
  let undecided;
  try {
    return withDeadline(STEP_SECONDS, () => {
      insts = instances(P, prevStep, step, n, fixed);
      perCase = Math.max(2, Math.ceil((opts.pointsPerStep ?? 8) / insts.length));
      for (const inst of insts) {
        const sym2 = symbolicTest(P, step, inst, dom);
        if (sym2.proof.status !== "proved") {
          proved = false;
          symbolic.push(`${inst.label ? `${inst.label}: ` : ""}${sym2.proof.reason}`);
        }
        const vars = /* @__PURE__ */ new Set([...variables(inst.prev), ...variables(inst.cur), ...inst.lhs ? variables(inst.lhs) : []]);
        for (const dv of inst.depends?.values() ?? [])
          variables(dv, vars);
        if (inst.wrt)
          vars.add(inst.wrt);
        const shown = /* @__PURE__ */ new Set([...variables(inst.lhs ?? inst.prev), ...variables(inst.cur), ...inst.wrt ? [inst.wrt, ...[...inst.depends.values()].flatMap((e) => [...variables(e)])] : []]);
        const symbolicLimit = step.rule === "limit" && sym2.limit && sym2.proof.status !== "proved" ? sym2.limit : void 0;
        let certified;
        let extra = /* @__PURE__ */ new Map();
        for (let t = 0; t < perCase; t++) {
          let pt;
          let v;
          let exact = false;
          for (let attempt = 0; attempt < 4 && !v; attempt++) {
            pt = samplePoint(P.models, P.modelNames, dom, vars, r, t, step.rule === "limit" ? step.limit : void 0);
            try {
              if (step.rule === "limit" && sym2.proof.status !== "proved") {
                const pw = symbolicLimit ? { lim: symbolicLimit, extra: /* @__PURE__ */ new Map() } : pointwiseLimit(inst.prev, step.limit, pt, opts.digits, (e, sign) => limitOrUndefined(e, step.limit, sign));
                if (pw) {
                  const dv = limitDiffers(pw.lim, inst.cur, pt, opts.digits, pw.extra);
                  if (dv.ok === false) {
                    v = dv;
                    certified = pw.lim;
                    extra = pw.extra;
                    break;
                  }
                }
              }
              const x = exactTest(step, inst, pt);
              exact = x !== void 0;
              v = x ?? numericTest(step, inst, pt, opts.digits);
            } catch (e) {
              if (!(e instanceof NotFinite))
                throw e;
            }
          }
          points++;
          if (!v) {
            undecided ??= "the expression is not finite at the sampled points";
            continue;
          }
          if (v.ok === true) {
            agreed++;
            if (v.note)
              notes.add(v.note);
            continue;
          }
          if (v.ok === "undecided") {
            undecided ??= v.why;
            continue;
          }
          const again = exact ? v : certified ? limitDiffers(certified, inst.cur, pt, opts.digits + 30, extra) : numericTest(step, inst, pt, opts.digits + 30);
          if (again.ok === true || again.ok === "undecided") {
            undecided ??= "a disagreement at working precision vanished at higher precision";
            continue;
          }
          const lim = certified ? `; the limit algebra${symbolicLimit ? "" : " at this point"} gives ${certified.t === "fin" ? show(certified.e).slice(0, 80) : certified.sign === 1 ? "+\u221E" : certified.sign === -1 ? "\u2212\u221E" : "\xB1\u221E"}` : "";
          return {
            ...base,
            status: "broken",
            symbolic: sym2.proof.status === "proved" ? "proved" : sym2.proof.reason,
            points,
            agreed,
            reason: `rule '${step.rule}' (${RULES[step.rule]}) violated${inst.label ? ` at ${inst.label}` : ""}${lim}`,
            witness: {
              point: [showPoint(pt, shown), ...[...fixed].map(([k, x]) => `${k}=${x} (assumed)`)].filter(Boolean).join(", "),
              expected: again.expected.toSignificantDigits(20).toString(),
              got: again.got.toSignificantDigits(20).toString(),
              gap: again.gap.toSignificantDigits(6).toString(),
              verifiedWith: exact ? "exact rationals" : `${certified ? "limit algebra, then " : ""}decimal.js at ${opts.digits + 20} and ${opts.digits + 50} digits`
            }
          };
        }
      }
      const symText = proved ? "proved" : symbolic[0];
      const how = notes.size ? ` (numeric: ${[...notes][0]})` : "";
      if (lemmaFailure && (step.uses ?? []).length)
        return { ...base, status: "inconclusive", symbolic: symText, points, agreed, reason: lemmaFailure };
      if (undecided)
        return { ...base, status: proved && step.rule === "limit" ? "unproven" : "inconclusive", symbolic: symText, points, agreed, reason: proved && step.rule === "limit" ? `unproven: the limit algebra proves it, but the numbers do not show it: ${undecided}` : `numeric check undecided: ${undecided}` };
      if (!proved)
        return { ...base, status: "unproven", symbolic: symText, points, agreed, reason: `unproven: numeric agreement only (${symText})${how}` };
      return { ...base, status: "proved", symbolic: "proved", points, agreed, reason: `proved symbolically; agrees at ${agreed} points${how}` };
    });
  } catch (e) {
    if (e instanceof Exhausted)
      return { ...base, timedOut: true, status: "inconclusive", symbolic: proved ? "not finished" : symbolic[0] ?? "not finished", points, agreed, reason: `${e.message} (after ${points} points)` };
    throw e;
  }
}
function applyTwin(d, t) {
  const steps = [...d.steps];
  const k = t.at - 1;
  if (k < 0 || k > steps.length || !t.insert && k === steps.length)
    throw new UserError(`${d.id}~${t.id}: no step ${t.at}`);
  if (t.insert)
    steps.splice(k, 0, { expr: "", rule: "algebra", why: "", ...t.step });
  else
    steps[k] = { ...steps[k], ...t.step };
  return { ...d, id: `${d.id}~${t.id}`, steps, twins: [], expected: void 0, brokenAt: void 0 };
}

// dist/symbolic/claim.js
var isDerivationClaim = (c) => typeof c.derivation === "object";
var MARK = { given: "\xB7", proved: "\u2713", unproven: "?", inconclusive: "?", broken: "\u2717" };
function stepLine(r) {
  return `step ${r.n} ${MARK[r.status]} ${r.rule}: ${r.status === "given" ? "given" : r.reason}`;
}
function precisionText(digits) {
  return `normal form and limit algebra (exact rationals); decimal.js at ${digits + 20} digits at random points, violations confirmed at ${digits + 50}`;
}
function summarize(results, digits, brokenAt) {
  const points = results.reduce((s, r) => s + r.points, 0);
  const checked = results.filter((r) => r.status !== "given");
  const brokenSteps = results.filter((r) => r.status === "broken").map((r) => r.n);
  const base = { instances: points, precision: precisionText(digits), details: results.map(stepLine), brokenSteps };
  const broken = results.find((r) => r.status === "broken" && r.n === brokenAt) ?? results.find((r) => r.status === "broken");
  if (broken) {
    const w = broken.witness;
    const others = brokenSteps.filter((n) => n !== broken.n);
    return {
      ...base,
      verdict: "refuted",
      reason: `step ${broken.n} broken: ${broken.reason}${others.length ? `; also broken: step ${others.join(", ")}` : ""}`,
      counterexample: { instance: `step ${broken.n} at ${w.point}`, measured: w.got, claimed: w.expected, gap: w.gap, verifiedWith: w.verifiedWith },
      path: String(broken.n)
    };
  }
  const open = results.find((r) => r.status === "inconclusive") ?? results.find((r) => r.status === "unproven");
  if (open)
    return { ...base, verdict: "inconclusive", reason: `step ${open.n}: ${open.reason}` };
  if (checked.length === 0)
    return { ...base, verdict: "inconclusive", reason: "no step to check" };
  return { ...base, verdict: "verified", reason: `all ${checked.length} steps proved symbolically and agree at ${points} random points` };
}
function matchesDeclared(d, o) {
  if ((d.expected ?? "holds") === "holds")
    return o.verdict === "verified" || o.verdict === "holds";
  const steps = o.brokenSteps ?? [];
  return o.verdict === "refuted" && steps.length === 1 && steps[0] === d.brokenAt;
}
function derivationClaim(given) {
  const d = checkDerivationSpec(given);
  const expected = d.expected ?? "holds";
  if (expected !== "holds" && expected !== "refuted")
    throw new UserError(`${d.id}: expected must be 'holds' or 'refuted', got '${String(expected)}'`);
  if (expected === "refuted" && !(Number.isInteger(d.brokenAt) && d.brokenAt >= 1 && d.brokenAt <= d.steps.length))
    throw new UserError(`${d.id}: expected 'refuted' needs brokenAt, the step (1 to ${d.steps.length}) that is broken`);
  if (expected === "holds" && d.brokenAt !== void 0)
    throw new UserError(`${d.id}: brokenAt is only for expected 'refuted'`);
  const run = (dd, stop) => (ctx) => ({
    ...summarize(checkDerivation(dd, { seed: ctx.seed, digits: ctx.digits, pointsPerStep: Math.max(2, Math.round(8 * ctx.budget)), stopAtBroken: stop }), ctx.digits, dd.brokenAt),
    seed: ctx.seed
  });
  const replay = () => ({ kind: "whole", paths: d.steps.map((_, k) => String(k + 1)), why: "a derivation is deterministic in its seed: the path names the broken step, and replay re-checks every step" });
  const mutants = d.twins.map((t) => ({ id: t.id, description: `${t.description} (breaks step ${t.at})`, run: run(applyTwin(d, t), true), replay }));
  return {
    id: d.id,
    paper: d.id.split("/")[0],
    title: d.title,
    statement: d.statement,
    source: d.source,
    provenance: d.provenance,
    kind: "identity",
    expected,
    mutants,
    run: run(d, false),
    replay,
    derivation: d,
    matchesExpected: (o) => matchesDeclared(d, o)
  };
}
function checkDerivationSpec(d) {
  checkClaimSpec("derivationClaim", d, { list: "twins" });
  const bad = (m) => {
    throw new UserError(`${d.id}: ${m}`);
  };
  if (!Array.isArray(d.steps) || d.steps.length === 0)
    bad("'steps' must be a non-empty array of { expr, rule, why }");
  d.steps.forEach((s, k) => {
    if (!isObject(s) || typeof s.expr !== "string" || typeof s.rule !== "string")
      bad(`step ${k + 1} must be an object with 'expr' and 'rule' strings`);
    if (!Object.hasOwn(RULES, s.rule))
      bad(`step ${k + 1}: unknown rule '${s.rule.slice(0, 40)}' (rules: ${Object.keys(RULES).join(", ")})`);
    if (s.why !== void 0 && typeof s.why !== "string")
      bad(`step ${k + 1}: 'why' must be a string`);
  });
  d.twins.forEach((t, k) => {
    if (!Number.isInteger(t.at))
      bad(`twins[${k}] ('${t.id}') needs 'at', the step number it replaces (1 to ${d.steps.length})`);
    if (!isObject(t.step))
      bad(`twins[${k}] ('${t.id}') needs 'step', the replacement step ({ expr: '\u2026' })`);
  });
  for (const k of ["sizes", "indices", "functions", "lemmas"])
    if (d[k] !== void 0 && !isObject(d[k]))
      bad(`'${k}' must be an object`);
  if (d.assume !== void 0 && !(Array.isArray(d.assume) && d.assume.every((a) => typeof a === "string")))
    bad("'assume' must be an array of strings like 'gamma > 0'");
  if (d.models !== void 0 && !Array.isArray(d.models))
    bad("'models' must be an array");
  return { ...d, sizes: d.sizes ?? {}, indices: d.indices ?? {}, assume: d.assume ?? [] };
}

export {
  MAX_LENGTH,
  MAX_NESTING,
  parseExpr,
  NotFinite,
  mulberry32,
  RULES,
  checkDerivation,
  applyTwin,
  isDerivationClaim,
  summarize,
  matchesDeclared,
  derivationClaim
};
