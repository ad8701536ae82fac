import {
  Q
} from "./chunk-GAT5BCTC.js";
import {
  UserError
} from "./chunk-RYYXEEND.js";

// dist/core/definedIn.js
import { fileURLToPath } from "node:url";
import { resolve, sep } from "node:path";
var OWN = ["src", "dist"].map((d) => resolve(fileURLToPath(new URL("../..", import.meta.url)), d) + sep);
var sites = /* @__PURE__ */ new Map();
function frameFile(frame) {
  const m = /(file:\/\/[^\s()]+?|\/[^\s()]+?|[A-Za-z]:\\[^\s()]+?)(?:\?[^\s():]*)?:\d+:\d+\)?$/.exec(frame.trim());
  if (!m)
    return void 0;
  try {
    return m[1].startsWith("file:") ? fileURLToPath(m[1]) : m[1];
  } catch {
    return void 0;
  }
}
function noteDefinition(id) {
  if (sites.has(id))
    return;
  const frames = (new Error().stack ?? "").split("\n").slice(1);
  for (const f of frames) {
    const file = frameFile(f);
    if (file === void 0 || OWN.some((o) => file.startsWith(o)) || file.includes(`${sep}node_modules${sep}`))
      continue;
    sites.set(id, file);
    return;
  }
}
function definedIn(id) {
  return sites.get(id.split("~")[0]);
}

// dist/numeric/highPrecision.js
import Decimal from "decimal.js";
var MAX_CHECK_DIGITS = 200;
var cache = /* @__PURE__ */ new Map();
function precision(digits) {
  let C = cache.get(digits);
  if (!C) {
    C = Decimal.clone({ precision: digits, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -1e3, toExpPos: 1e3, minE: -9e15, maxE: 9e15 });
    cache.set(digits, C);
  }
  return C;
}
function log1p(C, x) {
  const ax = x.abs();
  if (ax.gt("1e-4"))
    return C.ln(x.plus(1));
  let term = new C(x), sum = new C(x);
  const eps = new C(10).pow(-(C.precision + 2));
  for (let k = 2; k < 10 * C.precision; k++) {
    term = term.times(x).neg();
    const add2 = term.div(k);
    sum = sum.plus(add2);
    if (add2.abs().lte(eps.times(sum.abs())))
      break;
  }
  return sum;
}
function sigmoidNeg(C, m) {
  if (m.isNeg())
    return new C(1).div(C.exp(m).plus(1));
  const e = C.exp(m.neg());
  return e.div(e.plus(1));
}
function softplusNeg(C, m) {
  if (m.gt(0))
    return log1p(C, C.exp(m.neg()));
  return m.neg().plus(log1p(C, C.exp(m)));
}
var piCache = /* @__PURE__ */ new Map();
function piValue(C) {
  const digits = C.precision + 10;
  let s = piCache.get(digits);
  if (s === void 0) {
    const scale = 10n ** BigInt(digits);
    const atanInv = (x) => {
      let term = scale / x, sum = term, k = 1n;
      const x2 = x * x;
      while (term !== 0n) {
        term /= x2;
        sum += (k % 2n === 1n ? -term : term) / (2n * k + 1n);
        k++;
      }
      return sum;
    };
    const p = 16n * atanInv(5n) - 4n * atanInv(239n);
    s = `${p}e-${digits}`;
    piCache.set(digits, s);
  }
  return new C(s);
}

// dist/core/compare.js
import Decimal2 from "decimal.js";
var isBracket = (v) => typeof v === "object" && v !== null && "lo" in v && "hi" in v;
function toDecimal(x, digits = 60) {
  const C = precision(digits);
  if (x instanceof Q)
    return x.toDecimal(C);
  if (typeof x === "bigint")
    return new C(x.toString());
  if (typeof x === "number")
    return new C(x);
  return new C(x);
}
function ends(v, digits) {
  return isBracket(v) ? [toDecimal(v.lo, digits), toDecimal(v.hi, digits)] : [toDecimal(v, digits), toDecimal(v, digits)];
}
function badNumber(x) {
  return typeof x === "number" ? !Number.isFinite(x) : x instanceof Decimal2 ? !x.isFinite() : false;
}
function showValue(v) {
  const one = (x) => x instanceof Q ? x.toString() : typeof x === "number" ? String(x) : typeof x === "bigint" ? x.toString() : x.toSignificantDigits(20).toString();
  return isBracket(v) ? `[${one(v.lo)}, ${one(v.hi)}]` : one(v);
}
var RELATIONS = ["le", "ge", "eq"];
var isNum = (x) => typeof x === "number" || typeof x === "bigint" || x instanceof Q || Decimal2.isDecimal(x);
var what = (x) => typeof x === "string" ? `a string ('${x.slice(0, 30)}')` : x === null ? "null" : x === void 0 ? "nothing" : Array.isArray(x) ? "an array" : typeof x.then === "function" ? "a Promise" : typeof x;
function comparisonProblem(rel, tol, where = "") {
  if (!RELATIONS.includes(rel))
    return `'${where}relation' must be one of ${RELATIONS.join(", ")} (measured \u2264, \u2265 or = claimed), got ${typeof rel === "string" ? `'${rel.slice(0, 20)}'` : what(rel)}`;
  if (typeof tol !== "object" || tol === null || Array.isArray(tol))
    return `'${where}tolerance' must be an object like { abs: 0, reason: 'exact' }, got ${what(tol)}`;
  const t = tol;
  if (t.abs !== void 0 && !(typeof t.abs === "number" && Number.isFinite(t.abs) && t.abs >= 0))
    return `'${where}tolerance.abs' must be a finite number \u2265 0, got ${typeof t.abs === "number" ? t.abs : what(t.abs)}`;
  if (t.rel !== void 0 && !(typeof t.rel === "number" && Number.isFinite(t.rel) && t.rel >= 0 && t.rel < 1))
    return `'${where}tolerance.rel' must be a finite number in [0, 1) (a fraction of the values compared), got ${typeof t.rel === "number" ? t.rel : what(t.rel)}`;
  if (typeof t.reason !== "string" || t.reason === "")
    return `'${where}tolerance.reason' must say why this much tolerance, got ${what(t.reason)}`;
  return null;
}
function measurementProblem(m) {
  if (typeof m?.then === "function")
    return "the measure returned a Promise: it must return { measured, claimed } synchronously";
  if (typeof m !== "object" || m === null || Array.isArray(m))
    return `the measure returned ${what(m)}, not { measured, claimed }`;
  for (const k of ["measured", "claimed"]) {
    const v = m[k];
    if (isNum(v))
      continue;
    if (typeof v === "object" && v !== null && "lo" in v && "hi" in v) {
      const { lo, hi } = v;
      if (!isNum(lo) || !isNum(hi))
        return `'${k}' is a bracket whose ${isNum(lo) ? "hi" : "lo"} is ${what(isNum(lo) ? hi : lo)}, not a number`;
      if (badNumber(lo) || badNumber(hi))
        continue;
      if (toDecimal(lo, 40).gt(toDecimal(hi, 40)))
        return `'${k}' is an inverted bracket: lo = ${showValue(lo)} > hi = ${showValue(hi)}`;
      continue;
    }
    return `'${k}' is ${what(v)}, not a number, bigint, Q, Decimal or bracket { lo, hi }`;
  }
  return null;
}
function decide(m, rel, tol, digits = 60) {
  const rule = comparisonProblem(rel, tol);
  if (rule)
    throw new UserError(`bad comparison rule: ${rule}`);
  const problem = measurementProblem(m);
  if (problem)
    throw new UserError(`malformed measurement: ${problem}`);
  for (const v of [m.measured, m.claimed]) {
    const parts = isBracket(v) ? [v.lo, v.hi] : [v];
    if (parts.some(badNumber))
      return { status: "undecided", reason: `non-finite value (${showValue(v)})` };
  }
  const [mlo, mhi] = ends(m.measured, digits);
  const [clo, chi] = ends(m.claimed, digits);
  const scale = Decimal2.max(clo.abs(), chi.abs(), mlo.abs(), mhi.abs());
  const t = new Decimal2(tol.abs ?? 0).plus(scale.times(tol.rel ?? 0));
  const den = Decimal2.max(chi.abs(), clo.abs(), t);
  const relSlack = (s) => (den.isZero() ? s : s.div(den)).toNumber();
  switch (rel) {
    case "le":
      if (mhi.lte(clo.plus(t)))
        return { status: "ok", slack: relSlack(clo.plus(t).minus(mhi)) };
      if (mlo.gt(chi.plus(t)))
        return { status: "violated", gap: mlo.minus(chi) };
      return { status: "undecided", reason: `measured ${showValue(m.measured)} inside the claimed bracket ${showValue(m.claimed)}` };
    case "ge":
      if (mlo.gte(chi.minus(t)))
        return { status: "ok", slack: relSlack(mlo.minus(chi.minus(t))) };
      if (mhi.lt(clo.minus(t)))
        return { status: "violated", gap: clo.minus(mhi) };
      return { status: "undecided", reason: `measured ${showValue(m.measured)} inside the claimed bracket ${showValue(m.claimed)}` };
    case "eq": {
      const far = Decimal2.max(mhi.minus(clo), chi.minus(mlo));
      const near = Decimal2.max(mlo.minus(chi), clo.minus(mhi), 0);
      if (far.lte(t))
        return { status: "ok", slack: t.isZero() ? 1 : t.minus(far).div(t).toNumber() };
      if (near.gt(t))
        return { status: "violated", gap: near };
      return { status: "undecided", reason: `brackets ${showValue(m.measured)} and ${showValue(m.claimed)} too wide to decide at tolerance ${t.toSignificantDigits(3)}` };
    }
  }
}

// dist/core/property.js
import fc2 from "fast-check";

// dist/core/validate.js
var PROVENANCES = ["read", "secondary", "reconstructed"];
var EXPECTED = ["holds", "refuted", "inconclusive"];
var CLAIM_ID = /^[^\s~/]{1,80}\/[^\s~]{1,120}$/;
var MUTANT_ID = /^[^\s~]{1,80}$/;
var isObject = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
var shown = (x) => x === void 0 ? "nothing" : typeof x === "string" ? `'${x.slice(0, 40)}'` : Array.isArray(x) ? "an array" : x === null ? "null" : typeof x;
function checkClaimSpec(builder, spec, rules) {
  if (!isObject(spec))
    throw new UserError(`${builder}: expects an object describing the claim, got ${shown(spec)}`);
  const id = spec.id;
  if (typeof id !== "string" || !CLAIM_ID.test(id))
    throw new UserError(`${builder}: id must look like 'paper/name' (no blanks, no '~'), got ${shown(id)}`);
  noteDefinition(id);
  const bad = (m) => {
    throw new UserError(`${id}: ${m}`);
  };
  for (const k of ["title", "statement"])
    if (typeof spec[k] !== "string" || spec[k] === "")
      bad(`'${k}' must be a non-empty string, got ${shown(spec[k])}`);
  const src = spec.source;
  if (!isObject(src))
    bad(`'source' must be an object like { arxiv: '2412.08424', where: 'Theorem 3.3', catalogue: '\u2026' }, got ${shown(src)}`);
  const s = src;
  if (typeof s.where !== "string" || s.where === "")
    bad(`'source.where' must say where in the paper (e.g. 'Theorem 3.3'), got ${shown(s.where)}`);
  for (const k of ["arxiv", "version", "catalogue"])
    if (s[k] !== void 0 && typeof s[k] !== "string")
      bad(`'source.${k}' must be a string, got ${shown(s[k])}`);
  if (!PROVENANCES.includes(spec.provenance))
    bad(`'provenance' must be one of ${PROVENANCES.join(", ")} (how the statement was obtained), got ${shown(spec.provenance)}`);
  if (spec.expected !== void 0 && !EXPECTED.includes(spec.expected))
    bad(`'expected' must be one of ${EXPECTED.join(", ")}, got ${shown(spec.expected)}`);
  for (const f of rules.functions ?? [])
    if (typeof spec[f] !== "function")
      bad(`'${f}' must be a function, got ${shown(spec[f])}`);
  for (const f of rules.optionalFunctions ?? [])
    if (spec[f] !== void 0 && typeof spec[f] !== "function")
      bad(`'${f}' must be a function, got ${shown(spec[f])}`);
  if (rules.comparison) {
    const p = comparisonProblem(spec.relation, spec.tolerance);
    if (p)
      bad(p);
  }
  const list = spec[rules.list];
  if (list === void 0 && rules.listOptional)
    return;
  if (!Array.isArray(list))
    bad(`'${rules.list}' must be an array (each broken variant the checker must refute; [] for none), got ${shown(list)}`);
  const seen = /* @__PURE__ */ new Set();
  list.forEach((m, k) => {
    if (!isObject(m))
      bad(`${rules.list}[${k}] must be an object, got ${shown(m)}`);
    const mid3 = m.id;
    if (typeof mid3 !== "string" || !MUTANT_ID.test(mid3))
      bad(`${rules.list}[${k}].id must be a short name without blanks or '~', got ${shown(mid3)}`);
    if (seen.has(mid3))
      bad(`${rules.list}[${k}].id '${mid3}' is used twice`);
    seen.add(mid3);
    if (typeof m.description !== "string")
      bad(`${rules.list}[${k}] ('${mid3}') needs a 'description' string`);
    const mm = m;
    if (rules.comparison && (mm.relation !== void 0 || mm.tolerance !== void 0)) {
      const p = comparisonProblem(mm.relation ?? spec.relation, mm.tolerance ?? spec.tolerance, `${rules.list}[${k}].`);
      if (p)
        bad(p);
    }
  });
}

// dist/search/rng.js
var SearchRng = class _SearchRng {
  s;
  constructor(seed) {
    this.s = seed | 0;
  }
  /** A uniform int32, as fast-check's generators expect. */
  next() {
    this.s = this.s + 2654435769 | 0;
    let z = this.s;
    z = Math.imul(z ^ z >>> 16, 2246822507);
    z = Math.imul(z ^ z >>> 13, 3266489909);
    return z ^ z >>> 16;
  }
  clone() {
    return new _SearchRng(this.s);
  }
  getState() {
    return [this.s];
  }
  /** Uniform integer in [min, max]. */
  int(min, max) {
    return min + (this.next() >>> 0) % (max - min + 1);
  }
  pick(xs) {
    return xs[this.int(0, xs.length - 1)];
  }
  /** Up to k elements of xs, in a random order, without repetition. */
  sample(xs, k) {
    const a = xs.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a.slice(0, k);
  }
};

// dist/search/choices.js
import fc from "fast-check";
var SCRIPTED_CALLS = 4096;
var clamp = (v, min, max) => {
  if (typeof min === "bigint") {
    const b = BigInt(v);
    return b < min ? min : b > max ? max : b;
  }
  const n = Number(v);
  return n < min ? min : n > max ? max : n;
};
var ScriptedRandom = class extends fc.Random {
  script;
  choices = [];
  constructor(rng, script) {
    super(rng);
    this.script = script;
  }
  answer(min, max, random) {
    const k = this.choices.length;
    const s = k < SCRIPTED_CALLS ? this.script(k, min, max) : void 0;
    const value = s === void 0 ? random() : clamp(s, min, max);
    this.choices.push({ min, max, value });
    return value;
  }
  nextInt(min, max) {
    if (min === void 0 || max === void 0)
      return super.nextInt();
    return this.answer(min, max, () => super.nextInt(min, max));
  }
  nextBigInt(min, max) {
    return this.answer(min, max, () => super.nextBigInt(min, max));
  }
};
function generateScripted(arb, script, seed, bias) {
  const r = new ScriptedRandom(new SearchRng(seed), script);
  try {
    return { value: arb.generate(r, bias), choices: r.choices };
  } catch {
    return void 0;
  }
}
var replaying = (choices, changed = /* @__PURE__ */ new Map()) => (k) => changed.get(k) ?? choices[k]?.value;
var width = (c) => BigInt(c.max) - BigInt(c.min);
var bits = (c) => width(c).toString(2).length;
var add = (c, d) => typeof c.value === "bigint" ? c.value + d : Number(BigInt(c.value) + d);
var mid = (a, b) => typeof a === "bigint" ? (a + BigInt(b)) / 2n : Math.floor((a + Number(b)) / 2);
function choiceMoves(choices, rng, count, other, scale) {
  const free = choices.map((c, k) => k).filter((k) => width(choices[k]) > 0n);
  if (free.length === 0)
    return [];
  const out = [];
  for (let m = 0; m < count; m++) {
    const k = rng.pick(free), c = choices[k];
    const kind = rng.int(0, 9);
    let v, j;
    if (kind < 6) {
      const top = bits(c) - 1;
      j = scale !== void 0 && rng.int(0, 9) < 7 ? Math.max(0, Math.min(top, scale + rng.int(-2, 1))) : rng.int(0, top);
      v = add(c, (rng.int(0, 1) ? 1n : -1n) << BigInt(j));
    } else if (kind === 6)
      v = rng.int(0, 1) ? c.max : c.min;
    else if (kind === 7 && free.length > 1)
      v = choices[rng.pick(free)].value;
    else if (other && other[k] && other[k].value !== c.value)
      v = mid(c.value, other[k].value);
    else
      v = add(c, rng.int(0, 1) ? 1n : -1n);
    out.push({ changed: /* @__PURE__ */ new Map([[k, clamp(v, c.min, c.max)]]), ...j !== void 0 ? { scale: j } : {} });
  }
  return out;
}

// dist/search/endpoints.js
var MIXED_MEMBERS = 60;
function* endpointMembers(arb, seed) {
  const rng = new SearchRng(seed ^ 60830);
  const gen = (end) => generateScripted(arb, (k, min, max) => {
    const e = end(k);
    return e === "min" ? min : e === "max" ? max : void 0;
  }, rng.next());
  const top = gen(() => "max");
  if (top?.value)
    yield { value: top.value, choices: top.choices };
  const bottom = gen(() => "min");
  if (bottom?.value)
    yield { value: bottom.value, choices: bottom.choices };
  const choices = Math.max(1, Math.min(top?.choices.length ?? 1, bottom?.choices.length ?? 1));
  for (let m = 0; m < MIXED_MEMBERS; m++) {
    const k = Math.floor(m / 4);
    let end;
    switch (m % 4) {
      case 0:
        end = (c) => c === k % choices ? "min" : "max";
        break;
      case 1:
        end = (c) => c === k % choices ? "max" : "min";
        break;
      case 2: {
        const bits2 = new SearchRng(rng.next());
        end = () => bits2.int(0, 1) ? "max" : "min";
        break;
      }
      default: {
        const at = rng.int(0, choices - 1);
        const e = rng.int(0, 1) ? "max" : "min";
        end = (c) => c === at ? e : void 0;
      }
    }
    const g = gen(end);
    if (g?.value)
      yield { value: g.value, choices: g.choices };
  }
}

// dist/search/search.js
var FIRST_MEMBERS = 6;
var FAMILY_EVERY = 8;
var RESTART_EVERY = 10;
var GROWTH = 1.01;
var POOL = 8;
var MOVES_PER_STEP = 3;
var RISE = 1.05;
var RISING_RUN = 3;
function searchBoundary(o) {
  const rng = new SearchRng(o.seed ^ 387780);
  const t0 = performance.now();
  const seen = /* @__PURE__ */ new Set();
  const pool = [];
  const choicePool = [];
  const effort = {
    random: o.draws.length,
    families: [],
    localSteps: 0,
    restarts: 0,
    evaluations: 0,
    budget: o.evaluations,
    undecided: 0,
    rejected: 0,
    largest: {},
    stopped: "budget"
  };
  let best;
  let next = 0;
  let lastScore;
  const consider = (c) => {
    const e = c.evaluation;
    if (e.status !== "ok" || e.score === void 0 || !Number.isFinite(e.score))
      return;
    for (const [k, v] of Object.entries(o.space?.size?.(c.instance) ?? {}))
      effort.largest[k] = Math.max(effort.largest[k] ?? 0, v);
    if (!best || e.score > best.evaluation.score)
      best = c;
    const keep = (p) => {
      if (p.length < POOL || e.score >= p[p.length - 1].evaluation.score) {
        p.push(c);
        p.sort((a, b) => b.evaluation.score - a.evaluation.score);
        if (p.length > POOL)
          p.pop();
      }
    };
    keep(pool);
    if (c.choices)
      keep(choicePool);
  };
  for (const d of o.draws) {
    const c = { instance: d.instance, index: next++, origin: `random draw ${next - 1}`, evaluation: d.evaluation };
    seen.add(o.key(d.instance));
    if (o.stopAt === c.index)
      return { effort, target: c };
    consider(c);
  }
  const tryOne = (instance, origin, value, choices, scale) => {
    const k = o.key(instance);
    if (seen.has(k))
      return { done: false, fresh: false };
    seen.add(k);
    const c = { instance, index: next++, origin, ...value ? { value } : {}, ...choices ? { choices } : {}, ...scale !== void 0 ? { scale } : {} };
    if (o.stopAt === c.index)
      return { done: true, result: { effort, target: c } };
    if (o.stopAt === void 0 && effort.evaluations >= o.evaluations) {
      effort.stopped = "budget";
      return { done: true, result: { effort, best } };
    }
    if (o.stopAt === void 0 && o.timeCapMs !== void 0 && performance.now() - t0 > o.timeCapMs) {
      effort.stopped = "time cap";
      return { done: true, result: { effort, best } };
    }
    effort.evaluations++;
    const e = c.evaluation = o.evaluate(instance);
    lastScore = e.status === "ok" ? e.score : void 0;
    if (e.status === "violated") {
      effort.stopped = "violation";
      return { done: true, result: { effort, best, found: c } };
    }
    if (e.status === "undecided") {
      effort.undecided++;
      effort.undecidedReason ??= e.reason;
    }
    if (e.status === "rejected")
      effort.rejected++;
    consider(c);
    return { done: false, fresh: true, status: e.status };
  };
  const families = [];
  const addFamily = (name, members, sized) => {
    effort.families.push({ name, tried: 0 });
    families.push({ it: members[Symbol.iterator](), live: true, i: families.length, name, tried: 0, sized, rising: 0 });
  };
  for (const f of o.space?.families ?? [])
    addFamily(f.name, (function* () {
      for (const instance of f.members())
        yield { instance };
    })(), true);
  if (o.arbitrary) {
    const arb = o.arbitrary;
    addFamily("endpoints", (function* () {
      for (const m of endpointMembers(arb, o.seed))
        yield { instance: m.value.value, value: m.value, choices: m.choices };
    })(), false);
  }
  const familyRound = (onlyRising = false) => {
    for (const f of families) {
      if (onlyRising && f.rising < RISING_RUN)
        continue;
      while (f.live) {
        let r;
        try {
          r = f.it.next();
        } catch {
          f.live = false;
          break;
        }
        if (r.done) {
          f.live = false;
          break;
        }
        f.tried++;
        const s = tryOne(r.value.instance, `family ${f.name}`, r.value.value, r.value.choices);
        if (s.done) {
          if (s.result.found)
            effort.families[f.i].tried++;
          return s;
        }
        if (!s.fresh)
          continue;
        effort.families[f.i].tried++;
        const score = s.status === "ok" ? lastScore : void 0;
        if (score === void 0 && f.sized || f.tried > FIRST_MEMBERS && f.best !== void 0 && (score ?? -Infinity) < f.best * GROWTH)
          f.live = false;
        f.rising = f.sized && score !== void 0 && f.best !== void 0 && score >= f.best * RISE ? f.rising + 1 : 0;
        if (score !== void 0)
          f.best = Math.max(f.best ?? -Infinity, score);
        break;
      }
    }
    return void 0;
  };
  for (let r = 0; r < FIRST_MEMBERS; r++) {
    const s = familyRound();
    if (s?.done)
      return s.result;
  }
  const draw = () => {
    if (!o.arbitrary)
      return void 0;
    const seed = rng.next(), bias = rng.int(0, 1) ? void 0 : rng.int(2, 20);
    return generateScripted(o.arbitrary, () => void 0, seed, bias);
  };
  const shrinkTree = (c) => c.value && o.arbitrary ? [...o.arbitrary.shrink(c.value.value, c.value.context).take(12)] : [];
  const movesOf = (x) => {
    try {
      return o.space?.neighbours?.(x, rng) ?? [];
    } catch {
      return [];
    }
  };
  let idle = 0;
  for (let step = 0; ; step++) {
    if (step > 0 && step % FAMILY_EVERY === 0) {
      const s = familyRound();
      if (s?.done)
        return s.result;
    } else if (step > 0) {
      const s = familyRound(true);
      if (s?.done)
        return s.result;
    }
    let fresh = false;
    if ((step % RESTART_EVERY === RESTART_EVERY - 1 || pool.length === 0) && o.arbitrary) {
      const v = draw();
      effort.restarts++;
      if (v) {
        const s = tryOne(v.value.value, "restart", v.value, v.choices);
        if (s.done)
          return s.result;
        fresh = s.fresh;
      }
    } else if (step % 2 === 1 && choicePool.length > 0 && o.arbitrary) {
      const parent = rng.int(0, 1) === 0 ? choicePool[0] : rng.pick(choicePool);
      const other = rng.pick(choicePool);
      effort.localSteps++;
      for (const m of choiceMoves(parent.choices, rng, MOVES_PER_STEP, other.choices, parent.scale)) {
        const g = generateScripted(o.arbitrary, replaying(parent.choices, m.changed), rng.next());
        if (!g)
          continue;
        const s = tryOne(g.value.value, "choice move", g.value, g.choices, m.scale);
        if (s.done)
          return s.result;
        fresh ||= s.fresh;
      }
    } else if (pool.length > 0) {
      const parent = rng.int(0, 1) === 0 ? pool[0] : rng.pick(pool);
      const moves = [
        ...movesOf(parent.instance).map((instance) => ({ instance })),
        ...shrinkTree(parent).map((v) => ({ instance: v.value, value: v }))
      ];
      effort.localSteps++;
      for (const m of rng.sample(moves, MOVES_PER_STEP)) {
        const s = tryOne(m.instance, "local step", m.value);
        if (s.done)
          return s.result;
        fresh ||= s.fresh;
      }
    }
    idle = fresh ? 0 : idle + 1;
    if (idle > 200 || pool.length === 0 && !o.arbitrary) {
      effort.stopped = "nothing left to try";
      return { effort, best };
    }
  }
}

// dist/search/space.js
var spaces = /* @__PURE__ */ new WeakMap();
function withSpace(arb, space) {
  spaces.set(arb, space);
  return arb;
}
function spaceOf(arb) {
  return spaces.get(arb);
}
function fieldSpace(inner, get, set, opts) {
  return {
    name: inner.name,
    families: inner.families?.map((f) => ({
      name: f.name,
      description: f.description,
      *members() {
        for (const a of f.members())
          yield* opts.seeds(a);
      }
    })),
    neighbours: (r, rng) => [...(inner.neighbours?.(get(r), rng) ?? []).map((a) => set(r, a)), ...opts.vary?.(r, rng) ?? []],
    simplify: inner.simplify ? (r) => inner.simplify(get(r)).map((a) => set(r, a)) : void 0,
    size: opts.size ?? (inner.size ? (r) => inner.size(get(r)) : void 0)
  };
}

// dist/search/shrink.js
function shrinkGreedy(start, simpler, stillViolated, maxEvaluations = 200) {
  let cur = start;
  const path = [];
  let evaluations = 0;
  outer: while (evaluations < maxEvaluations) {
    const cands = simpler(cur);
    for (let i = 0; i < cands.length && evaluations < maxEvaluations; i++) {
      evaluations++;
      if (stillViolated(cands[i])) {
        cur = cands[i];
        path.push(i);
        continue outer;
      }
    }
    break;
  }
  return { value: cur, path, evaluations };
}
function followPath(start, simpler, path) {
  let cur = start;
  for (const i of path) {
    const c = simpler(cur)[i];
    if (c === void 0)
      throw new Error(`the shrink path does not fit this search (step ${i} does not exist)`);
    cur = c;
  }
  return cur;
}

// dist/search/score.js
var mid2 = (v) => {
  if (typeof v === "object" && v !== null && "lo" in v && "hi" in v)
    return (toDecimal(v.lo, 30).toNumber() + toDecimal(v.hi, 30).toNumber()) / 2;
  return toDecimal(v, 30).toNumber();
};
function boundaryRatio(m, rel) {
  if (rel === "eq")
    return void 0;
  const a = mid2(m.measured), b = mid2(m.claimed);
  const [num, den] = rel === "le" ? [a, b] : [b, a];
  if (!Number.isFinite(num) || !Number.isFinite(den) || den <= 0 || num < 0)
    return void 0;
  return num / den;
}

// dist/search/summary.js
var LONG = 100;
var sizes = (largest) => Object.entries(largest).map(([k, v]) => `${k} \u2264 ${v}`).join(", ");
function searchLines(s, replay) {
  const fams = s.families.filter((f) => f.tried > 0).map((f) => `${f.name} ${f.tried}`).join(", ");
  const out = [
    `search (${s.space}): ${s.random} random instances; ${s.evaluations} searched: ${s.localSteps} local steps, ${s.restarts} restarts${fams ? `; families: ${fams}` : ""}`
  ];
  const size = sizes(s.largest);
  const budget = s.stopped === "budget" ? `search budget used up (${s.evaluations}/${s.budget} evaluations; --budget scales it)` : s.stopped === "time cap" ? `search stopped at its time cap after ${s.evaluations}/${s.budget} evaluations` : s.stopped === "violation" ? `search stopped at a violation (${s.foundBy ?? "?"})` : `search ran out of new candidates after ${s.evaluations} evaluations`;
  out.push(`${budget}${size ? `; largest ${size}` : ""}${s.undecided ? `; ${s.undecided} undecided (${s.undecidedReason})` : ""}`);
  if (s.closest) {
    const c = s.closest;
    out.push(`closest approach: ${c.ratio} = ${c.score.toPrecision(6)} (measured ${c.measured}, claimed ${c.claimed})`);
    out.push(`  at ${c.instance.length > LONG ? `${c.instance.slice(0, LONG)} \u2026 (${c.instance.length} characters; whole in --json)` : c.instance}`);
    out.push(`  replay: ${replay(c.path)}`);
  }
  return out;
}

// dist/core/property.js
var message = (e) => (e instanceof Error ? e.message : String(e)).split("\n")[0];
var SEARCH_BUDGET = { spaceEvaluations: 150, genericShare: 1 };
var SEARCH_PATH = /^s:(\d+):(\d+)((?::\d+)*)$/;
var MAX_SKIPS = 20;
var propertyRuns = (spec, ctx) => Math.max(1, Math.round(ctx.runs * (spec.weight ?? 1) * ctx.budget));
var replayPaths = (spec) => (ctx) => ({ kind: "fast-check", drawn: propertyRuns(spec, ctx) * (MAX_SKIPS + 1) });
function runProperty(spec, ctx) {
  const verifyMode = { exact: true, digits: ctx.digits };
  const replayed = { count: 0, refuting: 0, notes: [] };
  const precision2 = `search ${spec.precision.search}; verify ${spec.precision.verify}`;
  const relText = spec.relation === "le" ? ">" : spec.relation === "ge" ? "<" : "\u2260";
  for (const ex of ctx.path === void 0 ? ctx.examples ?? [] : []) {
    if (!ex.hasValue)
      continue;
    replayed.count++;
    const instance = ex.value;
    let m, d;
    try {
      const h = spec.hypotheses?.(instance) ?? true;
      if (h !== true) {
        replayed.notes.push(`${ex.label} is outside the hypotheses now (${h}): ${ex.shown}`);
        continue;
      }
      m = spec.measure(instance, verifyMode);
      d = decide(m, spec.relation, spec.tolerance, ctx.digits + 10);
    } catch (e) {
      replayed.notes.push(`${ex.label} no longer applies, the measure failed on it (${message(e)}): ${ex.shown}`);
      continue;
    }
    if (d.status === "violated") {
      replayed.refuting++;
      return {
        precision: precision2,
        seed: ex.seed,
        path: ex.path,
        verdict: "refuted",
        instances: 1,
        replayed,
        reason: `${ex.label} replayed first, still a counterexample, re-verified (${spec.precision.verify}): measured ${showValue(m.measured)} ${relText} claimed ${showValue(m.claimed)}`,
        counterexample: { instance: spec.show(instance), measured: showValue(m.measured), claimed: showValue(m.claimed), gap: d.gap.toSignificantDigits(12).toString(), verifiedWith: spec.precision.verify },
        details: m.note ? [m.note] : void 0,
        refuting: { value: instance }
      };
    }
    if (d.status === "undecided")
      replayed.notes.push(`${ex.label} is undecided now (${d.reason}): ${ex.shown}`);
  }
  const o = searchProperty(spec, ctx);
  return replayed.count ? { ...o, replayed, details: [...o.details ?? [], `replayed ${replayed.count} saved counterexample(s) first: none refutes the claim now`, ...replayed.notes] } : o;
}
function searchProperty(spec, ctx) {
  const verifyMode = { exact: true, digits: ctx.digits };
  const searchMode = { exact: false, digits: ctx.digits };
  const stats = { decided: 0, undecided: 0, errors: 0, floatOverruled: 0, worstSlack: Infinity };
  const replaySearch = ctx.path !== void 0 ? SEARCH_PATH.exec(ctx.path) : null;
  if (ctx.path !== void 0 && !replaySearch && !/^\d+(:\d+)*$/.test(ctx.path))
    throw new Error(`not a replay path: '${ctx.path}'`);
  let shrinking = false;
  const draws = [];
  const judge = (instance, mode) => {
    const m = spec.measure(instance, mode);
    return { m, d: decide(m, spec.relation, spec.tolerance, ctx.digits + 10) };
  };
  const assess = (instance) => {
    const h = spec.hypotheses?.(instance) ?? true;
    if (h !== true)
      return "rejected";
    try {
      let r = judge(instance, searchMode);
      if (r.d.status !== "ok") {
        const v = judge(instance, verifyMode);
        if (r.d.status === "violated" && v.d.status === "ok" && !shrinking)
          stats.floatOverruled++;
        r = v;
      }
      return r;
    } catch (e) {
      return { error: message(e) };
    }
  };
  const ratioName = spec.relation === "le" ? "measured/claimed" : spec.relation === "ge" ? "claimed/measured" : "1 \u2212 slack";
  const evaluation = (a) => {
    if (a === "rejected")
      return { status: "rejected", reason: "outside the hypotheses" };
    if ("error" in a)
      return { status: "undecided", reason: `the measure failed: ${a.error}` };
    if (a.d.status === "violated")
      return { status: "violated" };
    if (a.d.status === "undecided")
      return { status: "undecided", reason: a.d.reason };
    const score = boundaryRatio(a.m, spec.relation) ?? 1 - a.d.slack;
    return { status: "ok", score, slack: a.d.slack, measured: showValue(a.m.measured), claimed: showValue(a.m.claimed) };
  };
  const predicate = (instance) => {
    const a = assess(instance);
    if (a === "rejected")
      fc2.pre(false);
    if (!shrinking)
      draws.push({ instance, evaluation: evaluation(a) });
    if ("error" in a) {
      if (!shrinking) {
        stats.errors++;
        stats.errorMessage ??= a.error;
      }
      return true;
    }
    const d = a.d;
    if (d.status === "violated") {
      shrinking = true;
      return false;
    }
    if (shrinking)
      return true;
    if (d.status === "undecided") {
      stats.undecided++;
      stats.undecidedReason ??= d.reason;
      return true;
    }
    stats.decided++;
    stats.worstSlack = Math.min(stats.worstSlack, d.slack);
    return true;
  };
  const numRuns = replaySearch ? Number(replaySearch[1]) : propertyRuns(spec, ctx);
  const fcPath = replaySearch ? void 0 : ctx.path;
  const details = fc2.check(fc2.property(spec.instances, predicate), {
    seed: ctx.seed,
    numRuns,
    ...fcPath !== void 0 ? { path: fcPath, endOnFailure: true } : {},
    maxSkipsPerRun: MAX_SKIPS
  });
  const precision2 = `search ${spec.precision.search}; verify ${spec.precision.verify}`;
  const base = { precision: precision2, seed: details.seed, skipped: details.numSkips };
  const relText = spec.relation === "le" ? ">" : spec.relation === "ge" ? "<" : "\u2260";
  const refutation = (instance, path, shrinks, how, extra = {}) => {
    const m = spec.measure(instance, verifyMode);
    const d = decide(m, spec.relation, spec.tolerance, ctx.digits + 10);
    const gap = d.status === "violated" ? d.gap.toSignificantDigits(12).toString() : "?";
    return {
      ...base,
      verdict: "refuted",
      reason: `counterexample ${how}re-verified (${spec.precision.verify}): measured ${showValue(m.measured)} ${relText} claimed ${showValue(m.claimed)}`,
      instances: stats.decided + 1,
      path,
      counterexample: { instance: spec.show(instance), measured: showValue(m.measured), claimed: showValue(m.claimed), gap, verifiedWith: spec.precision.verify, shrinks },
      details: m.note ? [m.note] : void 0,
      refuting: { value: instance },
      ...extra
    };
  };
  if (details.failed && details.counterexample) {
    return refutation(details.counterexample[0], details.counterexamplePath ?? void 0, details.numShrinks, "");
  }
  if (details.failed) {
    return { ...base, verdict: "inconclusive", reason: `search stopped: ${message(details.errorInstance ?? "too many instances rejected by the hypotheses")}`, instances: stats.decided };
  }
  let summary;
  if (fcPath === void 0) {
    const space = spec.space === false ? void 0 : spec.space ?? spaceOf(spec.instances);
    const budget = Math.max(1, Math.round(space ? SEARCH_BUDGET.spaceEvaluations * ctx.budget : SEARCH_BUDGET.genericShare * numRuns * ctx.budget));
    const evaluate = (x) => {
      const e = evaluation(assess(x));
      if (e.slack !== void 0)
        stats.worstSlack = Math.min(stats.worstSlack, e.slack);
      return e;
    };
    const res = searchBoundary({
      seed: ctx.seed,
      evaluations: budget,
      draws,
      evaluate,
      key: spec.show,
      arbitrary: spec.instances,
      space,
      ...replaySearch ? { stopAt: Number(replaySearch[2]) } : {}
    });
    const violated = (x) => {
      const a = assess(x);
      return a !== "rejected" && !("error" in a) && a.d.status === "violated";
    };
    const treeOf = (v) => [...spec.instances.shrink(v.value, v.context).take(40)];
    if (replaySearch) {
      const t = res.target;
      if (!t)
        return { ...base, verdict: "inconclusive", reason: `the search at seed ${ctx.seed} has no candidate ${replaySearch[2]} (a path from another version or seed?)`, instances: 0 };
      const steps = replaySearch[3].split(":").filter(Boolean).map(Number);
      const instance = steps.length === 0 ? t.instance : space?.simplify ? followPath(t.instance, space.simplify, steps) : t.value ? followPath(t.value, treeOf, steps).value : followPath(t.instance, () => [], steps);
      if (violated(instance))
        return refutation(instance, ctx.path, steps.length, `from the search (${t.origin}) `);
      const e = evaluate(instance);
      return { ...base, verdict: e.status === "ok" ? "holds" : "inconclusive", reason: `replayed search candidate ${ctx.path} (${t.origin}): no violation; ${e.status === "ok" ? `${ratioName} = ${e.score.toPrecision(6)}` : e.reason}`, instances: 1, details: [`instance: ${spec.show(instance)}`, ...e.measured ? [`measured ${e.measured}, claimed ${e.claimed}`] : []] };
    }
    const b = res.best;
    summary = {
      space: space?.name ?? "generic",
      ...res.effort,
      ...b ? { closest: { ratio: ratioName, score: b.evaluation.score, instance: spec.show(b.instance), measured: b.evaluation.measured, claimed: b.evaluation.claimed, path: `s:${numRuns}:${b.index}` } } : {}
    };
    if (res.found) {
      const f = res.found;
      let instance = f.instance, path = [];
      if (space?.simplify)
        ({ value: instance, path } = shrinkGreedy(f.instance, space.simplify, violated));
      else if (f.value) {
        const r = shrinkGreedy(f.value, treeOf, (v) => violated(v.value));
        instance = r.value.value;
        path = r.path;
      }
      summary.foundBy = f.origin;
      const p = `s:${numRuns}:${f.index}${path.map((i) => `:${i}`).join("")}`;
      return refutation(instance, p, path.length, `found by the search (${f.origin}, candidate ${f.index}) and `, { search: summary, instances: stats.decided + res.effort.evaluations });
    }
  }
  const searched = summary ? ` and ${summary.evaluations} searched (${summary.space}; ${summary.stopped === "budget" ? "budget used up" : summary.stopped})` : "";
  const lines = summary ? searchLines(summary, (p) => replayLine(spec.id ?? "?", details.seed, p)) : [];
  const withSearch = { ...summary ? { search: summary } : {}, ...lines.length ? { details: lines } : {} };
  const scope = `${stats.decided} random instances${searched}`;
  if (stats.errors > 0)
    return { ...base, ...withSearch, verdict: "inconclusive", reason: `the measure failed on ${stats.errors} instance(s): ${stats.errorMessage}`, instances: stats.decided };
  if (stats.undecided > 0)
    return { ...base, ...withSearch, verdict: "inconclusive", reason: `${stats.undecided} instance(s) undecided: ${stats.undecidedReason}`, instances: stats.decided };
  if (details.numSkips > stats.decided)
    return { ...base, ...withSearch, verdict: "inconclusive", reason: `hypotheses rejected ${details.numSkips} of ${details.numSkips + stats.decided} drawn instances`, instances: stats.decided };
  if (stats.decided === 0)
    return { ...base, ...withSearch, verdict: "inconclusive", reason: "no instance was decided", instances: 0 };
  return {
    ...base,
    ...withSearch,
    verdict: "holds",
    reason: `no counterexample in ${scope}${stats.floatOverruled ? ` (${stats.floatOverruled} float64 alarms overruled by re-verification)` : ""}`,
    instances: stats.decided + (summary ? summary.evaluations - summary.undecided - summary.rejected : 0),
    worstSlack: stats.worstSlack
  };
}
function propertyClaim(spec) {
  checkClaimSpec("propertyClaim", spec, { list: "mutants", functions: ["measure", "show"], optionalFunctions: ["hypotheses"], comparison: true });
  if (typeof spec.instances?.generate !== "function")
    throw new UserError(`${spec.id}: 'instances' must be a fast-check arbitrary (e.g. arbitraries.separableDataset({...}) or fc.record(...))`);
  const paper = spec.id.split("/")[0];
  const mutants = spec.mutants.map((m) => ({
    id: m.id,
    description: m.description,
    run: (ctx) => runProperty({ ...spec, ...stripMeta(m), id: `${spec.id}~${m.id}` }, ctx),
    replay: replayPaths({ weight: m.weight ?? spec.weight })
  }));
  return { ...spec, paper, mutants, run: (ctx) => runProperty(spec, ctx), replay: replayPaths(spec) };
}
function stripMeta(m) {
  const { id: _id, description: _d, ...rest } = m;
  return rest;
}
function replayLine(claimId, seed, path, file) {
  return `gdcheck replay ${claimId}${file === void 0 ? "" : ` --file ${shellWord(file)}`}${seed === void 0 ? "" : ` --seed ${seed}`} --path "${path}"`;
}
function withReplayFile(text, file) {
  return text.replace(/gdcheck replay (\S+)(?!\S)(?! --file )/g, (_, id) => `gdcheck replay ${id} --file ${shellWord(file)}`);
}
function shellWord(s) {
  return /^[\w./@%+,:=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export {
  definedIn,
  MAX_CHECK_DIGITS,
  precision,
  log1p,
  sigmoidNeg,
  softplusNeg,
  piValue,
  toDecimal,
  showValue,
  decide,
  isObject,
  checkClaimSpec,
  SearchRng,
  searchBoundary,
  withSpace,
  spaceOf,
  fieldSpace,
  shrinkGreedy,
  followPath,
  boundaryRatio,
  searchLines,
  SEARCH_BUDGET,
  propertyClaim,
  replayLine,
  withReplayFile
};
