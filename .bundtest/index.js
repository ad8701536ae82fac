import {
  showDuration
} from "./chunk-Z2ALG2GH.js";
import {
  SCENARIO_FILE,
  loadScenarios,
  runScenario,
  scenarioFiles
} from "./chunk-KNPGIU3N.js";
import {
  MAX_LENGTH,
  MAX_NESTING,
  NotFinite,
  RULES,
  applyTwin,
  checkDerivation,
  derivationClaim,
  isDerivationClaim,
  mulberry32,
  parseExpr,
  summarize
} from "./chunk-3VWGV47V.js";
import {
  checkOutputPath,
  writeFileAtomic
} from "./chunk-MHEI33N5.js";
import {
  runSweep
} from "./chunk-55JYQ33C.js";
import {
  parseNumber,
  parseNumberList,
  parseSettings
} from "./chunk-TUWJEXOA.js";
import {
  allAsExpected,
  runClaim
} from "./chunk-2MI5EISQ.js";
import {
  MAX_CHECK_DIGITS,
  SEARCH_BUDGET,
  SearchRng,
  boundaryRatio,
  checkClaimSpec,
  decide,
  fieldSpace,
  followPath,
  log1p,
  piValue,
  precision,
  propertyClaim,
  replayLine,
  searchBoundary,
  searchLines,
  showValue,
  shrinkGreedy,
  sigmoidNeg,
  softplusNeg,
  spaceOf,
  toDecimal,
  withSpace
} from "./chunk-LVUM6PTI.js";
import {
  VERSION
} from "./chunk-WZMLMJOQ.js";
import {
  ReplayPathError,
  asExpected,
  isClaim
} from "./chunk-27THDAXQ.js";
import {
  Q,
  commonDenominator,
  qvec
} from "./chunk-GAT5BCTC.js";
import "./chunk-6LT5EU5C.js";
import {
  UserError,
  __export
} from "./chunk-RYYXEEND.js";

// dist/core/cases.js
function runCases(spec, ctx) {
  const list = typeof spec.cases === "function" ? spec.cases(ctx) : spec.cases;
  const only = ctx.path !== void 0 ? [Number(ctx.path)] : list.map((_, k) => k);
  let worst = Infinity;
  let decided = 0;
  const lines = [];
  for (const k of only) {
    const c = list[k];
    if (c === void 0)
      return { verdict: "inconclusive", reason: `no case ${k}`, instances: 0, precision: spec.precision };
    let m, d;
    try {
      m = spec.measure(c, ctx.digits);
      d = decide(m, spec.relation, spec.tolerance, ctx.digits + 10);
    } catch (e) {
      return { verdict: "inconclusive", reason: `the measure failed on case ${k}: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`, instances: decided, precision: spec.precision };
    }
    lines.push(`case ${k}: ${spec.show(c)}: measured ${showValue(m.measured)}, claimed ${showValue(m.claimed)}${m.note ? ` (${m.note})` : ""}`);
    if (d.status === "violated") {
      return {
        verdict: "refuted",
        reason: `case ${k} fails: measured ${showValue(m.measured)}, claimed ${showValue(m.claimed)}`,
        instances: decided + 1,
        precision: spec.precision,
        path: String(k),
        counterexample: { instance: spec.show(c), measured: showValue(m.measured), claimed: showValue(m.claimed), gap: d.gap.toSignificantDigits(12).toString(), verifiedWith: spec.precision },
        details: lines
      };
    }
    if (d.status === "undecided")
      return { verdict: "inconclusive", reason: `case ${k}: ${d.reason}`, instances: decided, precision: spec.precision, details: lines };
    decided++;
    worst = Math.min(worst, d.slack);
  }
  return {
    verdict: spec.exact ? "verified" : "holds",
    reason: spec.exact ? `all ${decided} cases agree exactly` : `all ${decided} cases agree within tolerance (${spec.tolerance.reason})`,
    instances: decided,
    worstSlack: worst,
    precision: spec.precision,
    details: lines
  };
}
var replayPaths = (spec) => (ctx) => ({
  kind: "index",
  what: "case",
  count: (typeof spec.cases === "function" ? spec.cases(ctx) : spec.cases).length
});
function casesClaim(spec) {
  checkClaimSpec("casesClaim", spec, { list: "mutants", functions: ["measure", "show"], comparison: true });
  const paper = spec.id.split("/")[0];
  const mutants = spec.mutants.map(({ id, description, ...over }) => ({
    id,
    description,
    run: (ctx) => runCases({ ...spec, ...over }, ctx),
    replay: replayPaths({ ...spec, ...over })
  }));
  return { ...spec, paper, mutants, run: (ctx) => runCases(spec, ctx), replay: replayPaths(spec) };
}

// dist/core/define.js
function defineClaim(spec) {
  checkClaimSpec("defineClaim", spec, { list: "mutants", functions: ["run"] });
  return { ...spec, paper: spec.id.split("/")[0] };
}

// dist/rates/fit.js
function tQuantile975(df) {
  const table = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];
  if (df < 1)
    return Infinity;
  if (df < table.length)
    return table[df];
  return 1.96 + 2.4 / df;
}
function fitLine(xs, ys) {
  const k = xs.length;
  if (k !== ys.length)
    throw new RangeError("fitLine: x and y differ in length");
  if (k < 2)
    throw new RangeError("fitLine: need at least two points");
  if (![...xs, ...ys].every(Number.isFinite))
    throw new RangeError("fitLine: non-finite data");
  const mx = xs.reduce((a, b) => a + b, 0) / k, my = ys.reduce((a, b) => a + b, 0) / k;
  let sxx = 0, sxy = 0, syy = 0;
  for (let i = 0; i < k; i++) {
    const dx = xs[i] - mx, dy = ys[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0)
    throw new RangeError("fitLine: all x equal");
  const slope = sxy / sxx, intercept = my - slope * mx;
  let sse = 0;
  for (let i = 0; i < k; i++) {
    const r = ys[i] - intercept - slope * xs[i];
    sse += r * r;
  }
  const df = k - 2;
  const slopeSE = df > 0 ? Math.sqrt(sse / df / sxx) : Infinity;
  const t = tQuantile975(df);
  const half2 = df > 0 ? t * slopeSE : Infinity;
  return { slope, intercept, slopeSE, slopeCI: [slope - half2, slope + half2], rms: Math.sqrt(sse / k), r2: syy === 0 ? 1 : 1 - sse / syy, points: k };
}
function fitPower(xs, ys) {
  if (xs.some((x) => x <= 0) || ys.some((y) => y <= 0))
    throw new RangeError("fitPower: needs positive data");
  return fitLine(xs.map(Math.log), ys.map(Math.log));
}
var showFit = (f, name2 = "exponent") => `${name2} ${f.slope.toFixed(4)} (95% CI [${f.slopeCI[0].toFixed(4)}, ${f.slopeCI[1].toFixed(4)}], ${f.points} points, rms residual ${f.rms.toExponential(2)})`;

// dist/rates/rateLaws.js
var LAW_TEXT = {
  "inv-log": "A/(ln t + k)",
  power: "A\xB7t^-a",
  "inv-sqrt-log": "A/\u221A(ln t + k)",
  exp: "A\xB7e^(-c\xB7t)"
};
var mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
var rmsOf = (r) => Math.sqrt(r.reduce((a, b) => a + b * b, 0) / r.length);
function fitInvLogPow(t, g, p) {
  const L = t.map(Math.log), lg = g.map(Math.log);
  const L0 = Math.min(...L);
  const residuals = (k2) => {
    const y = lg.map((v, i) => v + p * Math.log(L[i] + k2));
    const logA2 = mean(y);
    return { logA: logA2, rms: rmsOf(y.map((v) => v - logA2)) };
  };
  const cost = (ls) => residuals(Math.exp(ls) - L0).rms;
  let bestLs = -7, bestCost = Infinity;
  for (let ls = -7; ls <= 7; ls += 0.05) {
    const c = cost(ls);
    if (c < bestCost) {
      bestCost = c;
      bestLs = ls;
    }
  }
  let lo = bestLs - 0.05, hi = bestLs + 0.05;
  const phi2 = (Math.sqrt(5) - 1) / 2;
  for (let it = 0; it < 80; it++) {
    const a = hi - phi2 * (hi - lo), b = lo + phi2 * (hi - lo);
    if (cost(a) < cost(b))
      hi = b;
    else
      lo = a;
  }
  const k = Math.exp((lo + hi) / 2) - L0;
  const { logA, rms } = residuals(k);
  const A = Math.exp(logA);
  const law = p === 1 ? "inv-log" : "inv-sqrt-log";
  return {
    law,
    A,
    shape: k,
    rms,
    label: `${LAW_TEXT[law]}, A = ${A.toPrecision(4)}, k = ${k.toPrecision(4)}`,
    predict: (tt) => A / Math.pow(Math.log(tt) + k, p)
  };
}
function fitPowerLaw(t, g) {
  const line = fitLine(t.map(Math.log), g.map(Math.log));
  const A = Math.exp(line.intercept), a = -line.slope;
  return { law: "power", A, shape: a, rms: line.rms, line, label: `A\xB7t^-a, A = ${A.toPrecision(4)}, a = ${a.toPrecision(4)}`, predict: (tt) => A * Math.pow(tt, -a) };
}
function fitExpLaw(t, g) {
  const line = fitLine([...t], g.map(Math.log));
  const A = Math.exp(line.intercept), c = -line.slope;
  return { law: "exp", A, shape: c, rms: line.rms, line, label: `A\xB7e^(-c\xB7t), A = ${A.toPrecision(4)}, c = ${c.toPrecision(4)}`, predict: (tt) => A * Math.exp(-c * tt) };
}
function fitLaws(t, g) {
  return [fitInvLogPow(t, g, 1), fitPowerLaw(t, g), fitInvLogPow(t, g, 0.5), fitExpLaw(t, g)].sort((x, y) => x.rms - y.rms);
}
function decadeExponents(t, g) {
  const out = [];
  const j0 = Math.floor(Math.log10(Math.min(...t)) + 1e-9), j1 = Math.floor(Math.log10(Math.max(...t)) + 1e-9);
  for (let j = j0; j < j1; j++) {
    const from = 10 ** j, to = 10 ** (j + 1);
    const idx = t.map((v, i) => i).filter((i) => t[i] >= from * (1 - 1e-12) && t[i] <= to * (1 + 1e-12));
    if (idx.length < 3)
      continue;
    const line = fitLine(idx.map((i) => Math.log(t[i])), idx.map((i) => -Math.log(g[i])));
    out.push({ from, to, fit: line });
  }
  return out;
}
function fitLogExponent(t, g) {
  return fitLine(t.map((v) => Math.log(Math.log(v))), g.map((v) => -Math.log(v)));
}

// dist/rates/rateLaw.js
var num = (x) => Number.isInteger(x) ? String(x) : String(+x.toPrecision(6));
function lawText(c) {
  switch (c.law) {
    case "power": {
      const base = `t^-${num(c.a)}`;
      const tol = c.tolerance ? ` (exponent \xB1 ${num(c.tolerance)})` : "";
      return (c.b ? `${base}\xB7(ln t)^${c.b > 0 ? "-" : ""}${num(Math.abs(c.b))}` : base) + tol;
    }
    case "inv-log":
      return "1/ln t";
    case "inv-sqrt-log":
      return "1/\u221A(ln t)";
    case "log-power":
      return `(ln t)^-${num(c.b)}`;
    case "exp":
      return c.c === void 0 ? "e^(-c\xB7t), some c > 0" : `e^(-${num(c.c)}\xB7t)${c.tolerance ? ` (c \xB1 ${num(c.tolerance)})` : ""}`;
  }
}
function claimedText(c) {
  const law = lawText(c);
  switch (c.relation ?? "Theta") {
    case "Theta":
      return `\u0398(${law})`;
    case "O":
      return `O(${law})`;
    case "Omega":
      return `\u03A9(${law})`;
    case "limit":
      return `\u2192 ${num(c.constant)}\xB7${law}`;
  }
}
var scaleOf = (c) => c.law === "exp" ? "linear" : "log";
function lnLaw(c, t) {
  const L = Math.log(t);
  switch (c.law) {
    case "power":
      return -c.a * L - (c.b ?? 0) * Math.log(L);
    case "inv-log":
      return -Math.log(L);
    case "inv-sqrt-log":
      return -0.5 * Math.log(L);
    case "log-power":
      return -c.b * Math.log(L);
    case "exp":
      return c.c === void 0 ? 0 : -c.c * t;
  }
}
function lawExponent(c, t) {
  const L = Math.log(t);
  switch (c.law) {
    case "power":
      return c.a + (c.b ?? 0) / L;
    case "inv-log":
      return 1 / L;
    case "inv-sqrt-log":
      return 0.5 / L;
    case "log-power":
      return c.b / L;
    case "exp":
      return c.c ?? 0;
  }
}
function lawProblem(c) {
  const fin = (x) => typeof x === "number" && Number.isFinite(x);
  if (!["power", "inv-log", "inv-sqrt-log", "log-power", "exp"].includes(c.law))
    return `unknown law '${String(c.law)}' (power, inv-log, inv-sqrt-log, log-power, exp)`;
  if (c.law === "power" && !fin(c.a))
    return "a power law needs a finite exponent a";
  if (c.b !== void 0 && !fin(c.b))
    return "b must be a finite number";
  if (c.law === "log-power" && c.b === void 0)
    return "a log-power law needs its exponent b";
  if (c.law === "exp" && c.c !== void 0 && !(fin(c.c) && c.c > 0))
    return "an exponential law needs c > 0";
  if (c.tolerance !== void 0 && !(fin(c.tolerance) && c.tolerance > 0))
    return "tolerance must be a positive number";
  if (c.tolerance !== void 0 && c.law !== "power" && !(c.law === "exp" && c.c !== void 0))
    return "a tolerance applies to the exponent of a power law or to a named c of e^(-ct)";
  const rel = c.relation ?? "Theta";
  if (!["Theta", "O", "Omega", "limit"].includes(rel))
    return `unknown relation '${String(rel)}' (Theta, O, Omega, limit)`;
  if (rel === "limit" && !(fin(c.constant) && c.constant > 0))
    return "a limit claim needs its constant > 0";
  if (rel === "limit" && c.tolerance !== void 0)
    return "a limit claim takes limitTolerance, not an exponent tolerance";
  if (c.limitTolerance !== void 0 && !(fin(c.limitTolerance) && c.limitTolerance > 0))
    return "limitTolerance must be a positive number";
  if (c.law === "exp" && c.c === void 0 && rel === "limit")
    return "a limit claim on e^(-ct) must name c";
  return null;
}

// dist/rates/leastSquares.js
function leastSquares(xs, ys, basis) {
  const n2 = xs.length, p = basis.length;
  if (ys.length !== n2)
    throw new RangeError("leastSquares: x and y differ in length");
  if (n2 < p)
    throw new RangeError(`leastSquares: ${n2} points for ${p} parameters`);
  const cols = basis.map((f) => xs.map(f));
  const scale2 = cols.map((c) => Math.sqrt(c.reduce((s, v) => s + v * v, 0)) || 1);
  const Q2 = cols.map((c, j) => c.map((v) => v / scale2[j]));
  const R = Array.from({ length: p }, () => new Array(p).fill(0));
  for (let j = 0; j < p; j++) {
    for (let i = 0; i < j; i++) {
      let d = 0;
      for (let k = 0; k < n2; k++)
        d += Q2[i][k] * Q2[j][k];
      R[i][j] = d;
      for (let k = 0; k < n2; k++)
        Q2[j][k] -= d * Q2[i][k];
    }
    const nrm = Math.sqrt(Q2[j].reduce((s, v) => s + v * v, 0));
    if (!(nrm > 1e-13))
      throw new RangeError("leastSquares: dependent columns on these points");
    R[j][j] = nrm;
    for (let k = 0; k < n2; k++)
      Q2[j][k] /= nrm;
  }
  const r = [...ys];
  const qty = new Array(p).fill(0);
  for (let pass = 0; pass < 2; pass++) {
    for (let j = 0; j < p; j++) {
      let d = 0;
      for (let k = 0; k < n2; k++)
        d += Q2[j][k] * r[k];
      qty[j] += d;
      for (let k = 0; k < n2; k++)
        r[k] -= d * Q2[j][k];
    }
  }
  const z = new Array(p).fill(0);
  for (let j = p - 1; j >= 0; j--) {
    let s = qty[j];
    for (let i = j + 1; i < p; i++)
      s -= R[j][i] * z[i];
    z[j] = s / R[j][j];
  }
  const coef = z.map((v, j) => v / scale2[j]);
  const rss = r.reduce((s, v) => s + v * v, 0);
  return { coef, rss, rms: Math.sqrt(rss / n2), residuals: r };
}

// dist/rates/polyFactor.js
var MATERIAL = Math.log(1.1);
function polyFactor(t, lnQ, blockRates, cNamed) {
  const t0 = t[0], T = t[t.length - 1], span = Math.log(T / t0);
  if (!(t0 > 0) || t.length < 6)
    return null;
  let k, c, rms3, rms2;
  try {
    if (cNamed === void 0) {
      const m3 = leastSquares(t, lnQ, [() => 1, (x) => -(x - t0), (x) => Math.log(x / t0)]);
      const m2 = leastSquares(t, lnQ, [() => 1, (x) => -(x - t0)]);
      [c, k, rms3, rms2] = [m3.coef[1], m3.coef[2], m3.rms, m2.rms];
    } else {
      const y = t.map((x, i) => lnQ[i] + cNamed * x);
      const m3 = leastSquares(t, y, [() => 1, (x) => Math.log(x / t0)]);
      const m2 = leastSquares(t, y, [() => 1, (x) => x - t0]);
      [c, k, rms3, rms2] = [cNamed, m3.coef[1], m3.rms, m2.rms];
    }
  } catch {
    return null;
  }
  const lnMove = k * span;
  if (!(Math.abs(lnMove) >= MATERIAL) || !(rms3 <= 0.25 * rms2) || !(c > 0) || !(c * (T - t0) >= Math.abs(lnMove)))
    return null;
  const r = blockRates.map((b) => b.rate);
  const monotone = r.every((v, i) => i === 0 || Math.sign(v - r[i - 1]) === Math.sign(k));
  const last = blockRates[blockRates.length - 1];
  const predicted = c - k / last.tc;
  if (!monotone || !(Math.abs(last.rate - predicted) <= 0.25 * Math.abs(k) / last.tc))
    return null;
  const times2 = Math.exp(Math.abs(lnMove));
  const why = `Q \u2248 A\xB7t^${k.toFixed(3)}\xB7e^(-${c.toPrecision(4)}\xB7t) (residual of ln Q ${rms3.toExponential(2)} with the t^k factor, ${rms2.toExponential(2)} without): the local rates ${k > 0 ? "rise" : "fall"} like c \u2212 k/t toward c = ${c.toPrecision(4)} (blocks: ${r.map((v) => v.toPrecision(4)).join(", ")}; last ${last.rate.toPrecision(5)} vs c \u2212 k/t = ${predicted.toPrecision(5)}), and Q\xB7e^(ct) ${k > 0 ? "grows" : "falls"} like t^${k.toFixed(3)} (\xD7${times2.toPrecision(4)} over the window): a polynomial prefactor, so Q is not \u0398(e^(-c't)) for any c'`;
  return { k, c, lnMove, why };
}

// dist/rates/rateDecide.js
var DEFAULT_RATE_OPTIONS = {
  minDecades: 2,
  minPoints: 12,
  band: 1.5,
  maxDrift: 1e-9
};
var JUDGE = {
  decisive: 2,
  // a drift model must fit with a residual rms 2× smaller than the bounded model
  kappaMin: 0.2,
  // material log drift: q ~ (ln t)^κ with |κ| ≥ 0.2
  alphaMin: 0.02,
  // material power drift: q ~ t^α with |α| ≥ 0.02
  moved: Math.log(1.1),
  // a drift must have moved q by ×1.1 over the window
  catastrophic: Math.log(10),
  // ×10 over the window ...
  stillMoving: Math.log(1.5),
  // ... and still ×1.5 per decade at the end
  flatLate: Math.log(1.01),
  // under ×1.01 over the last two decades: below the judge's resolution
  lastPerDecade: Math.log(1.05),
  quietPerDecade: Math.log(1.01),
  exponentAgree: 0.25
  // bounded needs |a(t) − a_law(t)| ≤ 25% of a_law(t) in the last block
};
var fmt = (x) => !Number.isFinite(x) ? String(x) : Math.abs(x) >= 1e4 || Math.abs(x) < 1e-3 && x !== 0 ? x.toExponential(3) : x.toPrecision(4);
var times = (lnRatio) => `\xD7${Math.exp(Math.abs(lnRatio)) >= 1e4 ? Math.exp(Math.abs(lnRatio)).toExponential(2) : Math.exp(Math.abs(lnRatio)).toPrecision(4)}`;
var signed = (lnRatio) => `${lnRatio >= 0 ? "up" : "down"} ${times(lnRatio)}`;
function blocks(t, y, scale2, nb, c) {
  const s = t.map((v) => scale2 === "log" ? Math.log(v) : v);
  const s0 = s[0], s1 = s[s.length - 1], w = (s1 - s0) / nb;
  const out = [];
  for (let k = 0; k < nb; k++) {
    const lo = s0 + k * w, hi = k === nb - 1 ? s1 : s0 + (k + 1) * w;
    const idx = s.map((_, i) => i).filter((i) => s[i] >= lo - 1e-12 * Math.abs(lo) && s[i] <= hi + 1e-12 * Math.abs(hi));
    if (idx.length < 3)
      return null;
    const f = leastSquares(idx.map((i) => s[i]), idx.map((i) => y[i]), [() => 1, (x) => x - lo]);
    const slope = f.coef[1];
    const mid = (lo + hi) / 2, tc = scale2 === "log" ? Math.exp(mid) : mid;
    out.push({
      lo: scale2 === "log" ? Math.exp(lo) : lo,
      hi: scale2 === "log" ? Math.exp(hi) : hi,
      tc,
      slope,
      move: slope * (hi - lo),
      perDecade: scale2 === "log" ? slope * Math.LN10 : NaN,
      exponent: -slope + lawExponent(c, tc),
      q: Math.exp(f.coef[0] + slope * (mid - lo)),
      n: idx.length
    });
  }
  return out;
}
function driftFits(t, y) {
  const x = t.map(Math.log);
  const fit = (model2, basis) => {
    try {
      const f = leastSquares(x, y, basis);
      return { model: model2, rms: f.rms, coef: f.coef };
    } catch {
      return { model: model2, rms: Infinity, coef: basis.map(() => NaN) };
    }
  };
  const bounded = [fit("bounded", [() => 1, (v) => 1 / v, (v) => 1 / (v * v)]), fit("bounded", [() => 1, (v) => 1 / v, (v) => Math.log(v) / v])];
  const q2 = y.map(Math.exp);
  const w = x.map((_, i) => 1 / q2[i]);
  const idx = x.map((_, i) => i);
  let C6 = NaN, D2 = NaN, E2 = NaN;
  if (w.every(Number.isFinite)) {
    try {
      [C6, D2, E2] = leastSquares(idx, idx.map(() => 1), [(i) => w[i], (i) => w[i] / x[i], (i) => w[i] / (x[i] * x[i])]).coef;
    } catch {
    }
  }
  const pred = x.map((v) => C6 + D2 / v + E2 / (v * v));
  if (C6 > 0 && pred.every((v) => v > 0) && q2[q2.length - 1] <= 1.5 * C6 && q2[q2.length - 1] >= C6 / 1.5) {
    const r = y.map((v, i) => v - Math.log(pred[i]));
    bounded.push({ model: "bounded", rms: Math.sqrt(r.reduce((a, b) => a + b * b, 0) / r.length), coef: [Math.log(C6), D2, E2] });
  }
  bounded.sort((a, b) => a.rms - b.rms);
  return [bounded[0], fit("log", [() => 1, (v) => Math.log(v), (v) => 1 / v]), fit("power", [() => 1, (v) => v, (v) => 1 / v])];
}
function decideRate(series, claimed, options = {}) {
  const problem = lawProblem(claimed);
  if (problem)
    throw new RangeError(problem);
  const o = { ...DEFAULT_RATE_OPTIONS, ...options };
  const scale2 = scaleOf(claimed);
  const relation = claimed.relation ?? "Theta";
  const details = [...series.notes ?? []];
  const no2 = (reason) => ({ verdict: "inconclusive", reason, details, fits: [] });
  if (series.t.length !== series.gap.length)
    throw new RangeError(`series: ${series.t.length} times but ${series.gap.length} values`);
  if (series.drift) {
    details.push(`high-precision replay of the first ${series.drift.steps} steps at ${series.drift.digits} digits: relative drift ${series.drift.maxRelDiff.toExponential(2)}`);
    if (!(series.drift.maxRelDiff <= o.maxDrift))
      return no2(`float64 drifted ${series.drift.maxRelDiff.toExponential(2)} from the high-precision replay (limit ${o.maxDrift})`);
  }
  const tAll = series.t;
  for (let i = 1; i < tAll.length; i++)
    if (!(tAll[i] > tAll[i - 1]))
      throw new RangeError(`series: times must increase (t[${i}] = ${tAll[i]} after ${tAll[i - 1]})`);
  const T = tAll[tAll.length - 1] ?? NaN;
  const t1 = tAll.find((v) => v > 1) ?? T;
  const tMin = o.tMin ?? (scale2 === "log" ? T >= 1e5 ? 1e3 : Math.max(t1, T / 1e3) : tAll[0] + 0.2 * (T - tAll[0]));
  const idx = tAll.map((_, i) => i).filter((i) => tAll[i] >= tMin && tAll[i] > (scale2 === "log" ? 1 : 0));
  const t = idx.map((i) => tAll[i]), Q2 = idx.map((i) => series.gap[i]);
  const bad = Q2.findIndex((v) => !Number.isFinite(v) || v <= 0);
  if (bad >= 0)
    return no2(`the quantity is ${Q2[bad]} at t = ${t[bad]}: not a positive finite number (converged exactly, underflowed or degenerate)`);
  const sub = Q2.findIndex((v) => v < 22250738585072014e-324);
  if (sub >= 0)
    return no2(`the quantity is subnormal (${Q2[sub].toExponential(2)}) at t = ${t[sub]}: float64 has lost its relative precision there`);
  if (t.length < o.minPoints)
    return no2(`horizon too short: ${t.length} checkpoints in the window t \u2265 ${fmt(tMin)} (need ${o.minPoints})`);
  const decades = Math.log10(t[t.length - 1] / t[0]);
  if (scale2 === "log" && decades < o.minDecades - 1e-9)
    return no2(`horizon too short to tell the laws apart: ${decades.toFixed(2)} decades in [${fmt(t[0])}, ${fmt(t[t.length - 1])}] (need ${o.minDecades})`);
  const y = t.map((v, i) => Math.log(Q2[i]) - lnLaw(claimed, v));
  const qName = `q = Q/(${claimed.law === "exp" && claimed.c === void 0 ? "1" : lawText({ ...claimed, tolerance: void 0 })})`;
  const nb = scale2 === "log" ? Math.min(8, Math.max(4, Math.round(2 * decades))) : 6;
  const B = blocks(t, y, scale2, nb, claimed);
  if (!B)
    return no2(`too few checkpoints: a block of the window [${fmt(t[0])}, ${fmt(t[t.length - 1])}] split in ${nb} has fewer than 3 (use about 10 per decade)`);
  let fits = [];
  try {
    fits = fitLaws(t, Q2);
  } catch {
    fits = [];
  }
  details.push(`window t \u2208 [${fmt(t[0])}, ${fmt(t[t.length - 1])}]: ${t.length} points${scale2 === "log" ? `, ${decades.toFixed(2)} decades` : ""}; claim ${claimedText(claimed)}; ${qName}`);
  const expName = scale2 === "log" ? "a(t) = \u2212d ln Q/d ln t" : "rate \u2212d ln Q/dt";
  details.push(`blocks: t range | q | movement of q | ${expName}${scale2 === "log" ? " | a(t)\xB7ln t" : ""}`);
  for (const b of B)
    details.push(`  [${fmt(b.lo)}, ${fmt(b.hi)}] | ${fmt(b.q)} | ${signed(b.move)}${scale2 === "log" ? ` (${signed(b.perDecade)} per decade)` : ""} | ${b.exponent.toFixed(5)}${scale2 === "log" ? ` | ${(b.exponent * Math.log(b.tc)).toFixed(4)}` : ""}`);
  if (fits.length)
    details.push(`background fits of Q (log rms; not deciding): ${fits.map((f) => `${LAW_TEXT[f.law]} ${f.rms.toExponential(2)}`).join("; ")}; best ${fits[0].label}`);
  const net = y.filter((_, i) => t[i] <= B[0].hi).reduce((a, v, _, arr) => a + v / arr.length, 0) - y.filter((_, i) => t[i] >= B[nb - 1].lo).reduce((a, v, _, arr) => a + v / arr.length, 0);
  const netMove = -net;
  const lateFrom = scale2 === "log" ? t[t.length - 1] / 100 : (t[0] + t[t.length - 1]) / 2;
  const late = y.filter((_, i) => t[i] >= lateFrom * (1 - 1e-12));
  const lateRange = Math.max(...late) - Math.min(...late);
  const bandRatio = Math.exp(lateRange);
  const last = B[nb - 1];
  details.push(`q moved ${signed(netMove)} from the first block to the last; over the last ${scale2 === "log" ? "two decades" : "half"} it stays within ${times(lateRange)}`);
  const out = (verdict, reason, behaviour2, evidence) => {
    details.push(`decision: ${verdict}: ${reason}`);
    return { verdict, reason, details, fits, bandRatio, behaviour: behaviour2, evidence };
  };
  if (claimed.tolerance !== void 0)
    return exponentVerdict(claimed, B, scale2, out);
  let behaviour;
  const pf = scale2 === "linear" ? polyFactor(t, Q2.map(Math.log), B.map((b) => ({ tc: b.tc, rate: b.exponent })), claimed.c) : null;
  if (pf)
    behaviour = { cls: claimed.c === void 0 ? "poly-prefactor" : pf.k > 0 ? "up" : "down", why: pf.why };
  else if (scale2 === "linear" && claimed.c === void 0)
    behaviour = linearConvergence(B);
  else if (scale2 === "linear")
    behaviour = linearBehaviour(B, netMove, lateRange, o.band);
  else {
    const D2 = driftFits(t, y);
    const [bd, lg, pw] = D2;
    details.push(`drift models of ln q (3 parameters each, residual rms): bounded C + \u03B2\u2081/ln t + \u03B2\u2082/ln\xB2 t ${bd.rms.toExponential(2)} (limit q \u2192 ${fmt(Math.exp(bd.coef[0]))}); log C + \u03BA\xB7ln ln t + \u03B2/ln t ${lg.rms.toExponential(2)} (\u03BA = ${lg.coef[1].toFixed(4)}); power C + \u03B1\xB7ln t + \u03B2/ln t ${pw.rms.toExponential(2)} (\u03B1 = ${pw.coef[1].toFixed(5)})`);
    behaviour = logBehaviour(B, D2, netMove, lateRange, o.band, (v) => lawExponent(claimed, v));
  }
  details.push(`q is ${behaviour.cls}: ${behaviour.why}`);
  const { cls, why } = behaviour;
  const claimTxt = claimedText(claimed);
  const ev = (measured) => ({ measured, claimed: claimTxt, gap: `${signed(netMove)} over the window; ${times(lateRange)} over its last ${scale2 === "log" ? "two decades" : "half"}` });
  if (relation === "limit") {
    if (cls === "up" || cls === "down")
      return out("refuted", `q does not converge (${why}), so Q/law has no limit`, behaviour, ev(`q ${cls === "up" ? "\u2192 \u221E" : "\u2192 0"}`));
    if (cls !== "bounded")
      return out("inconclusive", `q has not settled: ${why}`, behaviour);
    const c0 = claimed.constant, tol = claimed.limitTolerance ?? 0.01;
    const qT = Math.exp(y[y.length - 1]);
    const m = B.map((b) => b.move);
    const r1 = Math.abs(m[nb - 1] / m[nb - 2]), r2 = Math.abs(m[nb - 2] / m[nb - 3]);
    const geometric = scale2 === "linear" || r1 <= 0.6 && r2 <= 0.6 && Math.sign(m[nb - 1]) === Math.sign(m[nb - 2]);
    const tail = scale2 === "linear" ? 0 : m[nb - 1] * r1 / (1 - r1);
    const qInf = geometric ? qT * Math.exp(tail) : Math.exp(driftFits(t, y)[0].coef[0]);
    const rel = (v) => v / c0 - 1;
    const txt = `q(T) = ${fmt(qT)}, extrapolated limit ${fmt(qInf)} (${geometric ? scale2 === "linear" ? "q at T: settled" : `geometric tail of the block movements, ratios ${r2.toFixed(2)}, ${r1.toFixed(2)}` : "bounded model e^C"}), claimed ${fmt(c0)} \xB1 ${tol * 100}%`;
    if (Math.abs(rel(qT)) <= tol && Math.abs(rel(qInf)) <= tol)
      return out("holds", `q is bounded (${why}) and ${txt}`, behaviour);
    if (Math.abs(rel(qT)) > 2 * tol && Math.abs(rel(qInf)) > 2 * tol && Math.sign(rel(qT)) === Math.sign(rel(qInf)))
      return out("refuted", `q converges away from the claimed constant: ${txt}`, behaviour, { measured: `q(T) = ${fmt(qT)}, limit \u2248 ${fmt(qInf)}`, claimed: claimTxt, gap: `${(rel(qInf) * 100).toFixed(3)}%` });
    return out("inconclusive", `q is bounded but its limit is not resolved against the claim: ${txt}`, behaviour);
  }
  if (cls === "poly-prefactor") {
    if (relation === "Theta")
      return out("refuted", `no e^(-ct) is both an upper and a lower bound: ${why}`, behaviour, ev(`Q \u2248 A\xB7t^${pf.k.toFixed(3)}\xB7e^(-${pf.c.toPrecision(4)}\xB7t)`));
    return out("holds", `${claimTxt} is consistent with the window: ${why} (an ${relation} bound holds for a suitable c)`, behaviour);
  }
  const holdsOn = { Theta: ["bounded"], O: ["bounded", "down", "falling"], Omega: ["bounded", "up", "rising"] };
  const refutedOn = { Theta: ["up", "down"], O: ["up"], Omega: ["down"] };
  const bound = relation === "O" ? "upper bound Q \u2264 C\xB7law" : relation === "Omega" ? "lower bound Q \u2265 c\xB7law" : cls === "up" ? "upper bound Q \u2264 C\xB7law" : "lower bound Q \u2265 c\xB7law";
  if (refutedOn[relation].includes(cls))
    return out("refuted", `the ${bound} fails: ${why}`, behaviour, ev(`q ${cls === "up" ? "grows without bound" : "tends to 0"}`));
  if (holdsOn[relation].includes(cls))
    return out("holds", `${claimTxt} is consistent with the window: q is ${cls} (${why})`, behaviour);
  return out("inconclusive", `cannot decide ${claimTxt} on this window: ${why}`, behaviour);
}
function logBehaviour(B, D2, netMove, lateRange, band, lawExp) {
  const last = B[B.length - 1], prev = B[B.length - 2];
  const maxMove = Math.max(...B.map((b) => Math.abs(b.move)));
  const dir = (v) => v > 0 ? "up" : "down";
  if (Math.abs(netMove) >= JUDGE.catastrophic && Math.sign(last.perDecade) === Math.sign(netMove) && Math.abs(last.perDecade) >= JUDGE.stillMoving) {
    return { cls: dir(netMove), why: `q moved ${signed(netMove)} over the window and still moves ${signed(last.perDecade)} per decade in the last block` };
  }
  const [bd, lg, pw] = D2;
  const best = lg.rms <= pw.rms ? lg : pw;
  const decisive = bd.rms >= JUDGE.decisive * best.rms;
  const drift = best.coef[1];
  const name2 = best.model === "log" ? `q ~ (ln t)^${drift.toFixed(3)}` : `q ~ t^${drift.toFixed(4)}`;
  const fitTxt = `the ${best.model} drift model fits ${(bd.rms / best.rms).toPrecision(3)}\xD7 better than the bounded one (${name2})`;
  const consistent = Math.sign(drift) === Math.sign(netMove) && Math.sign(last.move) === Math.sign(drift) && Math.abs(netMove) >= JUDGE.moved;
  const material = best.model === "log" ? Math.abs(drift) >= JUDGE.kappaMin : Math.abs(drift) >= JUDGE.alphaMin;
  if (decisive && material && consistent)
    return { cls: dir(drift), why: `${fitTxt}, q moved ${signed(netMove)} over the window and still moves that way in the last block` };
  const tailBlocks = B.slice(Math.floor(B.length / 2));
  const oneWay = tailBlocks.every((b) => b.move !== 0 && Math.sign(b.move) === Math.sign(last.move));
  const p = oneWay ? -leastSquares(tailBlocks.map((b) => Math.log(Math.log(b.tc))), tailBlocks.map((b) => Math.log(Math.abs(b.move))), [() => 1, (v) => v]).coef[1] : NaN;
  const quiet = Math.abs(last.perDecade) <= JUDGE.lastPerDecade && (Math.abs(last.move) <= 0.5 * maxMove || Math.abs(last.perDecade) <= JUDGE.quietPerDecade || p >= 1.5);
  const inBand = lateRange <= Math.log(band);
  const own = lawExp(last.tc), agree = Math.abs(last.exponent - own) <= JUDGE.exponentAgree * Math.abs(own);
  if (quiet && inBand && !agree)
    return { cls: "unsettled", why: `q looks settled (within ${times(lateRange)} over the last two decades) but the local exponent at the end, a = ${last.exponent.toFixed(5)}, differs from the law's own ${own.toFixed(5)} by more than ${JUDGE.exponentAgree * 100}% (a(t)\xB7ln t = ${(last.exponent * Math.log(last.tc)).toFixed(3)}): still in the transient` };
  if (decisive && lateRange > JUDGE.flatLate) {
    if (material && !consistent)
      return { cls: "unsettled", why: `${fitTxt}, but q has not moved that way consistently (${signed(netMove)} over the window, ${signed(last.move)} in the last block)` };
    const weak = Math.sign(prev.move) === Math.sign(last.move) && Math.sign(netMove) === Math.sign(last.move) ? last.move < 0 ? "falling" : "rising" : "slow-drift";
    return { cls: weak, why: `${fitTxt}: a drift below the judge's resolution (|\u03BA| < ${JUDGE.kappaMin}, |\u03B1| < ${JUDGE.alphaMin}) while q moved ${times(lateRange)} over the last two decades` };
  }
  if (quiet && inBand)
    return { cls: "bounded", why: `${decisive ? `${fitTxt}, a drift below the judge's resolution that moved q by under \xD71.01 over the last two decades` : `no drift model fits 2\xD7 better than the bounded one (log ${(bd.rms / lg.rms).toPrecision(3)}\xD7, power ${(bd.rms / pw.rms).toPrecision(3)}\xD7)`}; q stays within ${times(lateRange)} over the last two decades and moves ${signed(last.perDecade)} per decade in the last block (largest block movement ${times(maxMove)}${Number.isFinite(p) ? `; the late movements fall like (ln t)^-${p.toFixed(2)}` : ""}), with a(t)\xB7ln t = ${(last.exponent * Math.log(last.tc)).toFixed(3)} against the law's ${(own * Math.log(last.tc)).toFixed(3)}` };
  if (Math.sign(prev.move) === Math.sign(last.move) && Math.sign(netMove) === Math.sign(last.move)) {
    return { cls: last.move < 0 ? "falling" : "rising", why: `q moves ${signed(netMove)} over the window and ${signed(last.perDecade)} per decade at its end, without a decisive drift model or a settled band` };
  }
  return { cls: "unsettled", why: `q varies ${times(lateRange)} over the last two decades and moves ${signed(last.perDecade)} per decade at the end; no drift model fits decisively` };
}
function linearBehaviour(B, netMove, lateRange, band) {
  const last = B[B.length - 1], prev = B[B.length - 2];
  const maxMove = Math.max(...B.map((b) => Math.abs(b.move)));
  const sameSign = B.every((b) => Math.sign(b.move) === Math.sign(netMove));
  const steady = Math.abs(last.move) >= 0.5 * maxMove;
  const moves = B.map((b) => signed(b.move)).join(", ");
  if (sameSign && steady && Math.abs(netMove) >= JUDGE.moved)
    return { cls: netMove > 0 ? "up" : "down", why: `q moves the same way in every block without slowing down (${moves}; ${signed(netMove)} in all): a rate different from the claimed one` };
  if (Math.abs(last.move) <= Math.log(1.005) && (Math.abs(last.move) <= 0.25 * maxMove || lateRange <= JUDGE.flatLate) && lateRange <= Math.log(band))
    return { cls: "bounded", why: `the movement of q per block shrinks to ${signed(last.move)} (${moves}); q stays within ${times(lateRange)} over the last half` };
  if (Math.sign(prev.move) === Math.sign(last.move) && Math.sign(netMove) === Math.sign(last.move))
    return { cls: last.move < 0 ? "falling" : "rising", why: `q moves ${moves} per block: neither settled nor a steady drift` };
  return { cls: "unsettled", why: `q moves ${moves} per block` };
}
function linearConvergence(B) {
  const r = B.map((b) => b.exponent);
  const rs = r.map((v) => v.toPrecision(4)).join(", ");
  const last = r[r.length - 1], prev = r[r.length - 2];
  if (last > 0 && Math.abs(last - prev) <= 0.02 * last)
    return { cls: "bounded", why: `the local rate \u2212d ln Q/dt settles at ${last.toPrecision(5)} (blocks: ${rs})` };
  const falling = r.every((v, i) => i === 0 || v > 0 && v <= 0.95 * r[i - 1]) && last <= 0.5 * r[0];
  const rising = r.every((v, i) => i === 0 || v >= 1.05 * r[i - 1]) && r[0] > 0 && last >= 2 * r[0];
  if (falling)
    return { cls: "up", why: `the local rate keeps falling (blocks: ${rs}): Q decays slower than any e^(-ct)` };
  if (rising)
    return { cls: "down", why: `the local rate keeps rising (blocks: ${rs}): Q decays faster than any e^(-ct)` };
  return { cls: "unsettled", why: `the local rate has not settled (blocks: ${rs})` };
}
function exponentVerdict(c, B, scale2, out) {
  const relation = c.relation ?? "Theta";
  const centre = scale2 === "log" ? c.a : c.c, d = c.tolerance;
  const a = B.map((b) => b.exponent);
  const aL = a[a.length - 1], aP = a[a.length - 2];
  let aInf = aL;
  if (scale2 === "log") {
    const f = leastSquares(B.map((b) => Math.log(b.tc)), a, [() => 1, (x) => 1 / x]);
    aInf = f.coef[0];
  }
  const lo = relation === "Omega" ? -Infinity : centre - d, hi = relation === "O" ? Infinity : centre + d;
  const what = scale2 === "log" ? "exponent" : "rate";
  const txt = `local ${what}s of the last two blocks ${aP.toFixed(5)}, ${aL.toFixed(5)}; extrapolated${scale2 === "log" ? " (a(t) = a\u221E + \u03B2/ln t over the blocks)" : ""} ${aInf.toFixed(5)}; claimed ${lo === -Infinity ? "\u2264 " + hi : hi === Infinity ? "\u2265 " + lo : `[${lo}, ${hi}]`}`;
  const vals = [aP, aL, aInf];
  const settled = scale2 === "log" || Math.abs(aL - aP) <= d / 4;
  if (vals.every((v) => v >= lo && v <= hi) && settled)
    return out("holds", `the ${what} lies in the claimed range: ${txt}`);
  const margin2 = Math.max(d / 4, 5e-3);
  if (settled && (vals.every((v) => v < lo - margin2) || vals.every((v) => v > hi + margin2))) {
    return out("refuted", `the ${what} lies outside the claimed range by more than ${margin2}: ${txt}`, void 0, { measured: `${what} ${aInf.toFixed(5)} (last block ${aL.toFixed(5)})`, claimed: `${what} in [${lo}, ${hi}]`, gap: `${Math.min(...vals.map((v) => Math.max(lo - v, v - hi))).toFixed(5)}` });
  }
  return out("inconclusive", `the ${what} is not resolved against the claimed range: ${txt}`);
}

// dist/rates/rateClaim.js
var toNamed = (s) => Array.isArray(s) ? s : [{ name: "series", series: s }];
async function runRate(spec, claimed, options, ctx) {
  const given = typeof spec.series === "function" ? await spec.series(ctx) : spec.series;
  let all = toNamed(given).map((s, index) => ({ ...s, index }));
  if (ctx.path !== void 0)
    all = all.filter((s) => String(s.index) === ctx.path);
  if (all.length === 0)
    throw new ReplayPathError(`--path ${ctx.path}: there is no series ${ctx.path} (series 0 to ${toNamed(given).length - 1})`);
  const details = [];
  const inconclusive = [];
  let held = 0;
  const what = claimedText(claimed);
  for (const { name: name2, series, index } of all) {
    const d = decideRate(series, claimed, options);
    details.push(`[${name2}] ${d.verdict}: ${d.reason}`, ...d.details.map((l) => `  ${l}`));
    if (d.verdict === "refuted") {
      const w = series.t.filter((t) => t >= (options?.tMin ?? -Infinity));
      return {
        verdict: "refuted",
        reason: `${name2}: ${d.reason}`,
        instances: held + 1,
        precision: spec.precision,
        details,
        seed: ctx.seed,
        path: String(index),
        counterexample: {
          instance: `${name2} (${series.t.length} checkpoints, t from ${series.t[0]} to ${w[w.length - 1] ?? series.t[series.t.length - 1]})`,
          measured: d.evidence?.measured ?? d.reason,
          claimed: d.evidence?.claimed ?? what,
          gap: d.evidence?.gap ?? "-",
          verifiedWith: series.provenance ?? "nothing: the values are as supplied, not recomputed by gdcheck"
        }
      };
    }
    if (d.verdict === "holds")
      held++;
    else
      inconclusive.push(`${name2}: ${d.reason}`);
  }
  if (inconclusive.length)
    return { verdict: "inconclusive", reason: inconclusive.join(" | "), instances: held, precision: spec.precision, details };
  return { verdict: "holds", reason: `${what} on all ${held} series: ${all.length === 1 ? details[0].replace(/^\[[^\]]*\] holds: /, "") : "each holds (details below)"}`, instances: held, precision: spec.precision, details };
}
function defaultMutant(c) {
  const rel = c.relation ?? "Theta";
  if (c.law === "exp") {
    if (c.c === void 0)
      return { id: "omega-one-over-t", description: "\u03A9(t^-1): no faster than a power law", claimed: { law: "power", a: 1, relation: "Omega" } };
    const c2 = rel === "Omega" ? c.c / 2 : c.c * 2;
    return { id: rel === "Omega" ? "half-rate" : "double-rate", description: `rate ${c2} in place of ${c.c}`, claimed: { ...c, c: c2, tolerance: void 0, relation: rel === "limit" ? "Theta" : rel } };
  }
  const a = c.law === "power" ? c.a : 0;
  const b = c.law === "power" ? c.b ?? 0 : c.law === "inv-log" ? 1 : c.law === "inv-sqrt-log" ? 0.5 : c.b;
  const a2 = rel === "Omega" ? a - 1 : a + 1;
  return { id: rel === "Omega" ? "times-t" : "times-one-over-t", description: `the law times t^${rel === "Omega" ? "1" : "-1"}`, claimed: { law: "power", a: a2, b: b || void 0, relation: rel === "limit" ? "Theta" : rel } };
}
var SERIES_PATHS = () => ({ kind: "index", what: "series" });
function rateClaim(spec) {
  checkClaimSpec("rateClaim", { title: "-", statement: "-", source: { where: "-" }, provenance: "reconstructed", ...spec }, { list: "mutants", listOptional: true });
  const { claimed: given, law, a, b, c, tolerance, relation, constant, limitTolerance, options, series, precision: precision2, mutants, id, ...meta } = spec;
  const claimed = given ?? { law, a, b, c, tolerance, relation, constant, limitTolerance };
  if (!claimed.law)
    throw new RangeError(`rate claim ${id}: name the law (law: 'power' | 'inv-log' | 'inv-sqrt-log' | 'log-power' | 'exp')`);
  const problem = lawProblem(claimed);
  if (problem)
    throw new RangeError(`rate claim ${id}: ${problem}`);
  for (const m of mutants ?? []) {
    const p = lawProblem(m.claimed);
    if (p)
      throw new RangeError(`rate claim ${id}, mutant ${m.id}: ${p}`);
  }
  const prec = precision2 ?? "the series as supplied";
  const source = meta.source ?? { arxiv: "-", where: "user-supplied series", catalogue: "-" };
  return defineClaim({
    id,
    title: meta.title ?? `Q = ${claimedText(claimed)}`,
    statement: meta.statement ?? `The quantity is ${claimedText(claimed)} as t \u2192 \u221E, judged on the supplied series.`,
    source,
    provenance: meta.provenance ?? "reconstructed",
    expected: meta.expected ?? "holds",
    ...meta.open ? { open: meta.open } : {},
    kind: "rate",
    run: (ctx) => runRate({ series, precision: prec }, claimed, options, ctx),
    replay: SERIES_PATHS,
    mutants: (mutants ?? [defaultMutant(claimed)]).map((m) => ({ id: m.id, description: m.description, run: (ctx) => runRate({ series, precision: prec }, m.claimed, m.options ?? options, ctx), replay: SERIES_PATHS }))
  });
}

// dist/rates/complexity.js
function lawLabel(l, v = "d") {
  const sym = l.bound === "upper" ? "O" : l.bound === "lower" ? "\u03A9" : "\u0398";
  const pow = l.exponent === 0 ? "" : l.exponent === 1 ? v : l.exponent === 0.5 ? `\u221A${v}` : `${v}^${l.exponent}`;
  const log = l.logPower === 0 ? "" : l.logPower === 1 ? `log ${v}` : `log^${l.logPower} ${v}`;
  return `${sym}(${[pow, log].filter(Boolean).join("\xB7") || "1"})`;
}
var COMPETING = [
  { law: "log x", f: (x) => Math.log(x) },
  { law: "\u221Ax", f: (x) => Math.sqrt(x) },
  { law: "\u221Ax\xB7log x", f: (x) => Math.sqrt(x) * Math.log(x) },
  { law: "x", f: (x) => x },
  { law: "x\xB7log x", f: (x) => x * Math.log(x) }
];
function constantFitRms(xs, ys, f) {
  const r = xs.map((x, i) => Math.log(ys[i]) - Math.log(f(x)));
  const mean2 = r.reduce((a, b) => a + b, 0) / r.length;
  return Math.sqrt(r.reduce((s, v) => s + (v - mean2) ** 2, 0) / r.length);
}
function decideComplexity(points2, law, opts = {}) {
  const minPoints = opts.minPoints ?? 4, minSpan = opts.minSpan ?? 8, slack = opts.slack ?? 0.1;
  const details = [];
  const sorted = [...points2].sort((p, q2) => p.x - q2.x);
  const missing = sorted.filter((p) => p.counts.length === 0 || p.counts.some((c) => c === null));
  if (missing.length)
    return { verdict: "inconclusive", reason: `budget exhausted: no count within the cap at x = ${missing.map((p) => p.x).join(", ")}`, competing: [], details };
  const agg = (p, kind) => kind === "max" ? Math.max(...p.counts) : Math.min(...p.counts);
  if (sorted.some((p) => p.counts.some((c) => !(c > 0))))
    return { verdict: "inconclusive", reason: "a count of 0 (separated at the start) cannot be fitted on log axes", competing: [], details };
  const k = Math.max(minPoints, Math.ceil(sorted.length * (opts.upperFraction ?? 2 / 3)));
  const used = sorted.slice(Math.max(0, sorted.length - k));
  if (used.length < minPoints || used.length < 3)
    return { verdict: "inconclusive", reason: `grid too short: ${used.length} points (need ${minPoints})`, competing: [], details };
  const span = used.at(-1).x / used[0].x;
  if (span < minSpan)
    return { verdict: "inconclusive", reason: `grid too narrow: x spans a factor ${span.toPrecision(3)} (need ${minSpan})`, competing: [], details };
  const xs = used.map((p) => p.x);
  const one = (kind, target) => {
    const ys2 = used.map((p) => agg(p, kind));
    const yk = ys2.map((y, i) => y / Math.log(xs[i]) ** law.logPower);
    const fit = fitPower(xs, yk);
    const [lo, hi] = fit.slopeCI;
    const band = target === "upper" ? `\u2264 ${law.exponent} + ${slack}` : `\u2265 ${law.exponent} \u2212 ${slack}`;
    const name2 = `${kind} count / log^${law.logPower} x: exponent ${fit.slope.toFixed(3)} (95% CI [${lo.toFixed(3)}, ${hi.toFixed(3)}])`;
    let verdict2;
    if (target === "upper")
      verdict2 = hi <= law.exponent + slack ? "holds" : lo > law.exponent + slack ? "refuted" : "inconclusive";
    else
      verdict2 = lo >= law.exponent - slack ? "holds" : hi < law.exponent - slack ? "refuted" : "inconclusive";
    return { verdict: verdict2, fit, text: `${name2} ${verdict2 === "holds" ? "is" : verdict2 === "refuted" ? "is not" : "may or may not be"} ${band}`, ys: ys2 };
  };
  const parts = law.bound === "tight" ? [one("max", "upper"), one("min", "lower")] : law.bound === "upper" ? [one("max", "upper")] : [one("min", "lower")];
  const verdict = parts.some((p) => p.verdict === "refuted") ? "refuted" : parts.every((p) => p.verdict === "holds") ? "holds" : "inconclusive";
  const ys = parts[0].ys;
  const freeFit = fitPower(xs, ys);
  const competing = COMPETING.map((c) => ({ law: c.law, rms: constantFitRms(xs, ys, c.f) })).sort((a, b) => a.rms - b.rms);
  details.push(`free power fit: T \u2248 C\xB7x^${freeFit.slope.toFixed(3)} (95% CI [${freeFit.slopeCI[0].toFixed(3)}, ${freeFit.slopeCI[1].toFixed(3)}]) on x = ${xs[0]}..${xs.at(-1)} (${xs.length} points)`);
  details.push(`competing laws by log-residual: ${competing.map((c) => `${c.law} ${c.rms.toExponential(1)}`).join(", ")}`);
  const reason = `${parts.map((p) => p.text).join("; ")}${verdict === "inconclusive" ? " (the interval straddles the band: the grid cannot tell)" : ""}`;
  return { verdict, reason, fit: parts[0].fit, freeFit, competing, details };
}
function geometricGrid(x0, ratio2, xMax) {
  const out = [];
  for (let x = x0; x <= xMax * (1 + 1e-9); x *= ratio2)
    out.push(Math.round(x));
  return [...new Set(out)];
}

// dist/rates/complexityClaim.js
var caches = /* @__PURE__ */ new WeakMap();
function cachedCount(f, x, k, seed) {
  let c = caches.get(f);
  if (!c) {
    c = /* @__PURE__ */ new Map();
    caches.set(f, c);
  }
  const key = `${x}:${k}:${seed}`;
  if (!c.has(key))
    c.set(key, f(x, k, seed));
  return c.get(key);
}
function measureGrid(spec, ctx) {
  const xs = spec.grid(ctx.budget), reps = spec.instancesPerPoint(ctx.budget);
  return xs.map((x) => {
    ctx.progress?.(`x = ${x}`);
    return { x, counts: Array.from({ length: reps }, (_, k) => cachedCount(spec.count, x, k, ctx.seed)) };
  });
}
var show = (c) => c === null ? ">cap" : String(c);
function tableLines(points2, v) {
  return [`T(${v}) per instance:`, ...points2.map((p) => `  ${v} = ${String(p.x).padStart(6)}: ${p.counts.map(show).join(" ")}`)];
}
function runComplexity(spec, ctx) {
  const points2 = measureGrid(spec, ctx);
  const instances = points2.reduce((s, p) => s + p.counts.length, 0);
  const details = tableLines(points2, spec.variable);
  const base = { instances, precision: spec.precision, seed: ctx.seed };
  if (spec.closedForm) {
    for (const p of points2) {
      const want = spec.closedForm.value(p.x);
      const bad = p.counts.find((c) => c !== want);
      if (bad !== void 0) {
        return {
          ...base,
          verdict: "refuted",
          details,
          reason: `closed form ${spec.closedForm.formula} fails at ${spec.variable} = ${p.x}: measured ${show(bad)}, formula ${want}`,
          counterexample: { instance: `${spec.variable} = ${p.x}`, measured: show(bad), claimed: String(want), gap: bad === null ? "?" : String(bad - want), verifiedWith: spec.precision }
        };
      }
    }
    details.push(`closed form ${spec.closedForm.formula} matches every count exactly`);
  }
  const dec = decideComplexity(points2, spec.law, spec.decide);
  return { ...base, verdict: dec.verdict, reason: `${lawLabel(spec.law, spec.variable)}: ${dec.reason}`, details: [...details, ...dec.details] };
}
function complexityClaim(spec) {
  checkClaimSpec("complexityClaim", spec, { list: "mutants", functions: ["grid", "instancesPerPoint", "count"] });
  const setting = `Family: ${spec.setting.family}. Algorithm: ${spec.setting.algorithm}. Success: ${spec.setting.criterion ?? "every training point strictly correctly classified"}. Law: ${lawLabel(spec.law, spec.variable)}.`;
  return defineClaim({
    ...spec,
    kind: "complexity",
    statement: `${spec.statement} ${setting}`,
    run: (ctx) => runComplexity(spec, ctx),
    mutants: spec.mutants.map((m) => ({
      id: m.id,
      description: m.description,
      run: (ctx) => runComplexity({ ...spec, ...m.law ? { law: m.law } : {}, ...m.count ? { count: m.count } : {}, ...m.closedForm ? { closedForm: m.closedForm } : {} }, ctx)
    }))
  });
}

// dist/rates/rateObservation.js
async function judge(spec, band, ctx) {
  const all = await spec.series(ctx);
  const details = [];
  let inside = 0;
  const straddle = [];
  for (const s of all) {
    const f = spec.fit(s);
    const [lo, hi] = f.slopeCI;
    details.push(`${s.name}: ${spec.exponentName} = ${f.slope.toFixed(4)} (95% CI [${lo.toFixed(4)}, ${hi.toFixed(4)}], ${f.points} points), band [${band.lo}, ${band.hi}]`, ...(s.series.notes ?? []).map((l) => `  ${l}`));
    if (hi < band.lo || lo > band.hi) {
      return {
        verdict: "refuted",
        reason: `${s.name}: ${spec.exponentName} = ${f.slope.toFixed(4)}, CI [${lo.toFixed(4)}, ${hi.toFixed(4)}] outside [${band.lo}, ${band.hi}]`,
        instances: inside + 1,
        precision: spec.precision,
        details,
        counterexample: { instance: s.name, measured: `${f.slope.toFixed(6)} [${lo.toFixed(6)}, ${hi.toFixed(6)}]`, claimed: `[${band.lo}, ${band.hi}]`, gap: (hi < band.lo ? band.lo - hi : lo - band.hi).toPrecision(4), verifiedWith: s.series.provenance ?? "nothing: the values are as supplied, not recomputed by gdcheck" }
      };
    }
    if (lo >= band.lo && hi <= band.hi)
      inside++;
    else
      straddle.push(s.name);
  }
  if (straddle.length)
    return { verdict: "inconclusive", reason: `the interval straddles the band's edge for ${straddle.join(", ")}`, instances: inside, precision: spec.precision, details };
  return { verdict: "holds", reason: `${spec.exponentName} inside [${band.lo}, ${band.hi}] (${band.reason}) on all ${inside} run(s)`, instances: inside, precision: spec.precision, details };
}
function exponentObservation(spec) {
  const { exponentName: _e, series, fit: _f, band, precision: precision2, mutants, ...meta } = spec;
  return defineClaim({
    ...meta,
    kind: "rate",
    run: (ctx) => judge(spec, band, ctx),
    mutants: mutants.map((m) => ({
      id: m.id,
      description: m.description,
      run: (ctx) => "band" in m ? judge(spec, m.band, ctx) : runRate({ series, precision: precision2 }, m.claimed, m.options, ctx)
    }))
  });
}

// dist/api/arbitraries.js
var arbitraries_exports = {};
__export(arbitraries_exports, {
  DATASET_FAMILIES: () => DATASET_FAMILIES,
  datasetNeighbours: () => datasetNeighbours,
  datasetSpace: () => datasetSpace,
  duplicatedDataset: () => duplicatedDataset,
  extremalDataset: () => extremalDataset,
  genericDataset: () => genericDataset,
  growing: () => growing,
  lowerBoundDataset: () => lowerBoundDataset,
  narrowPairDataset: () => narrowPairDataset,
  nearTieDataset: () => nearTieDataset,
  nearlyCollinearDataset: () => nearlyCollinearDataset,
  scaledPairFamily: () => scaledPairFamily,
  separableDataset: () => separableDataset,
  simplifyDataset: () => simplifyDataset,
  tieDataset: () => tieDataset
});

// dist/arbitraries/datasets.js
import fc2 from "fast-check";

// dist/data/dataset.js
var n = (ds) => ds.b.length;
var dim = (ds) => ds.b[0]?.length ?? 0;
function dataset(rows, labels2) {
  if (rows.length !== labels2.length)
    throw new RangeError("rows and labels differ in length");
  if (rows.length === 0)
    throw new RangeError("empty dataset");
  const d = rows[0].length;
  const toQ = (x) => x instanceof Q ? x : typeof x === "string" ? Q.parse(x) : Q.fromNumber(x);
  const b = rows.map((r) => {
    if (r.length !== d)
      throw new RangeError("rows of different lengths");
    return r.map(toQ);
  });
  const y = labels2.map((l) => {
    if (l !== 1 && l !== -1)
      throw new RangeError(`label must be +1 or -1, got ${l}`);
    return l;
  });
  return { b, y };
}
function signedPoints(ds) {
  return ds.b.map((bi, i) => ds.y[i] === 1 ? bi : bi.map((x) => x.neg()));
}
function integerSignedPoints(ds) {
  const z = signedPoints(ds);
  const L = commonDenominator(z.flat());
  return { Z: z.map((zi) => zi.map((x) => x.num * L / x.den)), L };
}
function signedMatrix(ds) {
  const d = dim(ds);
  const Z = new Float64Array(n(ds) * d);
  signedPoints(ds).forEach((zi, i) => zi.forEach((x, j) => {
    Z[i * d + j] = x.toNumber();
  }));
  return Z;
}
function signedDecimal(ds, C6) {
  return signedPoints(ds).map((zi) => zi.map((x) => x.toDecimal(C6)));
}
function radiusSquared(ds) {
  return ds.b.reduce((m, bi) => {
    const r = qvec.dot(bi, bi);
    return r.cmp(m) > 0 ? r : m;
  }, Q.ZERO);
}
function separatesExactly(ds, u) {
  return signedPoints(ds).every((zi) => qvec.dot(zi, u).sign() > 0);
}
function showDataset(ds) {
  const pts = ds.b.map((bi, i) => `${ds.y[i] === 1 ? "+" : "-"}${qvec.show(bi)}`);
  return `n=${n(ds)} d=${dim(ds)} {${pts.join(" ")}}`;
}

// dist/data/margin.js
import Decimal from "decimal.js";

// dist/linalg/dense.js
function zeros(A, r, c) {
  return Array.from({ length: r }, () => Array.from({ length: c }, () => A.of(0)));
}
function dot(A, a, b) {
  let s = A.of(0);
  for (let k = 0; k < a.length; k++)
    s = A.add(s, A.mul(a[k], b[k]));
  return s;
}
function matVec(A, m, x) {
  return m.map((row) => dot(A, row, x));
}
function matTVec(A, m, x) {
  const out = Array.from({ length: m[0]?.length ?? 0 }, () => A.of(0));
  m.forEach((row, i) => {
    const xi = x[i];
    if (A.sign(xi) !== 0)
      row.forEach((v, j) => {
        out[j] = A.add(out[j], A.mul(v, xi));
      });
  });
  return out;
}
function gram(A, Z) {
  const n2 = Z.length;
  const G = zeros(A, n2, n2);
  for (let i = 0; i < n2; i++)
    for (let j = 0; j <= i; j++) {
      const v = dot(A, Z[i], Z[j]);
      G[i][j] = v;
      G[j][i] = v;
    }
  return G;
}
var quadForm = (A, M, x) => dot(A, x, matVec(A, M, x));
var toF64 = (A, m) => m.map((r) => r.map((v) => A.toNumber(v)));
var fromF64 = (A, m) => m.map((r) => r.map((v) => A.of(v)));

// dist/linalg/solve.js
var SingularMatrixError = class extends RangeError {
};
function solve(A, M, b) {
  const n2 = M.length;
  if (b.length !== n2 || M.some((r) => r.length !== n2))
    throw new RangeError("solve: dimensions do not match");
  const a = M.map((r, i) => [...r, b[i]]);
  for (let k = 0; k < n2; k++) {
    let p = k;
    for (let i = k + 1; i < n2; i++)
      if (A.lt(A.abs(a[p][k]), A.abs(a[i][k])))
        p = i;
    if (A.sign(a[p][k]) === 0)
      throw new SingularMatrixError(`solve: singular matrix (zero pivot in column ${k})`);
    if (p !== k)
      [a[p], a[k]] = [a[k], a[p]];
    const piv = a[k][k];
    for (let i = k + 1; i < n2; i++) {
      const f = A.div(a[i][k], piv);
      if (A.sign(f) === 0)
        continue;
      for (let j = k; j <= n2; j++)
        a[i][j] = A.sub(a[i][j], A.mul(f, a[k][j]));
    }
  }
  const x = Array.from({ length: n2 }, () => A.of(0));
  for (let i = n2 - 1; i >= 0; i--) {
    let s = a[i][n2];
    for (let j = i + 1; j < n2; j++)
      s = A.sub(s, A.mul(a[i][j], x[j]));
    x[i] = A.div(s, a[i][i]);
  }
  for (const v of x)
    if (!A.isFinite(v))
      throw new SingularMatrixError("solve: non-finite solution (matrix numerically singular)");
  return x;
}
function residualInf(A, M, x, b) {
  const r = matVec(A, M, x);
  return Math.max(...r.map((v, i) => Math.abs(A.toNumber(A.sub(v, b[i])))));
}

// dist/linalg/arith.js
var F64 = {
  name: "float64",
  unit: 2 ** -53,
  of: (x) => Number(x),
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  neg: (a) => -a,
  abs: Math.abs,
  sqrt: Math.sqrt,
  lt: (a, b) => a < b,
  sign: (a) => a > 0 ? 1 : a < 0 ? -1 : 0,
  toNumber: (a) => a,
  isFinite: Number.isFinite,
  show: (a) => String(a)
};
var decCache = /* @__PURE__ */ new Map();
function decimalArith(digits) {
  let A = decCache.get(digits);
  if (A)
    return A;
  const C6 = precision(digits);
  A = {
    name: `decimal (${digits} digits)`,
    unit: 0.5 * 10 ** (1 - digits),
    of: (x) => new C6(x),
    add: (a, b) => a.plus(b),
    sub: (a, b) => a.minus(b),
    mul: (a, b) => a.times(b),
    div: (a, b) => a.div(b),
    neg: (a) => a.neg(),
    abs: (a) => a.abs(),
    sqrt: (a) => a.sqrt(),
    lt: (a, b) => a.lt(b),
    sign: (a) => a.isZero() ? 0 : a.isNeg() ? -1 : 1,
    toNumber: (a) => a.toNumber(),
    isFinite: (a) => a.isFinite(),
    show: (a) => a.toSignificantDigits(Math.min(digits, 25)).toString()
  };
  decCache.set(digits, A);
  return A;
}
var QA = {
  name: "exact rationals",
  unit: 0,
  of: (x) => typeof x === "string" ? Q.parse(x) : Q.fromNumber(x),
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  div: (a, b) => a.div(b),
  neg: (a) => a.neg(),
  abs: (a) => a.abs(),
  sqrt: () => {
    throw new RangeError("no square root in exact rationals");
  },
  lt: (a, b) => a.cmp(b) < 0,
  sign: (a) => a.sign(),
  toNumber: (a) => a.toNumber(),
  isFinite: () => true,
  show: (a) => a.toString()
};

// dist/data/margin.js
function exactInverseMarginSquared(z, alpha) {
  return exactCertificate(z, alpha)?.invMu2 ?? null;
}
function exactCertificate(z, alpha) {
  const top = Math.max(...Array.from(alpha));
  const S = Array.from(alpha).map((a, i) => [a, i]).filter(([a]) => a > 1e-9 * top).map(([, i]) => i);
  if (S.length === 0)
    return null;
  let x;
  try {
    x = solve(QA, S.map((i) => S.map((j) => qvec.dot(z[i], z[j]))), S.map(() => Q.ONE));
  } catch (e) {
    if (e instanceof SingularMatrixError)
      return null;
    throw e;
  }
  if (x.some((v) => v.sign() <= 0))
    return null;
  const w = S.reduce((acc, i, k) => qvec.add(acc, qvec.scale(z[i], x[k])), qvec.zeros(z[0].length));
  if (!z.every((zk) => qvec.dot(zk, w).cmp(Q.ONE) >= 0))
    return null;
  return { invMu2: x.reduce((a, b) => a.add(b), Q.ZERO), w };
}
var memo = /* @__PURE__ */ new WeakMap();
function marginBracket(ds, opts = {}) {
  if (opts.relTol !== void 0 || opts.maxSweeps !== void 0)
    return computeMarginBracket(ds, opts);
  let m = memo.get(ds);
  if (!m) {
    m = computeMarginBracket(ds, opts);
    memo.set(ds, m);
  }
  return m;
}
function computeMarginBracket(ds, opts) {
  const relTol = opts.relTol ?? 1e-10, maxSweeps = opts.maxSweeps ?? 1e5;
  const distinct = /* @__PURE__ */ new Map();
  for (const z2 of signedPoints(ds))
    distinct.set(z2.join(","), z2);
  const zq = [...distinct.values()];
  const z = zq.map((zi) => zi.map((x) => x.toNumber()));
  const n2 = z.length, d = z[0].length;
  const sq = z.map((zi) => zi.reduce((s, x) => s + x * x, 0));
  if (sq.some((s) => s === 0))
    throw new Error("a point at the origin has no margin: the data are not separable");
  const alpha = new Float64Array(n2);
  const w = new Float64Array(d);
  let sweeps = 0;
  let early = null, lastSupport = "";
  const bracketF = () => {
    const nw3 = Math.hypot(...w);
    let lo2 = Infinity;
    for (const zi of z)
      lo2 = Math.min(lo2, zi.reduce((s, x, j) => s + x * w[j], 0) / nw3);
    const dual2 = alpha.reduce((s, a) => s + a, 0) - 0.5 * nw3 * nw3;
    return [lo2, dual2 > 0 ? 1 / Math.sqrt(2 * dual2) : Infinity];
  };
  for (; sweeps < maxSweeps; sweeps++) {
    for (let i = 0; i < n2; i++) {
      const m = z[i].reduce((s, x, j) => s + x * w[j], 0);
      const next = Math.max(0, alpha[i] + (1 - m) / sq[i]);
      const delta = next - alpha[i];
      if (delta !== 0) {
        alpha[i] = next;
        for (let j = 0; j < d; j++)
          w[j] += delta * z[i][j];
      }
    }
    if (sweeps % 16 === 15) {
      const [lo2, hi2] = bracketF();
      if (lo2 > 0 && hi2 / lo2 - 1 < relTol)
        break;
    }
    if (sweeps % 64 === 63 && n2 <= 64) {
      const support = Array.from(alpha, (a) => a > 0 ? 1 : 0).join("");
      if (support !== lastSupport) {
        lastSupport = support;
        early = exactCertificate(zq, alpha);
        if (early)
          break;
      }
    }
  }
  if (early) {
    const C7 = precision(40);
    const mu = new C7(1).div(early.invMu2.toDecimal(C7).sqrt());
    const widen2 = new C7("1e-30");
    const lo2 = mu.times(new C7(1).minus(widen2)), hi2 = mu.times(new C7(1).plus(widen2));
    return { lo: lo2, hi: hi2, relWidth: hi2.div(lo2).minus(1).toNumber(), sweeps, w: early.w.map((x) => x.toNumber()), invMu2: early.invMu2 };
  }
  const C6 = precision(40);
  const zD = zq.map((zi) => zi.map((x) => x.toDecimal(C6)));
  const aD = Array.from(alpha, (a) => new C6(a));
  const wD = Array.from({ length: d }, (_, j) => aD.reduce((s, a, i) => s.plus(a.times(zD[i][j])), new C6(0)));
  const nw2 = wD.reduce((s, x) => s.plus(x.times(x)), new C6(0));
  const nw = nw2.sqrt();
  const minMargin = zD.map((zi) => zi.reduce((s, x, j) => s.plus(x.times(wD[j])), new C6(0))).reduce((a, b) => Decimal.min(a, b));
  const dual = aD.reduce((s, a) => s.plus(a), new C6(0)).minus(nw2.div(2));
  if (!minMargin.gt(0) || !dual.gt(0))
    throw new Error(`margin not certified after ${sweeps} sweeps (data not separable through the origin?)`);
  const widen = new C6("1e-30");
  const lo = minMargin.div(nw).times(new C6(1).minus(widen));
  const hi = new C6(1).div(dual.times(2).sqrt()).times(new C6(1).plus(widen));
  const invMu2 = zq.length <= 64 ? exactInverseMarginSquared(zq, alpha) ?? void 0 : void 0;
  return { lo, hi, relWidth: hi.div(lo).minus(1).toNumber(), sweeps, w: Array.from(w), ...invMu2 ? { invMu2 } : {} };
}

// dist/arbitraries/datasetFamilies.js
import fc from "fast-check";

// dist/families/scaledPair.js
var scaledPair_exports = {};
__export(scaledPair_exports, {
  TWO_LAYER_BOTH_SETTING: () => TWO_LAYER_BOTH_SETTING,
  asymptoticConstant: () => asymptoticConstant,
  linearGdCount: () => linearGdCount,
  linearPerceptronClosedForm: () => linearPerceptronClosedForm,
  linearPerceptronCount: () => linearPerceptronCount,
  scaledPairFamily: () => scaledPairFamily,
  twoLayerCount: () => twoLayerCount,
  twoLayerCountExact: () => twoLayerCountExact
});

// dist/numeric/float64.js
function sigmoidNeg2(m) {
  if (m >= 0) {
    const e = Math.exp(-m);
    return e / (1 + e);
  }
  return 1 / (1 + Math.exp(m));
}
function softplusNeg2(m) {
  return m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m));
}
function dot2(a, b, n2 = a.length) {
  let s = 0;
  for (let k = 0; k < n2; k++)
    s += a[k] * b[k];
  return s;
}
function norm2(a) {
  return Math.sqrt(dot2(a, a));
}
function maxAbsDiff(a, b) {
  let m = 0;
  for (let k = 0; k < a.length; k++)
    m = Math.max(m, Math.abs(a[k] - b[k]));
  return m;
}
function matVec2(Z, n2, d, x, out = new Float64Array(n2)) {
  for (let i = 0; i < n2; i++) {
    let s = 0;
    const o = i * d;
    for (let j = 0; j < d; j++)
      s += Z[o + j] * x[j];
    out[i] = s;
  }
  return out;
}
function matTVec2(Z, n2, d, w, out = new Float64Array(d)) {
  out.fill(0);
  for (let i = 0; i < n2; i++) {
    const wi = w[i];
    if (wi === 0)
      continue;
    const o = i * d;
    for (let j = 0; j < d; j++)
      out[j] += wi * Z[o + j];
  }
  return out;
}
function allFinite(a) {
  for (let k = 0; k < a.length; k++)
    if (!Number.isFinite(a[k]))
      return false;
  return true;
}
function assertSignsResolved(values, termSizes, what, rel = 1e-9) {
  for (let i = 0; i < values.length; i++) {
    if (!(Math.abs(values[i]) > rel * termSizes[i]))
      throw new Error(`${what}: value ${i + 1} (${values[i]}) within rounding of 0`);
  }
}

// dist/families/scaledPair.js
function scaledPairFamily(d) {
  if (!Number.isInteger(d) || d < 2 || d % 2 !== 0)
    throw new RangeError(`d must be an even integer \u2265 2, got ${d}`);
  return {
    b: [Array.from({ length: d }, () => new Q(1n, BigInt(d))), Array.from({ length: d }, (_, k) => Q.of(k % 2 === 0 ? 2 : 0))],
    y: [1, -1]
  };
}
var linearPerceptronClosedForm = (d) => d / 2 + 1;
var TWO_LAYER_BOTH_SETTING = "two-layer, both layers trained, width 2, leaky ReLU \u03BB = 1/10, start a = (1, \u22121), w_1 = w_2 = (2/\u221Ad)\xB71_d (g \u2261 0)";
var Y = [1, -1];
var perceptronWeight = (m) => m < 0 ? 1 : m === 0 ? 0.5 : 0;
function gram2(d, rho) {
  return [[rho * rho / d, rho * rho, rho], [rho * rho, rho * rho * 2 * d, rho * d], [rho, rho * d, d]];
}
function guard(m, terms, t, what) {
  if (t > 0)
    assertSignsResolved(m, terms, `${what}, step ${t}`);
}
function linearGdCount(d, gamma, cap = 40 * d) {
  const G = gram2(d, 1);
  const beta = [0, 0];
  for (let t = 0; t <= cap; t++) {
    const m = [0, 1].map((i) => Y[i] * (beta[0] * G[0][i] + beta[1] * G[1][i]));
    guard(m, [0, 1].map((i) => Math.abs(beta[0] * G[0][i]) + Math.abs(beta[1] * G[1][i])), t, `linear GD, d=${d}, \u03B3=${gamma}`);
    if (m.every((x) => x > 0))
      return t;
    for (let i = 0; i < 2; i++)
      beta[i] += gamma / 2 * sigmoidNeg2(m[i]) * Y[i];
  }
  return null;
}
function twoLayerCount(d, s, cap = 2e5) {
  const rho = s.scale ?? 1, G = gram2(d, rho), lam = s.lambda;
  const phi2 = (z) => z > 0 ? z : lam * z, dphi2 = (z) => z > 0 ? 1 : lam;
  let a = [1, -1];
  const init = s.c / Math.sqrt(d);
  const W = [[0, 0, init], [0, 0, init]];
  for (let t = 0; t <= cap; t++) {
    const Z = W.map((w) => [0, 1].map((i) => w[0] * G[0][i] + w[1] * G[1][i] + w[2] * G[2][i]));
    const m = [0, 1].map((i) => Y[i] * (a[0] * phi2(Z[0][i]) + a[1] * phi2(Z[1][i])));
    guard(m, [0, 1].map((i) => Math.abs(a[0] * phi2(Z[0][i])) + Math.abs(a[1] * phi2(Z[1][i]))), t, `two-layer, d=${d}`);
    if (m.every((x) => x > 0))
      return t;
    const weight = m.map((x) => s.weights === "perceptron" ? perceptronWeight(x) : sigmoidNeg2(x));
    const next = [...a];
    for (let j = 0; j < 2; j++) {
      for (let i = 0; i < 2; i++) {
        if (weight[i] === 0)
          continue;
        const f = s.step / 2 * weight[i] * Y[i];
        next[j] += f * phi2(Z[j][i]);
        W[j][i] += f * a[j] * dphi2(Z[j][i]);
      }
    }
    a = next;
  }
  return null;
}
function twoLayerCountExact(d, lambda, c, eta, cap = 1e5) {
  const r = Math.round(Math.sqrt(d));
  if (r * r !== d)
    throw new RangeError(`d must be a perfect square for exact arithmetic, got ${d}`);
  const G = [[new Q(1n, BigInt(d)), Q.ONE, Q.ONE], [Q.ONE, Q.of(2 * d), Q.of(d)], [Q.ONE, Q.of(d), Q.of(d)]];
  const Yq = [Q.ONE, Q.of(-1)];
  const phi2 = (z) => z.sign() > 0 ? z : lambda.mul(z), dphi2 = (z) => z.sign() > 0 ? Q.ONE : lambda;
  const init = c.div(Q.of(r));
  let a = [Q.ONE, Q.of(-1)];
  const W = [[Q.ZERO, Q.ZERO, init], [Q.ZERO, Q.ZERO, init]];
  for (let t = 0; t <= cap; t++) {
    const Z = W.map((w) => [0, 1].map((i) => w[0].mul(G[0][i]).add(w[1].mul(G[1][i])).add(w[2].mul(G[2][i]))));
    const m = [0, 1].map((i) => Yq[i].mul(a[0].mul(phi2(Z[0][i])).add(a[1].mul(phi2(Z[1][i])))));
    if (m.every((x) => x.sign() > 0))
      return t;
    const weight = m.map((x) => x.sign() < 0 ? Q.ONE : x.sign() === 0 ? Q.HALF : Q.ZERO);
    const next = [...a];
    for (let j = 0; j < 2; j++) {
      for (let i = 0; i < 2; i++) {
        if (weight[i].isZero())
          continue;
        const f = eta.mul(Q.HALF).mul(weight[i]).mul(Yq[i]);
        next[j] = next[j].add(f.mul(phi2(Z[j][i])));
        W[j][i] = W[j][i].add(f.mul(a[j]).mul(dphi2(Z[j][i])));
      }
    }
    a = next;
  }
  return null;
}
function asymptoticConstant(c, lambda) {
  const F = (s) => lambda * ((1 + c) ** 2 * Math.exp(2 * lambda * s) - (1 - c) ** 2 * Math.exp(-2 * lambda * s)) + (1 - c) ** 2 * Math.exp(2 * s) - (1 + c) ** 2 * Math.exp(-2 * s);
  let lo = 0, hi = 1;
  while (F(hi) < 0)
    hi *= 2;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (F(mid) < 0)
      lo = mid;
    else
      hi = mid;
  }
  return 2 * lo;
}
function linearPerceptronCount(d, cap = 4 * d) {
  const G = [[new Q(1n, BigInt(d)), Q.ONE], [Q.ONE, Q.of(2 * d)]];
  const Yq = [Q.ONE, Q.of(-1)];
  const beta = [Q.ZERO, Q.ZERO];
  for (let t = 0; t <= cap; t++) {
    const m = [0, 1].map((i) => Yq[i].mul(beta[0].mul(G[0][i]).add(beta[1].mul(G[1][i]))));
    if (m.every((x) => x.sign() > 0))
      return t;
    const w = m.map((x) => t === 0 ? Q.HALF : x.sign() <= 0 ? Q.ONE : Q.ZERO);
    for (let i = 0; i < 2; i++)
      beta[i] = beta[i].add(w[i].mul(Yq[i]).mul(Q.HALF));
  }
  return null;
}

// dist/arbitraries/datasetFamilies.js
function lowerBoundDataset(n2) {
  if (!Number.isInteger(n2) || n2 < 2)
    throw new RangeError(`n must be an integer \u2265 2, got ${n2}`);
  const b = [[Q.HALF, Q.of(-1)], ...Array.from({ length: n2 - 1 }, () => [Q.HALF.neg(), Q.of(-1)])];
  return { b, y: [1, ...Array.from({ length: n2 - 1 }, () => -1)] };
}
function narrowPairDataset(q2) {
  if (!Number.isInteger(q2) || q2 < 1)
    throw new RangeError(`q must be a positive integer, got ${q2}`);
  return { b: [[Q.ONE, Q.ZERO], [Q.of(-1), new Q(1n, BigInt(q2))]], y: [1, 1] };
}
var q = (n2, d = 1) => new Q(BigInt(n2), BigInt(d));
var intArg = (name2, k, min) => {
  if (!Number.isInteger(k) || k < min)
    throw new RangeError(`${name2} must be an integer \u2265 ${min}, got ${k}`);
};
function nearTieDataset(k) {
  intArg("k", k, 2);
  return { b: [[Q.ONE, q(-1, k)], [Q.of(-1), Q.ONE]], y: [1, 1] };
}
function duplicatedDataset(m) {
  intArg("m", m, 1);
  const rep = [Q.ONE, Q.of(-1)];
  return { b: [[Q.ONE, Q.ZERO], ...Array.from({ length: m }, () => rep)], y: [1, ...Array.from({ length: m }, () => -1)] };
}
function nearlyCollinearDataset(m) {
  intArg("m", m, 1);
  const b = Array.from({ length: 2 * m + 1 }, (_, k) => {
    const j = k - m;
    return [Q.of(j), Q.ONE.add(q(j % 2 === 0 ? 1 : -1, 4 * m))];
  });
  return { b, y: b.map(() => 1) };
}
function* growing(start, max) {
  let last = 0;
  for (let k = 0; ; k++) {
    const v = Math.round((k % 2 === 0 ? 1 : 1.5) * 2 ** Math.floor(k / 2));
    if (v > max)
      return;
    if (v < start || v === last)
      continue;
    last = v;
    yield v;
  }
}
var family = (name2, description, make, start, max) => ({
  name: name2,
  description,
  *members() {
    for (const k of growing(start, max))
      yield make(k);
  }
});
var DATASET_FAMILIES = [
  family("narrow-pair", "narrowPairDataset(q): (1, 0), (\u22121, 1/q); \u03BC \u2248 1/(2q), R \u2248 1", narrowPairDataset, 1, 1 << 12),
  family("omega-n", "lowerBoundDataset(n): Tyurin 2412.08424 Thm 5.1, \u0398(n) batch-perceptron steps at fixed R\xB2/\u03BC\xB2 = 5", lowerBoundDataset, 2, 1 << 13),
  family("scaled-pair", "scaledPairFamily(d): (1/d)\xB71_d and (2, 0, 2, 0, \u2026) labelled \u22121; d/2 + 1 perceptron steps", (h) => scaledPairFamily(2 * h), 1, 1 << 11),
  family("near-tie", "nearTieDataset(k): (1, \u22121/k), (\u22121, 1); close to an exact first-step tie", nearTieDataset, 2, 1 << 12),
  family("duplicated", "duplicatedDataset(m): one point and m copies of another", duplicatedDataset, 1, 1 << 12),
  family("nearly-collinear", "nearlyCollinearDataset(m): 2m+1 points near the line x\u2082 = 1; R \u2248 m, \u03BC \u2248 1", nearlyCollinearDataset, 1, 1 << 10)
];
function extremalDataset(constraints = {}) {
  const max = constraints.maxSize ?? 64;
  intArg("maxSize", max, 2);
  return fc.oneof(fc.integer({ min: 1, max }).map(narrowPairDataset), fc.integer({ min: 2, max }).map(lowerBoundDataset), fc.integer({ min: 1, max: Math.max(1, Math.floor(max / 2)) }).map((h) => scaledPairFamily(2 * h)), fc.integer({ min: 2, max }).map(nearTieDataset), fc.integer({ min: 1, max }).map(duplicatedDataset), fc.integer({ min: 1, max }).map(nearlyCollinearDataset));
}

// dist/arbitraries/datasetSpace.js
var MAX_N = 512;
var MAX_D = 16;
function separator(ds) {
  try {
    return marginBracket(ds).w.map((x) => Q.fromNumber(x));
  } catch {
    return null;
  }
}
var separates = (w, ds) => w !== null && w.length === dim(ds) && signedPoints(ds).every((z) => qvec.dot(z, w).sign() > 0);
var withPoint = (ds, i, bi) => ({ b: ds.b.map((x, k) => k === i ? bi : x), y: ds.y });
var signed2 = (ds, i) => ds.y[i] === 1 ? ds.b[i].slice() : ds.b[i].map((x) => x.neg());
var fromSigned = (z, y) => y === 1 ? z : z.map((x) => x.neg());
function datasetNeighbours(ds, rng3) {
  const N2 = n(ds), d = dim(ds);
  const w = separator(ds);
  const out = [];
  const checked = (c) => {
    if (separates(w, c))
      out.push(c);
  };
  const i = rng3.int(0, N2 - 1), j = rng3.int(0, d - 1), k = rng3.int(0, N2 - 1);
  const step = new Q(rng3.int(0, 1) ? 1n : -1n, 1n << BigInt(rng3.int(0, 3)));
  checked(withPoint(ds, i, ds.b[i].map((x, c) => c === j ? x.add(step) : x)));
  if (w) {
    const z = signedPoints(ds);
    const margins3 = z.map((zi) => qvec.dot(zi, w).toNumber());
    const worst = margins3.indexOf(Math.min(...margins3));
    const c = rng3.int(0, d - 1);
    if (w[c].sign() !== 0) {
      const dz = new Q(-BigInt(w[c].sign()), 1n << BigInt(rng3.int(0, 4)));
      checked(withPoint(ds, worst, fromSigned(z[worst].map((x, t) => t === c ? x.add(dz) : x), ds.y[worst])));
    }
  }
  const s = rng3.int(0, 1) ? Q.of(2) : Q.HALF;
  out.push({ b: ds.b.map((bi) => bi.map((x, c) => c === j ? x.mul(s) : x)), y: ds.y });
  if (N2 < MAX_N) {
    out.push({ b: [...ds.b, ds.b[i]], y: [...ds.y, ds.y[i]] });
    const sum = qvec.add(signed2(ds, i), signed2(ds, k));
    if (sum.some((x) => !x.isZero())) {
      out.push({ b: [...ds.b, fromSigned(sum, ds.y[i])], y: [...ds.y, ds.y[i]] });
      out.push(withPoint(ds, i, fromSigned(qvec.scale(sum, Q.HALF), ds.y[i])));
    }
  }
  if (d < MAX_D)
    out.push({ b: ds.b.map((bi) => [...bi, Q.of(rng3.int(-2, 2))]), y: ds.y });
  if (N2 > 1)
    out.push({ b: ds.b.filter((_, t) => t !== i), y: ds.y.filter((_, t) => t !== i) });
  return out.filter((c) => c.b.every((bi) => bi.some((x) => !x.isZero())));
}
function simplifyDataset(ds) {
  const N2 = n(ds), d = dim(ds);
  const w = separator(ds);
  const out = [];
  for (let i = 0; i < N2 && N2 > 1; i++)
    out.push({ b: ds.b.filter((_, t) => t !== i), y: ds.y.filter((_, t) => t !== i) });
  if (w && d > 1)
    for (let j = 0; j < d; j++) {
      const c = { b: ds.b.map((bi) => bi.filter((_, t) => t !== j)), y: ds.y };
      if (separates(w.filter((_, t) => t !== j), c))
        out.push(c);
    }
  const key = (t) => `${ds.y[t]}:${ds.b[t].join(",")}`;
  const onSide = w && w.length === d ? signedPoints(ds).map((z) => qvec.dot(z, w).sign() > 0) : [];
  const bad = onSide.filter((ok) => !ok).length;
  const firstCopy = /* @__PURE__ */ new Set();
  for (let i = 0; i < N2; i++) {
    if (firstCopy.has(key(i)))
      continue;
    firstCopy.add(key(i));
    for (let j = 0; j < d; j++) {
      const x = ds.b[i][j];
      const simpler = [];
      if (!x.isZero())
        simpler.push(Q.ZERO);
      if (x.den !== 1n)
        simpler.push(new Q(x.num / x.den));
      else if (x.abs().cmp(Q.ONE) > 0)
        simpler.push(new Q(x.num - BigInt(x.sign())));
      for (const v of simpler) {
        const bi = ds.b[i].map((t, k) => k === j ? v : t);
        if (!bi.some((t) => !t.isZero()) || !w || w.length !== d)
          continue;
        const zi = ds.y[i] === 1 ? bi : bi.map((t) => t.neg());
        if (bad - (onSide[i] ? 0 : 1) === 0 && qvec.dot(zi, w).sign() > 0)
          out.push(withPoint(ds, i, bi));
      }
    }
  }
  const seen = /* @__PURE__ */ new Set();
  return out.filter((c) => {
    const k = c.b.map((bi, t) => `${c.y[t]}:${bi.join(",")}`).join(";");
    return !seen.has(k) && !!seen.add(k);
  });
}
var datasetSpace = {
  name: "dataset",
  families: DATASET_FAMILIES,
  neighbours: datasetNeighbours,
  simplify: simplifyDataset,
  size: (ds) => ({ n: n(ds), d: dim(ds) })
};

// dist/arbitraries/datasets.js
function check(c) {
  const r = { minN: 2, maxN: 12, minD: 2, maxD: 4, maxAbs: 5, dens: [1, 2, 4], ...c };
  if (r.minN < 1 || r.maxN < r.minN || r.minD < 1 || r.maxD < r.minD || r.maxAbs < 1 || r.dens.length === 0)
    throw new RangeError(`bad dataset constraints ${JSON.stringify(c)}`);
  return r;
}
function separableDataset(constraints = {}) {
  const c = check(constraints);
  return withSpace(separableDraws(c), datasetSpace);
}
function separableDraws(c) {
  return fc2.integer({ min: c.minD, max: c.maxD }).chain((d) => fc2.record({
    w: fc2.array(fc2.integer({ min: -3, max: 3 }), { minLength: d, maxLength: d }),
    pts: fc2.array(fc2.record({ x: fc2.array(fc2.integer({ min: -c.maxAbs, max: c.maxAbs }), { minLength: d, maxLength: d }), den: fc2.constantFrom(...c.dens) }), { minLength: c.minN, maxLength: c.maxN })
  }).map(({ w, pts }) => {
    const ws = w.every((x) => x === 0) ? [1, ...w.slice(1)] : w;
    const b = [], y = [];
    for (const p of pts) {
      let x = p.x.map((v) => new Q(BigInt(v), BigInt(p.den)));
      let s = x.reduce((acc, v, j) => acc.add(v.mul(Q.of(ws[j]))), Q.ZERO);
      if (s.isZero()) {
        x = x.map((v, j) => v.add(Q.of(ws[j])));
        s = x.reduce((acc, v, j) => acc.add(v.mul(Q.of(ws[j]))), Q.ZERO);
      }
      b.push(x);
      y.push(s.sign() > 0 ? 1 : -1);
    }
    return { b, y };
  }));
}
function genericDataset(constraints = {}) {
  return separableDataset(constraints).chain((ds) => fc2.array(fc2.array(fc2.integer({ min: -40, max: 40 }), { minLength: ds.b[0].length, maxLength: ds.b[0].length }), { minLength: ds.b.length, maxLength: ds.b.length }).map((eps) => ({ y: ds.y, b: ds.b.map((bi, i) => bi.map((x, j) => x.add(new Q(BigInt(eps[i][j]), 1009n)))) })));
}
function tieDataset() {
  return fc2.record({
    a: fc2.integer({ min: 1, max: 5 }),
    c: fc2.integer({ min: 1, max: 5 }),
    pairs: fc2.array(fc2.tuple(fc2.integer({ min: -5, max: 5 }), fc2.integer({ min: 1, max: 5 }), fc2.integer({ min: 1, max: 5 })), { minLength: 0, maxLength: 3 }),
    flips: fc2.array(fc2.boolean(), { minLength: 8, maxLength: 8 })
  }).map(({ a, c, pairs, flips }) => {
    const z = [[a, 0], [-a, c]];
    for (const [e, f, g] of pairs)
      z.push([e, f], [-e, g]);
    const y = z.map((_, i) => flips[i] ? -1 : 1);
    return { y, b: z.map((zi, i) => zi.map((v) => Q.of(v * y[i]))) };
  });
}

// dist/api/data.js
var data_exports = {};
__export(data_exports, {
  boundBracket: () => boundBracket,
  countWithinBound: () => countWithinBound,
  dataset: () => dataset,
  dim: () => dim,
  exactCertificate: () => exactCertificate,
  exactInverseMarginSquared: () => exactInverseMarginSquared,
  integerSignedPoints: () => integerSignedPoints,
  marginBracket: () => marginBracket,
  n: () => n,
  precision: () => precision,
  radiusSquared: () => radiusSquared,
  separatesExactly: () => separatesExactly,
  showDataset: () => showDataset,
  showMargin: () => showMargin,
  signedDecimal: () => signedDecimal,
  signedMatrix: () => signedMatrix,
  signedPoints: () => signedPoints
});

// dist/data/bounds.js
function boundBracket(ds, f, margin2 = marginBracket(ds)) {
  const R2 = radiusSquared(ds).toDecimal(precision(40));
  return { lo: f(R2, margin2.hi), hi: f(R2, margin2.lo), margin: margin2 };
}
var showMargin = (m) => `\u03BC \u2208 [${m.lo.toSignificantDigits(12)}, ${m.hi.toSignificantDigits(12)}]`;
function countWithinBound(count, bound, maxCap = 2e5, exact) {
  return (ds) => {
    const bracket = boundBracket(ds, (R2, mu) => bound(R2, mu, ds));
    const invMu2 = bracket.margin.invMu2;
    const claimed = exact && invMu2 ? exact(radiusSquared(ds), invMu2, ds) : bracket;
    const cap = Math.ceil(bracket.hi.toNumber()) + 1;
    if (!(cap <= maxCap))
      throw new Error(`bound ${bracket.hi.toSignificantDigits(6)} is beyond the iteration cap ${maxCap}`);
    const c = count(ds, cap);
    const how = claimed instanceof Q ? `1/\u03BC\xB2 = ${invMu2} (exact)` : showMargin(bracket.margin);
    return { measured: c ?? cap + 1, claimed, note: `${how}${c === null ? `; still not separated after ${cap} iterations` : ""}` };
  };
}

// dist/api/dynamics.js
var dynamics_exports = {};
__export(dynamics_exports, {
  batchPerceptron: () => batchPerceptron,
  classicPerceptron: () => classicPerceptron,
  distancesAlongGrid: () => distancesAlongGrid,
  dopri: () => dopri,
  gdF64: () => gdF64,
  gdF64Fast: () => gdF64Fast,
  gdF64Fused: () => gdF64Fused,
  gdFixed: () => gdFixed,
  gdHP: () => gdHP,
  gdTrace: () => gdTrace,
  generalizedPerceptron: () => generalizedPerceptron,
  generalizedPerceptronSparseCount: () => generalizedPerceptronSparseCount,
  gradientDescent: () => gradientDescent,
  gradientFlow: () => gradientFlow,
  iterateF64: () => iterateF64,
  limitLossQ: () => limitLossQ,
  marginsQ: () => marginsQ,
  normalizedBatchPerceptron: () => normalizedBatchPerceptron,
  normalizedGdCountF64: () => normalizedGdCountF64,
  normalizedGdCountHP: () => normalizedGdCountHP,
  pathFacts: () => pathFacts,
  rescaledGdF64: () => rescaledGdF64,
  rescaledGdHP: () => rescaledGdHP,
  twoLayer: () => twoLayerGd_exports
});

// dist/dynamics/perceptron.js
var dotZ = (a, b) => {
  let s = 0n;
  for (let k = 0; k < a.length; k++)
    s += a[k] * b[k];
  return s;
};
function groups(ds) {
  const { Z, L } = integerSignedPoints(ds);
  const index = /* @__PURE__ */ new Map();
  const G = [];
  const mult = [];
  for (const z of Z) {
    const key = z.join(",");
    const k = index.get(key);
    if (k === void 0) {
      index.set(key, G.length);
      G.push(z);
      mult.push(1n);
    } else
      mult[k] += 1n;
  }
  return { Z: G, mult, L, n: n(ds), d: Z[0].length };
}
function batchPerceptron(ds, opts) {
  const g = groups(ds);
  const rule = opts.tieRule ?? "batch";
  const first = opts.firstStepHalves ?? 1n;
  const c = g.Z.map(() => first);
  const W = new Array(g.d).fill(0n);
  for (let k = 0; k < g.Z.length; k++)
    for (let j = 0; j < g.d; j++)
      W[j] += g.mult[k] * first * g.Z[k][j];
  const denom = new Q(1n, 2n * BigInt(g.n) * g.L);
  const iterate = () => W.map((w) => new Q(w).mul(denom));
  const iterates = opts.record ? [qvec.zeros(g.d), iterate()] : [];
  for (let t = 1; t <= opts.maxIter; t++) {
    const add = g.Z.map((z) => {
      const m = dotZ(z, W);
      if (m > 0n)
        return 0n;
      if (m === 0n && rule === "gd-limit")
        return 1n;
      return 2n;
    });
    if (add.every((a) => a === 0n))
      return { count: t, iterates };
    for (let k = 0; k < g.Z.length; k++) {
      if (add[k] === 0n)
        continue;
      c[k] += add[k];
      const s = add[k] * g.mult[k];
      for (let j = 0; j < g.d; j++)
        W[j] += s * g.Z[k][j];
    }
    if (opts.record)
      iterates.push(iterate());
  }
  return { count: null, iterates };
}
function classicPerceptron(ds, maxUpdates) {
  const { Z } = integerSignedPoints(ds);
  const d = Z[0].length;
  const U = new Array(d).fill(0n);
  let updates = 0, i = 0, clean = 0;
  while (clean < Z.length) {
    if (dotZ(Z[i], U) <= 0n) {
      if (updates >= maxUpdates)
        return { updates: null };
      for (let j = 0; j < d; j++)
        U[j] += Z[i][j];
      updates++;
      clean = 0;
    } else
      clean++;
    i = (i + 1) % Z.length;
  }
  return { updates };
}
function normalizedBatchPerceptron(ds, maxIter) {
  const z = signedPoints(ds);
  let u = qvec.zeros(z[0].length);
  for (let t = 0; t <= maxIter; t++) {
    const S = z.filter((zi) => qvec.dot(zi, u).sign() <= 0);
    if (S.length === 0)
      return { count: t };
    const step = S.reduce((acc, zi) => qvec.add(acc, zi), qvec.zeros(u.length));
    u = qvec.add(u, qvec.scale(step, new Q(1n, BigInt(S.length))));
  }
  return { count: null };
}

// dist/models/twoLayer.js
var ACTIVATIONS = {
  relu: { name: "relu", negQuarters: 0, kinkQuarters: 0 },
  leaky: { name: "leaky", negQuarters: 1, kinkQuarters: 1 },
  abs: { name: "abs", negQuarters: -4, kinkQuarters: 0 },
  identity: { name: "identity", negQuarters: 4, kinkQuarters: 4 }
};
var HOMOGENEOUS = ["relu", "leaky", "abs"];
function dphiQuarters(act, sign) {
  return sign > 0 ? 4 : sign < 0 ? act.negQuarters : act.kinkQuarters;
}
var phi = (act, x) => x > 0 ? x : act.negQuarters / 4 * x;
var dphi = (act, x) => dphiQuarters(act, Math.sign(x)) / 4;
function twoLayerF64(ds, a, act) {
  const n2 = n(ds), d = dim(ds);
  const B = new Float64Array(n2 * d);
  ds.b.forEach((bi, i) => bi.forEach((x, j) => {
    B[i * d + j] = x.toNumber();
  }));
  return { B, y: Float64Array.from(ds.y), n: n2, d, a: Float64Array.from(a), m: a.length, act };
}
function preacts(net, U, out = new Float64Array(net.n * net.m)) {
  const { B, n: n2, d, m } = net;
  for (let i = 0; i < n2; i++)
    for (let j = 0; j < m; j++)
      out[i * m + j] = dot2(B.subarray(i * d, i * d + d), U.subarray(j * d, j * d + d), d);
  return out;
}
function marginsFrom(net, P, out = new Float64Array(net.n)) {
  for (let i = 0; i < net.n; i++) {
    let g = 0;
    for (let j = 0; j < net.m; j++)
      g += net.a[j] * phi(net.act, P[i * net.m + j]);
    out[i] = net.y[i] * g;
  }
  return out;
}
var margins = (net, U) => marginsFrom(net, preacts(net, U));
function addWeightedGradients(net, P, c, out) {
  const { B, n: n2, d, m, a, y, act } = net;
  for (let i = 0; i < n2; i++) {
    if (c[i] === 0)
      continue;
    for (let j = 0; j < m; j++) {
      const s = c[i] * y[i] * a[j] * dphi(act, P[i * m + j]);
      if (s === 0)
        continue;
      const o = j * d, bo = i * d;
      for (let k = 0; k < d; k++)
        out[o + k] += s * B[bo + k];
    }
  }
}
function lossAt(net, U, gamma = 1) {
  const mg = margins(net, U);
  let s = 0;
  for (let i = 0; i < net.n; i++)
    s += softplusNeg2(gamma * mg[i]);
  return s / net.n;
}
function twoLayerHP(C6, ds, a, act) {
  return { C: C6, B: ds.b.map((bi) => bi.map((x) => x.toDecimal(C6))), y: [...ds.y], a: [...a], act };
}
var dotHP = (C6, u, v) => u.reduce((s, x, k) => s.plus(x.times(v[k])), new C6(0));
function preactsHP(net, U) {
  return net.B.map((bi) => U.map((w) => dotHP(net.C, w, bi)));
}
function marginsHP(net, U, P = preactsHP(net, U)) {
  const { C: C6, a, y, act } = net;
  return P.map((pi, i) => pi.reduce((s, p, j) => s.plus((p.gt(0) ? p : p.times(act.negQuarters).div(4)).times(a[j])), new C6(0)).times(y[i]));
}
function lossAtHP(net, U, gamma) {
  const mg = marginsHP(net, U);
  return mg.reduce((s, x) => s.plus(softplusNeg(net.C, gamma.times(x))), new net.C(0)).div(mg.length);
}

// dist/dynamics/generalizedPerceptron.js
var LIMIT = 2 ** 53;
function lcm(a, b) {
  let x = a, y = b;
  while (y !== 0n)
    [x, y] = [y, x % y];
  return a / x * b;
}
function generalizedPerceptron(ds, a, act, U0, opts) {
  const n2 = n(ds), d = dim(ds), m = a.length;
  if (U0.length !== m || U0.some((w) => w.length !== d))
    throw new RangeError(`U0 must be ${m}\xD7${d}`);
  if (a.some((x) => !Number.isInteger(x)))
    throw new RangeError("output weights must be integers");
  const L = commonDenominator(ds.b.flat());
  const Den = lcm(commonDenominator(U0.flat()), 8n * BigInt(n2) * L);
  const inc2 = Number(Den / (8n * BigInt(n2) * L));
  const B = new Float64Array(n2 * d);
  ds.b.forEach((bi, i) => bi.forEach((x, k) => {
    B[i * d + k] = Number(x.num * L / x.den);
  }));
  const N2 = new Float64Array(m * d);
  U0.forEach((w, j) => w.forEach((x, k) => {
    N2[j * d + k] = Number(x.num * Den / x.den);
  }));
  if (!Number.isSafeInteger(Number(Den)) || ![...B, ...N2].every((x) => Math.abs(x) < LIMIT))
    throw new RangeError("exact integer range exceeded (2^53) by the scaled data or U_0");
  const y = ds.y, amax = Math.max(...a.map(Math.abs), 1);
  const bmax = B.reduce((s, x) => Math.max(s, Math.abs(x)), 0);
  const P = new Float64Array(n2 * m), M = new Float64Array(n2), pattern2 = new Int8Array(n2 * m);
  const steps = [];
  for (let t = 0; ; t++) {
    const nmax = N2.reduce((s, x) => Math.max(s, Math.abs(x)), 0);
    if (nmax * bmax * d * 4 * m * amax >= LIMIT)
      throw new RangeError(`exact integer range exceeded (2^53) at step ${t}`);
    let separated = true;
    for (let i = 0; i < n2; i++) {
      let g = 0;
      for (let j = 0; j < m; j++) {
        let p = 0;
        const bo = i * d, wo = j * d;
        for (let k = 0; k < d; k++)
          p += N2[wo + k] * B[bo + k];
        P[i * m + j] = p;
        pattern2[i * m + j] = Math.sign(p);
        g += a[j] * (p > 0 ? 4 * p : act.negQuarters * p);
      }
      M[i] = y[i] * g;
      if (!(M[i] > 0))
        separated = false;
    }
    if (opts.record)
      steps.push({ N: Float64Array.from(N2), M: Float64Array.from(M), pattern: Int8Array.from(pattern2) });
    if (separated && (opts.stopWhenSeparated ?? true))
      return { count: t, steps, Den, L, m, d, n: n2 };
    if (t >= opts.maxIter)
      return { count: separated ? t : null, steps, Den, L, m, d, n: n2 };
    if (nmax + n2 * inc2 * 8 * amax * bmax >= LIMIT)
      throw new RangeError(`exact integer range exceeded (2^53) at step ${t}`);
    for (let i = 0; i < n2; i++) {
      const halves = M[i] < 0 ? 2 : M[i] === 0 ? 1 : 0;
      if (halves === 0)
        continue;
      for (let j = 0; j < m; j++) {
        const q2 = dphiQuarters(act, pattern2[i * m + j]);
        if (q2 === 0)
          continue;
        const s = inc2 * halves * q2 * a[j] * y[i];
        const wo = j * d, bo = i * d;
        for (let k = 0; k < d; k++)
          N2[wo + k] += s * B[bo + k];
      }
    }
  }
}
function iterateF64(run2, t) {
  const den = Number(run2.Den);
  return run2.steps[t].N.map((x) => x / den);
}
function marginsQ(run2, t) {
  const s = 4n * run2.Den * run2.L;
  return Array.from(run2.steps[t].M, (x) => new Q(BigInt(x), s));
}
function limitLossQ(run2, t) {
  const neg = marginsQ(run2, t).reduce((s, x) => x.sign() < 0 ? s.sub(x) : s, Q.ZERO);
  return neg.div(Q.of(run2.n));
}
function generalizedPerceptronSparseCount(data, a, act, N0, den0, maxIter) {
  const { n: n2, d, idx, val, y, L } = data;
  const m = a.length;
  const Den = lcm(den0, 8n * BigInt(n2) * L);
  const mult = Number(Den / den0), inc2 = Number(Den / (8n * BigInt(n2) * L));
  if (!Number.isSafeInteger(mult) || !Number.isSafeInteger(inc2))
    throw new RangeError("exact integer range exceeded (2^53) by the scaling");
  const N2 = N0.map((x) => x * mult);
  const amax = Math.max(...a.map(Math.abs), 1);
  let bmax = 0, nnz = 0;
  for (let i = 0; i < n2; i++) {
    nnz = Math.max(nnz, idx[i].length);
    for (const v of val[i])
      bmax = Math.max(bmax, Math.abs(v));
  }
  const P = new Float64Array(n2 * m), M = new Float64Array(n2);
  for (let t = 0; ; t++) {
    let nmax = 0;
    for (let k = 0; k < N2.length; k++)
      nmax = Math.max(nmax, Math.abs(N2[k]));
    if (nmax * bmax * nnz * 4 * m * amax >= LIMIT || nmax + n2 * inc2 * 8 * amax * bmax >= LIMIT)
      throw new RangeError(`exact integer range exceeded (2^53) at step ${t}`);
    let separated = true;
    for (let i = 0; i < n2; i++) {
      const ix = idx[i], vx = val[i];
      let g = 0;
      for (let j = 0; j < m; j++) {
        let p = 0;
        const wo = j * d;
        for (let k = 0; k < ix.length; k++)
          p += N2[wo + ix[k]] * vx[k];
        P[i * m + j] = p;
        g += a[j] * (p > 0 ? 4 * p : act.negQuarters * p);
      }
      M[i] = y[i] * g;
      if (!(M[i] > 0))
        separated = false;
    }
    if (separated)
      return t;
    if (t >= maxIter)
      return null;
    for (let i = 0; i < n2; i++) {
      const halves = M[i] < 0 ? 2 : M[i] === 0 ? 1 : 0;
      if (halves === 0)
        continue;
      const ix = idx[i], vx = val[i];
      for (let j = 0; j < m; j++) {
        const q2 = dphiQuarters(act, Math.sign(P[i * m + j]));
        if (q2 === 0)
          continue;
        const s = inc2 * halves * q2 * a[j] * y[i];
        const wo = j * d;
        for (let k = 0; k < ix.length; k++)
          N2[wo + ix[k]] += s * vx[k];
      }
    }
  }
}

// dist/models/linearLogistic.js
var linearLogistic_exports = {};
__export(linearLogistic_exports, {
  dotD: () => dotD,
  gradF64: () => gradF64,
  gradHP: () => gradHP,
  lossF64: () => lossF64,
  lossFixed: () => lossFixed,
  lossHP: () => lossHP
});
function lossF64(data, v) {
  const m = matVec2(data.Z, data.n, data.d, v);
  let s = 0;
  for (let i = 0; i < data.n; i++)
    s += softplusNeg2(m[i]);
  return s / data.n;
}
function gradF64(data, v) {
  const m = matVec2(data.Z, data.n, data.d, v);
  const w = new Float64Array(data.n);
  for (let i = 0; i < data.n; i++)
    w[i] = -sigmoidNeg2(m[i]) / data.n;
  return matTVec2(data.Z, data.n, data.d, w);
}
function lossFixed(F, Z, v) {
  let s = 0n;
  for (const z of Z) {
    let m = 0n;
    for (let j = 0; j < z.length; j++)
      m += z[j] * v[j];
    s += F.softplusNeg(m + (F.one >> 1n) >> F.P);
  }
  return s / BigInt(Z.length);
}
var dotD = (C6, a, b) => {
  let s = new C6(0);
  for (let k = 0; k < a.length; k++)
    s = s.plus(a[k].times(b[k]));
  return s;
};
function lossHP(C6, Z, v) {
  let s = new C6(0);
  for (const z of Z)
    s = s.plus(softplusNeg(C6, dotD(C6, z, v)));
  return s.div(Z.length);
}
function gradHP(C6, Z, v) {
  const g = v.map(() => new C6(0));
  for (const z of Z) {
    const s = sigmoidNeg(C6, dotD(C6, z, v));
    for (let j = 0; j < g.length; j++)
      g[j] = g[j].minus(s.times(z[j]));
  }
  return g.map((x) => x.div(Z.length));
}

// dist/numeric/wasmGd.js
import { Worker } from "node:worker_threads";
var leb = (x) => {
  const o = [];
  do {
    let b = x & 127;
    x >>>= 7;
    if (x)
      b |= 128;
    o.push(b);
  } while (x);
  return o;
};
var sleb = (x) => {
  const o = [];
  for (; ; ) {
    const b = x & 127;
    x >>= 7;
    if (x === 0 && !(b & 64) || x === -1 && b & 64) {
      o.push(b);
      return o;
    }
    o.push(b | 128);
  }
};
var vec = (items) => [...leb(items.length), ...items.flat()];
var section = (id, body) => [id, ...leb(body.length), ...body];
var name = (s) => [...leb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
var I32 = 127;
var F642 = 124;
var V128 = 123;
var get = (i) => [32, ...leb(i)];
var set = (i) => [33, ...leb(i)];
var i32 = (x) => [65, ...sleb(x)];
var add32 = [106];
var geU = [79];
var f64add = [160];
var simd = (op) => [253, ...leb(op)];
var loadAt = (off) => [...simd(0), 3, ...leb(off)];
var storeAt = (off) => [...simd(11), 3, ...leb(off)];
var zero = [...simd(12), ...new Array(16).fill(0)];
var splat = simd(20);
var lane = (k) => [...simd(33), k];
var vadd = simd(240);
var vmul = simd(242);
var inc = (local, by) => [...get(local), ...typeof by === "number" ? i32(by) : by, ...add32, ...set(local)];
var whileBelow = (p, end, q2, stride, body) => [
  2,
  64,
  3,
  64,
  ...get(p),
  ...get(end),
  ...geU,
  13,
  1,
  ...body,
  ...inc(p, stride),
  ...inc(q2, stride),
  12,
  0,
  11,
  11
];
var OFFS = [0, 16, 32, 48];
function moduleBytes() {
  const [PZ, PV, PS, PROWS, PD, PBYTES, PP, PQ, PEND, PI, A0, SV] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14];
  const partialCode = [
    ...get(PD),
    ...i32(3),
    116,
    ...set(PBYTES),
    ...get(PS),
    ...set(PQ),
    ...get(PS),
    ...get(PBYTES),
    ...add32,
    ...set(PEND),
    ...whileBelow(PQ, PEND, PP, 64, OFFS.flatMap((o) => [...get(PQ), ...zero, ...storeAt(o)])),
    ...i32(0),
    ...set(PI),
    2,
    64,
    3,
    64,
    ...get(PI),
    ...get(PROWS),
    ...geU,
    13,
    1,
    ...[0, 1, 2, 3].flatMap((k) => [...zero, ...set(A0 + k)]),
    ...get(PZ),
    ...set(PP),
    ...get(PV),
    ...set(PQ),
    ...get(PZ),
    ...get(PBYTES),
    ...add32,
    ...set(PEND),
    ...whileBelow(PP, PEND, PQ, 64, OFFS.flatMap((o, k) => [...get(A0 + k), ...get(PP), ...loadAt(o), ...get(PQ), ...loadAt(o), ...vmul, ...vadd, ...set(A0 + k)])),
    ...get(A0),
    ...get(A0 + 1),
    ...vadd,
    ...get(A0 + 2),
    ...get(A0 + 3),
    ...vadd,
    ...vadd,
    ...set(A0),
    ...get(A0),
    ...lane(0),
    ...get(A0),
    ...lane(1),
    ...f64add,
    16,
    0,
    ...splat,
    ...set(SV),
    ...get(PZ),
    ...set(PP),
    ...get(PS),
    ...set(PQ),
    ...whileBelow(PP, PEND, PQ, 64, OFFS.flatMap((o) => [...get(PQ), ...get(PQ), ...loadAt(o), ...get(SV), ...get(PP), ...loadAt(o), ...vmul, ...vadd, ...storeAt(o)])),
    ...inc(PZ, get(PBYTES)),
    ...inc(PI, 1),
    12,
    0,
    11,
    11,
    11
  ];
  const partialBody = [...vec([[5, I32], [5, V128]]), ...partialCode];
  const [UV, US, UPARTS, UD, UC, UBYTES, UO, UK, UR, USUM, UCV] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const updateCode = [
    ...get(UD),
    ...i32(3),
    116,
    ...set(UBYTES),
    ...get(UC),
    ...splat,
    ...set(UCV),
    ...i32(0),
    ...set(UO),
    2,
    64,
    3,
    64,
    ...get(UO),
    ...get(UBYTES),
    ...geU,
    13,
    1,
    ...get(US),
    ...get(UO),
    ...add32,
    ...loadAt(0),
    ...set(USUM),
    ...get(US),
    ...get(UO),
    ...add32,
    ...get(UBYTES),
    ...add32,
    ...set(UR),
    ...i32(1),
    ...set(UK),
    2,
    64,
    3,
    64,
    ...get(UK),
    ...get(UPARTS),
    ...geU,
    13,
    1,
    ...get(USUM),
    ...get(UR),
    ...loadAt(0),
    ...vadd,
    ...set(USUM),
    ...inc(UR, get(UBYTES)),
    ...inc(UK, 1),
    12,
    0,
    11,
    11,
    ...get(UV),
    ...get(UO),
    ...add32,
    ...get(UV),
    ...get(UO),
    ...add32,
    ...loadAt(0),
    ...get(UCV),
    ...get(USUM),
    ...vmul,
    ...vadd,
    ...storeAt(0),
    ...inc(UO, 16),
    12,
    0,
    11,
    11,
    11
  ];
  const updateBody = [...vec([[4, I32], [2, V128]]), ...updateCode];
  const f64c = (x) => [68, ...new Uint8Array(new Float64Array([x]).buffer)];
  const LN2_HI = 0.6931471803691238, LN2_LO = 19082149292705877e-26;
  const [M, X, K, R, E2] = [0, 1, 2, 3, 4];
  const horner = [...f64c(1 / 6227020800)];
  for (let i = 12; i >= 0; i--) {
    let f = 1;
    for (let q2 = 2; q2 <= i; q2++)
      f *= q2;
    horner.push(...get(R), 162, ...f64c(1 / f), 160);
  }
  const sigCode = [
    ...get(M),
    153,
    154,
    ...f64c(-708),
    165,
    ...set(X),
    ...get(X),
    ...f64c(Math.LOG2E),
    162,
    158,
    ...set(K),
    ...get(X),
    ...get(K),
    ...f64c(LN2_HI),
    162,
    161,
    ...get(K),
    ...f64c(LN2_LO),
    162,
    161,
    ...set(R),
    ...horner,
    ...get(K),
    176,
    66,
    ...sleb(1023),
    124,
    66,
    ...sleb(52),
    134,
    191,
    162,
    ...set(E2),
    ...get(E2),
    ...f64c(1),
    ...get(M),
    ...f64c(0),
    102,
    27,
    ...f64c(1),
    ...get(E2),
    160,
    163,
    11
  ];
  const sigBody = [...vec([[4, F642]]), ...sigCode];
  return new Uint8Array([
    0,
    97,
    115,
    109,
    1,
    0,
    0,
    0,
    ...section(1, vec([
      [96, ...vec([[F642]]), ...vec([[F642]])],
      [96, ...vec([[I32], [I32], [I32], [I32], [I32]]), 0],
      [96, ...vec([[I32], [I32], [I32], [I32], [F642]]), 0]
    ])),
    ...section(2, vec([[...name("env"), ...name("mem"), 2, 3, ...leb(1), ...leb(65536)]])),
    ...section(3, vec([[0], [1], [2]])),
    ...section(7, vec([[...name("sig"), 0, 0], [...name("partial"), 0, 1], [...name("update"), 0, 2]])),
    ...section(10, vec([[...leb(sigBody.length), ...sigBody], [...leb(partialBody.length), ...partialBody], [...leb(updateBody.length), ...updateBody]]))
  ]);
}
var Wasm = globalThis.WebAssembly;
var compiled;
function module() {
  if (compiled === void 0) {
    const bytes = moduleBytes();
    compiled = Wasm && Wasm.validate(bytes) ? new Wasm.Module(bytes) : null;
  }
  return compiled;
}
var sharedMemory = (bytes) => {
  const pages = Math.ceil(bytes / 65536) + 1;
  return new Wasm.Memory({ initial: pages, maximum: pages, shared: true });
};
var SHARE_LOOP = `(ex, flags, a) => {
  const { k, N, T, c, z, rows, v, s, d, bytes, timeoutMs } = a;
  for (let t = 0; t < T; t++) {
    const buf = s + (t & 1) * N * bytes;
    ex.partial(z, v, buf + k * bytes, rows, d);
    Atomics.store(flags, k, t + 1);
    Atomics.notify(flags, k);
    for (let j = 0; j < N; j++) {
      if (j === k) continue;
      let spins = 0, since = Date.now();
      for (;;) {
        const seen = Atomics.load(flags, j);
        if (seen > t || seen < 0) break;
        if (++spins < 20000) continue;
        if (Atomics.wait(flags, j, seen, 50) === 'timed-out' && Date.now() - since > timeoutMs) { Atomics.store(flags, k, -1); throw new Error('a thread of the parallel GD kernel stopped responding'); }
      }
      if (Atomics.load(flags, j) < 0) throw new Error('a thread of the parallel GD kernel failed');
    }
    ex.update(v, buf, N, d, c);
  }
}`;
var shareLoop;
var loopHere = () => shareLoop ??= (0, eval)(SHARE_LOOP);
var WORKER = `const { parentPort } = require('node:worker_threads');
const loop = ${SHARE_LOOP};
parentPort.on('message', ({ module, memory, flags, args }) => {
  const f = new Int32Array(flags);
  try {
    loop(new WebAssembly.Instance(module, { env: { mem: memory } }).exports, f, args);
  } catch (e) {
    Atomics.store(f, args.k, -1); Atomics.notify(f, args.k);
  }
});`;
var MIN_ROWS_WORK = 16384;
function gdKernel(threads = 1) {
  const m = module();
  if (!m)
    return null;
  const workers = [];
  for (let k = 1; k < threads; k++) {
    const w = new Worker(WORKER, { eval: true });
    w.unref();
    workers.push(w);
  }
  return {
    threads,
    run(data, gamma, T) {
      const { n: n2, d } = data;
      const d8 = Math.ceil(d / 8) * 8, bytes = d8 * 8;
      const N2 = Math.max(1, Math.min(threads, n2, Math.floor(n2 * d8 / MIN_ROWS_WORK)));
      const vAt = n2 * bytes, sAt = vAt + N2 * bytes;
      const memory = sharedMemory(sAt + 2 * N2 * bytes);
      const heap = new Float64Array(memory.buffer);
      if (d8 === d)
        heap.set(data.Z, 0);
      else
        for (let i = 0; i < n2; i++)
          heap.set(data.Z.subarray(i * d, (i + 1) * d), i * d8);
      const flags = new Int32Array(new SharedArrayBuffer(4 * N2));
      const share = (k) => {
        const r0 = Math.floor(k * n2 / N2), r1 = Math.floor((k + 1) * n2 / N2);
        return { k, N: N2, T, c: gamma / n2, z: r0 * bytes, rows: r1 - r0, v: vAt + k * bytes, s: sAt, d: d8, bytes, timeoutMs: 6e4 };
      };
      for (let k = 1; k < N2; k++)
        workers[k - 1].postMessage({ module: m, memory, flags: flags.buffer, args: share(k) });
      loopHere()(new Wasm.Instance(m, { env: { mem: memory } }).exports, flags, share(0));
      return new Float64Array(memory.buffer, vAt, d).slice();
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  };
}
var single;
function gdF64Wasm(data, gamma, T, fallback) {
  if (single === void 0)
    single = gdKernel(1);
  return single ? single.run(data, gamma, T) : fallback(data, gamma, T);
}

// dist/dynamics/logisticGd.js
function rescaledGdF64(data, gamma, T) {
  const { Z, n: n2, d } = data;
  const out = [new Float64Array(d)];
  const m = new Float64Array(n2), w = new Float64Array(n2), step = new Float64Array(d);
  for (let t = 0; t < T; t++) {
    const u = out[t];
    matVec2(Z, n2, d, u, m);
    for (let i = 0; i < n2; i++)
      w[i] = sigmoidNeg2(gamma * m[i]) / n2;
    matTVec2(Z, n2, d, w, step);
    const next = new Float64Array(d);
    for (let j = 0; j < d; j++)
      next[j] = u[j] + step[j];
    out.push(next);
  }
  return out;
}
function rescaledGdHP(C6, Z, gamma, T) {
  const d = Z[0].length, n2 = Z.length;
  const out = [Array.from({ length: d }, () => new C6(0))];
  for (let t = 0; t < T; t++) {
    const u = out[t];
    const next = u.slice();
    for (const z of Z) {
      const s = sigmoidNeg(C6, gamma.times(dotD(C6, z, u))).div(n2);
      for (let j = 0; j < d; j++)
        next[j] = next[j].plus(s.times(z[j]));
    }
    out.push(next);
  }
  return out;
}
function gdF64(data, gamma, T, v0 = new Float64Array(data.d)) {
  const { Z, n: n2, d } = data;
  const v = Float64Array.from(v0);
  const m = new Float64Array(n2), w = new Float64Array(n2), step = new Float64Array(d);
  for (let t = 0; t < T; t++) {
    matVec2(Z, n2, d, v, m);
    for (let i = 0; i < n2; i++)
      w[i] = gamma * sigmoidNeg2(m[i]) / n2;
    matTVec2(Z, n2, d, w, step);
    for (let j = 0; j < d; j++)
      v[j] += step[j];
  }
  return v;
}
function gdHP(C6, Z, gamma, T) {
  const n2 = Z.length, d = Z[0].length;
  let v = Array.from({ length: d }, () => new C6(0));
  const scale2 = gamma.div(n2);
  for (let t = 0; t < T; t++) {
    const next = v.slice();
    for (const z of Z) {
      const s = sigmoidNeg(C6, dotD(C6, z, v)).times(scale2);
      for (let j = 0; j < d; j++)
        next[j] = next[j].plus(s.times(z[j]));
    }
    v = next;
  }
  return v;
}
function normalizedGdCountF64(data, gamma, maxIter) {
  const { Z, n: n2, d } = data;
  const v = new Float64Array(d), m = new Float64Array(n2), w = new Float64Array(n2), step = new Float64Array(d);
  for (let t = 0; t <= maxIter; t++) {
    matVec2(Z, n2, d, v, m);
    let sep = true, total = 0;
    for (let i = 0; i < n2; i++) {
      if (!(m[i] > 0))
        sep = false;
      w[i] = sigmoidNeg2(m[i]);
      total += w[i];
    }
    if (sep)
      return t;
    if (!Number.isFinite(total) || total === 0)
      throw new Error("normalized GD: weights underflowed");
    matTVec2(Z, n2, d, w, step);
    for (let j = 0; j < d; j++)
      v[j] += gamma * step[j] / total;
  }
  return null;
}
function normalizedGdCountHP(C6, Z, gamma, maxIter) {
  const d = Z[0].length;
  let v = Array.from({ length: d }, () => new C6(0));
  for (let t = 0; t <= maxIter; t++) {
    const m = Z.map((z) => dotD(C6, z, v));
    if (m.every((x) => x.gt(0)))
      return t;
    const w = m.map((x) => sigmoidNeg(C6, x));
    const total = w.reduce((a, b) => a.plus(b), new C6(0));
    const next = v.slice();
    Z.forEach((z, i) => {
      const s = gamma.times(w[i]).div(total);
      for (let j = 0; j < d; j++)
        next[j] = next[j].plus(s.times(z[j]));
    });
    v = next;
  }
  return null;
}
function gdFixed(F, Z, gamma, T) {
  const n2 = Z.length, d = Z[0].length;
  const v = new Array(d).fill(0n);
  const N2 = BigInt(n2);
  for (let t = 0; t < T; t++) {
    const step = new Array(d).fill(0n);
    for (const z of Z) {
      let m = 0n;
      for (let j = 0; j < d; j++)
        m += z[j] * v[j];
      const s = F.sigmoidNeg(m + (F.one >> 1n) >> F.P);
      for (let j = 0; j < d; j++)
        step[j] += s * z[j];
    }
    for (let j = 0; j < d; j++) {
      const sj = step[j] + (F.one >> 1n) >> F.P;
      v[j] += F.mul(sj, gamma) / N2;
    }
  }
  return v;
}
function gdF64Fused(data, gamma, T) {
  const { Z, n: n2, d } = data;
  const v = new Float64Array(d), step = new Float64Array(d);
  const c = gamma / n2;
  const d4 = d - d % 4;
  for (let t = 0; t < T; t++) {
    step.fill(0);
    for (let i = 0, o = 0; i < n2; i++, o += d) {
      let m0 = 0, m1 = 0, m2 = 0, m3 = 0, j = 0;
      for (; j < d4; j += 4) {
        m0 += Z[o + j] * v[j];
        m1 += Z[o + j + 1] * v[j + 1];
        m2 += Z[o + j + 2] * v[j + 2];
        m3 += Z[o + j + 3] * v[j + 3];
      }
      let m = m0 + m1 + m2 + m3;
      for (; j < d; j++)
        m += Z[o + j] * v[j];
      const s = sigmoidNeg2(m);
      for (j = 0; j < d4; j += 4) {
        step[j] += s * Z[o + j];
        step[j + 1] += s * Z[o + j + 1];
        step[j + 2] += s * Z[o + j + 2];
        step[j + 3] += s * Z[o + j + 3];
      }
      for (; j < d; j++)
        step[j] += s * Z[o + j];
    }
    for (let j = 0; j < d; j++)
      v[j] += c * step[j];
  }
  return v;
}
function gdF64Fast(data, gamma, T) {
  return gdF64Wasm(data, gamma, T, gdF64Fused);
}

// dist/dynamics/largeStepLimit.js
function pathFacts(ds, path) {
  const z = signedPoints(ds);
  let delta = null;
  const tieSteps = [];
  for (let t = 1; t < path.length; t++) {
    for (const zi of z) {
      const m = qvec.dot(zi, path[t]).abs();
      if (m.isZero()) {
        if (tieSteps.at(-1) !== t)
          tieSteps.push(t);
      } else if (delta === null || m.cmp(delta) < 0)
        delta = m;
    }
  }
  return { delta: delta ?? Q.ONE, tieSteps };
}
function distancesAlongGrid(ds, path, delta, K, digits) {
  const T = path.length - 1;
  const out = [];
  if (digits === null) {
    const data = { Z: signedMatrix(ds), n: n(ds), d: dim(ds) };
    const target = path.map((u) => Float64Array.from(u, (x) => x.toNumber()));
    for (let k = 0; k <= K; k++) {
      const us = rescaledGdF64(data, 10 ** k / delta.toNumber(), T);
      out.push(Math.max(...us.map((u, t) => maxAbsDiff(u, target[t]))));
    }
  } else {
    const C6 = precision(digits);
    const Z = signedDecimal(ds, C6);
    for (let k = 0; k <= K; k++) {
      const gamma = new C6(10).pow(k).div(delta.toDecimal(C6));
      const us = rescaledGdHP(C6, Z, gamma, T);
      let worst = new C6(0);
      us.forEach((u, t) => u.forEach((x, j) => {
        const e = x.minus(path[t][j].toDecimal(C6)).abs();
        if (e.gt(worst))
          worst = e;
      }));
      out.push(worst.toNumber());
    }
  }
  return out;
}

// dist/dynamics/twoLayerGd.js
var twoLayerGd_exports = {};
__export(twoLayerGd_exports, {
  plainGdF64: () => plainGdF64,
  rescaledGdF64: () => rescaledGdF642,
  rescaledGdHP: () => rescaledGdHP2,
  rescaledStepF64: () => rescaledStepF64
});
function rescaledStepF64(net, U, gamma) {
  const P = preacts(net, U);
  const mg = marginsFrom(net, P);
  const c = new Float64Array(net.n);
  for (let i = 0; i < net.n; i++)
    c[i] = sigmoidNeg2(gamma * mg[i]) / net.n;
  const next = Float64Array.from(U);
  addWeightedGradients(net, P, c, next);
  return next;
}
function rescaledGdF642(net, U0, gamma, T) {
  const out = [Float64Array.from(U0)];
  for (let t = 0; t < T; t++)
    out.push(rescaledStepF64(net, out[t], gamma));
  return out;
}
function plainGdF64(net, U0, gamma, T) {
  const out = [U0.map((x) => gamma * x)];
  for (let t = 0; t < T; t++) {
    const W = out[t];
    const P = preacts(net, W);
    const mg = marginsFrom(net, P);
    const c = new Float64Array(net.n);
    for (let i = 0; i < net.n; i++)
      c[i] = gamma * sigmoidNeg2(mg[i]) / net.n;
    const next = Float64Array.from(W);
    addWeightedGradients(net, P, c, next);
    out.push(next);
  }
  return out;
}
function rescaledGdHP2(net, U0, gamma, T) {
  const { C: C6, B, y, a, act } = net;
  const n2 = B.length;
  const out = [U0.map((w) => w.slice())];
  for (let t = 0; t < T; t++) {
    const U = out[t];
    const P = preactsHP(net, U);
    const mg = marginsHP(net, U, P);
    const next = U.map((w) => w.slice());
    for (let i = 0; i < n2; i++) {
      const c = sigmoidNeg(C6, gamma.times(mg[i])).div(n2).times(y[i]);
      for (let j = 0; j < U.length; j++) {
        const p = P[i][j];
        const q2 = p.gt(0) ? 4 : p.lt(0) ? act.negQuarters : act.kinkQuarters;
        if (q2 === 0)
          continue;
        const s = c.times(a[j] * q2).div(4);
        const w = next[j];
        for (let k = 0; k < w.length; k++)
          w[k] = w[k].plus(s.times(B[i][k]));
      }
    }
    out.push(next);
  }
  return out;
}

// dist/integrators/dopri.js
var A_ROWS = [
  [],
  [[1, 5]],
  [[3, 40], [9, 40]],
  [[44, 45], [-56, 15], [32, 9]],
  [[19372, 6561], [-25360, 2187], [64448, 6561], [-212, 729]],
  [[9017, 3168], [-355, 33], [46732, 5247], [49, 176], [-5103, 18656]],
  [[35, 384], [0, 1], [500, 1113], [125, 192], [-2187, 6784], [11, 84]]
];
var C = [[0, 1], [1, 5], [3, 10], [4, 5], [8, 9], [1, 1], [1, 1]];
var E = [[71, 57600], [0, 1], [-71, 16695], [71, 1920], [-17253, 339200], [22, 525], [-1, 40]];
var tableaux = /* @__PURE__ */ new WeakMap();
function tableau(A) {
  const hit = tableaux.get(A);
  if (hit)
    return hit;
  const q2 = ([p, r]) => A.div(A.of(p), A.of(r));
  const tab = { a: A_ROWS.map((row) => row.map(q2)), c: C.map(([p, r]) => p / r), e: E.map(q2) };
  tableaux.set(A, tab);
  return tab;
}
function dopri(A, f, y0, o) {
  const tab = tableau(A);
  const n2 = y0.length;
  const t0 = o.t0 ?? 0;
  let t = t0, y = y0.slice();
  let evals = 0, steps = 0, rejected = 0, errorSum = 0;
  const maxSteps = o.maxSteps ?? 1e5;
  const hMax = o.hMax ?? o.t1 - t0;
  const call = (tt, yy) => {
    evals++;
    return f(tt, yy);
  };
  let k1 = call(t, y);
  let h = o.h0 ?? Math.min(hMax, (o.t1 - t0) / 100, 1e-3);
  if (o.onStep?.(t, y) === false)
    return { t, y, steps, rejected, evals, errorSum, status: "stopped" };
  const done = (status) => ({ t, y, steps, rejected, evals, errorSum, status });
  while (t < o.t1) {
    if (steps + rejected >= maxSteps)
      return done("maxSteps");
    if (t + h > o.t1)
      h = o.t1 - t;
    if (h <= Math.abs(t) * 1e-15 || h <= 1e-300)
      return done("stepTooSmall");
    const hT = A.of(h);
    const k = [k1];
    for (let s = 1; s < 7; s++) {
      const ys = y.map((yi, i) => {
        let acc = A.of(0);
        tab.a[s].forEach((aij, j) => {
          if (A.sign(aij) !== 0)
            acc = A.add(acc, A.mul(aij, k[j][i]));
        });
        return A.add(yi, A.mul(hT, acc));
      });
      k.push(call(t + tab.c[s] * h, ys));
      if (s === 6) {
        let errMax = 0, scaled = 0, finite = true;
        for (let i = 0; i < n2; i++) {
          let e = A.of(0);
          tab.e.forEach((ej, j) => {
            if (A.sign(ej) !== 0)
              e = A.add(e, A.mul(ej, k[j][i]));
          });
          const ei = Math.abs(A.toNumber(A.mul(hT, e)));
          const yi = Math.max(Math.abs(A.toNumber(y[i])), Math.abs(A.toNumber(ys[i])));
          if (!Number.isFinite(ei) || !A.isFinite(ys[i]))
            finite = false;
          errMax = Math.max(errMax, ei);
          scaled = Math.max(scaled, ei / (o.atol + o.rtol * yi));
        }
        if (!finite) {
          if (h < 1e-12)
            return done("nonFinite");
          h /= 10;
          rejected++;
          break;
        }
        if (scaled <= 1) {
          t = t + h;
          y = ys;
          k1 = k[6];
          steps++;
          errorSum += errMax;
          if (o.onStep?.(t, y) === false)
            return done("stopped");
        } else
          rejected++;
        const factor = scaled === 0 ? 5 : Math.min(5, Math.max(0.2, 0.9 * scaled ** -0.2));
        h = Math.min(hMax, h * factor);
      }
    }
  }
  return done("done");
}

// dist/linalg/eig.js
function offNorm2(A, a) {
  let s = A.of(0);
  for (let i = 0; i < a.length; i++)
    for (let j = i + 1; j < a.length; j++)
      s = A.add(s, A.mul(a[i][j], a[i][j]));
  return A.add(s, s);
}
function frob2(A, a) {
  let s = A.of(0);
  for (const row of a)
    for (const x of row)
      s = A.add(s, A.mul(x, x));
  return s;
}
function symmetricEigenvalues(A, input, maxSweeps = 60) {
  const n2 = input.length;
  for (const row of input)
    if (row.length !== n2)
      throw new RangeError("symmetricEigenvalues: matrix is not square");
  for (let i = 0; i < n2; i++)
    for (let j = 0; j < i; j++) {
      const d = A.toNumber(A.abs(A.sub(input[i][j], input[j][i])));
      const s = Math.abs(A.toNumber(input[i][j])) + Math.abs(A.toNumber(input[j][i]));
      if (d > 64 * Math.max(A.unit, 1e-300) * s)
        throw new RangeError(`symmetricEigenvalues: matrix is not symmetric at (${i},${j})`);
    }
  const a = input.map((r) => r.slice());
  const norm23 = frob2(A, a);
  const normF = Math.sqrt(A.toNumber(norm23));
  if (!Number.isFinite(normF))
    throw new RangeError("symmetricEigenvalues: non-finite entries");
  const target = A.mul(norm23, A.of((A.unit * n2) ** 2));
  const one = A.of(1), two = A.of(2);
  let sweeps = 0;
  for (; sweeps < maxSweeps; sweeps++) {
    const off2 = offNorm2(A, a);
    if (A.sign(off2) === 0 || A.lt(off2, target))
      break;
    for (let p = 0; p < n2 - 1; p++) {
      for (let q2 = p + 1; q2 < n2; q2++) {
        const apq = a[p][q2];
        if (A.sign(apq) === 0)
          continue;
        const theta = A.div(A.sub(a[q2][q2], a[p][p]), A.mul(two, apq));
        const root = A.sqrt(A.add(A.mul(theta, theta), one));
        let t = A.div(one, A.add(A.abs(theta), root));
        if (A.sign(theta) < 0)
          t = A.neg(t);
        const c = A.div(one, A.sqrt(A.add(A.mul(t, t), one)));
        const s = A.mul(t, c);
        const tapq = A.mul(t, apq);
        a[p][p] = A.sub(a[p][p], tapq);
        a[q2][q2] = A.add(a[q2][q2], tapq);
        a[p][q2] = A.of(0);
        a[q2][p] = A.of(0);
        for (let r = 0; r < n2; r++) {
          if (r === p || r === q2)
            continue;
          const arp = a[r][p], arq = a[r][q2];
          const np = A.sub(A.mul(c, arp), A.mul(s, arq));
          const nq = A.add(A.mul(s, arp), A.mul(c, arq));
          a[r][p] = np;
          a[p][r] = np;
          a[r][q2] = nq;
          a[q2][r] = nq;
        }
      }
    }
  }
  const off = Math.sqrt(Math.max(0, A.toNumber(offNorm2(A, a))));
  if (sweeps >= maxSweeps && off > 1e3 * A.unit * n2 * normF)
    throw new RangeError(`symmetricEigenvalues: no convergence in ${maxSweeps} sweeps`);
  const values = a.map((row, i) => row[i]);
  values.sort((x, y) => A.lt(x, y) ? -1 : A.lt(y, x) ? 1 : 0);
  const bound = (off + 4 * (sweeps + 1) * n2 * A.unit * normF) * (1 + 1e-6);
  return { values, bound, sweeps };
}
var lambdaMin = (A, m) => symmetricEigenvalues(A, m).values[0];
var lambdaMax = (A, m) => {
  const v = symmetricEigenvalues(A, m).values;
  return v[v.length - 1];
};

// dist/models/mlp.js
var showAct = (a) => a.kind === "leaky" ? `leaky-ReLU(\u03B1=${a.alpha})` : a.kind === "poly" ? `z+${a.c}z\xB2` : a.kind;
var showMlp = (net) => `MLP ${net.widths.join("-")} ${showAct(net.act)}`;
function paramCount(net) {
  let p = 0;
  for (let l = 1; l < net.widths.length; l++)
    p += net.widths[l] * (net.widths[l - 1] + 1);
  return p;
}
function layout(net) {
  const out = [];
  let o = 0;
  for (let l = 1; l < net.widths.length; l++) {
    const rows = net.widths[l], cols = net.widths[l - 1];
    out.push({ w: o, b: o + rows * cols, rows, cols });
    o += rows * (cols + 1);
  }
  return out;
}
function activation(A, act) {
  const one = A.of(1), zero2 = A.of(0);
  switch (act.kind) {
    case "identity":
      return { sigma: (z) => z, dsigma: () => one };
    case "relu":
      return { sigma: (z) => A.sign(z) > 0 ? z : zero2, dsigma: (z) => A.sign(z) > 0 ? one : zero2 };
    case "leaky": {
      const al = A.of(act.alpha);
      return { sigma: (z) => A.sign(z) >= 0 ? z : A.mul(al, z), dsigma: (z) => A.sign(z) >= 0 ? one : al };
    }
    case "poly": {
      const c = A.of(act.c), c2 = A.of(2 * act.c);
      return { sigma: (z) => A.add(z, A.mul(c, A.mul(z, z))), dsigma: (z) => A.add(one, A.mul(c2, z)) };
    }
  }
}
function forwardOne(A, net, theta, x, act) {
  const lay = layout(net);
  const zs = [], as = [x.slice()];
  lay.forEach((L, l) => {
    const prev = as[l];
    const z = [];
    for (let i = 0; i < L.rows; i++) {
      let s = theta[L.b + i];
      for (let j = 0; j < L.cols; j++)
        s = A.add(s, A.mul(theta[L.w + i * L.cols + j], prev[j]));
      z.push(s);
    }
    zs.push(z);
    as.push(l === lay.length - 1 ? z : z.map(act.sigma));
  });
  return { zs, as };
}
function backwardOne(A, net, theta, pass, deltaOut, act, out) {
  const lay = layout(net);
  let delta = deltaOut.slice();
  for (let l = lay.length - 1; l >= 0; l--) {
    const L = lay[l], prev = pass.as[l];
    for (let i = 0; i < L.rows; i++) {
      const di = delta[i];
      if (A.sign(di) === 0)
        continue;
      out[L.b + i] = A.add(out[L.b + i], di);
      for (let j = 0; j < L.cols; j++)
        out[L.w + i * L.cols + j] = A.add(out[L.w + i * L.cols + j], A.mul(di, prev[j]));
    }
    if (l === 0)
      break;
    const zPrev = pass.zs[l - 1];
    const next = [];
    for (let j = 0; j < L.cols; j++) {
      let s = A.of(0);
      for (let i = 0; i < L.rows; i++)
        s = A.add(s, A.mul(theta[L.w + i * L.cols + j], delta[i]));
      next.push(A.mul(s, act.dsigma(zPrev[j])));
    }
    delta = next;
  }
}
function outputs(A, net, theta, X) {
  const act = activation(A, net.act);
  return X.flatMap((x) => forwardOne(A, net, theta, x, act).as.at(-1));
}
function loss(A, net, theta, data) {
  const F = outputs(A, net, theta, data.X), y = data.Y.flat();
  let s = A.of(0);
  F.forEach((f, i) => {
    const r = A.sub(f, y[i]);
    s = A.add(s, A.mul(r, r));
  });
  return A.div(s, A.of(2));
}
function lossGrad(A, net, theta, data) {
  const act = activation(A, net.act);
  const grad = theta.map(() => A.of(0));
  const residual = [];
  let s = A.of(0);
  data.X.forEach((x, j) => {
    const pass = forwardOne(A, net, theta, x, act);
    const r = pass.as.at(-1).map((f, k) => A.sub(f, data.Y[j][k]));
    r.forEach((rk) => {
      s = A.add(s, A.mul(rk, rk));
      residual.push(rk);
    });
    backwardOne(A, net, theta, pass, r, act, grad);
  });
  return { loss: A.div(s, A.of(2)), grad, residual };
}
function jacobian(A, net, theta, X) {
  const act = activation(A, net.act);
  const M = net.widths.at(-1);
  const J = [];
  for (const x of X) {
    const pass = forwardOne(A, net, theta, x, act);
    for (let k = 0; k < M; k++) {
      const row = theta.map(() => A.of(0));
      const e = Array.from({ length: M }, (_, i) => A.of(i === k ? 1 : 0));
      backwardOne(A, net, theta, pass, e, act, row);
      J.push(row);
    }
  }
  return J;
}
var ntkGram = (A, net, theta, X) => gram(A, jacobian(A, net, theta, X));
function initParams(net, r, o = { scale: "fanIn" }) {
  const theta = [];
  for (let l = 1; l < net.widths.length; l++) {
    const rows = net.widths[l], cols = net.widths[l - 1];
    const sw = o.scale === "standard" ? 1 : 1 / Math.sqrt(cols), sb = o.scale === "standard" ? 1 : 0.5;
    for (let k = 0; k < rows * cols; k++)
      theta.push(sw * r.gauss());
    for (let k = 0; k < rows; k++)
      theta.push(sb * r.gauss());
  }
  return theta;
}
function gaussianData(n2, N2, M, r, yScale = 1) {
  const X = Array.from({ length: n2 }, () => Array.from({ length: N2 }, () => r.gauss()));
  const Y2 = Array.from({ length: n2 }, () => Array.from({ length: M }, () => yScale * r.gauss()));
  return { X, Y: Y2 };
}
var dataIn = (A, d) => ({ X: d.X.map((r) => r.map((v) => A.of(v))), Y: d.Y.map((r) => r.map((v) => A.of(v))) });

// dist/integrators/gdTrace.js
function gdTrace(net, data, theta0, o) {
  let theta = theta0.slice();
  const points2 = [];
  let L0 = NaN, L = NaN, k = 0, intLam = 0, lastLam = 0, excess = -Infinity, finite = true;
  let eta = o.eta, t = 0, lastT = 0;
  for (; k <= o.maxSteps; k++) {
    const lg = lossGrad(F64, net, theta, data);
    L = lg.loss;
    if (k === 0)
      L0 = L;
    if (!Number.isFinite(L)) {
      finite = false;
      break;
    }
    const stop = L <= o.stopRel * L0 || k === o.maxSteps;
    if (k % o.every === 0 || stop) {
      intLam += (t - lastT) * lastLam;
      const ev = symmetricEigenvalues(F64, ntkGram(F64, net, theta, data.X)).values;
      lastLam = ev[0];
      lastT = t;
      if (o.stepScale !== void 0)
        eta = o.stepScale / ev.at(-1);
      const p = { k, t, logL: Math.log(L), lamMin: ev[0], lamMax: ev.at(-1), intLamMin: intLam };
      points2.push(p);
      excess = Math.max(excess, p.logL - Math.log(L0) + 2 * intLam);
    }
    if (stop)
      break;
    theta = theta.map((v, i) => v - eta * lg.grad[i]);
    t += eta;
  }
  const half2 = points2.slice(Math.floor(points2.length / 2));
  const lateFit = half2.length >= 3 ? fitLine(half2.map((p) => p.t), half2.map((p) => p.logL)) : null;
  return { points: points2, theta, L0, LT: L, steps: k, converged: L <= o.stopRel * L0, lateFit, boundExcess: excess, finite };
}

// dist/integrators/gradientFlow.js
function gradientFlow(A, net, data, theta0, o) {
  const P = theta0.length;
  const rhs = (_t, y) => {
    const theta = y.slice(0, P);
    const lg = lossGrad(A, net, theta, data);
    const out = lg.grad.map((g) => A.neg(g));
    if (o.augment) {
      const G = ntkGram(A, net, theta, data.X);
      const ev = symmetricEigenvalues(A, G).values;
      out.push(quadForm(A, G, lg.residual), ev[0], ev[ev.length - 1]);
    }
    return out;
  };
  const y0 = [...theta0, ...o.augment ? [A.of(0), A.of(0), A.of(0)] : []];
  const points2 = [];
  let L0;
  const run2 = dopri(A, rhs, y0, {
    t1: o.t1,
    rtol: o.rtol,
    atol: o.atol,
    maxSteps: o.maxSteps,
    hMax: o.hMax,
    onStep: (t, yy) => {
      const y = yy;
      const lg = lossGrad(A, net, y.slice(0, P), data);
      const L = lg.loss, z = A.of(0);
      const gradL1 = lg.grad.reduce((s, g) => s + Math.abs(A.toNumber(g)), 0);
      points2.push({ t, loss: L, q1: o.augment ? y[P] : z, q2: o.augment ? y[P + 1] : z, q3: o.augment ? y[P + 2] : z, gradL1 });
      const Ln = A.toNumber(L);
      L0 ??= Ln;
      if (!Number.isFinite(Ln))
        return false;
      return o.stopBelow === void 0 || Ln > o.stopBelow * L0;
    }
  });
  return { points: points2, theta: run2.y.slice(0, P), run: run2, P };
}
function gradientDescent(A, net, data, theta0, eta, steps, each) {
  let theta = theta0.slice();
  const e = A.of(eta);
  for (let k = 0; k < steps; k++) {
    const lg = lossGrad(A, net, theta, data);
    if (each?.(k, theta, lg.loss) === false)
      return { theta, loss: lg.loss, steps: k };
    theta = theta.map((v, i) => A.sub(v, A.mul(e, lg.grad[i])));
  }
  return { theta, loss: lossGrad(A, net, theta, data).loss, steps };
}

// dist/api/models.js
var models_exports = {};
__export(models_exports, {
  linearLogistic: () => linearLogistic_exports,
  mlp: () => mlp_exports,
  ntk: () => ntk_exports,
  reluMargin: () => reluMargin_exports,
  twoLayer: () => twoLayer_exports,
  twoNeuron: () => twoNeuron_exports
});

// dist/api/models/mlp.js
var mlp_exports = {};
__export(mlp_exports, {
  dataIn: () => dataIn,
  gaussianData: () => gaussianData,
  initParams: () => initParams,
  jacobian: () => jacobian,
  loss: () => loss,
  lossGrad: () => lossGrad,
  ntkGram: () => ntkGram,
  outputs: () => outputs,
  paramCount: () => paramCount,
  rng: () => rng,
  showAct: () => showAct,
  showMlp: () => showMlp
});

// dist/models/mlpRandom.js
function rng(seed) {
  let a = 2654435769 ^ seed, b = 608135816 ^ Math.imul(seed, 2246822507), c = 3084996962, d = 1;
  const next = () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (a + b | 0) + d | 0;
    d = d + 1 | 0;
    a = b ^ b >>> 9;
    b = c + (c << 3) | 0;
    c = c << 21 | c >>> 11;
    c = c + t | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let k = 0; k < 15; k++)
    next();
  let spare = null;
  return {
    uniform: next,
    gauss() {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      let u = 0;
      while (u === 0)
        u = next();
      const v = next(), r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1))
  };
}

// dist/api/models/ntk.js
var ntk_exports = {};
__export(ntk_exports, {
  dist2: () => dist2,
  empiricalGram: () => empiricalGram,
  frobDist2: () => frobDist2,
  gdStep: () => gdStep,
  infiniteGram: () => infiniteGram,
  jacobianExact: () => jacobianExact,
  linearGdStep: () => linearGdStep,
  linearLoss: () => linearLoss,
  linearSetup: () => linearSetup,
  minNormInterpolant: () => minNormInterpolant,
  ntkData: () => ntkData,
  ntkInit: () => ntkInit,
  outputsExact: () => outputsExact,
  patterns: () => patterns,
  predict: () => predict
});

// dist/models/ntkTwoLayer.js
function ntkData(n2, d, r) {
  const X = Array.from({ length: n2 }, () => {
    const g = Array.from({ length: d }, () => r.gauss());
    const s = Math.hypot(...g);
    return g.map((v) => v / s);
  });
  const y = X.map(() => {
    const g = r.gauss();
    return 0.5 * Math.sign(g) + 0.3 * r.gauss();
  });
  return { X, y, n: n2, d };
}
function ntkInit(m, d, kappa, r) {
  const W = new Float64Array(m * d);
  for (let k = 0; k < W.length; k++)
    W[k] = kappa * r.gauss();
  const a = new Float64Array(m);
  for (let k = 0; k < m; k++)
    a[k] = r.uniform() < 0.5 ? -1 : 1;
  return { m, d, W, a };
}
function patterns(net, W, data) {
  const { m, d } = net;
  const s = new Uint8Array(data.n * m);
  data.X.forEach((x, i) => {
    for (let r = 0; r < m; r++) {
      let z = 0;
      for (let k = 0; k < d; k++)
        z += W[r * d + k] * x[k];
      s[i * m + r] = z > 0 ? 1 : 0;
    }
  });
  return s;
}
function predict(net, W, data) {
  const { m, d } = net, c = 1 / Math.sqrt(m);
  return data.X.map((x) => {
    let f = 0;
    for (let r = 0; r < m; r++) {
      let z = 0;
      for (let k = 0; k < d; k++)
        z += W[r * d + k] * x[k];
      if (z > 0)
        f += net.a[r] * z;
    }
    return c * f;
  });
}
function empiricalGram(net, W, data) {
  const s = patterns(net, W, data), { m } = net, n2 = data.n;
  const H = Array.from({ length: n2 }, () => new Array(n2).fill(0));
  for (let i = 0; i < n2; i++)
    for (let j = 0; j <= i; j++) {
      let c = 0;
      for (let r = 0; r < m; r++)
        c += s[i * m + r] & s[j * m + r];
      const xx = F64Dot(data.X[i], data.X[j]);
      H[i][j] = H[j][i] = xx * c / m;
    }
  return H;
}
var F64Dot = (a, b) => a.reduce((s, v, k) => s + v * b[k], 0);
function infiniteGram(data) {
  return data.X.map((xi) => data.X.map((xj) => {
    const c = F64Dot(xi, xj);
    const d = Math.sqrt(xi.reduce((s, v, k) => s + (v - xj[k]) ** 2, 0));
    const theta = 2 * Math.asin(Math.min(1, d / 2));
    return c * (Math.PI - theta) / (2 * Math.PI);
  }));
}
function minNormInterpolant(net, data) {
  const u0 = predict(net, net.W, data);
  const rhs = data.y.map((y, i) => y - u0[i]);
  const H = empiricalGram(net, net.W, data);
  const alpha = solve(F64, H, rhs);
  const s = patterns(net, net.W, data), { m, d } = net, c = 1 / Math.sqrt(m);
  const Wstar = net.W.slice();
  for (let r = 0; r < m; r++)
    for (let i = 0; i < data.n; i++) {
      if (!s[i * m + r])
        continue;
      const g = c * net.a[r] * alpha[i];
      for (let k = 0; k < d; k++)
        Wstar[r * d + k] += g * data.X[i][k];
    }
  return { Wstar, alpha, dist2: rhs.reduce((acc, v, i) => acc + v * alpha[i], 0), u0 };
}
function gdStep(net, W, data, eta) {
  const { m, d } = net, c = 1 / Math.sqrt(m);
  const u = predict(net, W, data);
  const res = u.map((v, i) => v - data.y[i]);
  const loss2 = 0.5 * res.reduce((s2, v) => s2 + v * v, 0);
  const s = patterns(net, W, data);
  for (let r = 0; r < m; r++) {
    const g = new Float64Array(d);
    let any = false;
    for (let i = 0; i < data.n; i++) {
      if (!s[i * m + r])
        continue;
      any = true;
      const w = c * net.a[r] * res[i];
      for (let k = 0; k < d; k++)
        g[k] += w * data.X[i][k];
    }
    if (any)
      for (let k = 0; k < d; k++)
        W[r * d + k] -= eta * g[k];
  }
  return loss2;
}
function frobDist2(A, B) {
  let s = 0;
  for (let k = 0; k < A.length; k++)
    s += (A[k] - B[k]) ** 2;
  return s;
}

// dist/models/ntkLinearExact.js
function jacobianExact(p) {
  const inv = new Q(1n, BigInt(p.sqrtM));
  return p.X.map((x) => p.W0.flatMap((w, r) => {
    const on = dot(QA, w, x).sign() > 0;
    return x.map((xk) => on ? xk.mul(inv).mul(Q.of(p.a[r])) : Q.ZERO);
  }));
}
function outputsExact(p) {
  const inv = new Q(1n, BigInt(p.sqrtM));
  return p.X.map((x) => p.W0.reduce((s, w, r) => {
    const z = dot(QA, w, x);
    return z.sign() > 0 ? s.add(z.mul(Q.of(p.a[r]))) : s;
  }, Q.ZERO).mul(inv));
}
function linearSetup(p) {
  const Z = jacobianExact(p);
  const H = gram(QA, Z);
  const u0 = outputsExact(p);
  const alpha = solve(QA, H, p.y.map((y, i) => y.sub(u0[i])));
  const w0 = p.W0.flat();
  const step = matTVec(QA, Z, alpha);
  return { Z, H, u0, w0, wStar: w0.map((v, k) => v.add(step[k])) };
}
function linearLoss(s, y, w) {
  const r = matVec(QA, s.Z, w.map((v, k) => v.sub(s.w0[k]))).map((v, i) => v.add(s.u0[i]).sub(y[i]));
  return dot(QA, r, r).mul(Q.HALF);
}
function linearGdStep(s, y, w, eta) {
  const r = matVec(QA, s.Z, w.map((v, k) => v.sub(s.w0[k]))).map((v, i) => v.add(s.u0[i]).sub(y[i]));
  const g = matTVec(QA, s.Z, r);
  return w.map((v, k) => v.sub(eta.mul(g[k])));
}
var dist2 = (a, b) => a.reduce((s, v, k) => {
  const d = v.sub(b[k]);
  return s.add(d.mul(d));
}, Q.ZERO);

// dist/api/models/reluMargin.js
var reluMargin_exports = {};
__export(reluMargin_exports, {
  F64: () => F643,
  QF: () => QF,
  evalNet: () => evalNet,
  margin1D: () => margin1D,
  marginPoly: () => marginPoly,
  polyDistance2: () => polyDistance2,
  rayMargin: () => rayMargin,
  restrictToLine: () => restrictToLine,
  zeros1D: () => zeros1D
});

// dist/models/reluMarginField.js
var F643 = {
  name: "float64",
  zero: 0,
  one: 1,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  neg: (a) => -a,
  sign: (a) => a > 0 ? 1 : a < 0 ? -1 : 0,
  // 1e-12 relative: a Gram determinant this small is a rounding artefact of dependent rows.
  negligible: (a, scale2) => Math.abs(a) <= 1e-12 * Math.max(1, Math.abs(scale2)),
  nonPositive: (a, scale2) => a <= 1e-12 * Math.max(1, Math.abs(scale2)),
  from: (x) => x,
  toNumber: (a) => a
};
var QF = {
  name: "exact rationals",
  zero: Q.ZERO,
  one: Q.ONE,
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  div: (a, b) => a.div(b),
  neg: (a) => a.neg(),
  sign: (a) => a.sign(),
  negligible: (a) => a.isZero(),
  nonPositive: (a) => a.sign() <= 0,
  from: (x) => Q.fromNumber(x),
  toNumber: (a) => a.toNumber()
};

// dist/models/reluMargin.js
function evalNet(F, net, x) {
  let s = F.zero;
  for (let j = 0; j < net.b.length; j++) {
    let z = net.b[j];
    for (let k = 0; k < x.length; k++)
      z = F.add(z, F.mul(net.W[j][k], x[k]));
    if (F.sign(z) > 0)
      s = F.add(s, F.mul(net.a[j], z));
  }
  return s;
}
var signed3 = (F, y, v) => y === 1 ? v : F.neg(v);
function walk1D(F, net, x0, y, dir) {
  const w = net.W.map((r) => r[0]);
  const kinks = [];
  for (let j = 0; j < w.length; j++) {
    if (F.sign(w[j]) === 0)
      continue;
    const k = F.neg(F.div(net.b[j], w[j]));
    if (F.sign(F.sub(k, x0)) === dir)
      kinks.push(k);
  }
  kinks.sort((p, q2) => F.sign(F.sub(p, q2)) * dir);
  const N2 = (x) => evalNet(F, net, [x]);
  let s = x0;
  for (let seg = 0; seg <= kinks.length; seg++) {
    const e = kinks[seg] ?? null;
    const probe = e === null ? F.add(s, F.from(dir)) : F.div(F.add(s, e), F.from(2));
    let slope = F.zero;
    for (let j = 0; j < w.length; j++) {
      const z = F.add(F.mul(w[j], probe), net.b[j]);
      if (F.sign(z) > 0)
        slope = F.add(slope, F.mul(net.a[j], w[j]));
    }
    const gs = signed3(F, y, N2(s));
    if (F.sign(gs) <= 0)
      return F.mul(F.sub(s, x0), F.from(dir));
    const rate = F.mul(signed3(F, y, slope), F.from(dir));
    if (F.sign(rate) < 0) {
      const tau = F.div(gs, F.neg(rate));
      const z = F.add(s, F.mul(tau, F.from(dir)));
      if (e === null || F.sign(F.mul(F.sub(e, z), F.from(dir))) >= 0)
        return F.mul(F.sub(z, x0), F.from(dir));
    }
    if (e === null)
      return null;
    s = e;
  }
  return null;
}
function margin1D(F, net, points2) {
  let best = null;
  for (const p of points2) {
    for (const dir of [1, -1]) {
      const d = walk1D(F, net, p.x[0], p.y, dir);
      if (d !== null && (best === null || F.sign(F.sub(d, best)) < 0))
        best = d;
    }
  }
  return best;
}
function zeros1D(F, net, lo, hi) {
  const w = net.W.map((r) => r[0]);
  const cuts = [lo];
  for (let j = 0; j < w.length; j++) {
    if (F.sign(w[j]) === 0)
      continue;
    const k = F.neg(F.div(net.b[j], w[j]));
    if (F.sign(F.sub(k, lo)) > 0 && F.sign(F.sub(hi, k)) > 0)
      cuts.push(k);
  }
  cuts.push(hi);
  cuts.sort((p, q2) => F.sign(F.sub(p, q2)));
  const N2 = (x) => evalNet(F, net, [x]);
  const out = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const s = cuts[k], e = cuts[k + 1];
    const ns = N2(s), ne = N2(e);
    if (F.sign(ns) === 0) {
      if (!out.length || F.sign(F.sub(out[out.length - 1], s)) !== 0)
        out.push(s);
      continue;
    }
    if (F.sign(ns) * F.sign(ne) < 0)
      out.push(F.sub(s, F.div(F.mul(ns, F.sub(e, s)), F.sub(ne, ns))));
  }
  if (F.sign(N2(hi)) === 0 && (!out.length || F.sign(F.sub(out[out.length - 1], hi)) !== 0))
    out.push(hi);
  return out;
}
function solve2(F, M, r) {
  const n2 = r.length;
  const A = M.map((row, i) => [...row, r[i]]);
  for (let c = 0; c < n2; c++) {
    let p = -1;
    for (let i = c; i < n2; i++)
      if (!F.negligible(A[i][c], A[c][c]) && (p < 0 || Math.abs(F.toNumber(A[i][c])) > Math.abs(F.toNumber(A[p][c]))))
        p = i;
    if (p < 0)
      return null;
    [A[c], A[p]] = [A[p], A[c]];
    for (let i = 0; i < n2; i++) {
      if (i === c)
        continue;
      const f = F.div(A[i][c], A[c][c]);
      if (F.sign(f) === 0)
        continue;
      for (let k = c; k <= n2; k++)
        A[i][k] = F.sub(A[i][k], F.mul(f, A[c][k]));
    }
  }
  return A.map((row, i) => F.div(row[n2], row[i]));
}
var dotF = (F, u, v) => u.reduce((s, x, k) => F.add(s, F.mul(x, v[k])), F.zero);
function* subsets(m, maxSize) {
  for (let mask = 1; mask < 1 << m; mask++) {
    const s = [];
    for (let k = 0; k < m; k++)
      if (mask & 1 << k)
        s.push(k);
    if (s.length <= maxSize)
      yield s;
  }
}
function polyDistance2(F, rows, x) {
  const d = x.length;
  const feasible = (p) => rows.every((r) => F.nonPositive(F.sub(dotF(F, r.g, p), r.h), r.h));
  let best = feasible(x) ? { d2: F.zero, point: [...x] } : null;
  if (best)
    return best;
  for (const S of subsets(rows.length, d)) {
    const A = S.map((k) => rows[k]);
    const gram3 = A.map((ri) => A.map((rj) => dotF(F, ri.g, rj.g)));
    const rhs = A.map((ri) => F.sub(dotF(F, ri.g, x), ri.h));
    const lam = solve2(F, gram3, rhs);
    if (!lam)
      continue;
    const shift2 = x.map((_, k) => A.reduce((s, r, i) => F.add(s, F.mul(lam[i], r.g[k])), F.zero));
    const p = x.map((xk, k) => F.sub(xk, shift2[k]));
    if (!feasible(p))
      continue;
    const d2 = dotF(F, shift2, shift2);
    if (best === null || F.sign(F.sub(d2, best.d2)) < 0)
      best = { d2, point: p };
  }
  return best;
}
function marginPoly(F, net, points2) {
  const k = net.b.length;
  let best = null;
  points2.forEach((pt, index) => {
    for (let P = 0; P < 1 << k; P++) {
      const rows = [];
      let aP = pt.x.map(() => F.zero), cP = F.zero;
      for (let j = 0; j < k; j++) {
        const on = P >> j & 1;
        rows.push(on ? { g: net.W[j].map((v) => F.neg(v)), h: net.b[j] } : { g: [...net.W[j]], h: F.neg(net.b[j]) });
        if (on) {
          aP = aP.map((v, q2) => F.add(v, F.mul(net.a[j], net.W[j][q2])));
          cP = F.add(cP, F.mul(net.a[j], net.b[j]));
        }
      }
      const g = aP.map((v) => signed3(F, pt.y, v)), h = F.neg(signed3(F, pt.y, cP));
      if (g.every((v) => F.sign(v) === 0)) {
        if (F.sign(h) < 0)
          continue;
      } else
        rows.push({ g, h });
      const live = rows.filter((r) => r.g.some((v) => F.sign(v) !== 0));
      if (rows.some((r) => r.g.every((v) => F.sign(v) === 0) && F.sign(r.h) < 0))
        continue;
      const hit = polyDistance2(F, live, pt.x);
      if (hit && (best === null || F.sign(F.sub(hit.d2, best.rho2)) < 0))
        best = { rho2: hit.d2, point: hit.point, index };
    }
  });
  return best;
}
function restrictToLine(net, x0, u) {
  return {
    W: net.W.map((w) => [w.reduce((s, v, k) => s + v * u[k], 0)]),
    b: net.W.map((w, j) => net.b[j] + w.reduce((s, v, k) => s + v * x0[k], 0)),
    a: [...net.a]
  };
}
function rayMargin(net, points2, dirs) {
  let best = Infinity;
  for (const p of points2) {
    for (const u of dirs) {
      const line = restrictToLine(net, p.x, u);
      const d = walk1D(F643, line, 0, p.y, 1);
      if (d !== null)
        best = Math.min(best, d);
    }
  }
  return best;
}

// dist/api/models/twoLayer.js
var twoLayer_exports = {};
__export(twoLayer_exports, {
  ACTIVATIONS: () => ACTIVATIONS,
  HOMOGENEOUS: () => HOMOGENEOUS,
  addWeightedGradients: () => addWeightedGradients,
  bothGdStep: () => bothGdStep,
  bothMargins: () => bothMargins,
  dphi: () => dphi,
  dphiQuarters: () => dphiQuarters,
  lossAt: () => lossAt,
  lossAtHP: () => lossAtHP,
  margins: () => margins,
  marginsFrom: () => marginsFrom,
  marginsHP: () => marginsHP,
  phi: () => phi,
  preacts: () => preacts,
  preactsHP: () => preactsHP,
  twoLayerF64: () => twoLayerF64,
  twoLayerHP: () => twoLayerHP
});

// dist/models/twoLayerBoth.js
function bothMargins(net, th) {
  const { B, y, n: n2, d, m, act } = net;
  const P = new Float64Array(n2 * m), M = new Float64Array(n2);
  for (let i = 0; i < n2; i++) {
    let g = 0;
    for (let j = 0; j < m; j++) {
      const p = dot2(B.subarray(i * d, i * d + d), th.W.subarray(j * d, j * d + d), d);
      P[i * m + j] = p;
      g += th.a[j] * phi(act, p);
    }
    M[i] = y[i] * g;
  }
  return { M, P };
}
function bothGdStep(net, th, gamma, at = bothMargins(net, th)) {
  const { B, y, n: n2, d, m, act } = net;
  const a = Float64Array.from(th.a), W = Float64Array.from(th.W);
  for (let i = 0; i < n2; i++) {
    const c = gamma * sigmoidNeg2(at.M[i]) / n2 * y[i];
    if (c === 0)
      continue;
    for (let j = 0; j < m; j++) {
      const p = at.P[i * m + j];
      a[j] += c * phi(act, p);
      const s = c * th.a[j] * dphi(act, p);
      if (s !== 0)
        for (let k = 0; k < d; k++)
          W[j * d + k] += s * B[i * d + k];
    }
  }
  return { a, W };
}

// dist/api/models/twoNeuron.js
var twoNeuron_exports = {};
__export(twoNeuron_exports, {
  B1: () => B1,
  B2: () => B2,
  V1: () => V1,
  V2: () => V2,
  W1: () => W1,
  W2: () => W2,
  advance: () => advance,
  advanceFixedExp: () => advanceFixedExp,
  advanceGeneral: () => advanceGeneral,
  asNet: () => asNet,
  boundary: () => boundary,
  closedFormBoundary: () => closedFormBoundary,
  fromInvariants: () => fromInvariants,
  gap: () => gap,
  gdHP: () => gdHP2,
  invariants: () => invariants,
  logCheckpoints: () => logCheckpoints,
  margin: () => margin,
  marginExact: () => marginExact,
  margins: () => margins2,
  output: () => output,
  params: () => params,
  pattern: () => pattern,
  points: () => points,
  replayDrift: () => replayDrift,
  rhoStar: () => rhoStar,
  simulate: () => simulate,
  specialized: () => specialized
});

// dist/models/twoNeuron.js
var W1 = 0;
var B1 = 1;
var W2 = 2;
var B2 = 3;
var V1 = 4;
var V2 = 5;
var params = (w1, b1, w2, b2, v1 = 1, v2 = -1) => Float64Array.of(w1, b1, w2, b2, v1, v2);
function asNet(F, p) {
  return { W: [[F.from(p[W1])], [F.from(p[W2])]], b: [F.from(p[B1]), F.from(p[B2])], a: [F.from(p[V1]), F.from(p[V2])] };
}
function points(F, d) {
  return [{ x: [F.from(d.xPlus)], y: 1 }, { x: [F.from(d.xMinus)], y: -1 }];
}
function output(p, x) {
  const z1 = p[W1] * x + p[B1], z2 = p[W2] * x + p[B2];
  return p[V1] * (z1 > 0 ? z1 : 0) + p[V2] * (z2 > 0 ? z2 : 0);
}
var rhoStar = (d) => Math.abs(d.xPlus - d.xMinus) / 2;
function margin(d, p) {
  return margin1D(F643, asNet(F643, p), points(F643, d)) ?? Infinity;
}
function marginExact(d, p) {
  const m = margin1D(QF, asNet(QF, p), points(QF, d));
  if (m === null)
    throw new RangeError("no perturbation flips the points: N is constant in sign");
  return m;
}
var gap = (d, p) => rhoStar(d) - margin(d, p);
function boundary(d, p) {
  const lo = Math.min(d.xPlus, d.xMinus), hi = Math.max(d.xPlus, d.xMinus), mid = (lo + hi) / 2;
  const z = zeros1D(F643, asNet(F643, p), lo, hi);
  return z.length ? z.reduce((b, x) => Math.abs(x - mid) < Math.abs(b - mid) ? x : b) : NaN;
}
var margins2 = (d, p) => [output(p, d.xPlus), -output(p, d.xMinus)];
function pattern(d, p) {
  return [p[W1] * d.xPlus + p[B1] > 0, p[W1] * d.xMinus + p[B1] > 0, p[W2] * d.xPlus + p[B2] > 0, p[W2] * d.xMinus + p[B2] > 0];
}
function specialized(d, p) {
  const [a, b, c, e] = pattern(d, p);
  return a && !b && !c && e;
}
var invariants = (u, p) => [p[W1] - u * p[B1], p[W2] + u * p[B2]];
var closedFormBoundary = (u, K1, K2, m1, m2) => (u * (K1 + K2) - (m1 - m2)) / (u * (m1 + m2) + K1 - K2);
function fromInvariants(u, K1, K2, m1, m2) {
  const D2 = 1 + u * u;
  return params((K1 + u * m1) / D2, (m1 - u * K1) / D2, (K2 - u * m2) / D2, (m2 + u * K2) / D2);
}

// dist/numeric/fastExp.js
import Decimal2 from "decimal.js";
var N = 128;
var LN2_DIGITS = "0.6931471805599453094172321214581765680755";
var LN2_40 = Number(LN2_DIGITS);
var SHIFT = 6755399441055744;
var INV_LN2_N = N / Math.LN2;
var D40 = Decimal2.clone({ precision: 40 });
var LN2_N_HI = highBits(LN2_40 / N);
var LN2_N_LO = new D40(LN2_DIGITS).div(N).minus(new D40(`0b${LN2_N_HI.toString(2)}`)).toNumber();
function highBits(v) {
  const f = new Float64Array([v]);
  const u = new BigUint64Array(f.buffer);
  u[0] = u[0] & ~((1n << 32n) - 1n);
  return f[0];
}
var TABLE_BITS = "3ff00000000000003ff0163da9fb33353ff02c9a3e7780613ff04315e86e7f853ff059b0d31585743ff0706b29ddf6de3ff0874518759bc83ff09e3ecac6f3833ff0b5586cf9890f3ff0cc922b7247f73ff0e3ec32d3d1a23ff0fb66affed31b3ff11301d0125b513ff12abdc06c31cc3ff1429aaea92de03ff15a98c8a58e513ff172b83c7d517b3ff18af9388c8dea3ff1a35beb6fcb753ff1bbe084045cd43ff1d4873168b9aa3ff1ed5022fcd91d3ff2063b88628cd63ff21f49917ddc963ff2387a6e7562383ff251ce4fb2a63f3ff26b4565e27cdd3ff284dfe1f563813ff29e9df51fdee13ff2b87fd0dad9903ff2d285a6e4030b3ff2ecafa93e2f563ff306fe0a31b7153ff32170fc4cd8313ff33c08b26416ff3ff356c55f929ff13ff371a7373aa9cb3ff38cae6d05d8663ff3a7db34e59ff73ff3c32dc313a8e53ff3dea64c1234223ff3fa4504ac801c3ff4160a21f72e2a3ff431f5d950a8973ff44e086061892d3ff46a41ed1d00573ff486a2b5c13cd03ff4a32af0d7d3de3ff4bfdad5362a273ff4dcb299fddd0d3ff4f9b2769d2ca73ff516daa2cf66423ff5342b569d4f823ff551a4ca5d920f3ff56f4736b527da3ff58d12d497c7fd3ff5ab07dd4854293ff5c9268a5946b73ff5e76f15ad21483ff605e1b976dc093ff6247eb03a55853ff6434634ccc3203ff66238825522253ff68155d44ca9733ff6a09e667f3bcd3ff6c012750bdabf3ff6dfb23c651a2f3ff6ff7df95194843ff71f75e8ec5f743ff73f9a48a581743ff75feb564267c93ff780694fde5d3f3ff7a11473eb01873ff7c1ed0130c1323ff7e2f336cf4e623ff80427543e1a123ff82589994cce133ff8471a4623c7ad3ff868d99b4492ed3ff88ac7d98a66993ff8ace5422aa0db3ff8cf3216b5448c3ff8f1ae991577363ff9145b0b91ffc63ff93737b0cdc5e53ff95a44cbc8520f3ff97d829fde4e503ff9a0f170ca07ba3ff9c49182a3f0903ff9e86319e323233ffa0c667b5de5653ffa309bec4a2d333ffa5503b23e255d3ffa799e1330b3583ffa9e6b5579fdbf3ffac36bbfd3f37a3ffae89f995ad3ad3ffb0e07298db6663ffb33a2b84f15fb3ffb59728de5593a3ffb7f76f2fb5e473ffba5b030a1064a3ffbcc1e904bc1d23ffbf2c25bd71e093ffc199bdd85529c3ffc40ab5fffd07a3ffc67f12e57d14b3ffc8f6d9406e7b53ffcb720dcef90693ffcdf0b555dc3fa3ffd072d4a07897c3ffd2f87080d89f23ffd5818dcfba4873ffd80e316c983983ffda9e603db32853ffdd321f301b4603ffdfc97337b9b5f3ffe264614f5a1293ffe502ee78b3ff63ffe7a51fbc74c833ffea4afa2a490da3ffecf482d8e67f13ffefa1bee615a273fff252b376bba973fff50765b6e45403fff7bfdad9cbe143fffa7c1819e90d83fffd3c22b8f71f1";
var TABLE = new Float64Array(BigUint64Array.from({ length: N }, (_, j) => BigInt(`0x${TABLE_BITS.slice(16 * j, 16 * j + 16)}`)).buffer);
var POW2 = new Float64Array(2046);
for (let e = -1022; e <= 1023; e++)
  POW2[e + 1022] = 2 ** e;
var C2 = 1 / 2;
var C3 = 1 / 6;
var C4 = 1 / 24;
var C5 = 1 / 120;
function fastExp(x) {
  if (!(x > -708 && x < 709))
    return Math.exp(x);
  const kf = x * INV_LN2_N + SHIFT - SHIFT;
  const r = x - kf * LN2_N_HI - kf * LN2_N_LO;
  const k = kf | 0;
  const r2 = r * r;
  const p = r + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5);
  const s = TABLE[k & N - 1] * POW2[(k >> 7) + 1022];
  return s + s * p;
}

// dist/models/twoNeuronGd.js
function dLoss(loss2, y, out) {
  const z = y * out;
  if (loss2 === "exp")
    return -y * fastExp(-z);
  return z >= 0 ? -y * (Math.exp(-z) / (1 + Math.exp(-z))) : -y / (1 + Math.exp(z));
}
function advanceFixedExp(c, p, steps) {
  let w1 = p[W1], b1 = p[B1], w2 = p[W2], b2 = p[B2];
  const v1 = p[V1], v2 = p[V2], eta = c.eta, xp = c.xPlus, xm = c.xMinus;
  const exp = fastExp;
  for (let s = 0; s < steps; s++) {
    const z1p = w1 * xp + b1, z2p = w2 * xp + b2, z1m = w1 * xm + b1, z2m = w2 * xm + b2;
    const gp = -exp(-(v1 * (z1p > 0 ? z1p : 0) + v2 * (z2p > 0 ? z2p : 0)));
    const gm = exp(v1 * (z1m > 0 ? z1m : 0) + v2 * (z2m > 0 ? z2m : 0));
    const a1p = z1p > 0 ? gp * v1 : 0, a2p = z2p > 0 ? gp * v2 : 0, a1m = z1m > 0 ? gm * v1 : 0, a2m = z2m > 0 ? gm * v2 : 0;
    w1 -= eta * (a1p * xp + a1m * xm);
    b1 -= eta * (a1p + a1m);
    w2 -= eta * (a2p * xp + a2m * xm);
    b2 -= eta * (a2p + a2m);
  }
  p[W1] = w1;
  p[B1] = b1;
  p[W2] = w2;
  p[B2] = b2;
}
function advanceUnitOutputsExp(c, p, steps) {
  let w1 = p[W1], b1 = p[B1], w2 = p[W2], b2 = p[B2];
  const eta = c.eta, xp = c.xPlus, xm = c.xMinus;
  const exp = fastExp;
  for (let s = 0; s < steps; s++) {
    const z1p = w1 * xp + b1, z2p = w2 * xp + b2, z1m = w1 * xm + b1, z2m = w2 * xm + b2;
    const gp = -exp((z2p > 0 ? z2p : 0) - (z1p > 0 ? z1p : 0));
    const gm = exp((z1m > 0 ? z1m : 0) - (z2m > 0 ? z2m : 0));
    const a1p = z1p > 0 ? gp : 0, a2p = z2p > 0 ? -gp : 0, a1m = z1m > 0 ? gm : 0, a2m = z2m > 0 ? -gm : 0;
    w1 -= eta * (a1p * xp + a1m * xm);
    b1 -= eta * (a1p + a1m);
    w2 -= eta * (a2p * xp + a2m * xm);
    b2 -= eta * (a2p + a2m);
  }
  p[W1] = w1;
  p[B1] = b1;
  p[W2] = w2;
  p[B2] = b2;
}
function advanceGeneral(c, p, steps) {
  let w1 = p[W1], b1 = p[B1], w2 = p[W2], b2 = p[B2], v1 = p[V1], v2 = p[V2];
  const eta = c.eta, train = c.trainOutputs, loss2 = c.loss;
  const xs = [c.xPlus, c.xMinus], ys = [1, -1];
  for (let s = 0; s < steps; s++) {
    let gw1 = 0, gb1 = 0, gw2 = 0, gb2 = 0, gv1 = 0, gv2 = 0;
    for (let i = 0; i < 2; i++) {
      const x = xs[i];
      const z1 = w1 * x + b1, z2 = w2 * x + b2;
      const r1 = z1 > 0 ? z1 : 0, r2 = z2 > 0 ? z2 : 0;
      const g = dLoss(loss2, ys[i], v1 * r1 + v2 * r2);
      if (z1 > 0) {
        gw1 += g * v1 * x;
        gb1 += g * v1;
      }
      if (z2 > 0) {
        gw2 += g * v2 * x;
        gb2 += g * v2;
      }
      gv1 += g * r1;
      gv2 += g * r2;
    }
    w1 -= eta * gw1;
    b1 -= eta * gb1;
    w2 -= eta * gw2;
    b2 -= eta * gb2;
    if (train) {
      v1 -= eta * gv1;
      v2 -= eta * gv2;
    }
  }
  p[W1] = w1;
  p[B1] = b1;
  p[W2] = w2;
  p[B2] = b2;
  p[V1] = v1;
  p[V2] = v2;
}
function advance(c, p, steps) {
  if (c.loss === "exp" && !c.trainOutputs && p[V1] === 1 && p[V2] === -1)
    advanceUnitOutputsExp(c, p, steps);
  else if (c.loss === "exp" && !c.trainOutputs)
    advanceFixedExp(c, p, steps);
  else
    advanceGeneral(c, p, steps);
}
function logCheckpoints(T, perDecade = 10) {
  const out = [];
  const top = Math.log10(T);
  for (let j = 0; j <= Math.ceil(top * perDecade); j++) {
    const t = Math.min(T, Math.round(10 ** (j / perDecade)));
    if (!out.length || t > out[out.length - 1])
      out.push(t);
  }
  if (out[out.length - 1] !== T)
    out.push(T);
  return out;
}
function simulate(c, init, checkpoints, progress) {
  const p = Float64Array.from(init);
  const t = [0], out = [Float64Array.from(p)];
  let now = 0;
  const t0 = performance.now();
  const chunk = 1 << 20;
  for (const target of checkpoints) {
    while (now < target) {
      const n2 = Math.min(chunk, target - now);
      advance(c, p, n2);
      now += n2;
      if (progress && n2 === chunk)
        progress(now);
    }
    if (target > 0) {
      t.push(now);
      out.push(Float64Array.from(p));
    }
  }
  return { t, params: out, seconds: (performance.now() - t0) / 1e3 };
}

// dist/models/twoNeuronHp.js
import Decimal3 from "decimal.js";
function gdHP2(c, init, steps, digits) {
  const C6 = precision(digits);
  const exact = (x) => Q.fromNumber(x).toDecimal(C6);
  const p = Array.from(init, exact);
  const xs = [exact(c.xPlus), exact(c.xMinus)], ys = [1, -1];
  const eta = exact(c.eta);
  const relu = (z) => z.gt(0) ? z : new C6(0);
  for (let s = 0; s < steps; s++) {
    const g = p.map(() => new C6(0));
    for (let i = 0; i < 2; i++) {
      const x = xs[i], y = ys[i];
      const z1 = p[0].times(x).plus(p[1]), z2 = p[2].times(x).plus(p[3]);
      const out = p[4].times(relu(z1)).plus(p[5].times(relu(z2)));
      const yo = y === 1 ? out : out.neg();
      const d = (c.loss === "exp" ? C6.exp(yo.neg()) : sigmoidNeg(C6, yo)).times(-y);
      if (z1.gt(0)) {
        g[0] = g[0].plus(d.times(p[4]).times(x));
        g[1] = g[1].plus(d.times(p[4]));
      }
      if (z2.gt(0)) {
        g[2] = g[2].plus(d.times(p[5]).times(x));
        g[3] = g[3].plus(d.times(p[5]));
      }
      g[4] = g[4].plus(d.times(relu(z1)));
      g[5] = g[5].plus(d.times(relu(z2)));
    }
    const n2 = c.trainOutputs ? 6 : 4;
    for (let k = 0; k < n2; k++)
      p[k] = p[k].minus(eta.times(g[k]));
  }
  return p;
}
function replayDrift(c, init, steps, digits) {
  const f = Float64Array.from(init);
  advance(c, f, steps);
  const h = gdHP2(c, init, steps, digits);
  let m = 0;
  for (let k = 0; k < f.length; k++) {
    const hk = h[k];
    const diff = new Decimal3(f[k]).minus(hk).abs().div(Decimal3.max(1, hk.abs())).toNumber();
    m = Math.max(m, diff);
  }
  return { steps, digits, maxRelDiff: m };
}

// dist/api/families.js
var families_exports = {};
__export(families_exports, {
  accelerationCounts: () => accelerationCounts_exports,
  meanDirection: () => meanDirection_exports,
  orthogonalDistractors: () => orthogonalDistractors_exports,
  scaledPair: () => scaledPair_exports,
  search: () => search_exports
});

// dist/families/meanDirection.js
var meanDirection_exports = {};
__export(meanDirection_exports, {
  linearCountClosedForm: () => linearCountClosedForm,
  linearGdLowerBound: () => linearGdLowerBound,
  meanDirectionFamily: () => meanDirectionFamily
});
function meanDirectionFamily(d) {
  if (!Number.isInteger(d) || d < 6)
    throw new RangeError(`d must be an integer \u2265 6, got ${d}`);
  const b1 = Array.from({ length: d }, () => new Q(1n, BigInt(d)));
  const b2 = Array.from({ length: d }, (_, k) => Q.of(k === 0 ? -3 : 1));
  return { b: [b1, b2], y: [1, -1] };
}
var linearCountClosedForm = (d) => d / 2 - 1;
var linearGdLowerBound = (d) => (d - 3) / 2;

// dist/families/accelerationCounts.js
var accelerationCounts_exports = {};
__export(accelerationCounts_exports, {
  TWO_LAYER_SETTING: () => TWO_LAYER_SETTING,
  linearGdCount: () => linearGdCount2,
  linearPerceptronCount: () => linearPerceptronCount2,
  twoLayerCount: () => twoLayerCount2
});
function linearPerceptronCount2(d, cap = 4 * d) {
  return generalizedPerceptron(meanDirectionFamily(d), [1], ACTIVATIONS.identity, [Array.from({ length: d }, () => Q.ZERO)], { maxIter: cap }).count;
}
function linearGdCount2(d, gamma, cap = 40 * d) {
  const net = twoLayerF64(meanDirectionFamily(d), [1], ACTIVATIONS.identity);
  let U = new Float64Array(d);
  for (let t = 0; t <= cap; t++) {
    const mg = margins(net, U);
    if (t > 0) {
      const terms = Array.from({ length: net.n }, (_, i) => {
        let s = 0;
        for (let k = 0; k < d; k++)
          s += Math.abs(net.B[i * d + k] * U[k]);
        return s;
      });
      assertSignsResolved(mg, terms, `linear GD count at d=${d}, \u03B3=${gamma}, step ${t}`);
    }
    if (mg.every((x) => x > 0))
      return t;
    U = rescaledStepF64(net, U, gamma);
  }
  return null;
}
var TWO_LAYER_SETTING = "fixed-output two-layer model, leaky ReLU (slope 1/4), width 4, a = (1,\u22121,1,\u22121), U_0[j][k] = ((5j+3k+1) mod 7 \u2212 3)/8, generalized perceptron (the \u03B3 \u2192 \u221E limit of GD)";
function twoLayerCount2(d, cap = 8 * d) {
  const m = 4;
  const a = Array.from({ length: m }, (_, j) => j % 2 ? -1 : 1);
  const U0 = Array.from({ length: m }, (_, j) => Array.from({ length: d }, (_2, k) => new Q(BigInt((5 * j + 3 * k + 1) % 7 - 3), 8n)));
  return generalizedPerceptron(meanDirectionFamily(d), a, ACTIVATIONS.leaky, U0, { maxIter: cap }).count;
}

// dist/families/orthogonalDistractors.js
var orthogonalDistractors_exports = {};
__export(orthogonalDistractors_exports, {
  distractorsDataset: () => distractorsDataset,
  distractorsSparse: () => distractorsSparse,
  lcg: () => lcg
});
function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = Math.imul(s, 1664525) + 1013904223 >>> 0;
    return s / 2 ** 32;
  };
}
function labels(d, random, seed) {
  const R = lcg(seed);
  return [1, ...Array.from({ length: d - 1 }, () => random ? R() < 0.5 ? 1 : -1 : 1)];
}
function distractorsSparse(d, E2, randomLabels, seed) {
  const y = labels(d, randomLabels, seed);
  const idx = [Int32Array.of(0)], val = [Float64Array.of(2)];
  for (let k = 1; k < d; k++) {
    idx.push(Int32Array.of(0, k));
    val.push(Float64Array.of(-E2 * y[k], 2 * y[k]));
  }
  return { n: d, d, idx, val, y, L: 2n };
}
function distractorsDataset(d, E2, randomLabels, seed) {
  const y = labels(d, randomLabels, seed);
  const b = y.map((yk, k) => Array.from({ length: d }, (_, j) => k === 0 ? j === 0 ? Q.ONE : Q.ZERO : j === 0 ? new Q(BigInt(-E2 * yk), 2n) : j === k ? Q.of(yk) : Q.ZERO));
  return { b, y };
}

// dist/families/search.js
var search_exports = {};
__export(search_exports, {
  candidates: () => candidates,
  evaluate: () => evaluate,
  linearCount: () => linearCount,
  showCandidate: () => showCandidate,
  twoLayerCount: () => twoLayerCount3
});
import fc3 from "fast-check";
var candidates = fc3.record({
  E: fc3.constantFrom(1, 2, 4),
  randomLabels: fc3.boolean(),
  act: fc3.constantFrom("relu", "leaky", "abs"),
  width: fc3.constantFrom(4, 8, 16, 32),
  initDen: fc3.constantFrom(8, 64, 1024)
});
var showCandidate = (c) => `E=${c.E} labels=${c.randomLabels ? "random" : "+1"} \u03C6=${c.act} m=${c.width} U0~[-8,8]/${c.initDen}`;
function linearCount(E2, d) {
  return generalizedPerceptronSparseCount(distractorsSparse(d, E2, false, 0), [1], ACTIVATIONS.identity, new Float64Array(d), 1n, 8 * d);
}
function twoLayerCount3(c, d, instance, seed) {
  const data = distractorsSparse(d, c.E, c.randomLabels, seed + 7919 * instance + d);
  const R = lcg(seed * 31 + instance * 17 + d);
  const a = Array.from({ length: c.width }, (_, j) => j % 2 ? -1 : 1);
  const N0 = Float64Array.from({ length: c.width * d }, () => Math.floor(R() * 17) - 8);
  return generalizedPerceptronSparseCount(data, a, ACTIVATIONS[c.act], N0, BigInt(c.initDen), 8 * d);
}
function evaluate(c, grid, instances, seed) {
  const safe = (f) => {
    try {
      return f();
    } catch {
      return null;
    }
  };
  const points2 = grid.map((x) => ({ x, counts: Array.from({ length: instances }, (_, k) => safe(() => twoLayerCount3(c, x, k, seed))) }));
  const linearPoints = grid.map((x) => ({ x, counts: [safe(() => linearCount(c.E, x))] }));
  const exp = (ps) => {
    const ok = ps.every((p) => p.counts.every((v) => v !== null && v > 0));
    return ok ? fitPower(ps.map((p) => p.x), ps.map((p) => Math.max(...p.counts))).slope : null;
  };
  const sqrtLog = decideComplexity(points2, { bound: "upper", exponent: 0.5, logPower: 1 }).verdict;
  const logD = decideComplexity(points2, { bound: "upper", exponent: 0, logPower: 1 }).verdict;
  const linearOmega = decideComplexity(linearPoints, { bound: "lower", exponent: 1, logPower: 0 }).verdict;
  return { candidate: c, points: points2, linearPoints, exponent: exp(points2), linearExponent: exp(linearPoints), sqrtLog, logD, linearOmega, gap: sqrtLog === "holds" && logD === "refuted" && linearOmega === "holds" };
}

// dist/api/rates.js
var rates_exports = {};
__export(rates_exports, {
  DEFAULT_RATE_OPTIONS: () => DEFAULT_RATE_OPTIONS,
  JUDGE: () => JUDGE,
  LAW_TEXT: () => LAW_TEXT,
  claimedText: () => claimedText,
  complexityClaim: () => complexityClaim,
  decadeExponents: () => decadeExponents,
  decideComplexity: () => decideComplexity,
  decideExponent: () => decideExponent,
  decideRate: () => decideRate,
  exponentObservation: () => exponentObservation,
  fitExpLaw: () => fitExpLaw,
  fitInvLogPow: () => fitInvLogPow,
  fitLaws: () => fitLaws,
  fitLine: () => fitLine,
  fitLogExponent: () => fitLogExponent,
  fitPower: () => fitPower,
  fitPowerLaw: () => fitPowerLaw,
  geometricGrid: () => geometricGrid,
  growthCounterexample: () => growthCounterexample,
  lawLabel: () => lawLabel,
  lawProblem: () => lawProblem,
  lawText: () => lawText,
  measureGrid: () => measureGrid,
  rateClaim: () => rateClaim,
  runComplexity: () => runComplexity,
  runRate: () => runRate,
  showFit: () => showFit,
  tQuantile975: () => tQuantile975,
  tableLines: () => tableLines
});

// dist/rates/exponent.js
function growthCounterexample(xs, ys, d, claimed, delta, verifiedWith) {
  const [lo, hi] = d.fit.slopeCI;
  const gap3 = Math.max(claimed - delta - hi, lo - claimed - delta);
  return {
    instance: xs.map((x, k) => `${x}\u2192${ys[k]}`).join(", "),
    measured: `exponent ${d.fit.slope.toFixed(4)} \u2208 [${lo.toFixed(4)}, ${hi.toFixed(4)}]`,
    claimed: `${claimed} \xB1 ${delta}`,
    gap: gap3.toFixed(4),
    verifiedWith
  };
}
function decideExponent(xs, ys, claimed, delta, minPoints = 4) {
  if (xs.length < minPoints) {
    const fit2 = fitPower(xs, ys);
    return { verdict: "inconclusive", reason: `only ${xs.length} grid points (need ${minPoints}); ${showFit(fit2)}`, fit: fit2 };
  }
  const fit = fitPower(xs, ys);
  const [lo, hi] = fit.slopeCI;
  const band = `${claimed} \xB1 ${delta}`;
  if (lo >= claimed - delta && hi <= claimed + delta)
    return { verdict: "holds", reason: `${showFit(fit)} lies within ${band}`, fit };
  if (hi < claimed - delta || lo > claimed + delta)
    return { verdict: "refuted", reason: `${showFit(fit)} excludes ${band}`, fit };
  return { verdict: "inconclusive", reason: `${showFit(fit)} overlaps ${band} without lying inside it`, fit };
}

// dist/api/linalg.js
var linalg_exports = {};
__export(linalg_exports, {
  F64: () => F64,
  QA: () => QA,
  SingularMatrixError: () => SingularMatrixError,
  decimalArith: () => decimalArith,
  dot: () => dot,
  fromF64: () => fromF64,
  gram: () => gram,
  inverseQuadChecked: () => inverseQuadChecked,
  lambdaMax: () => lambdaMax,
  lambdaMin: () => lambdaMin,
  lambdaMinChecked: () => lambdaMinChecked,
  matTVec: () => matTVec,
  matVec: () => matVec,
  quadForm: () => quadForm,
  residualInf: () => residualInf,
  solve: () => solve,
  symmetricEigenvalues: () => symmetricEigenvalues,
  toF64: () => toF64,
  zeros: () => zeros
});

// dist/linalg/checked.js
function lambdaMinChecked(M, digits = 40) {
  const f = symmetricEigenvalues(F64, M.map((r) => r.slice())).values[0];
  const D2 = decimalArith(digits);
  const e = symmetricEigenvalues(D2, fromF64(D2, M));
  const hp = e.values[0];
  return { f64: f, hp, diff: Math.abs(hp.minus(f).toNumber()), bound: e.bound };
}
function inverseQuadChecked(M, b, digits = 40) {
  const x = solve(F64, M.map((r) => r.slice()), b);
  const f = dot(F64, b, x);
  const D2 = decimalArith(digits);
  const bd = b.map((v) => D2.of(v));
  const hp = dot(D2, bd, solve(D2, fromF64(D2, M), bd));
  return { f64: f, hp, diff: Math.abs(hp.minus(f).toNumber()), bound: 0 };
}

// dist/api/rationals.js
var rationals_exports = {};
__export(rationals_exports, {
  Q: () => Q,
  commonDenominator: () => commonDenominator,
  qvec: () => qvec
});

// dist/api/decimals.js
var decimals_exports = {};
__export(decimals_exports, {
  Fixed: () => Fixed,
  MAX_CHECK_DIGITS: () => MAX_CHECK_DIGITS,
  log1p: () => log1p,
  piValue: () => piValue,
  precision: () => precision,
  sigmoidNeg: () => sigmoidNeg,
  softplusNeg: () => softplusNeg
});

// dist/numeric/fixedPoint.js
import Decimal4 from "decimal.js";
function ln2Scaled(bits) {
  const one = 1n << BigInt(bits + 8);
  let sum = 0n;
  let pow = 2n * one / 3n;
  for (let k = 0n; pow !== 0n; k++) {
    sum += pow / (2n * k + 1n);
    pow /= 9n;
  }
  return sum >> 8n;
}
var Fixed = class {
  digits;
  P;
  one;
  ln2;
  half;
  /** exp's argument reduction: e^r = (e^{r/2^R})^{2^R}, R ≈ √bits / 2 (as in mpmath's exp), and the extra working bits it costs. */
  R;
  X;
  /** ln 2 at the working precision P + X. */
  ln2X;
  /** Concurrent Taylor series in exp (Smith's method): full multiplications ≈ terms/J + 2J. */
  J;
  /** digits: decimal digits wanted; guardBits absorb the rounding of long accumulations. */
  constructor(digits, guardBits = 48) {
    this.digits = digits;
    const bits = Math.ceil(digits * Math.log2(10)) + guardBits;
    this.P = BigInt(bits);
    this.one = 1n << this.P;
    this.half = this.one >> 1n;
    const R = Math.max(4, Math.round(Math.sqrt(bits) / 2));
    this.R = BigInt(R);
    this.X = BigInt(R + 16);
    this.J = Math.max(2, Math.round(Math.sqrt(bits / (R + 8)) / 2));
    this.ln2X = ln2Scaled(bits + R + 16);
    this.ln2 = this.ln2X >> this.X;
  }
  fromDecimal(x) {
    const C6 = precision(this.digits + 30);
    return BigInt(new C6(x).times(new C6(2).pow(Number(this.P))).round().toFixed(0));
  }
  fromNumber(x) {
    return this.fromDecimal(new Decimal4(x));
  }
  toDecimal(x, C6 = precision(this.digits)) {
    return new C6(x.toString()).div(new C6(2).pow(Number(this.P)));
  }
  mul(a, b) {
    return a * b + this.half >> this.P;
  }
  div(a, b) {
    return (a << this.P) / b;
  }
  /**
   * e^x: x = k·ln2 + r (|r| ≤ ln2/2), then e^r = (e^y)^(2^R) with y = r/2^R, the Taylor series of
   * e^y summed as J interleaved series (term i = J·q + j goes to sum j; one full multiplication by
   * y^J per J terms, small-integer divisions otherwise), all at R + 16 extra bits, which the R
   * squarings consume. Cost ≈ bits/(R + log2 i)/J + 2J + R full multiplications instead of one per
   * term: the 1000-digit exp needs about 60 rather than 230.
   */
  exp(x) {
    const X = this.X, Q2 = this.P + X, R = this.R, J = this.J;
    const ln2 = this.ln2X;
    const xq = x << X;
    const k = (xq + (ln2 >> 1n)) / ln2 - (xq < -(ln2 >> 1n) ? 1n : 0n);
    if (k < -this.P - 2n)
      return 0n;
    const r = xq - k * ln2;
    const y = r >> R;
    const one = 1n << Q2;
    const pw = [one, y];
    for (let j = 2; j <= J; j++)
      pw.push(pw[j - 1] * y >> Q2);
    const yJ = pw[J];
    const sums = new Array(J).fill(0n);
    sums[0] = one;
    let a = one;
    let i = 1n;
    for (let done = false; !done; ) {
      for (let j = 1; j <= J; j++, i++) {
        a /= i;
        if (a === 0n) {
          done = true;
          break;
        }
        if (j === J) {
          a = a * yJ >> Q2;
          sums[0] = sums[0] + a;
        } else
          sums[j] = sums[j] + a;
      }
    }
    let e = sums[0];
    for (let j = 1; j < J; j++)
      e += sums[j] * pw[j] >> Q2;
    for (let s = 0n; s < R; s++)
      e = e * e >> Q2;
    e = k >= 0n ? e << k : e >> -k;
    return e + (1n << X - 1n) >> X;
  }
  /**
   * ln x for x > 0 (x at scale 2^P): x = 2^k·u with u ∈ [1, 2), then Halley's iteration
   * z ← z + 2(u − e^z)/(u + e^z) from the float64 logarithm, which triples the correct bits per
   * step (53 → 159 → 477 → …). Absolute error a few units of 2^−P. Throws on x ≤ 0.
   */
  ln(x) {
    if (x <= 0n)
      throw new RangeError("Fixed.ln needs a positive argument");
    const k = BigInt(x.toString(2).length) - 1n - this.P;
    const u = k >= 0n ? x >> k : x << -k;
    const lead = Number(u >> this.P - 52n) / 2 ** 52;
    let z = this.fromNumberExact(Math.log(lead));
    for (let bits = 50; bits < Number(this.P) + 16; bits *= 3) {
      const e = this.exp(z);
      z += this.div(2n * (u - e), u + e);
    }
    return z + k * this.ln2;
  }
  /** ℓ(m) = log(1 + e^{−m}), stable for either sign of m. */
  softplusNeg(m) {
    return m > 0n ? this.ln(this.one + this.exp(-m)) : -m + this.ln(this.one + this.exp(m));
  }
  /** A float64 value exactly at scale 2^P (it has at most 53 significant bits). */
  fromNumberExact(v) {
    if (v === 0)
      return 0n;
    const e = Math.floor(Math.log2(Math.abs(v))) - 52;
    const mant = BigInt(Math.round(v / 2 ** e));
    const shift2 = this.P + BigInt(e);
    return shift2 >= 0n ? mant << shift2 : mant >> -shift2;
  }
  /** σ(−m) = 1/(1 + e^m), stable for either sign of m. */
  sigmoidNeg(m) {
    if (m > 0n) {
      const e = this.exp(-m);
      return this.div(e, this.one + e);
    }
    return this.div(this.one, this.one + this.exp(m));
  }
};

// dist/api/floats.js
var floats_exports = {};
__export(floats_exports, {
  allFinite: () => allFinite,
  assertSignsResolved: () => assertSignsResolved,
  dot: () => dot2,
  matTVec: () => matTVec2,
  matVec: () => matVec2,
  maxAbsDiff: () => maxAbsDiff,
  norm2: () => norm2,
  sigmoidNeg: () => sigmoidNeg2,
  softplusNeg: () => softplusNeg2
});

// dist/api/symbolic.js
var symbolic_exports = {};
__export(symbolic_exports, {
  HOMOGENEITY_LEMMAS: () => HOMOGENEITY_LEMMAS,
  HOMOGENEOUS_ACTIVATIONS: () => HOMOGENEOUS_ACTIVATIONS,
  MAX_LENGTH: () => MAX_LENGTH,
  MAX_NESTING: () => MAX_NESTING,
  RULES: () => RULES,
  applyTwin: () => applyTwin,
  checkDerivation: () => checkDerivation,
  isDerivationClaim: () => isDerivationClaim,
  parseExpr: () => parseExpr,
  summarize: () => summarize
});

// dist/symbolic/activations.js
var offKink = (name2, f) => (C6, x) => {
  if (x.abs().lt("1e-20"))
    throw new NotFinite(`${name2} at its kink 0`);
  return f(C6, x);
};
var model = (name2, phi2, dphi2) => ({ name: name2, fns: { phi: offKink("\u03C6", phi2), dphi: offKink("\u03C6'", dphi2) } });
var HOMOGENEOUS_ACTIVATIONS = [
  model("ReLU", (C6, x) => x.gt(0) ? x : new C6(0), (C6, x) => new C6(x.gt(0) ? 1 : 0)),
  model("leaky ReLU 1/10", (C6, x) => x.gt(0) ? x : x.div(10), (C6, x) => x.gt(0) ? new C6(1) : new C6(1).div(10)),
  model("|\xB7|", (_C, x) => x.abs(), (C6, x) => new C6(x.gt(0) ? 1 : -1))
];
var HOMOGENEITY_LEMMAS = {
  "phi-homogeneous": { fn: "phi", scale: "gamma", degree: 1, statement: "\u03C6(\u03B3z) = \u03B3\xB7\u03C6(z) for \u03B3 > 0" },
  "dphi-homogeneous": { fn: "dphi", scale: "gamma", degree: 0, statement: "\u03C6'(\u03B3z) = \u03C6'(z) for \u03B3 > 0" }
};

// dist/api/classes.js
var classes_exports = {};
__export(classes_exports, {
  LOSSES: () => LOSSES,
  cayley: () => cayley,
  checkClass: () => checkClass,
  checkPiecewise: () => checkPiecewise,
  checkQuadratic: () => checkQuadratic,
  classBoundClaim: () => classBoundClaim,
  classSpace: () => classSpace,
  declaredClass: () => declaredClass,
  dist2: () => dist22,
  empiricalRisk: () => empiricalRisk,
  evalPiecewise: () => evalPiecewise,
  fromCurvatures: () => fromCurvatures,
  gap: () => gap2,
  householder: () => householder,
  huber: () => huber,
  huberTight: () => huberTight,
  identity: () => identity,
  inClass: () => inClass,
  inverse: () => inverse,
  isBuilt: () => isBuilt,
  isOrthogonal: () => isOrthogonal,
  isPsd: () => isPsd,
  isSymmetric: () => isSymmetric,
  lessardFunction: () => lessardFunction,
  lift: () => lift,
  liftVec: () => liftVec,
  markBuilt: () => markBuilt,
  matMul: () => matMul,
  memberOf: () => memberOf,
  minimiser: () => minimiser,
  nesterovWorstCase: () => nesterovWorstCase,
  norm2: () => norm22,
  piecewiseArb: () => piecewiseArb,
  quadratic: () => quadratic,
  quadraticArb: () => quadraticArb,
  reflections: () => reflections,
  scale: () => scale,
  separable: () => separable,
  shift: () => shift,
  showPiecewise: () => showPiecewise,
  smoothConvexArb: () => smoothConvexArb,
  tightCase: () => tightCase,
  transpose: () => transpose,
  withClassSpace: () => withClassSpace
});

// dist/classes/objective.js
var built = /* @__PURE__ */ new WeakMap();
function markBuilt(f) {
  if (f.structure)
    built.set(f.structure, { value: f.value, grad: f.grad });
  return f;
}
var isBuilt = (f) => {
  const b = f.structure && built.get(f.structure);
  return !!b && b.value === f.value && b.grad === f.grad;
};
var lifted = /* @__PURE__ */ new WeakMap();
function lift(A, q2) {
  let m = lifted.get(A);
  if (!m) {
    m = /* @__PURE__ */ new WeakMap();
    lifted.set(A, m);
  }
  let v = m.get(q2);
  if (v === void 0) {
    v = q2.den === 1n ? A.of(q2.num.toString()) : A.div(A.of(q2.num.toString()), A.of(q2.den.toString()));
    m.set(q2, v);
  }
  return v;
}
var liftVec = (A, v) => v.map((q2) => lift(A, q2));
function dist22(A, x, y) {
  let s = A.of(0);
  for (let k = 0; k < x.length; k++) {
    const d = A.sub(x[k], y[k]);
    s = A.add(s, A.mul(d, d));
  }
  return s;
}
var norm22 = (A, x) => x.reduce((s, v) => A.add(s, A.mul(v, v)), A.of(0));
function gap2(A, f, x) {
  if (f.fStar === null)
    throw new RangeError(`${f.name} has no minimum: f \u2212 f* is undefined`);
  return A.sub(f.value(A, x), lift(A, f.fStar));
}

// dist/classes/orthogonal.js
var identity = (d) => Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_2, j) => i === j ? Q.ONE : Q.ZERO));
function matMul(a, b) {
  const n2 = a.length, m = b[0].length, k = b.length;
  return Array.from({ length: n2 }, (_, i) => Array.from({ length: m }, (_2, j) => {
    let s = Q.ZERO;
    for (let l = 0; l < k; l++)
      s = s.add(a[i][l].mul(b[l][j]));
    return s;
  }));
}
var transpose = (a) => a[0].map((_, j) => a.map((row) => row[j]));
function householder(v) {
  const vv = v.reduce((s, x) => s.add(x.mul(x)), Q.ZERO);
  if (vv.isZero())
    throw new RangeError("householder: v must be nonzero");
  const c = new Q(2n).div(vv);
  return v.map((vi, i) => v.map((vj, j) => (i === j ? Q.ONE : Q.ZERO).sub(c.mul(vi).mul(vj))));
}
function reflections(d, vectors) {
  let U = identity(d);
  for (const v of vectors)
    if (v.some((x) => !x.isZero()))
      U = matMul(U, householder(v));
  return U;
}
function isOrthogonal(U) {
  const P = matMul(transpose(U), U);
  return P.every((row, i) => row.every((x, j) => x.eq(i === j ? Q.ONE : Q.ZERO)));
}
function inverse(a) {
  const d = a.length;
  const m = a.map((row, i) => [...row, ...identity(d)[i]]);
  for (let c = 0; c < d; c++) {
    const p = m.findIndex((row, r) => r >= c && !row[c].isZero());
    if (p < 0)
      throw new RangeError("inverse: singular matrix");
    [m[c], m[p]] = [m[p], m[c]];
    const inv = Q.ONE.div(m[c][c]);
    m[c] = m[c].map((x) => x.mul(inv));
    for (let r = 0; r < d; r++)
      if (r !== c && !m[r][c].isZero()) {
        const f = m[r][c];
        m[r] = m[r].map((x, j) => x.sub(f.mul(m[c][j])));
      }
  }
  return m.map((row) => row.slice(d));
}
function cayley(S) {
  const d = S.length;
  if (S.some((row, i) => row.length !== d || row.some((x, j) => !x.eq(S[j][i].neg()))))
    throw new RangeError("cayley: S must be square and skew-symmetric (S\u1D40 = \u2212S)");
  const I = identity(d);
  const minus = I.map((row, i) => row.map((x, j) => x.sub(S[i][j])));
  const plus = I.map((row, i) => row.map((x, j) => x.add(S[i][j])));
  return matMul(minus, inverse(plus));
}

// dist/classes/psd.js
function isSymmetric(M) {
  return M.every((row, i) => row.length === M.length && row.every((x, j) => x.eq(M[j][i])));
}
function isPsd(M) {
  const n2 = M.length;
  const a = M.map((r) => r.slice());
  const done = new Array(n2).fill(false);
  for (let step = 0; step < n2; step++) {
    let p = -1;
    for (let i = 0; i < n2; i++)
      if (!done[i] && (p < 0 || a[i][i].cmp(a[p][p]) > 0))
        p = i;
    const piv = a[p][p];
    if (piv.sign() < 0)
      return false;
    if (piv.isZero()) {
      for (let i = 0; i < n2; i++)
        if (!done[i]) {
          for (let j = 0; j < n2; j++)
            if (!done[j] && !a[i][j].isZero())
              return false;
        }
      return true;
    }
    done[p] = true;
    for (let i = 0; i < n2; i++) {
      if (done[i])
        continue;
      const f = a[i][p].div(piv);
      if (f.isZero())
        continue;
      for (let j = 0; j < n2; j++)
        if (!done[j])
          a[i][j] = a[i][j].sub(f.mul(a[p][j]));
    }
  }
  return true;
}
var shift = (M, s) => M.map((row, i) => row.map((x, j) => i === j ? x.sub(s) : x));
var scale = (M, s) => M.map((row) => row.map((x) => x.mul(s)));

// dist/classes/quadratic.js
import fc4 from "fast-check";
function quadratic(spectrum, o = {}) {
  const d = spectrum.length;
  if (d === 0)
    throw new RangeError("quadratic: empty spectrum");
  if (spectrum.some((l) => l.sign() < 0))
    throw new RangeError("quadratic: a negative eigenvalue is not convex");
  const U = o.basis ?? reflections(d, []);
  if (U.length !== d || !isOrthogonal(U))
    throw new RangeError("quadratic: basis is not exactly orthogonal");
  const c = o.center ? [...o.center] : spectrum.map(() => Q.ZERO);
  const fStar = o.fStar ?? Q.ZERO;
  const D2 = spectrum.map((l, i) => spectrum.map((_, j) => i === j ? l : Q.ZERO));
  const M = matMul(matMul(U, D2), transpose(U));
  const sorted = [...spectrum].sort((a, b) => a.cmp(b));
  const L = sorted[d - 1], mu = sorted[0];
  const pl = sorted.find((l) => l.sign() > 0) ?? Q.ZERO;
  const Mn = (A) => M.map((r) => r.map((q2) => lift(A, q2)));
  const cache = /* @__PURE__ */ new WeakMap();
  const mat = (A) => {
    let m = cache.get(A);
    if (!m) {
      m = Mn(A);
      cache.set(A, m);
    }
    return m;
  };
  const grad = (A, x) => {
    const m = mat(A), r = x.map((xi, k) => A.sub(xi, lift(A, c[k])));
    return m.map((row) => row.reduce((s, mij, j) => A.add(s, A.mul(mij, r[j])), A.of(0)));
  };
  return markBuilt({
    name: `quadratic (\u03BC = ${mu}, L = ${L})`,
    dim: d,
    L,
    mu,
    pl,
    spectrum: [...spectrum],
    basis: U,
    M,
    center: c,
    xStar: c,
    fStar,
    structure: { kind: "quadratic", hessian: M, stationary: c },
    value: (A, x) => {
      const g = grad(A, x);
      let s = A.of(0);
      for (let k = 0; k < d; k++)
        s = A.add(s, A.mul(g[k], A.sub(x[k], lift(A, c[k]))));
      return A.add(A.mul(s, A.of(0.5)), lift(A, fStar));
    },
    grad,
    show: () => `quadratic spectrum (${spectrum.join(", ")})${U.every((r, i) => r.every((x, j) => x.eq(i === j ? Q.ONE : Q.ZERO))) ? "" : ` basis [${U.map((r) => r.join(" ")).join("; ")}]`}${c.some((x) => !x.isZero()) ? ` center (${c.join(", ")})` : ""}`
  });
}
function quadraticArb(constraints = {}) {
  const c = { minDim: 1, maxDim: 4, L: Q.ONE, mu: Q.ZERO, grid: [1, 2, 4, 8], maxReflections: 2, maxCenter: 3, ...constraints };
  if (c.minDim < 1 || c.maxDim < c.minDim || c.L.sign() <= 0 || c.mu.sign() < 0 || c.mu.cmp(c.L) > 0 || c.grid.some((k) => !Number.isInteger(k) || k < 1)) {
    throw new RangeError(`quadraticArb: bad constraints (need 1 \u2264 minDim \u2264 maxDim, 0 \u2264 \u03BC \u2264 L, L > 0, positive integer grid)`);
  }
  return fc4.integer({ min: c.minDim, max: c.maxDim }).chain((d) => fc4.record({
    K: fc4.constantFrom(...c.grid),
    // k/K in [0, 1]: the top eigenvalue is pinned at L so the class constant is attained.
    ks: fc4.array(fc4.nat({ max: 1e3 }), { minLength: d - 1, maxLength: d - 1 }),
    refl: fc4.array(fc4.array(fc4.integer({ min: -2, max: 2 }), { minLength: d, maxLength: d }), { maxLength: c.maxReflections }),
    center: fc4.array(fc4.integer({ min: -c.maxCenter, max: c.maxCenter }), { minLength: d, maxLength: d }),
    den: fc4.constantFrom(1, 2, 4)
  }).map(({ K, ks, refl, center, den }) => {
    const spectrum = [c.L, ...ks.map((k) => c.mu.add(c.L.sub(c.mu).mul(new Q(BigInt(k % (K + 1)), BigInt(K)))))];
    return quadratic(spectrum, {
      basis: reflections(d, refl.map((v) => v.map((x) => Q.of(x)))),
      center: center.map((x) => new Q(BigInt(x), BigInt(den)))
    });
  }));
}
function checkQuadratic(M, o) {
  if (!isSymmetric(M))
    return "M is not symmetric";
  if (o.mu !== void 0 && !isPsd(shift(M, o.mu)))
    return `not ${o.mu}-strongly convex: M \u2212 \u03BCI is not positive semidefinite`;
  if (o.L !== void 0 && !isPsd(scale(shift(M, o.L), new Q(-1n))))
    return `not ${o.L}-smooth: LI \u2212 M is not positive semidefinite`;
  if (o.pl !== void 0) {
    if (!isPsd(M))
      return "not convex: M is not positive semidefinite";
    const M2 = matMul(M, M);
    if (!isPsd(M2.map((r, i) => r.map((x, j) => x.sub(o.pl.mul(M[i][j]))))))
      return `not PL with constant ${o.pl}: a nonzero eigenvalue is below it`;
  }
  return true;
}

// dist/classes/piecewise.js
function fromCurvatures(breaks, curv, anchor = { at: Q.ZERO, value: Q.ZERO, slope: Q.ZERO }) {
  if (curv.length !== breaks.length + 1)
    throw new RangeError("fromCurvatures: need one curvature per interval");
  for (let k = 1; k < breaks.length; k++)
    if (breaks[k].cmp(breaks[k - 1]) <= 0)
      throw new RangeError("fromCurvatures: breakpoints must increase");
  const idx = pieceIndex(breaks, anchor.at);
  const pieces = new Array(curv.length);
  const make = (a, x, v, s) => {
    const p = s.sub(a.mul(x));
    const r = v.sub(a.mul(x).mul(x).div(new Q(2n))).sub(p.mul(x));
    return { a, p, r };
  };
  pieces[idx] = make(curv[idx], anchor.at, anchor.value, anchor.slope);
  for (let k = idx + 1; k < curv.length; k++) {
    const b = breaks[k - 1], prev = pieces[k - 1];
    pieces[k] = make(curv[k], b, evalPiece(prev, b), slopePiece(prev, b));
  }
  for (let k = idx - 1; k >= 0; k--) {
    const b = breaks[k], next = pieces[k + 1];
    pieces[k] = make(curv[k], b, evalPiece(next, b), slopePiece(next, b));
  }
  return { breaks: [...breaks], pieces };
}
var evalPiece = (pc, x) => pc.a.mul(x).mul(x).div(new Q(2n)).add(pc.p.mul(x)).add(pc.r);
var slopePiece = (pc, x) => pc.a.mul(x).add(pc.p);
function pieceIndex(breaks, x) {
  let k = 0;
  while (k < breaks.length && x.cmp(breaks[k]) >= 0)
    k++;
  return k;
}
function evalPiecewise(A, h, x) {
  let k = 0;
  while (k < h.breaks.length && !A.lt(x, lift(A, h.breaks[k])))
    k++;
  const pc = h.pieces[k];
  const a = lift(A, pc.a), p = lift(A, pc.p);
  return {
    value: A.add(A.add(A.mul(A.mul(a, A.mul(x, x)), A.of(0.5)), A.mul(p, x)), lift(A, pc.r)),
    slope: A.add(A.mul(a, x), p),
    curvature: pc.a
  };
}
var huber = (L, tau) => {
  if (tau.sign() <= 0 || L.sign() <= 0)
    throw new RangeError("huber: need L > 0 and \u03C4 > 0");
  return fromCurvatures([tau.neg(), tau], [Q.ZERO, L, Q.ZERO]);
};
var lessardFunction = () => fromCurvatures([Q.of(1), Q.of(2)], [Q.of(25), Q.ONE, Q.of(25)]);
function checkPiecewise(h, o = {}) {
  if (h.pieces.length !== h.breaks.length + 1)
    return "need one piece per interval";
  for (let k = 0; k < h.breaks.length; k++) {
    const b = h.breaks[k];
    if (k > 0 && b.cmp(h.breaks[k - 1]) <= 0)
      return `breakpoints must increase (break ${k})`;
    const l = h.pieces[k], r = h.pieces[k + 1];
    if (!evalPiece(l, b).eq(evalPiece(r, b)))
      return `h is discontinuous at x = ${b}`;
    if (!slopePiece(l, b).eq(slopePiece(r, b)))
      return `h' is discontinuous at x = ${b} (not differentiable, so not smooth)`;
  }
  for (const [k, pc] of h.pieces.entries()) {
    if (o.mu !== void 0 && pc.a.cmp(o.mu) < 0)
      return `piece ${k} has curvature ${pc.a} < \u03BC = ${o.mu}`;
    if (o.L !== void 0 && pc.a.cmp(o.L) > 0)
      return `piece ${k} has curvature ${pc.a} > L = ${o.L}`;
  }
  return true;
}
var showPiecewise = (h) => `h''=(${h.pieces.map((p) => p.a).join(", ")}) breaks (${h.breaks.join(", ")})`;
function minimiser(h) {
  for (let k = 0; k < h.pieces.length; k++) {
    const pc = h.pieces[k];
    const lo = k === 0 ? null : h.breaks[k - 1], hi = k === h.breaks.length ? null : h.breaks[k];
    if (pc.a.isZero()) {
      if (pc.p.isZero())
        return lo ?? hi ?? Q.ZERO;
      continue;
    }
    const x = pc.p.neg().div(pc.a);
    if ((lo === null || x.cmp(lo) >= 0) && (hi === null || x.cmp(hi) < 0))
      return x;
  }
  return null;
}
function separable(hs, o = {}) {
  const d = hs.length;
  const U = o.basis ?? identity(d);
  if (U.length !== d || !isOrthogonal(U))
    throw new RangeError("separable: basis is not exactly orthogonal");
  const c = o.center ? [...o.center] : hs.map(() => Q.ZERO);
  const fStar = o.fStar ?? Q.ZERO;
  const ms = hs.map((h, i) => {
    const m = minimiser(h);
    if (m === null)
      throw new RangeError(`separable: part ${i} has no minimiser`);
    return m;
  });
  const offset = hs.reduce((s, h, i) => s.add(evalPiecewise(QA, h, ms[i]).value), Q.ZERO);
  const xStar = c.map((ci, i) => U[i].reduce((s, uij, j) => s.add(uij.mul(ms[j])), ci));
  const curv = hs.flatMap((h) => h.pieces.map((p) => p.a));
  const L = curv.reduce((a, b) => a.cmp(b) >= 0 ? a : b);
  const mu = hs.map((h) => h.pieces.reduce((m, p) => p.a.cmp(m) < 0 ? p.a : m, h.pieces[0].a)).reduce((a, b) => a.cmp(b) <= 0 ? a : b);
  const rotated = !U.every((r, i) => r.every((x, j) => x.eq(i === j ? Q.ONE : Q.ZERO)));
  const local = (A, x) => (
    // z = Uᵀ(x − c)
    hs.map((_, j) => x.reduce((s, xi, i) => A.add(s, A.mul(lift(A, U[i][j]), A.sub(xi, lift(A, c[i])))), A.of(0)))
  );
  return markBuilt({
    name: o.name ?? `separable piecewise quadratic (\u03BC = ${mu}, L = ${L})`,
    dim: d,
    L,
    mu,
    xStar,
    fStar,
    parts: [...hs],
    structure: { kind: "separable", parts: [...hs], basis: U, center: c },
    value: (A, x) => {
      const z = local(A, x);
      const s = hs.reduce((acc, h, i) => A.add(acc, evalPiecewise(A, h, z[i]).value), A.of(0));
      return A.add(A.sub(s, lift(A, offset)), lift(A, fStar));
    },
    grad: (A, x) => {
      const z = local(A, x);
      const g = hs.map((h, i) => evalPiecewise(A, h, z[i]).slope);
      return c.map((_, i) => g.reduce((s, gj, j) => A.add(s, A.mul(lift(A, U[i][j]), gj)), A.of(0)));
    },
    show: () => `${hs.map(showPiecewise).join(" + ")}${rotated ? ` basis [${U.map((r) => r.join(" ")).join("; ")}]` : ""}${c.some((x) => !x.isZero()) ? ` center (${c.join(", ")})` : ""}`
  });
}

// dist/classes/smoothConvex.js
import fc5 from "fast-check";
function piecewiseArb(constraints = {}) {
  const c = { L: Q.ONE, mu: Q.ZERO, maxDim: 3, maxBreaks: 3, ...constraints };
  if (c.L.sign() <= 0 || c.mu.sign() < 0 || c.mu.cmp(c.L) > 0 || c.maxDim < 1 || c.maxBreaks < 0)
    throw new RangeError("piecewiseArb: bad constraints");
  const part = fc5.record({
    // Breakpoints: distinct integers over 2, sorted; curvatures: μ + (L − μ)·k/4.
    breaks: fc5.uniqueArray(fc5.integer({ min: -8, max: 8 }), { maxLength: c.maxBreaks }),
    ks: fc5.array(fc5.integer({ min: 0, max: 4 }), { minLength: c.maxBreaks + 1, maxLength: c.maxBreaks + 1 })
  }).map(({ breaks, ks }) => {
    const b = [...breaks].sort((x, y) => x - y).map((x) => new Q(BigInt(x), 2n));
    const curv = b.map((_, k) => ks[k]).concat(ks[b.length]).map((k, i) => i === 0 ? c.L : c.mu.add(c.L.sub(c.mu).mul(new Q(BigInt(k), 4n))));
    return fromCurvatures(b, curv);
  });
  return fc5.integer({ min: 1, max: c.maxDim }).chain((d) => fc5.record({
    parts: fc5.array(part, { minLength: d, maxLength: d }),
    refl: fc5.array(fc5.array(fc5.integer({ min: -2, max: 2 }), { minLength: d, maxLength: d }), { maxLength: 2 }),
    center: fc5.array(fc5.integer({ min: -3, max: 3 }), { minLength: d, maxLength: d })
  }).map(({ parts, refl, center }) => separable(parts, { basis: reflections(d, refl.map((v) => v.map((x) => Q.of(x)))), center: center.map((x) => Q.of(x)) })));
}
function smoothConvexArb(constraints = {}) {
  const c = { L: Q.ONE, mu: Q.ZERO, maxDim: 3, ...constraints };
  return fc5.oneof(quadraticArb({ L: c.L, mu: c.mu, maxDim: c.maxDim }), piecewiseArb(constraints));
}
function huberTight(o) {
  const tau = o.R.div(Q.of(2 * o.N).mul(o.h).add(Q.ONE));
  const f = separable([huber(o.L, tau)], { name: `Huber (L = ${o.L}, \u03C4 = ${tau})` });
  return { f, x0: [o.R] };
}

// dist/classes/losses.js
var stableSigNeg = (m) => m >= 0 ? Math.exp(-m) / (1 + Math.exp(-m)) : 1 / (1 + Math.exp(m));
var D = (m) => m.constructor;
var LOSSES = {
  logistic: {
    name: "logistic",
    smoothness: new Q(1n, 4n),
    value: (m) => m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m)),
    deriv: (m) => -stableSigNeg(m),
    // log1p keeps the relative precision of ℓ(m) ≈ e^{−m} at large margins (ln(1 + e^{−m}) would round to ln 1 = 0).
    valueD: (m) => softplusNeg(D(m), m),
    derivD: (m) => sigmoidNeg(D(m), m).neg()
  },
  exponential: {
    name: "exponential",
    smoothness: null,
    value: (m) => Math.exp(-m),
    deriv: (m) => -Math.exp(-m),
    valueD: (m) => D(m).exp(m.neg()),
    derivD: (m) => D(m).exp(m.neg()).neg()
  },
  squared: {
    name: "squared",
    smoothness: Q.ONE,
    value: (m) => (1 - m) ** 2 / 2,
    deriv: (m) => m - 1,
    valueD: (m) => m.minus(1).pow(2).div(2),
    derivD: (m) => m.minus(1)
  },
  hinge: {
    name: "hinge",
    smoothness: null,
    value: (m) => Math.max(0, 1 - m),
    deriv: (m) => m < 1 ? -1 : 0,
    valueD: (m) => m.lt(1) ? m.neg().plus(1) : m.mul(0),
    derivD: (m) => m.lt(1) ? m.mul(0).minus(1) : m.mul(0)
  }
};
function empiricalRisk(loss2, Z) {
  const n2 = Z.length, d = Z[0]?.length ?? 0;
  if (n2 === 0 || d === 0)
    throw new RangeError("empiricalRisk: empty dataset");
  const trace = Z.reduce((s, z) => s.add(z.reduce((t, v) => t.add(v.mul(v)), Q.ZERO)), Q.ZERO).div(Q.of(n2));
  const groups2 = /* @__PURE__ */ new Map();
  for (const z of Z) {
    const k = z.join(",");
    const g = groups2.get(k);
    if (g)
      g.count++;
    else
      groups2.set(k, { z, count: 1 });
  }
  const distinct = [...groups2.values()];
  const margins3 = (A, w) => distinct.map(({ z }) => z.reduce((s, zi, j) => A.add(s, A.mul(lift(A, zi), w[j])), A.of(0)));
  const weighted = (A, v, i) => distinct[i].count === 1 ? v : A.mul(A.of(distinct[i].count), v);
  const pick = (A, m, which) => {
    if (typeof m === "number")
      return which === "value" ? loss2.value(m) : loss2.deriv(m);
    if (A.name === "exact rationals") {
      if (loss2.name !== "squared")
        throw new RangeError(`${loss2.name} loss needs exp/log: use decimals or float64`);
      const q2 = m;
      return which === "value" ? Q.ONE.sub(q2).mul(Q.ONE.sub(q2)).div(new Q(2n)) : q2.sub(Q.ONE);
    }
    const dm = m;
    return which === "value" ? loss2.valueD(dm) : loss2.derivD(dm);
  };
  return markBuilt({
    name: `${loss2.name} risk (n = ${n2}, d = ${d})`,
    dim: d,
    L: loss2.smoothness ? loss2.smoothness.mul(trace) : Q.ZERO,
    mu: Q.ZERO,
    xStar: null,
    fStar: null,
    smooth: loss2.smoothness !== null,
    structure: { kind: "empirical risk", loss: loss2, Z },
    value: (A, w) => A.div(margins3(A, w).reduce((s, m, i) => A.add(s, weighted(A, pick(A, m, "value"), i)), A.of(0)), A.of(n2)),
    grad: (A, w) => {
      const lp = margins3(A, w).map((m, i) => weighted(A, pick(A, m, "deriv"), i));
      return Array.from({ length: d }, (_, j) => A.div(distinct.reduce((s, { z }, i) => A.add(s, A.mul(lp[i], lift(A, z[j]))), A.of(0)), A.of(n2)));
    },
    show: () => `${loss2.name} loss on z = {${Z.map((z) => `(${z.join(", ")})`).join(" ")}}`
  });
}

// dist/classes/worstCase.js
function nesterovWorstCase(L, k, n2) {
  if (!Number.isInteger(k) || !Number.isInteger(n2) || k < 1 || n2 < k)
    throw new RangeError("nesterovWorstCase: need integers 1 \u2264 k \u2264 n");
  const c = L.div(Q.of(4));
  const xStar = Array.from({ length: n2 }, (_, i) => i < k ? Q.ONE.sub(new Q(BigInt(i + 1), BigInt(k + 1))) : Q.ZERO);
  const fStar = L.div(Q.of(8)).mul(new Q(1n, BigInt(k + 1)).sub(Q.ONE));
  const grad = (A, x) => {
    const cc = lift(A, c), z = A.of(0);
    return x.map((_, i) => {
      if (i >= k)
        return z;
      const left = i > 0 ? x[i - 1] : z, right = i + 1 < k ? x[i + 1] : z;
      const g = A.sub(A.sub(A.mul(A.of(2), x[i]), left), right);
      return A.mul(cc, i === 0 ? A.sub(g, A.of(1)) : g);
    });
  };
  return markBuilt({
    name: `Nesterov's worst function f_${k} on R^${n2} (L = ${L})`,
    dim: n2,
    L,
    mu: Q.ZERO,
    xStar,
    fStar,
    // (L/4)·tridiag(−1, 2, −1) on the first k coordinates, 0 beyond.
    structure: {
      kind: "quadratic",
      stationary: xStar,
      hessian: Array.from({ length: n2 }, (_, i) => Array.from({ length: n2 }, (_2, j) => i >= k || j >= k ? Q.ZERO : i === j ? c.mul(Q.of(2)) : Math.abs(i - j) === 1 ? c.neg() : Q.ZERO))
    },
    value: (A, x) => {
      let s = A.mul(x[0], x[0]);
      for (let i = 0; i + 1 < k; i++) {
        const d = A.sub(x[i], x[i + 1]);
        s = A.add(s, A.mul(d, d));
      }
      s = A.add(s, A.mul(x[k - 1], x[k - 1]));
      return A.mul(lift(A, c), A.sub(A.mul(s, A.of(0.5)), x[0]));
    },
    grad,
    show: () => `f_${k} on R^${n2}, L = ${L}`
  });
}

// dist/classes/tightCase.js
import fc6 from "fast-check";

// dist/classes/checkClass.js
var yes = (how, reason) => ({ status: "yes", how, reason });
var no = (how, reason) => ({ status: "no", how, reason });
var undecided = (reason) => ({ status: "cannot decide", how: "none", reason });
var declaredClass = (f) => ({
  ...f.L.sign() > 0 ? { L: f.L } : {},
  ...f.mu.sign() > 0 ? { mu: f.mu } : { convex: true }
});
function checkClass(f, assumptions = declaredClass(f), constraints = {}) {
  const wanted = [];
  if (assumptions.L !== void 0)
    wanted.push(["L", `L = ${assumptions.L}`, assumptions.L]);
  if (assumptions.mu !== void 0)
    wanted.push(["mu", `\u03BC = ${assumptions.mu}`, assumptions.mu]);
  if (assumptions.convex && assumptions.mu === void 0)
    wanted.push(["convex", "convex", void 0]);
  if (assumptions.pl !== void 0)
    wanted.push(["pl", `PL c = ${assumptions.pl}`, assumptions.pl]);
  const bad = wanted.find(([k, , c]) => c !== void 0 && (c.sign() < 0 || k !== "mu" && c.isZero()));
  if (bad)
    return { status: "no", reason: `${bad[1]}: the constant must be ${bad[0] === "mu" ? "\u2265 0" : "> 0"}`, checks: [] };
  const sampled = constraints.samples === 0 ? void 0 : sampleViolation(f, assumptions, constraints);
  const exact = exactDecision(f.structure, f.dim);
  const mismatch = sampled?.mismatch;
  const checks = wanted.map(([kind, name2, c]) => {
    const e = mismatch ? undecided(`${mismatch}, so its representation does not describe it`) : exact(kind, c);
    const v = sampled?.violations.get(kind);
    if (v && e.status !== "no")
      return { assumption: name2, status: "no", how: "sampled", reason: v.reason };
    return { assumption: name2, ...e };
  });
  const firstNo = checks.find((c) => c.status === "no"), firstUnknown = checks.find((c) => c.status === "cannot decide");
  const what = f.structure?.kind ?? "objective without a representation";
  const witness = firstNo?.how === "sampled" ? sampled.violations.get(wanted[checks.indexOf(firstNo)][0]).witness : void 0;
  const pairs = sampled ? `; no violation in ${sampled.pairs} sampled pairs (not a proof)` : "";
  const reason = firstNo ? `not in the class: ${firstNo.assumption}: ${firstNo.reason}` : firstUnknown ? `cannot decide ${firstUnknown.assumption} for this ${what}: ${firstUnknown.reason}${pairs}` : `in the class (${what}): ${checks.map((c) => `${c.assumption} (${c.how})`).join(", ") || "nothing asked"}`;
  return { status: firstNo ? "no" : firstUnknown ? "cannot decide" : "yes", reason, checks, ...witness ? { witness } : {} };
}
function inClass(f, assumptions = declaredClass(f), options) {
  const constraints = options ?? { samples: isBuilt(f) ? 0 : 2 };
  const key = `${assumptions.L ?? ""}|${assumptions.mu ?? ""}|${assumptions.convex ?? ""}|${assumptions.pl ?? ""}|${constraints.samples ?? ""}|${constraints.seed ?? ""}`;
  let m = memo2.get(f);
  if (!m) {
    m = /* @__PURE__ */ new Map();
    memo2.set(f, m);
  }
  let r = m.get(key);
  if (r === void 0) {
    const c = checkClass(f, assumptions, constraints);
    r = c.status === "yes" ? true : c.reason;
    m.set(key, r);
  }
  return r;
}
var memo2 = /* @__PURE__ */ new WeakMap();
function exactDecision(s, dim2) {
  if (!s)
    return () => undecided("no representation to certify it from (a hand-written value/gradient)");
  switch (s.kind) {
    case "quadratic":
      return quadraticDecision(s.hessian, s.stationary, dim2);
    case "separable":
      return separableDecision(s.parts, s.basis);
    case "empirical risk":
      return riskDecision(s.loss, s.Z);
  }
}
var identityLike = (H) => (c) => H.map((row, i) => row.map((_, j) => i === j ? c : Q.ZERO));
function quadraticDecision(H, stationary, dim2) {
  if (H.length !== dim2 || !isSymmetric(H))
    return () => undecided("its Hessian is not a symmetric d\xD7d matrix");
  const I = identityLike(H);
  return (kind, c) => {
    switch (kind) {
      case "L": {
        if (!isPsd(scale(shift(H, c), Q.ONE.neg())))
          return no("exact", `an eigenvalue of the Hessian exceeds ${c} (LI \u2212 H is not positive semidefinite)`);
        if (!isPsd(H.map((r, i) => r.map((x, j) => x.add(I(c)[i][j])))))
          return no("exact", `an eigenvalue of the Hessian is below \u2212${c} (LI + H is not positive semidefinite)`);
        return yes("exact", "\u2212LI \u2AAF H \u2AAF LI");
      }
      case "mu":
        return isPsd(shift(H, c)) ? yes("exact", "H \u2212 \u03BCI \u2AB0 0") : no("exact", `an eigenvalue of the Hessian is below ${c} (H \u2212 \u03BCI is not positive semidefinite)`);
      case "convex":
        return isPsd(H) ? yes("exact", "H \u2AB0 0") : no("exact", "the Hessian has a negative eigenvalue");
      case "pl": {
        if (!isPsd(H))
          return no("exact", "the Hessian has a negative eigenvalue, so f is unbounded below");
        if (!stationary)
          return undecided("no stationary point is known, so boundedness below is not established");
        const H2 = matMul(H, H);
        return isPsd(H2.map((r, i) => r.map((x, j) => x.sub(c.mul(H[i][j]))))) ? yes("exact", "every nonzero eigenvalue \u2265 c") : no("exact", `a nonzero eigenvalue of the Hessian is below ${c}`);
      }
    }
  };
}
var half = new Q(1n, 2n);
var pieceAt = (h, k) => ({ lo: k === 0 ? null : h.breaks[k - 1], hi: k === h.breaks.length ? null : h.breaks[k] });
var evalPc = (p, x) => p.a.mul(x).mul(x).mul(half).add(p.p.mul(x)).add(p.r);
var slopePc = (p, x) => p.a.mul(x).add(p.p);
function notC1(h, i) {
  if (h.pieces.length !== h.breaks.length + 1)
    return `part ${i}: need one piece per interval`;
  for (let k = 0; k < h.breaks.length; k++) {
    const b = h.breaks[k], l = h.pieces[k], r = h.pieces[k + 1];
    if (k > 0 && b.cmp(h.breaks[k - 1]) <= 0)
      return `part ${i}: breakpoints must increase`;
    if (!evalPc(l, b).eq(evalPc(r, b)))
      return `part ${i} is discontinuous at ${b}`;
    if (!slopePc(l, b).eq(slopePc(r, b)))
      return `part ${i} has a kink at ${b} (h' jumps from ${slopePc(l, b)} to ${slopePc(r, b)}): not differentiable`;
  }
  return null;
}
function infimum(h) {
  let best = null;
  const take = (v) => {
    if (best === null || v.cmp(best) < 0)
      best = v;
  };
  for (let k = 0; k < h.pieces.length; k++) {
    const pc = h.pieces[k], { lo, hi } = pieceAt(h, k);
    if (lo === null && (pc.a.sign() < 0 || pc.a.isZero() && pc.p.sign() > 0))
      return null;
    if (hi === null && (pc.a.sign() < 0 || pc.a.isZero() && pc.p.sign() < 0))
      return null;
    if (lo !== null)
      take(evalPc(pc, lo));
    if (hi !== null)
      take(evalPc(pc, hi));
    if (pc.a.sign() > 0) {
      const v = pc.p.neg().div(pc.a);
      if ((lo === null || v.cmp(lo) >= 0) && (hi === null || v.cmp(hi) <= 0))
        take(evalPc(pc, v));
    }
    if (pc.a.isZero() && pc.p.isZero())
      take(pc.r);
  }
  return best;
}
function negativeAt(c2, c1, c0, lo, hi) {
  const g = (x) => c2.mul(x).mul(x).add(c1.mul(x)).add(c0);
  const far = (dir, from) => {
    const base = from ?? Q.ZERO;
    let x = base.add(Q.of(dir));
    for (let t = 0; t < 200 && g(x).sign() >= 0; t++)
      x = x.add(x.sub(base).mul(Q.of(2)));
    return x;
  };
  if (lo === null && (c2.sign() < 0 || c2.isZero() && c1.sign() > 0))
    return far(-1, hi);
  if (hi === null && (c2.sign() < 0 || c2.isZero() && c1.sign() < 0))
    return far(1, lo);
  const cands = [];
  if (lo !== null)
    cands.push(lo);
  if (hi !== null)
    cands.push(hi);
  if (c2.sign() > 0) {
    const v = c1.neg().div(c2.mul(Q.of(2)));
    if ((lo === null || v.cmp(lo) >= 0) && (hi === null || v.cmp(hi) <= 0))
      cands.push(v);
  }
  if (cands.length === 0)
    cands.push(Q.ZERO);
  return cands.find((x) => g(x).sign() < 0) ?? null;
}
function separableDecision(parts, U) {
  if (U.length !== parts.length || !isOrthogonal(U))
    return () => undecided("its basis is not exactly orthogonal");
  const broken = parts.map(notC1).find((r) => r !== null) ?? null;
  const curv = parts.flatMap((h, i) => h.pieces.map((pc, k) => ({ a: pc.a, at: `part ${i} piece ${k}` })));
  return (kind, c) => {
    if (broken)
      return kind === "L" ? no("exact", `${broken}, so not smooth`) : undecided(`${broken}; the gradient inequalities need a differentiable f`);
    switch (kind) {
      case "L": {
        const w = curv.find((x) => x.a.abs().cmp(c) > 0);
        return w ? no("exact", `${w.at} has curvature ${w.a}, |h''| > ${c}`) : yes("exact", `every curvature in [\u2212${c}, ${c}]`);
      }
      case "mu": {
        const w = curv.find((x) => x.a.cmp(c) < 0);
        return w ? no("exact", `${w.at} has curvature ${w.a} < \u03BC = ${c}`) : yes("exact", `every curvature \u2265 ${c}`);
      }
      case "convex": {
        const w = curv.find((x) => x.a.sign() < 0);
        return w ? no("exact", `${w.at} has negative curvature ${w.a}: a nonconvex piece`) : yes("exact", "every curvature \u2265 0");
      }
      case "pl": {
        for (const [i, h] of parts.entries()) {
          const m = infimum(h);
          if (m === null)
            return no("exact", `part ${i} is unbounded below`);
          for (let k = 0; k < h.pieces.length; k++) {
            const { a, p, r } = h.pieces[k], { lo, hi } = pieceAt(h, k);
            const x = negativeAt(a.mul(a).sub(c.mul(a)), Q.of(2).mul(p).mul(a.sub(c)), p.mul(p).sub(Q.of(2).mul(c).mul(r.sub(m))), lo, hi);
            if (x)
              return no("exact", `part ${i} at ${x}: h \u2212 h* = ${evalPc(h.pieces[k], x).sub(m)} > h'\xB2/(2c) = ${slopePc(h.pieces[k], x).mul(slopePc(h.pieces[k], x)).div(Q.of(2).mul(c))}`);
          }
        }
        return yes("exact", "h'\xB2 \u2265 2c(h \u2212 h*) on every piece of every part");
      }
    }
  };
}
function riskDecision(loss2, Z) {
  const n2 = Z.length, d = Z[0]?.length ?? 0;
  if (n2 === 0 || Z.some((z) => z.length !== d))
    return () => undecided("its dataset is empty or ragged");
  const S = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_2, j) => Z.reduce((s, z) => s.add(z[i].mul(z[j])), Q.ZERO).div(Q.of(n2))));
  const zero2 = Z.every((z) => z.every((v) => v.isZero()));
  const name2 = `the ${loss2.name} loss`;
  return (kind, c) => {
    if (zero2)
      return kind === "pl" ? yes("exact", "F is constant") : kind === "mu" && c.sign() > 0 ? no("exact", "F is constant (every z = 0)") : yes("exact", "F is constant (every z = 0)");
    switch (kind) {
      case "L":
        if (loss2.name === "exponential")
          return no("stated", `\u2113'' = e^{\u2212m} is unbounded as the margin m \u2192 \u2212\u221E`);
        if (loss2.name === "hinge")
          return no("stated", `${name2} is not differentiable at margin 1: \u2207F jumps across z_i\u1D40w = 1`);
        if (loss2.name === "logistic" || loss2.name === "squared") {
          const top = scale(S, loss2.smoothness);
          return isPsd(scale(shift(top, c), Q.ONE.neg())) ? yes("exact", `LI \u2AB0 ${loss2.smoothness}\xB7S, the largest Hessian (attained)`) : no("exact", `the Hessian ${loss2.smoothness}\xB7S at ${loss2.name === "logistic" ? "w = 0" : "every w"} has an eigenvalue above ${c}`);
        }
        return undecided(`no stated smoothness constant for ${name2}`);
      case "convex":
        return yes("stated", `${name2} is convex and each margin is linear in w`);
      case "mu":
        if (c.isZero())
          return yes("stated", `${name2} is convex and each margin is linear in w`);
        if (loss2.name === "squared")
          return isPsd(shift(S, c)) ? yes("exact", "the Hessian S \u2AB0 \u03BCI") : no("exact", `the Hessian S has an eigenvalue below ${c}`);
        if (loss2.name === "logistic")
          return no("stated", `\u2113'' \u2192 0 as |m| \u2192 \u221E, so the curvature along any direction w = t\xB7v vanishes as t \u2192 \u221E`);
        if (loss2.name === "hinge")
          return no("stated", "F is piecewise linear: zero curvature almost everywhere");
        return undecided(`no stated strong-convexity constant for ${name2}`);
      case "pl":
        if (loss2.name === "squared") {
          return isPsd(matMul(S, S).map((r, i) => r.map((x, j) => x.sub(c.mul(S[i][j]))))) ? yes("exact", "every nonzero eigenvalue of S \u2265 c") : no("exact", `a nonzero eigenvalue of S is below ${c}`);
        }
        return undecided(`no stated PL constant for ${name2}`);
    }
  };
}
var rng2 = mulberry32;
function sampleViolation(f, a, o) {
  const pairs = o.samples ?? 12, next = rng2(o.seed ?? 1), sc = o.scale ?? Q.ONE;
  const s = f.structure;
  const base = f.xStar ?? (s?.kind === "quadratic" ? s.stationary : s?.kind === "separable" ? s.center : null) ?? new Array(f.dim).fill(Q.ZERO);
  const point = () => base.map((b) => b.add(new Q(BigInt(Math.floor(next() * 17) - 8), 4n).mul(sc)));
  const pts = Array.from({ length: 2 * pairs }, point);
  if (f.xStar)
    pts.push([...f.xStar]);
  let ev = evaluator(f, QA);
  try {
    ev.at(pts[0] ?? base);
  } catch {
    ev = evaluator(f, decimalArith(o.digits ?? 40));
  }
  const out = { pairs, violations: /* @__PURE__ */ new Map() };
  const built2 = isBuilt(f);
  const show2 = (x) => `(${x.join(", ")})`;
  const values = pts.map((x) => ev.at(x));
  const fMin = values.reduce((m, v) => ev.lt(v.f, m) ? v.f : m, values[0].f);
  for (let k = 0; k < pairs; k++) {
    const x = pts[2 * k], y = pts[2 * k + 1], fx = values[2 * k], fy = values[2 * k + 1];
    const mm = out.mismatch ?? (built2 ? void 0 : representationMismatch(f, x, y, fx.g, fy.g, ev));
    if (mm)
      out.mismatch = mm;
    const dx = y.map((v, i) => v.sub(x[i])), dx2 = dx.reduce((t, v) => t.add(v.mul(v)), Q.ZERO);
    if (dx2.isZero())
      continue;
    if (a.L !== void 0 && !out.violations.has("L")) {
      const dg2 = ev.norm2(fx.g.map((g, i) => ev.A.sub(fy.g[i], g)));
      if (ev.above(dg2, ev.q(a.L.mul(a.L).mul(dx2))))
        out.violations.set("L", { reason: `\u2016\u2207f(x) \u2212 \u2207f(y)\u2016\xB2 = ${ev.show(dg2)} > L\xB2\u2016x \u2212 y\u2016\xB2 = ${a.L.mul(a.L).mul(dx2)} at x = ${show2(x)}, y = ${show2(y)} (sampled)`, witness: { x: show2(x), y: show2(y), inequality: "\u2016\u2207f(x) \u2212 \u2207f(y)\u2016 \u2264 L\u2016x \u2212 y\u2016" } });
    }
    const mu = a.mu ?? (a.convex ? Q.ZERO : void 0);
    const kind = a.mu !== void 0 ? "mu" : "convex";
    if (mu !== void 0 && !out.violations.has(kind)) {
      for (const [p, q2, fp, fq, d] of [[x, y, fx, fy, dx], [y, x, fy, fx, dx.map((v) => v.neg())]]) {
        const lower = ev.A.add(ev.A.add(fp.f, ev.dot(fp.g, d)), ev.q(mu.mul(dx2).mul(half)));
        if (ev.above(lower, fq.f)) {
          out.violations.set(kind, { reason: `f(y) = ${ev.show(fq.f)} < f(x) + \u27E8\u2207f(x), y \u2212 x\u27E9 + \u03BC/2\u2016y \u2212 x\u2016\xB2 = ${ev.show(lower)} at x = ${show2(p)}, y = ${show2(q2)} (sampled)`, witness: { x: show2(p), y: show2(q2), inequality: `f(y) \u2265 f(x) + \u27E8\u2207f(x), y \u2212 x\u27E9 + ${mu}/2\u2016y \u2212 x\u2016\xB2` } });
          break;
        }
      }
    }
  }
  if (a.pl !== void 0) {
    const c2 = ev.q(a.pl.mul(Q.of(2)));
    const i = values.findIndex((v) => ev.above(ev.A.mul(ev.A.sub(v.f, fMin), c2), ev.norm2(v.g)));
    if (i >= 0)
      out.violations.set("pl", { reason: `f(x) \u2212 min f \u2265 ${ev.show(ev.A.sub(values[i].f, fMin))} > \u2016\u2207f(x)\u2016\xB2/(2c) at x = ${show2(pts[i])} (min over the sampled points; sampled)`, witness: { x: show2(pts[i]), inequality: "f(x) \u2212 inf f \u2264 \u2016\u2207f(x)\u2016\xB2/(2c)" } });
  }
  return out;
}
function evaluator(f, A) {
  const exact = A.unit === 0;
  const margin2 = exact ? null : A.of(A.unit * 1e12);
  return {
    A,
    exact,
    at: (x) => {
      const xs = x.map((v) => lift(A, v));
      return { f: f.value(A, xs), g: f.grad(A, xs) };
    },
    q: (x) => lift(A, x),
    lt: (a, b) => A.lt(a, b),
    above: (a, b) => {
      const d = A.sub(a, b);
      if (!A.isFinite(d))
        return false;
      if (!margin2)
        return A.sign(d) > 0;
      return A.lt(A.mul(margin2, A.add(A.add(A.abs(a), A.abs(b)), A.of(1))), d);
    },
    dot: (g, d) => g.reduce((s, gi, i) => A.add(s, A.mul(gi, lift(A, d[i]))), A.of(0)),
    norm2: (v) => v.reduce((s, x) => A.add(s, A.mul(x, x)), A.of(0)),
    show: (x) => exact ? String(x) : x.toSignificantDigits(12).toString()
  };
}
function representationMismatch(f, x, y, gx, gy, ev) {
  const s = f.structure;
  if (!s || !ev.exact)
    return void 0;
  const gxq = gx, gyq = gy;
  if (s.kind === "quadratic") {
    const H = s.hessian;
    if (H.length !== f.dim)
      return void 0;
    const ok = H.every((row, i) => row.reduce((t, h, j) => t.add(h.mul(y[j].sub(x[j]))), Q.ZERO).eq(gyq[i].sub(gxq[i])));
    if (!ok)
      return `\u2207f(y) \u2212 \u2207f(x) \u2260 H(y \u2212 x) at x = (${x.join(", ")}), y = (${y.join(", ")})`;
    if (s.stationary && f.grad(QA, [...s.stationary]).some((g) => !g.isZero()))
      return `\u2207f \u2260 0 at the stated stationary point`;
    return void 0;
  }
  if (s.kind === "separable") {
    const U = s.basis;
    if (U.length !== f.dim || s.parts.length !== f.dim)
      return void 0;
    for (const [p, g] of [[x, gxq], [y, gyq]]) {
      const z = s.parts.map((_, j) => p.reduce((t, pi, i) => t.add(U[i][j].mul(pi.sub(s.center[i]))), Q.ZERO));
      const slopes = s.parts.map((h, j) => evalPiecewise(QA, h, z[j]).slope);
      const want = p.map((_, i) => slopes.reduce((t, sj, j) => t.add(U[i][j].mul(sj)), Q.ZERO));
      if (want.some((w, i) => !w.eq(g[i])))
        return `\u2207f disagrees with \u03A3 h_i' u_i at (${p.join(", ")})`;
    }
  }
  return void 0;
}

// dist/classes/tightCase.js
function ratio(m, rel) {
  const [num3, den] = rel === "le" ? [m.measured, m.bound] : [m.bound, m.measured];
  return den.sign() > 0 ? num3.div(den) : null;
}
function memberOf(b, x) {
  const { f, ...assumptions } = b.member(x);
  const c = inClass(f, assumptions);
  return c === true ? true : `outside the class: ${c}`;
}
function classSpace(b) {
  return { name: b.name, families: b.families, neighbours: b.neighbours, size: b.size };
}
var withClassSpace = (b) => withSpace(b.instances, classSpace(b));
function tightCase(b, o = {}) {
  const seed = o.seed ?? 1, nDraws = o.draws ?? 30, budget = o.evaluations ?? 60;
  let worst;
  const evaluate2 = (x) => {
    const c = memberOf(b, x);
    if (c !== true)
      return { status: "rejected", reason: c };
    const m = b.measure(x), r = ratio(m, b.relation);
    if (r === null)
      return { status: "undecided", reason: "the bound\u2019s divisor is not positive" };
    if (!worst || r.cmp(worst.r) > 0)
      worst = { r, x, ...m };
    return { status: r.cmp(Q.ONE) > 0 ? "violated" : "ok", score: Number(r.num * 10n ** 12n / r.den) / 1e12, measured: m.measured.toString(), claimed: m.bound.toString() };
  };
  const draws = fc6.sample(b.instances, { seed, numRuns: nDraws }).map((instance) => ({ instance, evaluation: evaluate2(instance) }));
  const res = searchBoundary({ seed, evaluations: budget, draws, evaluate: evaluate2, key: b.show, arbitrary: b.instances, space: classSpace(b) });
  const status = !worst ? "undecided" : worst.r.cmp(Q.ONE) > 0 ? "violated" : worst.r.eq(Q.ONE) ? "tight" : "not attained";
  const what = b.relation === "le" ? "measured/\u03C4" : "\u03C4/measured";
  const line = !worst ? `${b.name}: no instance decided` : `${b.name}: worst ${what} = ${worst.r} (\u2248 ${(Number(worst.r.num * 10n ** 6n / worst.r.den) / 1e6).toFixed(6)}) over ${res.effort.random + res.effort.evaluations} instances: ${status === "tight" ? "\u03C4 is attained (tight)" : status === "violated" ? "\u03C4 is violated" : "\u03C4 not attained by any instance found (a lower estimate, not a certificate)"}`;
  return {
    bound: b.name,
    worst: worst?.r ?? null,
    status,
    effort: res.effort,
    line,
    ...worst ? { instance: b.show(worst.x), measured: worst.measured, claimed: worst.bound } : {}
  };
}

// dist/classes/boundClaim.js
var asMeasurement = (m) => ({ measured: m.measured, claimed: m.bound });
function classBoundClaim(spec) {
  const { bound, mutants, hypotheses, ...meta } = spec;
  return propertyClaim({
    ...meta,
    // The class first, decided by checkClass from the objective itself (never the L/μ it declares),
    // then the claim's own hypotheses (steps, horizons).
    hypotheses: (i) => {
      const c = memberOf(bound, i);
      return c === true ? hypotheses?.(i) ?? true : c;
    },
    instances: withClassSpace(bound),
    measure: (i) => asMeasurement(bound.measure(i)),
    relation: bound.relation,
    tolerance: { abs: 0, reason: "exact rationals: the iterates, the metric and the bound" },
    show: bound.show,
    precision: { search: "exact rationals", verify: "exact rationals" },
    mutants: (mutants ?? []).map((m) => ({ id: m.id, description: m.description, measure: (i) => asMeasurement(m.measure(i)) }))
  });
}

// dist/api/methods.js
var methods_exports = {};
__export(methods_exports, {
  adam: () => adam,
  allStrictlyCorrect: () => allStrictlyCorrect,
  amsgrad: () => amsgrad,
  axpy: () => axpy,
  gapAtMost: () => gapAtMost,
  gd: () => gd,
  gradNormAtMost: () => gradNormAtMost,
  gradientFlow: () => gradientFlow2,
  heavyBall: () => heavyBall,
  heavyBallCycles: () => heavyBallCycles,
  iterationCount: () => iterationCount,
  nesterov: () => nesterov,
  normalizedGd: () => normalizedGd,
  run: () => run,
  showStep: () => showStep,
  stepAt: () => stepAt
});

// dist/methods/method.js
function run(A, m, f, x0, steps, o = {}) {
  if (!Number.isInteger(steps) || steps < 0)
    throw new RangeError(`steps must be a nonnegative integer, got ${steps}`);
  if (A.name === "exact rationals" && !m.rational)
    throw new RangeError(`${m.name} needs square roots: run it in decimals or float64, not exact rationals`);
  let s = m.init(A, x0);
  const xs = [s.x];
  if (o.stop?.(0, s.x))
    return { xs, status: "stopped" };
  for (let k = 0; k < steps; k++) {
    s = m.step(A, f, s, k);
    if (!s.x.every((v) => A.isFinite(v))) {
      xs.push(s.x);
      return { xs, status: "nonFinite" };
    }
    if (o.keep === "last" && xs.length > 1)
      xs[1] = s.x;
    else
      xs.push(s.x);
    if (o.stop?.(k + 1, s.x))
      return { xs, status: "stopped" };
  }
  return { xs, status: "done" };
}
var stepAt = (A, eta, k) => lift(A, typeof eta === "function" ? eta(k) : eta);
var showStep = (eta) => typeof eta === "function" ? "scheduled" : eta.toString();
var axpy = (A, x, s, g) => x.map((xi, i) => A.sub(xi, A.mul(s, g[i])));

// dist/methods/gd.js
function gd(eta) {
  return {
    name: `GD (\u03B7 = ${showStep(eta)})`,
    rational: true,
    init: (_A, x0) => ({ x: [...x0], mem: [] }),
    step: (A, f, s, k) => ({ x: axpy(A, s.x, stepAt(A, eta, k), f.grad(A, s.x, k + 1)), mem: [] })
  };
}
function normalizedGd(eta) {
  return {
    name: `normalized GD (\u03B7 = ${showStep(eta)})`,
    rational: false,
    init: (_A, x0) => ({ x: [...x0], mem: [] }),
    step: (A, f, s, k) => {
      const g = f.grad(A, s.x, k + 1);
      const n2 = A.sqrt(g.reduce((acc, v) => A.add(acc, A.mul(v, v)), A.of(0)));
      if (A.sign(n2) === 0)
        return s;
      return { x: axpy(A, s.x, A.div(stepAt(A, eta, k), n2), g), mem: [] };
    }
  };
}

// dist/methods/momentum.js
function heavyBall(alpha, beta) {
  return {
    name: `heavy ball (\u03B1 = ${showStep(alpha)}, \u03B2 = ${beta})`,
    rational: true,
    init: (_A, x0) => ({ x: [...x0], mem: [[...x0]] }),
    step: (A, f, s, k) => {
      const g = f.grad(A, s.x, k + 1), b = lift(A, beta), a = stepAt(A, alpha, k), prev = s.mem[0];
      const x = s.x.map((xi, i) => A.add(A.sub(xi, A.mul(a, g[i])), A.mul(b, A.sub(xi, prev[i]))));
      return { x, mem: [s.x] };
    }
  };
}
function nesterov(eta, momentum = "convex") {
  return {
    name: `Nesterov (\u03B7 = ${showStep(eta)}, \u03B2 = ${momentum === "convex" ? "k/(k+3)" : momentum})`,
    rational: true,
    init: (_A, x0) => ({ x: [...x0], mem: [[...x0]] }),
    step: (A, f, s, k) => {
      const b = momentum === "convex" ? A.div(A.of(k), A.of(k + 3)) : lift(A, momentum), prev = s.mem[0];
      const y = s.x.map((xi, i) => A.add(xi, A.mul(b, A.sub(xi, prev[i]))));
      return { x: axpy(A, y, stepAt(A, eta, k), f.grad(A, y, k + 1)), mem: [s.x] };
    }
  };
}

// dist/methods/adaptive.js
function adamStepF64(amsgrad2, constant, s, g, round, c) {
  const d = s.x.length, m = new Array(d), v = new Array(d), x = new Array(d);
  const vhat = amsgrad2 ? new Array(d) : v;
  const a = constant ? c.alpha : c.alpha / Math.sqrt(round);
  for (let i = 0; i < d; i++) {
    m[i] = c.b1 * s.mem[0][i] + c.c1 * g[i];
    v[i] = c.b2 * s.mem[1][i] + c.c2 * (g[i] * g[i]);
    if (amsgrad2)
      vhat[i] = v[i] < s.mem[2][i] ? s.mem[2][i] : v[i];
    const den = Math.sqrt(vhat[i]) + c.e;
    let xi = !(den > 0 || den < 0) ? s.x[i] : s.x[i] - a * m[i] / den;
    if (c.lo !== void 0 && c.hi !== void 0)
      xi = xi < c.lo ? c.lo : c.hi < xi ? c.hi : xi;
    x[i] = xi;
  }
  return { x, mem: [m, v, vhat] };
}
function adam(o) {
  const eps = o.eps ?? Q.ZERO;
  let lastA, k0;
  const constants = (A) => {
    if (lastA !== A || !k0) {
      const b1 = lift(A, o.beta1), b2 = lift(A, o.beta2), one = A.of(1);
      k0 = { b1, b2, c1: A.sub(one, b1), c2: A.sub(one, b2), alpha: lift(A, o.alpha), e: lift(A, eps), ...o.box ? { lo: lift(A, o.box.lo), hi: lift(A, o.box.hi) } : {} };
      lastA = A;
    }
    return k0;
  };
  return {
    name: `${o.amsgrad ? "AMSGrad" : "Adam"} (\u03B1 = ${o.alpha}${o.schedule === "constant" ? "" : "/\u221Ak"}, \u03B21 = ${o.beta1}, \u03B22 = ${o.beta2}, \u03B5 = ${eps})`,
    rational: false,
    init: (A, x0) => ({ x: [...x0], mem: [x0.map(() => A.of(0)), x0.map(() => A.of(0)), x0.map(() => A.of(0))] }),
    step: (A, f, s, k) => {
      const round = k + 1;
      const g = f.grad(A, s.x, round);
      const { b1, b2, c1, c2, alpha, e, lo, hi } = constants(A);
      if (A.name === "float64")
        return adamStepF64(!!o.amsgrad, o.schedule === "constant", s, g, round, constants(A));
      const m = s.mem[0].map((mi, i) => A.add(A.mul(b1, mi), A.mul(c1, g[i])));
      const v = s.mem[1].map((vi, i) => A.add(A.mul(b2, vi), A.mul(c2, A.mul(g[i], g[i]))));
      const vhat = o.amsgrad ? v.map((vi, i) => A.lt(vi, s.mem[2][i]) ? s.mem[2][i] : vi) : v;
      const a = o.schedule === "constant" ? alpha : A.div(alpha, A.sqrt(A.of(round)));
      let x = s.x.map((xi, i) => {
        const den = A.add(A.sqrt(vhat[i]), e);
        return A.sign(den) === 0 ? xi : A.sub(xi, A.div(A.mul(a, m[i]), den));
      });
      if (lo !== void 0 && hi !== void 0)
        x = x.map((xi) => A.lt(xi, lo) ? lo : A.lt(hi, xi) ? hi : xi);
      return { x, mem: [m, v, vhat] };
    }
  };
}
var amsgrad = (o) => adam({ ...o, amsgrad: true });

// dist/methods/flow.js
function gradientFlow2(A, f, x0, o) {
  if (A.name === "exact rationals")
    throw new RangeError("gradient flow is integrated in float64 or decimals, not exact rationals");
  const samples = [];
  const result = dopri(A, (_t, y) => f.grad(A, y, 0).map((g) => A.neg(g)), [...x0], {
    t1: o.t1,
    rtol: o.rtol,
    atol: o.atol,
    maxSteps: o.maxSteps,
    onStep: (t, y) => {
      samples.push({ t, x: [...y] });
    }
  });
  return { samples, run: result };
}

// dist/methods/cycles.js
function inPiece(h, k, x) {
  const lo = k === 0 ? null : h.breaks[k - 1], hi = k === h.breaks.length ? null : h.breaks[k];
  return (lo === null || x.cmp(lo) >= 0) && (hi === null || x.cmp(hi) < 0);
}
function heavyBallCycles(h, alpha, beta, P) {
  if (!Number.isInteger(P) || P < 2 || P > 8)
    throw new RangeError("heavyBallCycles: period in [2, 8]");
  const m = h.pieces.length, out = [];
  const total = m ** P;
  for (let code = 0; code < total; code++) {
    const s = Array.from({ length: P }, (_, k) => Math.floor(code / m ** k) % m);
    const M = Array.from({ length: P }, () => new Array(P).fill(Q.ZERO));
    const b = [];
    for (let k = 0; k < P; k++) {
      const pc = h.pieces[s[k]];
      const add = (j, v) => {
        const jj = (j % P + P) % P;
        M[k][jj] = M[k][jj].add(v);
      };
      add(k + 1, Q.ONE);
      add(k, Q.ONE.add(beta).sub(alpha.mul(pc.a)).neg());
      add(k - 1, beta);
      b.push(alpha.mul(pc.p).neg());
    }
    let x;
    try {
      x = solve(QA, M, b);
    } catch (e) {
      if (e instanceof SingularMatrixError)
        continue;
      throw e;
    }
    if (!x.every((xk, k) => inPiece(h, s[k], xk)))
      continue;
    if (x.every((xk) => xk.eq(x[0])))
      continue;
    const key = (v) => v.map(String).join(",");
    const rots = x.map((_, r) => key([...x.slice(r), ...x.slice(0, r)]));
    if (out.some((o) => rots.includes(key(o))))
      continue;
    if ([...Array(P).keys()].some((q2) => q2 > 0 && q2 < P && P % q2 === 0 && x.every((xk, k) => xk.eq(x[(k + q2) % P]))))
      continue;
    out.push(x);
  }
  return out;
}

// dist/methods/measures.js
var gapAtMost = (A, f, eps) => (x) => !A.lt(lift(A, eps), gap2(A, f, x));
var gradNormAtMost = (A, f, eps) => (x) => !A.lt(lift(A, eps.mul(eps)), norm22(A, f.grad(A, x, 0)));
var allStrictlyCorrect = (A, Z) => (x) => Z.every((z) => A.sign(z.reduce((s, zi, j) => A.add(s, A.mul(lift(A, zi), x[j])), A.of(0))) > 0);
function iterationCount(A, m, f, x0, rule, maxSteps) {
  let hit = null;
  const r = run(A, m, f, x0, maxSteps, { keep: "last", stop: (k, x) => {
    if (rule(x)) {
      hit = k;
      return true;
    }
    return false;
  } });
  return r.status === "nonFinite" ? null : hit;
}

// dist/api/search.js
var search_exports2 = {};
__export(search_exports2, {
  SearchRng: () => SearchRng,
  boundaryRatio: () => boundaryRatio,
  fieldSpace: () => fieldSpace,
  followPath: () => followPath,
  searchBoundary: () => searchBoundary,
  searchLines: () => searchLines,
  shrinkGreedy: () => shrinkGreedy,
  spaceOf: () => spaceOf,
  withSpace: () => withSpace
});

// dist/api/scenarios.js
var scenarios_exports = {};
__export(scenarios_exports, {
  SCENARIO_FILE: () => SCENARIO_FILE,
  checkOutputPath: () => checkOutputPath,
  loadScenarios: () => loadScenarios,
  parseNumber: () => parseNumber,
  parseNumberList: () => parseNumberList,
  parseSettings: () => parseSettings,
  runScenario: () => runScenario,
  runSweep: () => runSweep,
  scenarioFiles: () => scenarioFiles,
  showDuration: () => showDuration,
  writeFileAtomic: () => writeFileAtomic
});

// dist/api/plot.js
var plot_exports = {};
__export(plot_exports, {
  PALETTE: () => PALETTE,
  svgPlot: () => svgPlot
});

// dist/report/plot.js
var SHAPES = ["circle", "square", "triangle", "diamond", "cross"];
var MAX_MARKERS = 24;
function markerSvg(shape, x, y, c, open, r = 3.5) {
  const fill = open ? "white" : c;
  const f = (v) => v.toFixed(1);
  switch (shape) {
    case "circle":
      return `<circle cx="${f(x)}" cy="${f(y)}" r="${r}" fill="${fill}" stroke="${c}" stroke-width="1.5"/>`;
    case "square":
      return `<rect x="${f(x - r)}" y="${f(y - r)}" width="${2 * r}" height="${2 * r}" fill="${fill}" stroke="${c}" stroke-width="1.5"/>`;
    case "triangle":
      return `<polygon points="${f(x)},${f(y - r - 1)} ${f(x - r - 1)},${f(y + r)} ${f(x + r + 1)},${f(y + r)}" fill="${fill}" stroke="${c}" stroke-width="1.5"/>`;
    case "diamond":
      return `<polygon points="${f(x)},${f(y - r - 1)} ${f(x + r + 1)},${f(y)} ${f(x)},${f(y + r + 1)} ${f(x - r - 1)},${f(y)}" fill="${fill}" stroke="${c}" stroke-width="1.5"/>`;
    case "cross":
      return `<path d="M${f(x - r)},${f(y - r)}L${f(x + r)},${f(y + r)}M${f(x - r)},${f(y + r)}L${f(x + r)},${f(y - r)}" stroke="${c}" stroke-width="2"/>`;
  }
}
function hiddenUnder(k, axes, spanX, spanY) {
  const me = axes[k];
  if (me.length === 0)
    return void 0;
  for (let j = 0; j < k; j++) {
    const o = axes[j];
    if (o.length === me.length && o.every(([x, y], i) => Math.abs(x - me[i][0]) <= 1e-3 * spanX && Math.abs(y - me[i][1]) <= 1e-3 * spanY))
      return j;
  }
  return void 0;
}
var PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"];
var esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function ticks(lo, hi, log) {
  if (log) {
    const mult = hi - lo < 2 ? [1, 2, 5] : [1];
    const out2 = [];
    for (let e = Math.floor(lo); e <= Math.ceil(hi); e++) {
      for (const m of mult) {
        const v = e + Math.log10(m);
        if (v >= lo - 1e-9 && v <= hi + 1e-9)
          out2.push(v);
      }
    }
    return out2.length >= 2 ? out2 : [lo, hi];
  }
  const span = hi - lo || 1, step0 = 10 ** Math.floor(Math.log10(span / 5));
  const step = [1, 2, 5, 10].map((m) => m * step0).find((s) => span / s <= 8);
  const out = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-12; v += step)
    out.push(v);
  return out;
}
var num2 = (v) => Math.abs(v) >= 1e4 || Math.abs(v) < 1e-3 && v !== 0 ? v.toExponential(1) : String(Number(v.toPrecision(4)));
var fmt2 = (v, log) => log ? Math.abs(v - Math.round(v)) < 1e-9 ? `1e${Math.round(v)}` : num2(10 ** v) : num2(v);
function svgPlot(spec) {
  const tx = (x) => spec.xLog ? Math.log10(x) : x;
  const ty = (y) => spec.yLog ? Math.log10(y) : y;
  const axes = spec.series.map((s) => s.points.map(([x, y]) => [tx(x), ty(y)]).filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)));
  const pts = axes.flat();
  if (pts.length === 0)
    throw new RangeError("nothing to plot");
  let [x0, x1] = [Math.min(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[0]))];
  let [y0, y1] = [Math.min(...pts.map((p) => p[1])), Math.max(...pts.map((p) => p[1]))];
  const under = spec.series.map((_, k) => hiddenUnder(k, axes, x1 - x0 || 1, y1 - y0 || 1));
  const labels2 = spec.series.map((s, k) => under[k] !== void 0 ? `${s.label} (coincides with ${spec.series[under[k]].label})` : s.label);
  const R = Math.max(200, 56 + 7 * Math.max(0, ...labels2.map((l) => [...l].length)));
  const W = spec.width ?? 520 + R, H = spec.height ?? 460, L = 80, T = 40, B = 60;
  if (x0 === x1) {
    x0 -= 1;
    x1 += 1;
  }
  if (y0 === y1) {
    y0 -= 1;
    y1 += 1;
  }
  const pad = (y1 - y0) * 0.05;
  y0 -= pad;
  y1 += pad;
  const sx = (x) => L + (tx(x) - x0) / (x1 - x0) * (W - L - R);
  const sy = (y) => H - B - (ty(y) - y0) / (y1 - y0) * (H - T - B);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2 - R / 2}" y="22" text-anchor="middle" font-size="15">${esc(spec.title)}</text>`
  ];
  for (const v of ticks(x0, x1, !!spec.xLog)) {
    const X = L + (v - x0) / (x1 - x0) * (W - L - R);
    out.push(`<line x1="${X}" y1="${T}" x2="${X}" y2="${H - B}" stroke="#eee"/><text x="${X}" y="${H - B + 16}" text-anchor="middle">${fmt2(v, !!spec.xLog)}</text>`);
  }
  for (const v of ticks(y0, y1, !!spec.yLog)) {
    const Y2 = H - B - (v - y0) / (y1 - y0) * (H - T - B);
    out.push(`<line x1="${L}" y1="${Y2}" x2="${W - R}" y2="${Y2}" stroke="#eee"/><text x="${L - 6}" y="${Y2 + 4}" text-anchor="end">${fmt2(v, !!spec.yLog)}</text>`);
  }
  out.push(`<rect x="${L}" y="${T}" width="${W - L - R}" height="${H - T - B}" fill="none" stroke="#333"/>`);
  out.push(`<text x="${(L + W - R) / 2}" y="${H - 18}" text-anchor="middle">${esc(spec.xLabel)}</text>`);
  out.push(`<text x="18" y="${(T + H - B) / 2}" text-anchor="middle" transform="rotate(-90 18 ${(T + H - B) / 2})">${esc(spec.yLabel)}</text>`);
  spec.series.forEach((s, k) => {
    const c = s.color ?? PALETTE[k % PALETTE.length];
    const pts2 = s.points.filter(([x, y]) => Number.isFinite(tx(x)) && Number.isFinite(ty(y))).map(([x, y]) => [sx(x), sy(y)]);
    const hidden = under[k];
    const dash = hidden !== void 0 ? ' stroke-dasharray="2 4"' : s.dashed ? ' stroke-dasharray="6 4"' : "";
    const shape = s.marker ?? SHAPES[k % SHAPES.length];
    const showMarkers = s.markers || hidden !== void 0;
    if (pts2.length)
      out.push(`<polyline fill="none" stroke="${c}" stroke-width="${hidden !== void 0 ? 2.5 : 2}"${dash} points="${pts2.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ")}"/>`);
    if (showMarkers) {
      const every = Math.max(1, Math.ceil(pts2.length / MAX_MARKERS));
      pts2.forEach(([x, y], i) => {
        if (i % every === 0 || i === pts2.length - 1)
          out.push(markerSvg(shape, x, y, c, hidden !== void 0, hidden !== void 0 ? 5 : 3.5));
      });
    }
    const ly = T + 10 + k * 20;
    const label = labels2[k];
    out.push(`<line x1="${W - R + 12}" y1="${ly}" x2="${W - R + 36}" y2="${ly}" stroke="${c}" stroke-width="2"${dash}/>${showMarkers ? markerSvg(shape, W - R + 24, ly, c, hidden !== void 0) : ""}<text x="${W - R + 42}" y="${ly + 4}">${esc(label)}</text>`);
  });
  out.push("</svg>");
  return out.join("\n");
}
export {
  SEARCH_BUDGET,
  UserError,
  VERSION,
  allAsExpected,
  arbitraries_exports as arbitraries,
  asExpected,
  casesClaim,
  classes_exports as classes,
  complexityClaim,
  data_exports as data,
  decide,
  decimals_exports as decimals,
  defineClaim,
  derivationClaim,
  dynamics_exports as dynamics,
  exponentObservation,
  families_exports as families,
  floats_exports as floats,
  isClaim,
  linalg_exports as linalg,
  methods_exports as methods,
  models_exports as models,
  plot_exports as plot,
  propertyClaim,
  rateClaim,
  rates_exports as rates,
  rationals_exports as rationals,
  replayLine,
  runClaim,
  runScenario,
  scenarios_exports as scenarios,
  search_exports2 as search,
  showValue,
  symbolic_exports as symbolic,
  toDecimal
};
