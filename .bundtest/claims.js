var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// proofs/tyurin2024/linear-rescaling.ts
var linear_rescaling_exports = {};
__export(linear_rescaling_exports, {
  default: () => linear_rescaling_default
});
import { derivationClaim } from "gdcheck";
var m = (w) => `y[i]*sum(r, 1, d, b[i,r]*${w}[r])`;
var linear_rescaling_default = derivationClaim({
  id: "tyurin2024/linear-rescaling",
  title: "Linear model: v = \u03B3u turns GD into u\u207A = u + (1/n) \u03A3 \u03C3(\u2212\u03B3 y_i b_i\u1D40u) y_i b_i exactly; its \u03B3 \u2192 \u221E limit is the Batch Perceptron step",
  statement: "GD on F(v) = (1/n) \u03A3 log(1 + e^{\u2212y_i b_i\u1D40v}) with step \u03B3, written in u = v/\u03B3, is exactly u\u207A = u + (1/n) \u03A3 \u03C3(\u2212\u03B3 y_i b_i\u1D40u) y_i b_i for every \u03B3 > 0; as \u03B3 \u2192 \u221E the step tends to u + (1/n) \u03A3 perc(y_i b_i\u1D40u) y_i b_i (Batch Perceptron). Checked for n = 3, d = 2.",
  source: { arxiv: "2412.08424", where: "Theorem 3.2 (proof: the rescaled recursion); used by 2512.11587 \xA72", catalogue: "PRED-T3.2 mechanism [PRED]" },
  provenance: "read",
  sizes: { n: 3, d: 2 },
  indices: { i: [1, "n"], k: [1, "d"], r: [1, "d"] },
  assume: ["gamma > 0", "y[i] in {-1, 1}"],
  steps: [
    { expr: `(1/n)*sum(i, 1, n, log(1 + exp(-${m("v")})))`, rule: "given", why: "logistic loss of the linear model g(b; v) = b\u1D40v" },
    { expr: `-(1/n)*sum(i, 1, n, sigma(-${m("v")})*y[i]*b[i,k])`, rule: "derivative", wrt: "v[k]", why: "logistic-gradient with \u2207g = b" },
    { expr: `v[k] + (gamma/n)*sum(i, 1, n, sigma(-${m("v")})*y[i]*b[i,k])`, rule: "into", template: "v[k] - gamma*($)", why: "the GD step v\u207A = v \u2212 \u03B3\u2207F(v)" },
    { expr: `gamma*u[k] + (gamma/n)*sum(i, 1, n, sigma(-gamma*${m("u")})*y[i]*b[i,k])`, rule: "substitute", subs: { "v[r]": "gamma*u[r]" }, why: "v = \u03B3u (the margin is linear in v)" },
    { expr: `u[k] + (1/n)*sum(i, 1, n, sigma(-gamma*${m("u")})*y[i]*b[i,k])`, rule: "into", template: "($)/gamma", why: "u\u207A = v\u207A/\u03B3: the exact recursion, for every \u03B3 > 0" },
    { expr: `u[k] + (1/n)*sum(i, 1, n, perc(${m("u")})*y[i]*b[i,k])`, rule: "limit", limit: "gamma", why: "\u03C3(\u2212\u03B3m) \u2192 perc(m) (sigmoid-limit): the Batch Perceptron step" }
  ],
  twins: [
    { id: "gamma-squared", description: "\u03C3(\u2212\u03B3\xB2 y_i b_i\u1D40u) after the substitution (wrong exponent)", at: 4, step: { expr: `gamma*u[k] + (gamma/n)*sum(i, 1, n, sigma(-gamma^2*${m("u")})*y[i]*b[i,k])` } },
    { id: "no-1/n", description: "the factor 1/n dropped in the recursion", at: 5, step: { expr: `u[k] + sum(i, 1, n, sigma(-gamma*${m("u")})*y[i]*b[i,k])` } },
    { id: "ascent", description: "the GD step v + \u03B3\u2207F (sign error)", at: 3, step: { expr: `v[k] - (gamma/n)*sum(i, 1, n, sigma(-${m("v")})*y[i]*b[i,k])` } }
  ]
});

// proofs/tyurin2025/degree-k-rescaling.ts
var degree_k_rescaling_exports = {};
__export(degree_k_rescaling_exports, {
  default: () => degree_k_rescaling_default
});
import { derivationClaim as derivationClaim2, symbolic } from "gdcheck";
var { HOMOGENEOUS_ACTIVATIONS, HOMOGENEITY_LEMMAS } = symbolic;
var pre = (l, X, s = "") => `sum(r, 1, d, ${s}${X}[${l},r]*b[i,r])`;
var g = (A, X, s = "") => `sum(l, 1, H, ${s}${A}[l]*phi(${pre("l", X, s)}))`;
var loss = `(1/n)*sum(i, 1, n, log(1 + exp(-y[i]*${g("a", "W")})))`;
var margin = `y[i]*${g("alpha", "U")}`;
var degree_k_rescaling_default = derivationClaim2({
  id: "tyurin2025/degree-k-rescaling",
  title: "Both layers trained (degree k = 2): \u03B8 = \u03B3(\u03B1, U) gives the recursion with a factor \u03B3^{k\u22121} = \u03B3 and \u03C3(\u2212\u03B3^k m): no clean limit",
  statement: "Reconstruction (the catalogue \xA72.3 caution, standing in for what the paper must handle differently): for g(b; a, W) = \u03A3_j a_j \u03C6(w_j\u1D40b), \u03C6 1-homogeneous, \u03B8 = \u03B3(\u03B1, U) turns GD into \u03B1\u207A = \u03B1 + (\u03B3/n) \u03A3 \u03C3(\u2212\u03B3\xB2 y_i g_i) y_i \u2202g_i/\u2202a and U\u207A = U + (\u03B3/n) \u03A3 \u03C3(\u2212\u03B3\xB2 y_i g_i) y_i \u2202g_i/\u2202W exactly; the weight \u03B3\u03C3(\u2212\u03B3\xB2m) \u2192 \u221E for m < 0, so the generalized-perceptron limit does not hold for k = 2. Checked for n = 2, H = 2, d = 2.",
  source: { arxiv: "2512.11587", where: "two-layer model (UNKNOWN scaling); catalogue \xA72.3", catalogue: "\xA72.3 degree-k caution [INFERRED]" },
  provenance: "reconstructed",
  sizes: { n: 2, H: 2, d: 2 },
  indices: { i: [1, "n"], j: [1, "H"], l: [1, "H"], k: [1, "d"], r: [1, "d"] },
  assume: ["gamma > 0", "y[i] in {-1, 1}"],
  functions: { phi: { derivative: "dphi" }, dphi: {} },
  models: HOMOGENEOUS_ACTIVATIONS,
  lemmas: HOMOGENEITY_LEMMAS,
  steps: [
    { expr: loss, rule: "given", why: "logistic loss of g(b; a, W) = \u03A3_l a_l \u03C6(w_l\u1D40b), both layers trained" },
    { expr: `-(1/n)*sum(i, 1, n, sigma(-y[i]*${g("a", "W")})*y[i]*phi(${pre("j", "W")}))`, rule: "derivative", wrt: "a[j]", why: "logistic-gradient with \u2202g/\u2202a_j = \u03C6(w_j\u1D40b)" },
    { expr: `a[j] + (gamma/n)*sum(i, 1, n, sigma(-y[i]*${g("a", "W")})*y[i]*phi(${pre("j", "W")}))`, rule: "into", template: "a[j] - gamma*($)", why: "the GD step in a" },
    { expr: `gamma*alpha[j] + (gamma/n)*sum(i, 1, n, sigma(-y[i]*${g("alpha", "U", "gamma*")})*y[i]*phi(${pre("j", "U", "gamma*")}))`, rule: "substitute", subs: { "a[l]": "gamma*alpha[l]", "W[l,r]": "gamma*U[l,r]" }, why: "\u03B8 = \u03B3(\u03B1, U)" },
    { expr: `gamma*alpha[j] + (gamma^2/n)*sum(i, 1, n, sigma(-gamma^2*${margin})*y[i]*phi(${pre("j", "U")}))`, rule: "algebra", uses: ["phi-homogeneous"], why: "g(b; \u03B3\u03B1, \u03B3U) = \u03B3\xB2 g(b; \u03B1, U) (degree k = 2); \u2202g/\u2202a_j is 1-homogeneous" },
    { expr: `alpha[j] + (gamma/n)*sum(i, 1, n, sigma(-gamma^2*${margin})*y[i]*phi(${pre("j", "U")}))`, rule: "into", template: "($)/gamma", why: "\u03B1\u207A = a\u207A/\u03B3: the factor \u03B3^{k\u22121} = \u03B3 stays" },
    { expr: loss, rule: "given", why: "the same loss, now the hidden weights" },
    { expr: `-(1/n)*sum(i, 1, n, sigma(-y[i]*${g("a", "W")})*y[i]*a[j]*dphi(${pre("j", "W")})*b[i,k])`, rule: "derivative", wrt: "W[j,k]", why: "\u2202g/\u2202W_jk = a_j \u03C6'(w_j\u1D40b) b_k" },
    { expr: `W[j,k] + (gamma/n)*sum(i, 1, n, sigma(-y[i]*${g("a", "W")})*y[i]*a[j]*dphi(${pre("j", "W")})*b[i,k])`, rule: "into", template: "W[j,k] - gamma*($)", why: "the GD step in W" },
    { expr: `gamma*U[j,k] + (gamma/n)*sum(i, 1, n, sigma(-y[i]*${g("alpha", "U", "gamma*")})*y[i]*gamma*alpha[j]*dphi(${pre("j", "U", "gamma*")})*b[i,k])`, rule: "substitute", subs: { "a[l]": "gamma*alpha[l]", "W[l,r]": "gamma*U[l,r]" }, why: "\u03B8 = \u03B3(\u03B1, U)" },
    { expr: `gamma*U[j,k] + (gamma^2/n)*sum(i, 1, n, sigma(-gamma^2*${margin})*y[i]*alpha[j]*dphi(${pre("j", "U")})*b[i,k])`, rule: "algebra", uses: ["phi-homogeneous", "dphi-homogeneous"], why: "g is 2-homogeneous; \u2202g/\u2202W_jk = a_j \u03C6'(w_j\u1D40b) b_k is 1-homogeneous" },
    { expr: `U[j,k] + (gamma/n)*sum(i, 1, n, sigma(-gamma^2*${margin})*y[i]*alpha[j]*dphi(${pre("j", "U")})*b[i,k])`, rule: "into", template: "($)/gamma", why: "U\u207A = W\u207A/\u03B3: again the factor \u03B3^{k\u22121} = \u03B3" },
    { expr: "gamma*sigma(-gamma^2*m)", rule: "given", why: "the weight of a point with margin m in these recursions" },
    { expr: "Infinity", rule: "limit", limit: "gamma", assume: ["m < 0"], why: "a misclassified point: \u03C3 \u2192 1 and \u03B3 \u2192 \u221E, so no finite limit" },
    { expr: "gamma*sigma(-gamma^2*m)", rule: "given", why: "the same weight" },
    { expr: "0", rule: "limit", limit: "gamma", assume: ["m > 0"], why: "a correctly classified point: e^{\u2212\u03B3\xB2m} beats \u03B3" }
  ],
  twins: [
    {
      id: "clean-limit",
      at: 7,
      insert: true,
      description: "claims the clean generalized-perceptron limit \u03B1\u207A = \u03B1 + (1/n) \u03A3 perc(m_i) y_i \u2202g/\u2202a for k = 2",
      step: { expr: `alpha[j] + (1/n)*sum(i, 1, n, perc(${margin})*y[i]*phi(${pre("j", "U")}))`, rule: "limit", limit: "gamma", why: "\u03C3(\u2212\u03B3\xB2m) \u2192 perc(m) (wrong: the factor \u03B3 remains)" }
    },
    { id: "no-gamma-factor", description: "the factor \u03B3^{k\u22121} dropped (the linear-case recursion)", at: 6, step: { expr: `alpha[j] + (1/n)*sum(i, 1, n, sigma(-gamma^2*${margin})*y[i]*phi(${pre("j", "U")}))` } },
    { id: "sigma-degree-1", description: "\u03C3(\u2212\u03B3 y g) in place of \u03C3(\u2212\u03B3\xB2 y g) (wrong exponent)", at: 5, step: { expr: `gamma*alpha[j] + (gamma^2/n)*sum(i, 1, n, sigma(-gamma*${margin})*y[i]*phi(${pre("j", "U")}))` } }
  ]
});

// proofs/tyurin2025/logistic-gradient.ts
var logistic_gradient_exports = {};
__export(logistic_gradient_exports, {
  default: () => logistic_gradient_default
});
import { derivationClaim as derivationClaim3 } from "gdcheck";
var logistic_gradient_default = derivationClaim3({
  id: "tyurin2025/logistic-gradient",
  title: "Gradient of the logistic loss for a general model g(b; \u03B8), and the GD step",
  statement: "Reconstruction (standing in for the paper's gradient formula, catalogue \xA71.3): \u2207F(\u03B8) = \u2212(1/n) \u03A3 \u03C3(\u2212y_i g_i) y_i \u2207g_i for F = (1/n) \u03A3 log(1 + e^{\u2212y_i g(b_i;\u03B8)}); GD: \u03B8\u207A = \u03B8 + (\u03B3/n) \u03A3 \u03C3(\u2212y_i g_i) y_i \u2207g_i. Checked for n = 3, \u03B8 \u2208 R\xB2.",
  source: { arxiv: "2512.11587", where: "section 1.3 (generic formulation)", catalogue: "\xA71.3 \u2207F [INFERRED]" },
  provenance: "reconstructed",
  sizes: { n: 3, p: 2 },
  indices: { i: [1, "n"], k: [1, "p"] },
  assume: ["gamma > 0", "y[i] in {-1, 1}"],
  steps: [
    { expr: "(1/n)*sum(i, 1, n, log(1 + exp(-y[i]*g[i])))", rule: "given", why: "the logistic loss, g[i] = g(b_i; \u03B8)" },
    {
      expr: "(1/n)*sum(i, 1, n, -exp(-y[i]*g[i])/(1 + exp(-y[i]*g[i])) * y[i]*dg[i,k])",
      rule: "derivative",
      wrt: "theta[k]",
      depends: { "g[i]": "dg[i,k]" },
      why: "chain rule: \u2113(z) = log(1 + e^{\u2212z}) has \u2113'(z) = \u2212e^{\u2212z}/(1 + e^{\u2212z})"
    },
    { expr: "-(1/n)*sum(i, 1, n, sigma(-y[i]*g[i])*y[i]*dg[i,k])", rule: "algebra", why: "e^{\u2212z}/(1 + e^{\u2212z}) = \u03C3(\u2212z)" },
    { expr: "theta[k] + (gamma/n)*sum(i, 1, n, sigma(-y[i]*g[i])*y[i]*dg[i,k])", rule: "into", template: "theta[k] - gamma*($)", why: "the GD step \u03B8\u207A = \u03B8 \u2212 \u03B3\u2207F" }
  ],
  twins: [
    { id: "sigma-sign", description: "\u03C3(+y_i g_i) in place of \u03C3(\u2212y_i g_i) (sign error)", at: 3, step: { expr: "-(1/n)*sum(i, 1, n, sigma(y[i]*g[i])*y[i]*dg[i,k])" } },
    { id: "no-1/n", description: "the factor 1/n dropped", at: 3, step: { expr: "-sum(i, 1, n, sigma(-y[i]*g[i])*y[i]*dg[i,k])" } },
    { id: "ascent", description: "the step \u03B8 \u2212 (\u03B3/n)\u03A3\u2026 (gradient ascent sign)", at: 4, step: { expr: "theta[k] - (gamma/n)*sum(i, 1, n, sigma(-y[i]*g[i])*y[i]*dg[i,k])" } }
  ]
});

// proofs/tyurin2025/scaled-pair-linear-count.ts
var scaled_pair_linear_count_exports = {};
__export(scaled_pair_linear_count_exports, {
  default: () => scaled_pair_linear_count_default
});
import { derivationClaim as derivationClaim4 } from "gdcheck";
var scaled_pair_linear_count_default = derivationClaim4({
  id: "tyurin2025/scaled-pair-linear-count",
  title: "Scaled pair: the linear batch perceptron needs exactly d/2 + 1 steps",
  statement: "Ours (supports the reconstruction T-ABS2-scaled-pair): on b_1 = (1/d)\xB71_d (+1), b_2 = (2,0,2,0,\u2026) (\u22121), the batch perceptron iterate after 1 + k steps is (1/4 + k/2)\xB7z_1 + (1/4)\xB7z_2, its margins are (2k + 1 \u2212 d)/(4d) and (2d \u2212 1 \u2212 2k)/4, so for even d it separates first at step 1 + d/2.",
  source: { arxiv: "2512.11587", where: "abstract (minimalistic example, linear models)", catalogue: "T-ABS2 [READ, claim only]; family INFERRED (ours)" },
  provenance: "reconstructed",
  sizes: {},
  indices: {},
  assume: ["d > 1", "k > -1"],
  steps: [
    { expr: "(1/4 + k/2)*(1/d) + (1/4)*(-1)", rule: "given", why: "m_1 = z_1\u1D40\xFB_{1+k} with \xFB_{1+k} = (1/4 + k/2)z_1 + (1/4)z_2, z_1\u1D40z_1 = 1/d, z_1\u1D40z_2 = \u22121" },
    { expr: "(2*k + 1 - d)/(4*d)", rule: "algebra", why: "one fraction" },
    { expr: "(2*(d/2 - 1) + 1 - d)/(4*d)", rule: "substitute", subs: { k: "d/2 - 1" }, why: "one step before k = d/2" },
    { expr: "-1/(4*d)", rule: "algebra", why: "the k = d/2 \u2212 1 margin of point 1" },
    { expr: "0", rule: "le", why: "d > 0: point 1 is still misclassified after d/2 corrective steps minus one" },
    { expr: "(2*k + 1 - d)/(4*d)", rule: "given", why: "m_1 again" },
    { expr: "(2*(d/2) + 1 - d)/(4*d)", rule: "substitute", subs: { k: "d/2" }, why: "k = d/2" },
    { expr: "1/(4*d)", rule: "algebra", why: "the k = d/2 margin of point 1" },
    { expr: "0", rule: "ge", why: "d > 0: point 1 is correct at k = d/2" },
    { expr: "-(1/4 + k/2)*(-1) * (-1) + (1/4)*(2*d)", rule: "given", why: "m_2 = z_2\u1D40\xFB_{1+k}: z_2\u1D40z_1 = \u22121, z_2\u1D40z_2 = 2d" },
    { expr: "(2*d - 1 - 2*k)/4", rule: "algebra", why: "one fraction" },
    { expr: "(2*d - 1 - 2*(d/2))/4", rule: "substitute", subs: { k: "d/2" }, why: "k = d/2: the largest k the count uses" },
    { expr: "(d - 1)/4", rule: "algebra", why: "the k = d/2 margin of point 2" },
    { expr: "(1 + 2*g)/4", rule: "substitute", subs: { d: "2 + 2*g" }, why: "d even, d \u2265 2: d = 2 + 2g with g \u2265 0" },
    { expr: "0", rule: "ge", assume: ["g >= 0"], why: "point 2 stays correct, so the count is 1 + d/2" }
  ],
  twins: [
    { id: "count-d-over-2", description: "the count d/2 (point 1 claimed correct one step earlier)", at: 5, step: { expr: "0", rule: "ge" } },
    { id: "gram-sign", description: "z_1\u1D40z_2 = +1 instead of \u22121", at: 2, step: { expr: "(2*k + 1 + d)/(4*d)" } },
    { id: "first-step-weight-1", description: "a first step of weight 1: \xFB_1 = (z_1 + z_2)/2", at: 11, step: { expr: "(4*d - 2 - 2*k)/4" } }
  ]
});

// proofs/tyurin2025/sigmoid-limit.ts
var sigmoid_limit_exports = {};
__export(sigmoid_limit_exports, {
  default: () => sigmoid_limit_default
});
import { derivationClaim as derivationClaim5 } from "gdcheck";
var sigmoid_limit_default = derivationClaim5({
  id: "tyurin2025/sigmoid-limit",
  title: "lim \u03C3(\u2212\u03B3m) as \u03B3 \u2192 \u221E: 1 for m < 0, 0 for m > 0, 1/2 for m = 0",
  statement: "Reconstruction (standing in for the limit step of the reduction GD \u2192 perceptron, catalogue \xA72.2): lim_{\u03B3\u2192\u221E} \u03C3(\u2212\u03B3m) = 1 (m < 0), 0 (m > 0), 1/2 (m = 0); and \u03C3(\u2212\u03B3m) \u2264 e^{\u2212\u03B3m}.",
  source: { arxiv: "2512.11587", where: "section 2 (reduction); predecessor 2412.08424, proof of Theorem 3.2", catalogue: "\xA72.2 mechanism [INFERRED]" },
  provenance: "reconstructed",
  sizes: {},
  indices: {},
  assume: ["gamma > 0"],
  steps: [
    { expr: "sigma(-gamma*m)", rule: "given", why: "the weight of a point with margin m = y\xB7b\u1D40u after the rescaling v = \u03B3u" },
    { expr: "1/(1 + exp(gamma*m))", rule: "algebra", why: "\u03C3(\u2212z) = 1/(1 + e^z)" },
    { expr: "1", rule: "limit", limit: "gamma", assume: ["m < 0"], why: "m < 0: \u03B3m \u2192 \u2212\u221E, e^{\u03B3m} \u2192 0" },
    { expr: "1/(1 + exp(gamma*m))", rule: "given", why: "the same weight" },
    { expr: "0", rule: "limit", limit: "gamma", assume: ["m > 0"], why: "m > 0: e^{\u03B3m} \u2192 \u221E" },
    { expr: "sigma(-gamma*m)", rule: "given", why: "a tie, m = 0" },
    { expr: "1/2", rule: "limit", limit: "gamma", assume: ["m = 0"], why: "m = 0: \u03C3(0) = 1/2 for every \u03B3" },
    { expr: "sigma(-gamma*m)", rule: "given", why: "the rate for a correctly classified point" },
    { expr: "exp(-gamma*m)", rule: "le", why: "1/(1 + e^z) \u2264 e^{\u2212z} since 1 + e^z \u2265 e^z" },
    { expr: "sigma(-gamma*m)", rule: "given", why: "any margin" },
    { expr: "perc(m)", rule: "limit", limit: "gamma", why: "steps 3, 5, 7 together: perc(m) is the rule the limit algebra uses for \u03C3(\u03B3^p\xB7c)" }
  ],
  twins: [
    { id: "sign-swapped", description: "the limit for m < 0 is 0 (sign error)", at: 3, step: { expr: "0" } },
    { id: "tie-weight-1", description: "the weight of a tie m = 0 is 1 instead of 1/2", at: 7, step: { expr: "1" } },
    { id: "rate-2", description: "the bound e^{\u22122\u03B3m} (wrong exponent)", at: 9, step: { expr: "exp(-2*gamma*m)" } }
  ]
});

// proofs/tyurin2025/two-layer-homogeneous.ts
var two_layer_homogeneous_exports = {};
__export(two_layer_homogeneous_exports, {
  default: () => two_layer_homogeneous_default
});
import { derivationClaim as derivationClaim6, symbolic as symbolic2 } from "gdcheck";
var { HOMOGENEOUS_ACTIVATIONS: HOMOGENEOUS_ACTIVATIONS2, HOMOGENEITY_LEMMAS: HOMOGENEITY_LEMMAS2 } = symbolic2;
var pre2 = (l, X, s = "") => `sum(r, 1, d, ${s}${X}[${l},r]*b[i,r])`;
var g2 = (X, s = "") => `sum(l, 1, H, a[l]*phi(${pre2("l", X, s)}))`;
var grad = (X, s = "") => `a[j]*dphi(${pre2("j", X, s)})*b[i,k]`;
var two_layer_homogeneous_default = derivationClaim6({
  id: "tyurin2025/two-layer-homogeneous",
  title: "Two-layer model, fixed output weights, \u03C6 1-homogeneous: W = \u03B3U gives the exact recursion with \u2207g in place of b, and the generalized perceptron as \u03B3 \u2192 \u221E",
  statement: "Reconstruction (standing in for the reduction of 2512.11587 for two-layer models, catalogue \xA72.3 template): g(b;W) = \u03A3_j a_j \u03C6(w_j\u1D40b), a fixed, \u03C6(\u03B3z) = \u03B3\u03C6(z). With W = \u03B3U, GD is exactly U\u207A = U + (1/n) \u03A3 \u03C3(\u2212\u03B3 y_i g(b_i;U)) y_i \u2207_U g(b_i;U) for every \u03B3 > 0, and the step tends to U + (1/n) \u03A3 perc(y_i g(b_i;U)) y_i \u2207_U g(b_i;U). Checked for n = 2, H = 2, d = 2, \u03C6 \u2208 {ReLU, leaky ReLU, |\xB7|}.",
  source: { arxiv: "2512.11587", where: "abstract (reduction to generalized perceptrons); model UNKNOWN", catalogue: "\xA72.3 template, T-ABS1 [INFERRED]" },
  provenance: "reconstructed",
  sizes: { n: 2, H: 2, d: 2 },
  indices: { i: [1, "n"], j: [1, "H"], l: [1, "H"], k: [1, "d"], r: [1, "d"] },
  assume: ["gamma > 0", "y[i] in {-1, 1}"],
  functions: { phi: { derivative: "dphi" }, dphi: {} },
  models: HOMOGENEOUS_ACTIVATIONS2,
  lemmas: HOMOGENEITY_LEMMAS2,
  steps: [
    { expr: `(1/n)*sum(i, 1, n, log(1 + exp(-y[i]*${g2("W")})))`, rule: "given", why: "logistic loss of g(b; W) = \u03A3_l a_l \u03C6(w_l\u1D40b), a fixed" },
    { expr: `-(1/n)*sum(i, 1, n, sigma(-y[i]*${g2("W")})*y[i]*${grad("W")})`, rule: "derivative", wrt: "W[j,k]", why: "logistic-gradient with \u2202g/\u2202W_jk = a_j \u03C6'(w_j\u1D40b) b_k" },
    { expr: `W[j,k] + (gamma/n)*sum(i, 1, n, sigma(-y[i]*${g2("W")})*y[i]*${grad("W")})`, rule: "into", template: "W[j,k] - gamma*($)", why: "the GD step" },
    { expr: `gamma*U[j,k] + (gamma/n)*sum(i, 1, n, sigma(-y[i]*${g2("U", "gamma*")})*y[i]*${grad("U", "gamma*")})`, rule: "substitute", subs: { "W[l,r]": "gamma*U[l,r]" }, why: "W = \u03B3U" },
    { expr: `gamma*U[j,k] + (gamma/n)*sum(i, 1, n, sigma(-gamma*y[i]*${g2("U")})*y[i]*${grad("U")})`, rule: "algebra", uses: ["phi-homogeneous", "dphi-homogeneous"], why: "\u03C6(\u03B3z) = \u03B3\u03C6(z) and \u03C6'(\u03B3z) = \u03C6'(z): g(b; \u03B3U) = \u03B3 g(b; U), \u2207g(b; \u03B3U) = \u2207g(b; U)" },
    { expr: `U[j,k] + (1/n)*sum(i, 1, n, sigma(-gamma*y[i]*${g2("U")})*y[i]*${grad("U")})`, rule: "into", template: "($)/gamma", why: "U\u207A = W\u207A/\u03B3: the linear recursion with \u2207g in place of b, for every \u03B3 > 0" },
    { expr: `U[j,k] + (1/n)*sum(i, 1, n, perc(y[i]*${g2("U")})*y[i]*${grad("U")})`, rule: "limit", limit: "gamma", why: "\u03C3(\u2212\u03B3m) \u2192 perc(m): the generalized perceptron step" }
  ],
  twins: [
    { id: "dphi-degree-1", description: "\u03C6' taken as 1-homogeneous: an extra factor \u03B3", at: 5, step: { expr: `gamma*U[j,k] + (gamma^2/n)*sum(i, 1, n, sigma(-gamma*y[i]*${g2("U")})*y[i]*${grad("U")})` } },
    { id: "linear-limit", description: "the linear Batch Perceptron as the limit (drops the activation pattern \u03C6')", at: 7, step: { expr: `U[j,k] + (1/n)*sum(i, 1, n, perc(y[i]*${g2("U")})*y[i]*a[j]*b[i,k])` } },
    { id: "no-1/n", description: "the factor 1/n dropped in the recursion", at: 6, step: { expr: `U[j,k] + sum(i, 1, n, sigma(-gamma*y[i]*${g2("U")})*y[i]*${grad("U")})` } }
  ]
});

// properties/cohen2021/limit-sharpness.ts
var limit_sharpness_exports = {};
__export(limit_sharpness_exports, {
  default: () => limit_sharpness_default
});
import fc from "fast-check";
import { propertyClaim, linalg, rationals } from "gdcheck";
var { F64, decimalArith } = linalg;
var { Q } = rationals;
var T = 2e4;
function limit(A, i) {
  const q = (x) => A.div(A.of(x.num.toString()), A.of(x.den.toString()));
  let u = q(i.u0), v = q(i.v0);
  const eta3 = q(i.eta), one = A.of(1);
  const same = (a2, b2) => A.sign(A.sub(a2, b2)) === 0;
  let p1 = null, p2 = null;
  for (let t = 0; t < T; t++) {
    const r2 = A.sub(A.mul(u, v), one);
    const nu = A.sub(u, A.mul(eta3, A.mul(r2, v)));
    const nv = A.sub(v, A.mul(eta3, A.mul(r2, u)));
    p2 = p1;
    p1 = [u, v];
    u = nu;
    v = nv;
    if (!A.isFinite(u) || Math.abs(A.toNumber(u)) > 1e6) return { converged: false, sharpness: NaN };
    if (same(u, p1[0]) && same(v, p1[1])) break;
    if (p2 && same(u, p2[0]) && same(v, p2[1])) {
      if ((T - (t + 1)) % 2 === 1) [u, v] = p1;
      break;
    }
  }
  const un = A.toNumber(u), vn = A.toNumber(v), r = un * vn - 1;
  const converged = Math.abs(r) <= 1e-12 && Math.hypot(r * vn, r * un) <= 1e-12;
  const a = vn * vn, c = un * un, b = 2 * un * vn - 1;
  return { converged, sharpness: (a + c) / 2 + Math.sqrt(((a - c) / 2) ** 2 + b * b) };
}
var cache = /* @__PURE__ */ new WeakMap();
var f64 = (i) => {
  let r = cache.get(i);
  if (!r) {
    r = limit(F64, i);
    cache.set(i, r);
  }
  return r;
};
var instances = fc.record({
  u0: fc.integer({ min: 0, max: 24 }).map((k) => new Q(BigInt(k), 4n)),
  v0: fc.integer({ min: 1, max: 24 }).map((k) => new Q(BigInt(k), 4n)),
  eta: fc.constantFrom(new Q(1n, 20n), new Q(1n, 10n), new Q(1n, 8n), new Q(1n, 4n), new Q(1n, 2n))
});
var measure = (i, mode, bound4) => {
  const r = mode.exact ? limit(decimalArith(mode.digits), i) : f64(i);
  if (!r.converged) throw new Error("the re-verified run did not converge");
  return { measured: r.sharpness, claimed: bound4(i.eta), note: `limit sharpness ${r.sharpness.toFixed(6)}, 2/\u03B7 = ${Q.of(2).div(i.eta)}` };
};
var limit_sharpness_default = propertyClaim({
  id: "cohen2021/limit-sharpness",
  title: "The sharpness of GD's limit is at most 2/\u03B7",
  statement: "If GD with step \u03B7 converges to a minimiser x\u221E of a C\xB2 function, then \u03BB_max(\u2207\xB2f(x\u221E)) \u2264 2/\u03B7 (Cohen et al. 2021, \xA72; linear stability).",
  source: { arxiv: "2103.00065", where: "\xA72", catalogue: "user results (issue 12): edge of stability" },
  provenance: "read",
  kind: "upper",
  expected: "holds",
  instances,
  // A start on a minimiser (u0·v0 = 1) is stationary: GD "converges" to any sharpness there. The
  // statement is about generic starts, so that measure-zero set is excluded exactly.
  hypotheses: (i) => i.u0.mul(i.v0).eq(Q.ONE) ? "the start is a minimiser (u0\xB7v0 = 1): not a generic start" : f64(i).converged || "GD did not converge within 20,000 steps (no limit to speak of)",
  measure: (i, mode) => measure(i, mode, (eta3) => Q.of(2).div(eta3)),
  relation: "le",
  tolerance: { rel: 1e-9, reason: "\u03BB_max at x_T differs from the limit\u2019s by O(\u2016x_T \u2212 x\u221E\u2016) \u2264 1e-11" },
  show: (i) => `f(u,v) = (uv \u2212 1)\xB2/2, (u0, v0) = (${i.u0}, ${i.v0}), \u03B7 = ${i.eta}`,
  precision: { search: "float64 (20,000 steps)", verify: "decimal.js at --digits (20,000 steps)" },
  weight: 0.3,
  mutants: [
    { id: "bound-1/eta", description: "the bound 1/\u03B7", measure: (i, mode) => measure(i, mode, (eta3) => Q.ONE.div(eta3)) }
  ]
});

// properties/drori2014/gd-smooth-convex.ts
var gd_smooth_convex_exports = {};
__export(gd_smooth_convex_exports, {
  default: () => gd_smooth_convex_default
});

// properties/drori2014/_gd.ts
import fc2 from "fast-check";
import { classes, linalg as linalg2, methods, rationals as rationals2 } from "gdcheck";
var { QA } = linalg2;
var { Q: Q2 } = rationals2;
var { dist2, gap, smoothConvexArb, huberTight } = classes;
var { gd, run } = methods;
function gdGap(i) {
  const r = run(QA, gd(i.h.div(i.f.L)), i.f, i.x0, i.N);
  return { gap: gap(QA, i.f, r.xs[i.N]), R2: dist2(QA, i.x0, i.f.xStar) };
}
var dtBound = (L4, R2, N, h) => L4.mul(R2).div(Q2.of(4 * N).mul(h).add(Q2.of(2)));
var showInstance = (i) => `${i.f.show()} x0=(${i.x0.join(", ")}) N=${i.N} h=${i.h} (\u03B7 = h/L, L = ${i.f.L})`;
var L = Q2.of(2);
var hArb = fc2.integer({ min: 1, max: 8 }).map((k) => new Q2(BigInt(k), 8n));
var NArb = fc2.integer({ min: 1, max: 12 });
var dtClassBound = {
  name: "GD on L-smooth convex functions, f(x_N) \u2212 f* \u2264 L R\xB2/(4Nh + 2)",
  instances: fc2.oneof(
    fc2.record({
      f: smoothConvexArb({ L, mu: Q2.ZERO, maxDim: 3 }),
      start: fc2.array(fc2.integer({ min: -6, max: 6 }), { minLength: 3, maxLength: 3 }),
      N: NArb,
      h: hArb
    }).map(({ f, start, N, h }) => ({ f, x0: f.xStar.map((c, i) => c.add(Q2.of(start[i]))), N, h })),
    // The extremal family (Theorem 3.2), at any R.
    fc2.record({ N: NArb, h: hArb, R: fc2.integer({ min: 1, max: 9 }) }).map(({ N, h, R: R2 }) => ({ ...huberTight({ L, N, h, R: Q2.of(R2) }), N, h }))
  ),
  families: [{
    name: "huber-tight",
    description: "Drori\u2013Teboulle Thm 3.2: Huber with \u03C4 = R/(2Nh + 1) from x0 = R, which attains the bound",
    *members() {
      for (let N = 1; N <= 64; N *= 2) yield { ...huberTight({ L, N, h: Q2.ONE, R: Q2.ONE }), N, h: Q2.ONE };
    }
  }],
  neighbours: (x, rng5) => {
    const k = rng5.int(0, x.x0.length - 1), d = new Q2(BigInt(rng5.pick([-1, 1])), 4n);
    const out = [{ ...x, x0: x.x0.map((v, i) => i === k ? v.add(d) : v) }];
    if (x.N > 1) out.push({ ...x, N: x.N - 1 });
    out.push({ ...x, N: x.N + 1 });
    const h2 = x.h.add(new Q2(BigInt(rng5.pick([-1, 1])), 8n));
    if (h2.sign() > 0 && h2.cmp(Q2.ONE) <= 0) out.push({ ...x, h: h2 });
    return out;
  },
  // The theorem's class, decided by checkClass from f itself: the step h/L and the bound use f.L.
  member: (x) => ({ f: x.f, L: x.f.L, convex: true }),
  size: (x) => ({ N: x.N, d: x.f.dim }),
  measure: (i) => {
    const { gap: gap5, R2 } = gdGap(i);
    return { measured: gap5, bound: dtBound(i.f.L, R2, i.N, i.h) };
  },
  relation: "le",
  show: showInstance
};

// properties/drori2014/gd-smooth-convex.ts
import { classes as classes2, rationals as rationals3 } from "gdcheck";
var { Q: Q3 } = rationals3;
var gd_smooth_convex_default = classes2.classBoundClaim({
  bound: dtClassBound,
  id: "drori2014/gd-smooth-convex",
  title: "GD on L-smooth convex functions: f(x_N) \u2212 f* \u2264 L\u2016x0 \u2212 x*\u2016\xB2/(4Nh + 2)",
  statement: "For every convex L-smooth f and step h/L with 0 < h \u2264 1, N steps of GD give f(x_N) \u2212 f* \u2264 L\u2016x0 \u2212 x*\u2016\xB2/(4Nh + 2) (Drori & Teboulle 2014, Theorem 3.1).",
  source: { arxiv: "1206.3209", where: "Theorem 3.1", catalogue: "user results (issue 12): tight GD bound" },
  provenance: "read",
  kind: "upper",
  expected: "holds",
  hypotheses: ({ f, h }) => f.mu.sign() >= 0 && h.sign() > 0 && h.cmp(Q3.ONE) <= 0 || "needs a convex f and 0 < h \u2264 1",
  weight: 0.6,
  mutants: [
    { id: "denominator-4N+4", description: "L R\xB2/(4Nh + 4): smaller than the attained value on Huber", measure: (i) => {
      const { gap: gap5, R2 } = gdGap(i);
      return { measured: gap5, bound: i.f.L.mul(R2).div(Q3.of(4 * i.N).mul(i.h).add(Q3.of(4))) };
    } },
    { id: "h-dropped", description: "L R\xB2/(4N + 2) whatever the step h", measure: (i) => {
      const { gap: gap5, R2 } = gdGap(i);
      return { measured: gap5, bound: dtBound(i.f.L, R2, i.N, Q3.ONE) };
    } }
  ]
});

// properties/drori2014/huber-tight.ts
var huber_tight_exports = {};
__export(huber_tight_exports, {
  default: () => huber_tight_default
});
import { casesClaim, classes as classes3, linalg as linalg3, methods as methods2, rationals as rationals4 } from "gdcheck";
var { huberTight: huberTight2, gap: gap2 } = classes3;
var { QA: QA2 } = linalg3;
var { gd: gd2, run: run2 } = methods2;
var { Q: Q4 } = rationals4;
var CASES = [];
for (const N of [1, 2, 5, 10, 50]) for (const h of [new Q4(1n, 4n), Q4.HALF, Q4.ONE]) for (const [L4, R2] of [[Q4.ONE, Q4.ONE], [Q4.of(3), new Q4(7n, 2n)]]) CASES.push({ L: L4, N, h, R: R2 });
function attained(c) {
  const { f, x0 } = huberTight2(c);
  const xs = run2(QA2, gd2(c.h.div(c.L)), f, x0, c.N).xs;
  const tau = c.R.div(Q4.of(2 * c.N).mul(c.h).add(Q4.ONE));
  const off = xs.findIndex((x) => x[0].cmp(tau) < 0);
  if (off >= 0 && off < c.N) throw new Error(`iterate ${off} left the linear piece (x = ${xs[off][0]}, \u03C4 = ${tau})`);
  return gap2(QA2, f, xs[c.N]);
}
var bound = (c, den) => c.L.mul(c.R).mul(c.R).div(den(c));
var huber_tight_default = casesClaim({
  id: "drori2014/huber-tight",
  title: "The Huber function attains L R\xB2/(4Nh + 2) exactly",
  statement: "GD with step h/L from x0 = R on the Huber function with \u03C4 = R/(2Nh + 1) ends with f(x_N) \u2212 f* = L R\xB2/(4Nh + 2) (Drori & Teboulle 2014, Theorem 3.2).",
  source: { arxiv: "1206.3209", where: "Theorem 3.2", catalogue: "user results (issue 12): Huber tight case" },
  provenance: "read",
  kind: "exact",
  expected: "holds",
  cases: CASES,
  measure: (c) => ({ measured: attained(c), claimed: bound(c, (c2) => Q4.of(4 * c2.N).mul(c2.h).add(Q4.of(2))) }),
  relation: "eq",
  tolerance: { abs: 0, reason: "exact rationals" },
  show: (c) => `L=${c.L} N=${c.N} h=${c.h} R=${c.R}`,
  exact: true,
  precision: "exact rationals",
  mutants: [
    { id: "value-4N+1", description: "claims the attained value L R\xB2/(4Nh + 1)", measure: (c) => ({ measured: attained(c), claimed: bound(c, (c2) => Q4.of(4 * c2.N).mul(c2.h).add(Q4.ONE)) }) },
    { id: "classical-2Nh", description: "claims the classical L R\xB2/(2Nh) is attained", measure: (c) => ({ measured: attained(c), claimed: bound(c, (c2) => Q4.of(2 * c2.N).mul(c2.h)) }) }
  ]
});

// properties/jakhmola2025/J-CE1-bottleneck.ts
var J_CE1_bottleneck_exports = {};
__export(J_CE1_bottleneck_exports, {
  default: () => J_CE1_bottleneck_default
});

// properties/jakhmola2025/_bottleneck.ts
import { dynamics, linalg as linalg5, models as models2 } from "gdcheck";

// properties/jakhmola2025/_instances.ts
import { decimals, linalg as linalg4, models, rationals as rationals5 } from "gdcheck";
var { decimalArith: decimalArith2, F64: F642, QA: QA3, symmetricEigenvalues } = linalg4;
var { precision } = decimals;
var { Q: Q5 } = rationals5;
var { gaussianData, initParams, paramCount, rng } = models.mlp;
function mlpInstance(net, n3, seed, init = { scale: "fanIn" }) {
  const r = rng(seed);
  const M = net.widths.at(-1);
  const data12 = gaussianData(n3, net.widths[0], M, r);
  const theta0 = initParams(net, r, init);
  return { net, data: data12, theta0, seed, n: n3, M, P: paramCount(net) };
}
function targetScatter(Y) {
  const n3 = Y.length, M = Y[0].length;
  const Yq = Y.map((r) => r.map((v) => Q5.fromNumber(v)));
  const mean2 = Array.from({ length: M }, (_, k) => Yq.reduce((s, r) => s.add(r[k]), Q5.ZERO).div(Q5.of(n3)));
  const S = Array.from({ length: M }, () => Array.from({ length: M }, () => Q5.ZERO));
  for (const r of Yq) for (let a = 0; a < M; a++) for (let b = 0; b < M; b++) S[a][b] = S[a][b].add(r[a].sub(mean2[a]).mul(r[b].sub(mean2[b])));
  return S;
}
function subspaceFloor(Y, w, digits = 50) {
  const S = targetScatter(Y);
  const D = decimalArith2(digits);
  const C = precision(digits);
  const e = symmetricEigenvalues(D, S.map((r) => r.map((q) => q.toDecimal(C))));
  const k = S.length - w;
  let v = D.of(0);
  for (let i = 0; i < k; i++) v = v.plus(e.values[i]);
  const f = symmetricEigenvalues(F642, S.map((r) => r.map((q) => q.toNumber()))).values.slice(0, k).reduce((a, b) => a + b, 0);
  return { value: v.div(2), lo: v.minus(k * e.bound).div(2), f64: f / 2 };
}
function meanFloor(y) {
  const S = targetScatter(y.map((v) => [v]));
  return S[0][0].mul(Q5.HALF);
}
function deadUnit(inst) {
  const N = inst.net.widths[0];
  const w = inst.theta0.slice(0, N).map((v) => Q5.fromNumber(v)), c = Q5.fromNumber(inst.theta0[N]);
  let maxPre = null;
  for (const x of inst.data.X) {
    const z = x.reduce((s, v, k) => s.add(QA3.mul(Q5.fromNumber(v), w[k])), c);
    if (maxPre === null || z.cmp(maxPre) > 0) maxPre = z;
  }
  return { dead: maxPre.sign() < 0, maxPre };
}

// properties/jakhmola2025/_bottleneck.ts
var { gdTrace } = dynamics;
var { decimalArith: decimalArith3, F64: F643, symmetricEigenvalues: symmetricEigenvalues2 } = linalg5;
var { dataIn, loss: loss2, ntkGram, showMlp } = models2.mlp;
var BOTTLENECK = { widths: [6, 8, 1, 3], act: { kind: "leaky", alpha: 0.1 } };
var cache2 = /* @__PURE__ */ new Map();
var numericalRank = (ev) => ev.filter((v) => v > 1e-9 * ev.at(-1)).length;
function ce1(ctx) {
  const key2 = `${ctx.seed}:${ctx.budget}`;
  const hit = cache2.get(key2);
  if (hit) return hit;
  const inst = mlpInstance(BOTTLENECK, 3, ctx.seed * 3 + 1);
  const floor = subspaceFloor(inst.data.Y, 1);
  const pf = inst.data.Y[0].map((_, k) => meanFloor(inst.data.Y.map((r) => r[k])).toNumber()).reduce((a, b) => a + b, 0);
  const trace = gdTrace(inst.net, inst.data, inst.theta0, { eta: 0, stepScale: 0.5, maxSteps: Math.round(3e3 * ctx.budget), every: 25, stopRel: 1e-12 });
  const D = decimalArith3(ctx.digits);
  const finalLossHp = loss2(D, inst.net, trace.theta.map((v) => D.of(v)), dataIn(D, inst.data)).toNumber();
  const rank = (th) => numericalRank(symmetricEigenvalues2(F643, ntkGram(F643, inst.net, th, inst.data.X)).values);
  const exactFloor = subspaceFloor([[1, 0, 0], [0, 1, 0], [0, 0, 1]], 1).value.toSignificantDigits(30).toString();
  const out = { inst, floor, pointFloor: pf, trace, finalLossHp, rank0: rank(inst.theta0), rankT: rank(trace.theta), exactFloor };
  cache2.set(key2, out);
  return out;
}
var describeCe1 = (c) => `${showMlp(c.inst.net)} (width-1 bottleneck), n=3, M=3, P=${c.inst.P} \u2265 nM=9, Gaussian data and init, seed ${c.inst.seed}; targets ${JSON.stringify(c.inst.data.Y)}`;

// properties/jakhmola2025/J-CE1-bottleneck.ts
import { defineClaim } from "gdcheck";
function details(ctx) {
  const c = ce1(ctx);
  return [
    `predicted floor \xBD\u03BB\u2082(S) = ${c.floor.value.toSignificantDigits(12)} (decimal, certified lower end ${c.floor.lo.toSignificantDigits(6)}; float64 ${c.floor.f64.toPrecision(12)})`,
    `GD (${c.trace.steps} steps, t = ${c.trace.points.at(-1).t.toFixed(1)}): L = ${c.finalLossHp.toPrecision(10)} (recomputed in decimal), ratio to the floor ${(c.finalLossHp / c.floor.value.toNumber()).toFixed(6)}`,
    `numerical rank of G = JJ\u1D40: ${c.rank0} at t = 0, ${c.rankT} at the end (nM = 9)`,
    `constant-predictor level \xBD\u03A3\u2016y_j \u2212 \u0233\u2016\xB2 = ${c.pointFloor.toPrecision(8)}`,
    `exact instance: targets e1, e2, e3 (any \u03B8, any data): floor = ${c.exactFloor} (= 1/2)`
  ];
}
function run3(ctx) {
  const c = ce1(ctx);
  const base = { instances: 1, seed: ctx.seed, precision: `floor by Jacobi in decimal.js (${50} digits) with error bound; GD in float64`, details: details(ctx) };
  if (!c.floor.lo.gt(0)) return { ...base, verdict: "inconclusive", reason: "the loss floor is not certified positive (targets nearly collinear)" };
  return {
    ...base,
    verdict: "refuted",
    reason: `L(\u03B8) \u2265 \xBD\u03BB\u2082(S) = ${c.floor.value.toSignificantDigits(8)} > 0 for every \u03B8, so L(\u03B8(t)) does not tend to 0 although P = ${c.inst.P} \u2265 nM = 9`,
    path: "0",
    // deterministic in the seed: replay re-runs the whole check
    counterexample: { instance: describeCe1(c), measured: `inf_t L(\u03B8(t)) \u2265 ${c.floor.lo.toSignificantDigits(12)}`, claimed: "lim L(\u03B8(t)) = 0", gap: c.floor.lo.toSignificantDigits(12).toString(), verifiedWith: "decimal.js Jacobi eigenvalues (50 digits) with Weyl error bound" }
  };
}
function pointFloorMutant(ctx) {
  const c = ce1(ctx);
  const base = { instances: 1, seed: ctx.seed, precision: "loss of the final GD iterate recomputed in decimal.js" };
  if (c.finalLossHp < c.pointFloor * (1 - 1e-9))
    return { ...base, verdict: "refuted", reason: `GD reaches L = ${c.finalLossHp.toPrecision(8)} < \xBD\u03A3\u2016y_j \u2212 \u0233\u2016\xB2 = ${c.pointFloor.toPrecision(8)} (loss recomputed in decimal at the float64 iterate)` };
  return { ...base, verdict: "inconclusive", reason: `GD stayed at L = ${c.finalLossHp} \u2265 the constant-predictor level` };
}
var J_CE1_bottleneck_default = defineClaim({
  id: "jakhmola2025/J-CE1",
  title: "J-THM1 as summarised fails for a width-1 bottleneck (loss floor > 0 with P \u2265 nM)",
  statement: "J-THM1 as the secondary sources state it (P \u2265 nM, absolutely continuous data and init \u21D2 L(\u03B8(t)) \u2192 0 exponentially), tested on f(x) = v\xB7\u03C3(s(x)) + b with M = n = 3: every output lies on a line, so L \u2265 \xBD\u03BB\u2082(S) > 0.",
  source: { arxiv: "2509.23887", version: "v1", where: "Theorem 3.1 (as summarised)", catalogue: "J-CE1 (our construction) against J-THM1 [READ-AI]" },
  provenance: "secondary",
  kind: "limit",
  expected: "refuted",
  run: run3,
  mutants: [{ id: "point-floor", description: "floor \xBD\u03A3\u2016y_j \u2212 \u0233\u2016\xB2 (the bottleneck no better than a constant: a wrong law)", run: pointFloorMutant }]
});

// properties/jakhmola2025/J-CE2-dead-relu.ts
var J_CE2_dead_relu_exports = {};
__export(J_CE2_dead_relu_exports, {
  default: () => J_CE2_dead_relu_default
});
import { defineClaim as defineClaim2, dynamics as dynamics2, linalg as linalg6, models as models3, rationals as rationals6 } from "gdcheck";
var { gradientDescent } = dynamics2;
var { F64: F644, QA: QA4 } = linalg6;
var { dataIn: dataIn2, loss: loss3, showMlp: showMlp2 } = models3.mlp;
var { Q: Q6 } = rationals6;
var NET = { widths: [10, 1, 1], act: { kind: "relu" } };
var N_DATA = 5;
var cache3 = /* @__PURE__ */ new Map();
function ce2(ctx) {
  const key2 = `${ctx.seed}:${ctx.budget}`;
  if (cache3.has(key2)) return cache3.get(key2);
  const draws = Math.round(4e3 * ctx.budget);
  let dead = 0, found, tried = 0;
  for (let i = 0; i < draws; i++) {
    const inst = mlpInstance(NET, N_DATA, ctx.seed * 4099 + i, { scale: "standard" });
    const th = inst.theta0;
    const deadF = inst.data.X.every((x) => x.reduce((s, v, k) => s + v * th[k], th[10]) < 0);
    if (deadF) {
      dead++;
      if (!found && deadUnit(inst).dead) {
        found = inst;
        tried = i + 1;
      }
    }
  }
  if (!found) {
    cache3.set(key2, null);
    return null;
  }
  const D = dataIn2(QA4, found.data);
  const L0 = loss3(QA4, found.net, found.theta0.map((v) => Q6.fromNumber(v)), D);
  const gd7 = gradientDescent(F644, found.net, found.data, found.theta0, 0.1, 200);
  const LT = loss3(QA4, found.net, gd7.theta.map((v) => Q6.fromNumber(v)), D);
  const out = { inst: found, maxPre: deadUnit(found).maxPre, floor: meanFloor(found.data.Y.map((r) => r[0])), L0, LT, steps: gd7.steps, dead, draws, tried };
  cache3.set(key2, out);
  return out;
}
var show = (q, digits = 10) => q.toDecimal().toSignificantDigits(digits).toString();
function run4(ctx) {
  const c = ce2(ctx);
  if (!c) return { verdict: "inconclusive", reason: "no dead initialisation among the budget's draws", instances: 0, precision: "exact rationals" };
  const p = c.dead / c.draws, se = Math.sqrt(p * (1 - p) / c.draws);
  const theta = c.inst.theta0;
  const details2 = [
    `P(dead unit at init) \u2248 ${p.toFixed(4)} \xB1 ${(1.96 * se).toFixed(4)} (${c.dead} of ${c.draws} draws of data and init; the catalogue's \u2248 0.081 was for one fixed dataset)`,
    `first dead init at draw ${c.tried}: max_j (w\u1D40x_j + c) = ${show(c.maxPre)} < 0 (exact)`,
    `predicted floor \xBD\u03A3(y_j \u2212 \u0233)\xB2 = ${show(c.floor, 14)} (exact rational); L(0) = ${show(c.L0)}; GD ${c.steps} steps: L = ${show(c.LT, 14)} (exact at the iterate)`,
    `exact instance: w = [${theta.slice(0, 10).join(", ")}], c = ${theta[10]}, v = ${theta[11]}, b = ${theta[12]}; y = [${c.inst.data.Y.map((r) => r[0]).join(", ")}] (float64 values, exact as dyadics)`
  ];
  const base = { instances: c.draws, seed: ctx.seed, precision: "exact rationals (dead-unit test, floor, loss); GD in float64", details: details2 };
  if (c.floor.sign() <= 0) return { ...base, verdict: "inconclusive", reason: "targets all equal: floor 0" };
  return {
    ...base,
    verdict: "refuted",
    reason: `a dead ReLU unit at init (an open set of inits, estimated probability ${p.toFixed(3)}) freezes w, c, v: L(t) \u2265 \xBD\u03A3(y_j \u2212 \u0233)\xB2 = ${show(c.floor, 8)} > 0 for all t`,
    path: "0",
    // deterministic in the seed: replay re-runs the whole check
    counterexample: { instance: `${showMlp2(NET)}, n=5, M=1, P=13 \u2265 nM=5, standard Gaussian data and init, seed ${c.inst.seed}`, measured: `inf_t L(\u03B8(t)) \u2265 ${show(c.floor, 14)}`, claimed: "lim L(\u03B8(t)) = 0 almost surely", gap: show(c.floor, 14), verifiedWith: "exact rationals" }
  };
}
function frozenMutant(ctx) {
  const c = ce2(ctx);
  if (!c) return { verdict: "inconclusive", reason: "no dead initialisation found", instances: 0, precision: "exact rationals" };
  const base = { instances: 1, seed: ctx.seed, precision: "exact rationals at the GD iterate" };
  if (c.LT.cmp(c.L0) < 0) return { ...base, verdict: "refuted", reason: `the output bias still trains: L = ${show(c.LT)} < L(0) = ${show(c.L0)} (exact)` };
  return { ...base, verdict: "inconclusive", reason: "GD did not lower the loss" };
}
var J_CE2_dead_relu_default = defineClaim2({
  id: "jakhmola2025/J-CE2",
  title: "J-THM1 as summarised fails for ReLU with positive probability (dead unit)",
  statement: "The ReLU case of J-THM1 as the secondary sources state it (L(\u03B8(t)) \u2192 0 almost surely for P \u2265 nM, Gaussian data and init), tested on f(x) = v\xB7ReLU(w\u1D40x + c) + b, N = 10, n = 5: a dead unit at init freezes w, c, v and L(t) \u2265 \xBD\u03A3(y_j \u2212 \u0233)\xB2 > 0.",
  source: { arxiv: "2509.23887", version: "v1", where: "Theorem 3.1, ReLU extension (as summarised)", catalogue: "J-CE2 (our construction) against J-THM1/J-COR-RELU [READ-AI]" },
  provenance: "secondary",
  kind: "limit",
  expected: "refuted",
  run: run4,
  mutants: [{ id: "frozen", description: "in the dead event nothing trains, L(t) = L(0) (a wrong law)", run: frozenMutant }]
});

// properties/jakhmola2025/J-CLAIM-EMP-gd-rate.ts
var J_CLAIM_EMP_gd_rate_exports = {};
__export(J_CLAIM_EMP_gd_rate_exports, {
  default: () => J_CLAIM_EMP_gd_rate_default
});
import { defineClaim as defineClaim3, dynamics as dynamics3, linalg as linalg7, models as models4 } from "gdcheck";
var { gradientDescent: gradientDescent2 } = dynamics3;
var { decimalArith: decimalArith4, F64: F645, symmetricEigenvalues: symmetricEigenvalues3 } = linalg7;
var { dataIn: dataIn3, ntkGram: ntkGram2, showMlp: showMlp3 } = models4.mlp;
var NETS = [
  { widths: [3, 6, 1], act: { kind: "poly", c: 0.1 } },
  { widths: [3, 8, 1], act: { kind: "poly", c: 0.2 } },
  { widths: [3, 6, 1], act: { kind: "leaky", alpha: 0.1 } }
];
var N_DATA2 = 5;
var SCALES = [0.05, 0.2, 0.5, 1];
var WINDOW = 100;
var BAND = 1.5;
var STABLE = 1.5;
var cache4 = /* @__PURE__ */ new Map();
var eig = (inst, th) => symmetricEigenvalues3(F645, ntkGram2(F645, inst.net, th, inst.data.X)).values;
function rows(ctx) {
  const key2 = `${ctx.seed}:${ctx.budget}`;
  const hit = cache4.get(key2);
  if (hit) return hit;
  const out = [];
  NETS.forEach((net, a) => {
    const inst = mlpInstance(net, N_DATA2, ctx.seed * 59 + a);
    const ev0 = eig(inst, inst.theta0);
    for (const scale of SCALES) {
      const eta3 = scale / ev0.at(-1);
      const hist = [];
      let L0 = 0, lamMinRun = Infinity;
      const steps = Math.round(3e3 * ctx.budget * Math.max(1, 0.2 / scale));
      const res = gradientDescent2(F645, inst.net, inst.data, inst.theta0, eta3, steps, (k, th, L4) => {
        if (k === 0) L0 = L4;
        hist.push({ th: th.slice(), L: L4 });
        if (hist.length > 2 * WINDOW + 1) hist.shift();
        if (k % 50 === 0) lamMinRun = Math.min(lamMinRun, eig(inst, th)[0]);
        return L4 > 1e-12 * L0 && Number.isFinite(L4);
      });
      const w = Math.min(WINDOW, Math.floor((hist.length - 1) / 2));
      const first = hist[hist.length - 1 - w], last = hist.at(-1), before = hist[hist.length - 1 - 2 * w];
      if (!Number.isFinite(last.L) || last.th.some((v) => !Number.isFinite(v))) {
        out.push({ diverged: true, inst, scale, eta: eta3, slope: NaN, prevSlope: NaN, lamPrev: NaN, lam0: ev0[0], lamMinRun, lamWin: NaN, lamMaxWin: Infinity, start: first.th, steps: res.steps });
        continue;
      }
      const evA = eig(inst, first.th), evB = eig(inst, last.th), evP = eig(inst, before.th);
      out.push({
        inst,
        scale,
        eta: eta3,
        slope: (Math.log(last.L) - Math.log(first.L)) / (eta3 * w),
        prevSlope: (Math.log(first.L) - Math.log(before.L)) / (eta3 * w),
        lamPrev: (evP[0] + evA[0]) / 2,
        lam0: ev0[0],
        lamMinRun: Math.min(lamMinRun, evB[0]),
        lamWin: (evA[0] + evB[0]) / 2,
        lamMaxWin: (evA.at(-1) + evB.at(-1)) / 2,
        start: first.th,
        steps: res.steps
      });
    }
  });
  cache4.set(key2, out);
  return out;
}
function replay(r, useMax, digits) {
  const D = decimalArith4(digits);
  const data12 = dataIn3(D, r.inst.data);
  const th0 = r.start.map((v) => D.of(v));
  let La = D.of(0), Lb = D.of(0), thB = th0;
  gradientDescent2(D, r.inst.net, data12, th0, r.eta, WINDOW + 1, (k, th, L4) => {
    if (k === 0) La = L4;
    if (k === WINDOW) {
      Lb = L4;
      thB = th;
    }
  });
  const lam = (th) => {
    const v = symmetricEigenvalues3(D, ntkGram2(D, r.inst.net, th, data12.X)).values;
    return (useMax ? v.at(-1) : v[0]).toNumber();
  };
  return { slope: Lb.ln().minus(La.ln()).toNumber() / (r.eta * WINDOW), lam: (lam(th0) + lam(thB)) / 2 };
}
function decide(ctx, factor2, useMax) {
  const rs = rows(ctx);
  const details2 = ["net                        \u03B7\u03BB_max(G0)  \u03B7\u03BB_max(win)  steps  slope s   2\u03BB_min(G0)  2\xB7min \u03BB_min  2\u03BB_window  ratio \u2212s/(2\u03BB_window)"];
  for (const r of rs) details2.push(`${showMlp3(r.inst.net).padEnd(26)} ${String(r.scale).padEnd(11)} ${(r.eta * r.lamMaxWin).toFixed(3).padEnd(12)} ${String(r.steps).padEnd(6)} ${r.slope.toFixed(4).padEnd(9)} ${(2 * r.lam0).toFixed(4).padEnd(11)} ${(2 * r.lamMinRun).toFixed(4).padEnd(12)} ${(2 * r.lamWin).toFixed(4).padEnd(10)} ${(-r.slope / (2 * r.lamWin)).toFixed(3)}`);
  const smooth = (r) => r.inst.net.act.kind === "poly";
  const drift2 = (r) => Math.abs(r.slope / r.lamWin / (r.prevSlope / r.lamPrev) - 1);
  const settled = (r) => drift2(r) <= 0.05;
  for (const r of rs) if (r.diverged) details2.push(`out of scope: ${showMlp3(r.inst.net)} at \u03B7\u03BB_max(G0) = ${r.scale} diverged after ${r.steps} steps (the step stopped being stable)`);
  const live = rs.filter((r) => !r.diverged);
  const inScope = live.filter((r) => smooth(r) && settled(r) && r.eta * r.lamMaxWin <= STABLE);
  for (const r of live) if (smooth(r) && !settled(r)) details2.push(`not yet in the late regime, not counted: ${showMlp3(r.inst.net)} at \u03B7\u03BB_max(G0) = ${r.scale}: slope/\u03BB_min changed ${(100 * drift2(r)).toFixed(1)}% over the last window (${r.steps} steps)`);
  for (const r of live) if (!smooth(r)) details2.push(`observation (non-smooth activation, not counted): ${showMlp3(r.inst.net)} at \u03B7\u03BB_max(G0) = ${r.scale}: ratio ${(-r.slope / (factor2 * (useMax ? r.lamMaxWin : r.lamWin))).toFixed(3)}`);
  for (const r of live) if (smooth(r) && r.eta * r.lamMaxWin > STABLE) details2.push(`out of scope: ${showMlp3(r.inst.net)} at \u03B7\u03BB_max(G0) = ${r.scale} sharpened to \u03B7\u03BB_max = ${(r.eta * r.lamMaxWin).toFixed(3)} (edge of stability); ratio ${(-r.slope / (factor2 * (useMax ? r.lamMaxWin : r.lamWin))).toFixed(3)} not counted`);
  const base = { instances: inScope.length, skipped: rs.length - inScope.length, seed: ctx.seed, precision: "GD in float64; violations replayed in decimal.js (30 digits)", details: details2 };
  let worst2 = 0;
  if (inScope.length < 2) return { ...base, verdict: "inconclusive", reason: `only ${inScope.length} run(s) settled in the stable regime (need 2)` };
  for (const r of inScope) {
    if (!Number.isFinite(r.slope)) return { ...base, verdict: "inconclusive", reason: `non-finite loss at \u03B7\u03BB_max = ${r.scale}` };
    const pred = factor2 * (useMax ? r.lamMaxWin : r.lamWin);
    const ratio = -r.slope / pred;
    worst2 = Math.max(worst2, Math.abs(Math.log(ratio)));
    if (ratio > BAND || ratio < 1 / BAND) {
      const hp = replay(r, useMax, 30);
      const hpRatio = -hp.slope / (factor2 * hp.lam);
      if (hpRatio > BAND || hpRatio < 1 / BAND) return {
        ...base,
        verdict: "refuted",
        reason: `${showMlp3(r.inst.net)}, \u03B7\u03BB_max(G0) = ${r.scale}: measured slope ${hp.slope.toFixed(5)} vs predicted \u2212${factor2}\u03BB = ${(-factor2 * hp.lam).toFixed(5)} (ratio ${hpRatio.toFixed(3)} outside [1/${BAND}, ${BAND}], replayed in decimal)`,
        path: "0",
        // deterministic in the seed: replay re-runs the whole check
        counterexample: { instance: `${showMlp3(r.inst.net)}, n=${N_DATA2}, seed ${r.inst.seed}, \u03B7 = ${r.eta}, window of ${WINDOW} steps ending at step ${r.steps}`, measured: hp.slope.toPrecision(8), claimed: (-factor2 * hp.lam).toPrecision(8), gap: Math.abs(hp.slope + factor2 * hp.lam).toPrecision(6), verifiedWith: "decimal.js replay of the window (30 digits)" }
      };
      return { ...base, verdict: "inconclusive", reason: `float64 ratio ${ratio} out of band not confirmed in decimal` };
    }
  }
  return { ...base, verdict: "holds", reason: `late slope within a factor ${BAND} of \u22122\u03BB_min(G) (window) at every step size in the stable regime, ${inScope.length} runs (worst factor ${Math.exp(worst2).toFixed(3)})`, worstSlack: 1 - (Math.exp(worst2) - 1) / (BAND - 1) };
}
var J_CLAIM_EMP_gd_rate_default = defineClaim3({
  id: "jakhmola2025/J-CLAIM-EMP",
  title: "GD at practical steps decays at the flow's predicted rate \u22122\u03BB_min(G)",
  statement: `Reconstruction standing in for the abstract's "excellent empirical agreement" (not the paper's experiment): for a smooth activation and GD in the stable regime (\u03B7\xB7\u03BB_max(G) \u2264 1.5), the late slope of log L per unit time is within a factor 1.5 of \u22122\u03BB_min(G) on the measurement window. Leaky-ReLU runs are reported, not counted.`,
  source: { arxiv: "2509.23887", version: "v1", where: "abstract", catalogue: "J-CLAIM-EMP [READ] + section 4 predicted rate [INFERRED]" },
  provenance: "reconstructed",
  kind: "rate",
  expected: "holds",
  run: (ctx) => decide(ctx, 2, false),
  mutants: [
    { id: "lambda-max", description: "predicted rate \u22122\u03BB_max(G) (the wrong eigenvalue)", run: (ctx) => decide(ctx, 2, true) },
    { id: "no-factor-2", description: "predicted rate \u2212\u03BB_min(G) (the factor 2 dropped)", run: (ctx) => decide(ctx, 1, false) }
  ]
});

// properties/jakhmola2025/J-LEM-ODE-bound.ts
var J_LEM_ODE_bound_exports = {};
__export(J_LEM_ODE_bound_exports, {
  default: () => J_LEM_ODE_bound_default
});

// properties/jakhmola2025/_flow.ts
import { dynamics as dynamics4, linalg as linalg8, models as models5 } from "gdcheck";
var { gradientFlow } = dynamics4;
var { F64: F646, decimalArith: decimalArith5 } = linalg8;
var { dataIn: dataIn4, showMlp: showMlp4 } = models5.mlp;
var NETS2 = [
  { widths: [2, 3, 1], act: { kind: "poly", c: 0.1 } },
  { widths: [2, 4, 2], act: { kind: "poly", c: 0.2 } },
  { widths: [3, 4, 2], act: { kind: "poly", c: 0.1 } },
  { widths: [2, 3, 3, 1], act: { kind: "poly", c: 0.1 } }
];
var N_DATA3 = 3;
var F64_TOL = { rtol: 1e-9, atol: 1e-11 };
var HP_TOL = { rtol: 1e-13, atol: 1e-15 };
var HP_DIGITS = 30;
var STOP = 1e-9;
var T1 = 40;
var SAFETY = 10;
var cache5 = /* @__PURE__ */ new Map();
function instances2(ctx) {
  const seeds = Math.max(1, Math.round(ctx.budget));
  return NETS2.flatMap((net, a) => Array.from({ length: seeds }, (_, s) => mlpInstance(net, N_DATA3, ctx.seed * 101 + a * 13 + s)));
}
function flows(ctx) {
  const key2 = `${ctx.seed}:${ctx.budget}`;
  let hit = cache5.get(key2);
  if (!hit) {
    hit = instances2(ctx).map((inst) => ({ inst, A: F646, flow: gradientFlow(F646, inst.net, inst.data, inst.theta0, { t1: T1, ...F64_TOL, augment: true, stopBelow: STOP }) }));
    cache5.set(key2, hit);
  }
  return hit;
}
function hpFlow(inst, t1) {
  const D = decimalArith5(HP_DIGITS);
  return { inst, A: D, flow: gradientFlow(D, inst.net, dataIn4(D, inst.data), inst.theta0.map((v) => D.of(v)), { t1, ...HP_TOL, augment: true, hMax: t1 / 4 }) };
}
var describe = (inst) => `${showMlp4(inst.net)}, n=${inst.n}, P=${inst.P}, data/init seed ${inst.seed}`;
function decideAlong(ctx, check, what) {
  const runs3 = flows(ctx);
  const details2 = [];
  let worst2 = 0;
  for (const run12 of runs3) {
    const f = run12.flow;
    if (f.run.status === "nonFinite" || f.run.status === "maxSteps" || f.run.status === "stepTooSmall")
      return { verdict: "inconclusive", reason: `integration ended with '${f.run.status}' on ${describe(run12.inst)}`, instances: 0, precision: "float64 DP5(4)" };
    const p0 = f.points[0];
    let ratio = 0, top = -Infinity, topTol = 0;
    for (const p of f.points) {
      const { value, tol } = check(run12, p, p0);
      if (p !== p0 && value > top) {
        top = value;
        topTol = tol;
      }
      if (!Number.isFinite(value)) return { verdict: "inconclusive", reason: `non-finite ${what} at t=${p.t} on ${describe(run12.inst)}`, instances: 0, precision: "float64 DP5(4)" };
      ratio = Math.max(ratio, value / tol);
      if (value > tol) return reverify(ctx, run12, p.t, check, what, details2);
    }
    worst2 = Math.max(worst2, ratio);
    const last = f.points.at(-1);
    details2.push(`${describe(run12.inst)}: t \u2264 ${last.t.toFixed(2)}, L ${p0.loss.toExponential(2)} \u2192 ${last.loss.toExponential(2)}, ${f.run.steps} steps, error estimate ${f.run.errorSum.toExponential(1)}, max over t > 0 of ${what} = ${top.toExponential(2)} (tolerance there ${topTol.toExponential(1)})`);
  }
  return {
    verdict: "holds",
    reason: `${what} within the integrator's error on ${runs3.length} flows (largest value/tolerance ${worst2.toExponential(1)})`,
    instances: runs3.length,
    worstSlack: 1 - worst2,
    precision: `float64 DP5(4), rtol ${F64_TOL.rtol}; violations re-integrated in decimal (${HP_DIGITS} digits, rtol ${HP_TOL.rtol})`,
    seed: ctx.seed,
    details: details2
  };
}
function reverify(ctx, run12, t, check, what, details2) {
  const hp = hpFlow(run12.inst, t);
  const p0 = hp.flow.points[0], p = hp.flow.points.at(-1);
  const { value, tol } = check(hp, p, p0);
  const base = { instances: 1, seed: ctx.seed, precision: `float64 DP5(4); re-integrated in decimal (${HP_DIGITS} digits, rtol ${HP_TOL.rtol}, ${hp.flow.run.steps} steps)`, details: details2 };
  if (hp.flow.run.status !== "done" || !(value > tol)) return { ...base, verdict: "inconclusive", reason: `float64 flow violates ${what} at t=${t}, not confirmed in decimal (value ${value}, tolerance ${tol})` };
  return {
    ...base,
    verdict: "refuted",
    reason: `${what} violated at t=${p.t}: ${value.toExponential(4)} > tolerance ${tol.toExponential(2)} (re-verified in decimal)`,
    path: "0",
    // deterministic in the seed: replay re-runs the whole check
    counterexample: { instance: `${describe(run12.inst)}; \u03B80 and data from the seed (gdcheck's sfc32 + Box-Muller)`, measured: value.toExponential(6), claimed: `\u2264 ${tol.toExponential(2)}`, gap: (value - tol).toExponential(4), verifiedWith: `Dormand-Prince in decimal.js (${HP_DIGITS} digits), error estimate ${hp.flow.run.errorSum.toExponential(1)}` }
  };
}

// properties/jakhmola2025/J-LEM-ODE-bound.ts
import { defineClaim as defineClaim4 } from "gdcheck";
var bound2 = (useMax) => (run12, p, p0) => {
  const A = run12.A, E = run12.flow.run.errorSum;
  const L4 = A.toNumber(p.loss);
  const q = A.toNumber(useMax ? p.q3 : p.q2);
  const value = Math.log(L4) - Math.log(A.toNumber(p0.loss)) + 2 * q;
  return { value, tol: SAFETY * (p.gradL1 * E / L4 + 2 * E) + 1e-12 };
};
var J_LEM_ODE_bound_default = defineClaim4({
  id: "jakhmola2025/J-LEM-ODE-bound",
  title: "L(t) \u2264 L(0)\xB7exp(\u22122\u222B\u03BB_min(G)) along gradient flow",
  statement: "Along gradient flow, L(t) \u2264 L(0) exp(\u22122 \u222B\u2080\u1D57 \u03BB_min(G(s)) ds), G = JJ\u1D40; checked within the integrator's error.",
  source: { arxiv: "2509.23887", version: "v1", where: "proof of Theorem 3.1", catalogue: "J-LEM-ODE [READ-AI] + [INFERRED]" },
  provenance: "secondary",
  kind: "upper",
  expected: "holds",
  run: (ctx) => decideAlong(ctx, bound2(false), "log L(t) \u2212 log L(0) + 2\u222B\u03BB_min"),
  mutants: [{ id: "lambda-max", description: "\u03BB_max(G) in place of \u03BB_min(G) (the wrong eigenvalue)", run: (ctx) => decideAlong(ctx, bound2(true), "log L(t) \u2212 log L(0) + 2\u222B\u03BB_max") }]
});

// properties/jakhmola2025/J-LEM-ODE-identity.ts
var J_LEM_ODE_identity_exports = {};
__export(J_LEM_ODE_identity_exports, {
  default: () => J_LEM_ODE_identity_default
});
import { defineClaim as defineClaim5 } from "gdcheck";
var identity = (c) => (run12, p, p0) => {
  const A = run12.A;
  const value = Math.abs(A.toNumber(A.add(A.sub(p.loss, p0.loss), A.mul(A.of(c), p.q1))));
  const gmax = Math.max(...run12.flow.points.map((q) => q.gradL1));
  return { value, tol: SAFETY * (1 + gmax) * run12.flow.run.errorSum + 64 * A.unit * A.toNumber(p0.loss) };
};
var J_LEM_ODE_identity_default = defineClaim5({
  id: "jakhmola2025/J-LEM-ODE",
  title: "dL/dt = \u2212r\u1D40Gr along gradient flow",
  statement: "Along gradient flow of L = \xBD\u03A3\u2016f(X_j;\u03B8) \u2212 y_j\u2016\xB2, dL/dt = \u2212(F \u2212 y)\u1D40 G (F \u2212 y) with G = JJ\u1D40 the NTK Gram; checked as L(t) \u2212 L(0) + \u222B\u2080\u1D57 r\u1D40Gr = 0 within the integrator's error.",
  source: { arxiv: "2509.23887", version: "v1", where: "output dynamics (proof of Theorem 3.1)", catalogue: "J-LEM-ODE [READ-AI] + [INFERRED]" },
  provenance: "secondary",
  kind: "identity",
  expected: "holds",
  run: (ctx) => decideAlong(ctx, identity(1), "|L(t) \u2212 L(0) + \u222Br\u1D40Gr|"),
  mutants: [{ id: "factor-2", description: "dL/dt = \u22122 r\u1D40Gr (a wrong constant)", run: (ctx) => decideAlong(ctx, identity(2), "|L(t) \u2212 L(0) + 2\u222Br\u1D40Gr|") }]
});

// properties/jakhmola2025/J-THM1-sweep.ts
var J_THM1_sweep_exports = {};
__export(J_THM1_sweep_exports, {
  default: () => J_THM1_sweep_default
});
import { defineClaim as defineClaim6, dynamics as dynamics6, linalg as linalg10, models as models7 } from "gdcheck";

// properties/jakhmola2025/_sweep.ts
import { dynamics as dynamics5, linalg as linalg9, models as models6 } from "gdcheck";
var { F64: F647, decimalArith: decimalArith6, solve, lambdaMinChecked } = linalg9;
var { gdTrace: gdTrace2 } = dynamics5;
var { ntkGram: ntkGram3, showMlp: showMlp5 } = models6.mlp;
var SWEEP_ARCHS = [
  { widths: [2, 3, 1], n: 3 },
  { widths: [2, 2, 1], n: 4 },
  { widths: [3, 2, 2], n: 4 },
  { widths: [2, 4, 2], n: 3 },
  { widths: [2, 3, 3, 2], n: 3 },
  { widths: [3, 8, 2], n: 3 }
];
var SWEEP_ACTS = [
  { kind: "leaky", alpha: 0.01 },
  { kind: "leaky", alpha: 0.1 },
  { kind: "leaky", alpha: 0.5 },
  { kind: "poly", c: 0.1 }
];
function sweepRun(inst, maxSteps) {
  const G0 = ntkGram3(F647, inst.net, inst.theta0, inst.data.X);
  const lam = lambdaMinChecked(G0, 30);
  if (!(lam.hp.toNumber() > 10 * lam.bound)) return { inst, cls: "excluded", lam0: lam.f64, note: `\u03BB_min(G(\u03B80)) = ${lam.hp.toSignificantDigits(3)} not certified > 0` };
  const trace = gdTrace2(inst.net, inst.data, inst.theta0, { eta: 0, stepScale: 0.5, maxSteps, every: 25, stopRel: 1e-10 });
  if (!trace.finite) return { inst, cls: "nonFinite", lam0: lam.f64, trace };
  const pts = trace.points;
  const rate = pts.length >= 2 ? -(pts.at(-1).logL - pts[0].logL) / (pts.at(-1).t - pts[0].t) : void 0;
  if (trace.converged) return { inst, cls: "converged", lam0: lam.f64, trace, rate };
  const fit = trace.lateFit;
  return { inst, cls: fit && fit.slopeCI[1] < 0 ? "decaying" : "stalled", lam0: lam.f64, trace, rate };
}
var describeRun = (r) => `${showMlp5(r.inst.net)} n=${r.inst.n} P/(nM)=${(r.inst.P / (r.inst.n * r.inst.M)).toFixed(2)} seed ${r.inst.seed}`;
function sweepInstances(seed, seeds) {
  const out = [];
  SWEEP_ARCHS.forEach((a, i) => SWEEP_ACTS.forEach((act, j) => {
    for (let s = 0; s < seeds; s++) out.push(mlpInstance({ widths: a.widths, act }, a.n, seed * 7919 + i * 97 + j * 13 + s));
  }));
  return out;
}
function affineCollapse(r, digits = 40) {
  const { net, data: data12 } = r.inst;
  if (!r.trace || net.widths.length !== 3) return { collapsed: false, why: "not a one-hidden-layer run" };
  const [N, h] = [net.widths[0], net.widths[1]];
  const th = r.trace.theta;
  for (let i = 0; i < h; i++) {
    const signs = data12.X.map((x) => Math.sign(x.reduce((s, v, k) => s + v * th[i * N + k], th[h * N + i])));
    if (!signs.every((s) => s === signs[0] && s !== 0)) return { collapsed: false, why: `unit ${i} changes sign on the data` };
  }
  const D = decimalArith6(digits);
  const Xt = data12.X.map((x) => [...x, 1].map((v) => D.of(v)));
  const A = Xt[0].map((_, a) => Xt[0].map((__, b) => Xt.reduce((s, row) => s.plus(row[a].times(row[b])), D.of(0))));
  let lAff = D.of(0);
  for (let k = 0; k < net.widths.at(-1); k++) {
    const y = data12.Y.map((row) => D.of(row[k]));
    const rhs = Xt[0].map((_, a) => Xt.reduce((s, row, j) => s.plus(row[a].times(y[j])), D.of(0)));
    const beta2 = solve(D, A, rhs);
    Xt.forEach((row, j) => {
      const res = row.reduce((s, v, a) => s.plus(v.times(beta2[a])), D.of(0)).minus(y[j]);
      lAff = lAff.plus(res.times(res));
    });
  }
  return { collapsed: true, lAff: lAff.div(2).toNumber(), lT: r.trace.LT };
}

// properties/jakhmola2025/J-THM1-sweep.ts
var { gradientDescent: gradientDescent3 } = dynamics6;
var { decimalArith: decimalArith7, symmetricEigenvalues: symmetricEigenvalues4, F64: F648 } = linalg10;
var { dataIn: dataIn5, ntkGram: ntkGram4, showAct } = models7.mlp;
var cache6 = /* @__PURE__ */ new Map();
var OPEN_CASE = mlpInstance({ widths: [2, 2, 1], act: { kind: "leaky", alpha: 0.5 } }, 4, 160447825241);
function sweep(ctx) {
  const key2 = `${ctx.seed}:${ctx.budget}`;
  let hit = cache6.get(key2);
  if (!hit) {
    const seeds = Math.max(1, Math.round(ctx.budget));
    const drawn = sweepInstances(ctx.seed, seeds);
    const all = drawn.some((i) => i.seed === OPEN_CASE.seed) ? drawn : [...drawn, OPEN_CASE];
    hit = all.map((inst) => {
      ctx.progress?.(`J-THM1 ${describeRun({ inst })}`);
      return sweepRun(inst, Math.round(4e3 * Math.max(1, ctx.budget)));
    });
    cache6.set(key2, hit);
  }
  return hit;
}
var median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
function table(runs3) {
  const lines = ["activation           counted  converged  decaying  stalled  excluded(J-ASM4*)  median rate \u2212\u0394log L/\u0394t  median 2\xB7min \u03BB_min(G)"];
  for (const act of SWEEP_ACTS) {
    const rs = runs3.filter((r) => showAct(r.inst.net.act) === showAct(act));
    const counted = rs.filter((r) => r.cls !== "excluded");
    const n3 = (c) => rs.filter((r) => r.cls === c).length;
    const rates16 = counted.filter((r) => r.rate !== void 0).map((r) => r.rate);
    const lam = counted.filter((r) => r.trace).map((r) => 2 * Math.min(...r.trace.points.map((p) => p.lamMin)));
    lines.push(`${showAct(act).padEnd(20)} ${String(counted.length).padEnd(8)} ${String(n3("converged")).padEnd(10)} ${String(n3("decaying")).padEnd(9)} ${String(n3("stalled")).padEnd(8)} ${String(n3("excluded")).padEnd(18)} ${median(rates16).toPrecision(3).padEnd(24)} ${median(lam).toPrecision(3)}`);
  }
  return lines;
}
function run5(ctx) {
  const runs3 = sweep(ctx);
  const counted = runs3.filter((r) => r.cls !== "excluded");
  const conv = counted.filter((r) => r.cls === "converged").length;
  const diagnoses = counted.filter((x) => x.cls === "stalled").map((r) => {
    const a = affineCollapse(r);
    return a.collapsed ? `stalled run diagnosed: every hidden unit one-sided on the data at \u03B8_T (network affine there, G singular); L_T = ${a.lT.toPrecision(10)} = affine least-squares residual ${a.lAff.toPrecision(10)} (decimal): a candidate counterexample, not certified (the flow might leave that region)` : `stalled run: ${a.why}`;
  });
  const details2 = [
    `${runs3.length} runs over ${SWEEP_ARCHS.length} architectures; converged fraction ${conv}/${counted.length}`,
    ...table(runs3),
    ...diagnoses,
    ...runs3.filter((r) => r.cls !== "converged").map((r) => `${r.cls}: ${describeRun(r)}${r.note ? ` (${r.note})` : r.trace ? `: L/L0 = ${(r.trace.LT / r.trace.L0).toExponential(1)} after t = ${r.trace.points.at(-1).t.toFixed(0)}, min \u03BB_min(G) = ${Math.min(...r.trace.points.map((p) => p.lamMin)).toExponential(1)}` : ""}`)
  ];
  const base = { instances: counted.length, skipped: runs3.length - counted.length, seed: ctx.seed, precision: "GD in float64; J-ASM4* certified by decimal.js Jacobi (30 digits)", details: details2 };
  const bad = counted.find((r) => r.cls === "nonFinite" || r.cls === "stalled");
  if (bad) return { ...base, verdict: "inconclusive", reason: `${bad.cls} run with G(\u03B80) nonsingular (no certified floor, so not a counterexample): ${describeRun(bad)}` };
  if (counted.length === 0) return { ...base, verdict: "inconclusive", reason: "no run satisfied the hypotheses" };
  return { ...base, verdict: "holds", reason: `all ${counted.length} runs satisfying P \u2265 nM and J-ASM4* decay exponentially (${conv} reached 1e-10\xB7L0 within the budget, the rest have a negative late slope)` };
}
function noExtraHypothesis(ctx) {
  const c = ce1(ctx);
  const base = { instances: 1, seed: ctx.seed, precision: "decimal.js Jacobi with error bound" };
  if (!c.floor.lo.gt(0)) return { ...base, verdict: "inconclusive", reason: "bottleneck floor not certified" };
  return { ...base, verdict: "refuted", reason: `without J-ASM4* the bottleneck ${describeCe1(c).split(";")[0]} belongs to the sweep, and L \u2265 ${c.floor.lo.toSignificantDigits(8)} > 0 for every \u03B8 (rank G = ${c.rank0} < 9)` };
}
function rateLambdaMax(ctx) {
  const digits = 30, D = decimalArith7(digits);
  for (const inst of sweepInstances(ctx.seed, 1).slice(0, 8)) {
    const lmax = symmetricEigenvalues4(F648, ntkGram4(F648, inst.net, inst.theta0, inst.data.X)).values.at(-1);
    const eta3 = 0.5 / lmax;
    const hit = { k: -1, L: 0, bound: 0 };
    let L0 = 0;
    gradientDescent3(F648, inst.net, inst.data, inst.theta0, eta3, 10, (k, _t, L4) => {
      if (k === 0) L0 = L4;
      else if (L4 > L0 * Math.exp(-2 * lmax * eta3 * k) * 1.001) {
        hit.k = k;
        return false;
      }
    });
    if (hit.k < 0) continue;
    const dd = dataIn5(D, inst.data);
    let Lk = D.of(0), L0d = D.of(0);
    gradientDescent3(D, inst.net, dd, inst.theta0.map((v) => D.of(v)), eta3, hit.k + 1, (k, _t, L4) => {
      if (k === 0) L0d = L4;
      if (k === hit.k) Lk = L4;
    });
    const lmaxD = symmetricEigenvalues4(D, ntkGram4(D, inst.net, inst.theta0.map((v) => D.of(v)), dd.X));
    const bound4 = L0d.times(D.of(-2 * eta3 * hit.k).times(lmaxD.values.at(-1).plus(lmaxD.bound)).exp());
    if (Lk.gt(bound4)) return {
      verdict: "refuted",
      instances: 1,
      seed: ctx.seed,
      precision: `GD replayed in decimal.js (${digits} digits)`,
      reason: `${describeRun({ inst })}: L_${hit.k} = ${Lk.toSignificantDigits(10)} > L0\xB7exp(\u22122\u03BB_max(G0)\xB7t) = ${bound4.toSignificantDigits(10)} (decimal replay)`
    };
  }
  return { verdict: "inconclusive", reason: "no violation of the \u03BB_max rate in the first 10 steps of the first 8 runs", instances: 8, precision: "float64" };
}
var J_THM1_sweep_default = defineClaim6({
  id: "jakhmola2025/J-THM1",
  title: "Exponential loss decay for P \u2265 nM (sweep, with the reconstructed hypothesis J-ASM4*)",
  statement: "J-THM1 as summarised (P \u2265 nM, Gaussian data and init \u21D2 L(\u03B8(t)) = O(e^{\u22122\u03BB0 t})), restricted to the reconstructed extra hypothesis J-ASM4* (G(\u03B80) nonsingular), over MLPs with leaky-ReLU or polynomial activations; GD at \u03B7 = 0.5/\u03BB_max(G) as the flow proxy.",
  source: { arxiv: "2509.23887", version: "v1", where: "Theorem 3.1", catalogue: "J-THM1 [READ-AI], J-ASM4 UNKNOWN \u2192 J-ASM4* [INFERRED]" },
  provenance: "secondary",
  kind: "rate",
  expected: "inconclusive",
  open: "at the default seed a 2-2-1 leaky-ReLU(0.5) run with G(\u03B80) nonsingular stalls at the affine least-squares residual (all hidden units one-sided on the data); whether the true gradient flow stays there is not certified. A certified floor would make this refuted; a proof that the flow leaves the region would make it hold.",
  run: run5,
  mutants: [
    { id: "no-extra-hypothesis", description: "J-THM1 without J-ASM4* (only P \u2265 nM): the width-1 bottleneck is in scope", run: noExtraHypothesis },
    { id: "rate-lambda-max", description: "rate 2\u03BB_max(G(0)) in place of 2\u03BB0 (the wrong eigenvalue)", run: rateLambdaMax }
  ]
});

// properties/lessard2016/heavy-ball-cycle.ts
var heavy_ball_cycle_exports = {};
__export(heavy_ball_cycle_exports, {
  default: () => heavy_ball_cycle_default
});
import { casesClaim as casesClaim2, classes as classes4, linalg as linalg11, methods as methods3, rationals as rationals7 } from "gdcheck";
var { lessardFunction, fromCurvatures, checkPiecewise, separable } = classes4;
var { QA: QA5 } = linalg11;
var { heavyBall, heavyBallCycles } = methods3;
var { Q: Q7 } = rationals7;
var alpha = new Q7(1n, 9n);
var beta = new Q7(4n, 9n);
function cycles(c) {
  const h = c.h();
  const ok = checkPiecewise(h, { mu: Q7.ONE, L: Q7.of(25) });
  if (ok !== true) throw new Error(`not in the class S(1, 25): ${ok}`);
  const found = heavyBallCycles(h, alpha, beta, c.period);
  const f = separable([h]), m2 = heavyBall(alpha, beta), P = c.period;
  for (const cyc of found) {
    let s = { x: [cyc[1 % P]], mem: [[cyc[0]]] };
    for (let k = 0; k < 2 * P; k++) {
      s = m2.step(QA5, f, s, k);
      if (!s.x[0].eq(cyc[(k + 2) % P])) throw new Error(`orbit ${cyc.join(", ")} does not return exactly at step ${k}`);
    }
  }
  return { count: found.length, shown: found.map((cyc) => `(${cyc.join(", ")})`).join(" and ") || "none" };
}
var measure2 = (c) => {
  const r = cycles(c);
  return { measured: r.count, claimed: 1, note: `exact period-${c.period} orbits: ${r.shown}` };
};
var heavy_ball_cycle_default = casesClaim2({
  id: "lessard2016/heavy-ball-cycle",
  title: "Heavy ball with quadratic-optimal tuning cycles on a strongly convex smooth function",
  statement: "On f of eq. (4.11) (\u03BC = 1, L = 25), heavy ball with \u03B1 = 4/(\u221AL + \u221A\u03BC)\xB2 = 1/9 and \u03B2 = ((\u221A\u03BA \u2212 1)/(\u221A\u03BA + 1))\xB2 = 4/9 has a period-3 orbit, so it does not converge to x* = 0 from every start (Lessard, Recht, Packard 2016, \xA74.6).",
  source: { arxiv: "1408.3595", where: "\xA74.6, eq. (4.11)", catalogue: "user results (issue 12): heavy ball fails on a piecewise quadratic" },
  provenance: "read",
  kind: "exact",
  expected: "holds",
  cases: [{ name: "Lessard (4.11)", h: lessardFunction, period: 3 }],
  measure: measure2,
  relation: "ge",
  tolerance: { abs: 0, reason: "a count of exact rational orbits" },
  show: (c) => `${c.name}, period ${c.period}, \u03B1 = 1/9, \u03B2 = 4/9`,
  exact: true,
  precision: "exact rationals",
  mutants: [
    { id: "period-2", description: "claims a period-2 cycle", cases: [{ name: "Lessard (4.11)", h: lessardFunction, period: 2 }] },
    { id: "on-a-quadratic", description: "claims the same tuning cycles on the quadratic 25x\xB2/2", cases: [{ name: "quadratic 25x\xB2/2", h: () => fromCurvatures([], [Q7.of(25)]), period: 3 }] }
  ]
});

// properties/nesterov2004/gd-converges-step-below-2-over-L.ts
var gd_converges_step_below_2_over_L_exports = {};
__export(gd_converges_step_below_2_over_L_exports, {
  default: () => gd_converges_step_below_2_over_L_default
});
import fc3 from "fast-check";
import { propertyClaim as propertyClaim2, classes as classes5, linalg as linalg12, methods as methods4, rationals as rationals8 } from "gdcheck";
var { quadraticArb, gap: gap3 } = classes5;
var { QA: QA6 } = linalg12;
var { gd: gd3, run: run6 } = methods4;
var { Q: Q8 } = rationals8;
var eta = (i) => i.s.mul(Q8.of(2)).div(i.f.L);
function limitGap(i) {
  const { f } = i, e = eta(i), d = f.dim;
  const r = i.x0.map((x, k) => x.sub(f.center[k]));
  const c = Array.from({ length: d }, (_, j) => r.reduce((s, rk, k) => s.add(f.basis[k][j].mul(rk)), Q8.ZERO));
  const closed = (k) => f.spectrum.reduce((s, l, j) => {
    const t = Q8.ONE.sub(e.mul(l));
    let p = Q8.ONE;
    for (let m2 = 0; m2 < 2 * k; m2++) p = p.mul(t);
    return s.add(l.mul(p).mul(c[j]).mul(c[j]));
  }, Q8.ZERO).div(Q8.of(2));
  const xs = run6(QA6, gd3(e), f, i.x0, 3).xs;
  xs.forEach((x, k) => {
    if (!gap3(QA6, f, x).eq(closed(k))) throw new Error(`closed form disagrees with exact GD at k = ${k}`);
  });
  return f.spectrum.reduce((s, l, j) => Q8.ONE.sub(e.mul(l)).abs().eq(Q8.ONE) ? s.add(l.mul(c[j]).mul(c[j])) : s, Q8.ZERO).div(Q8.of(2));
}
var arb = (maxS) => fc3.record({
  f: quadraticArb({ L: Q8.of(4), mu: Q8.ZERO, maxDim: 3 }),
  start: fc3.array(fc3.integer({ min: -4, max: 4 }), { minLength: 3, maxLength: 3 }),
  // The largest step allowed is the boundary case of the theorem: drawn on its own a quarter of the time.
  s: fc3.oneof({ arbitrary: fc3.constant(maxS), weight: 1 }, { arbitrary: fc3.integer({ min: 1, max: maxS }), weight: 3 }).map((k) => new Q8(BigInt(k), 16n))
}).map(({ f, start, s }) => ({ f, s, x0: f.center.map((c, k) => c.add(Q8.of(start[k]))) }));
var gd_converges_step_below_2_over_L_default = propertyClaim2({
  id: "nesterov2004/gd-converges-step-below-2-over-L",
  title: "GD converges for every constant step \u03B7 < 2/L",
  statement: "For convex L-smooth f, GD with constant step 0 < \u03B7 < 2/L has f(x_k) \u2212 f* \u2192 0 (Nesterov 2004, Theorem 2.1.14); the version with \u03B7 \u2264 2/L is false.",
  source: { arxiv: "book (Nesterov 2004)", where: "Theorem 2.1.14", catalogue: "user results (issue 12): GD converges for \u03B7 \u2264 2/L" },
  provenance: "read",
  kind: "limit",
  expected: "holds",
  instances: arb(15),
  // The theorem's class, decided by checkClass from the Hessian (the step 2s/L uses f.L, so it must be valid).
  hypotheses: (i) => classes5.inClass(i.f, { L: i.f.L, convex: true }),
  measure: (i) => ({ measured: limitGap(i), claimed: Q8.ZERO, note: `\u03B7 = ${eta(i)}, L = ${i.f.L}` }),
  relation: "eq",
  tolerance: { abs: 0, reason: "exact rationals: the limit of f(x_k) \u2212 f* in closed form" },
  show: (i) => `${i.f.show()} x0=(${i.x0.join(", ")}) \u03B7=${eta(i)} (L = ${i.f.L})`,
  precision: { search: "exact rationals", verify: "exact rationals" },
  weight: 0.5,
  mutants: [
    { id: "step-2-over-L", description: "the users' \u03B7 \u2264 2/L: at \u03B7 = 2/L the top eigencomponent flips sign forever", instances: arb(16) }
  ]
});

// properties/nesterov2004/gd-strongly-convex-rate.ts
var gd_strongly_convex_rate_exports = {};
__export(gd_strongly_convex_rate_exports, {
  default: () => gd_strongly_convex_rate_default
});
import { classes as classes7 } from "gdcheck";

// properties/nesterov2004/_stronglyConvex.ts
import fc4 from "fast-check";
import { classes as classes6, linalg as linalg13, methods as methods5, rationals as rationals9 } from "gdcheck";
var { smoothConvexArb: smoothConvexArb2, quadratic, dist2: dist22 } = classes6;
var { QA: QA7 } = linalg13;
var { gd: gd4, run: run7 } = methods5;
var { Q: Q9 } = rationals9;
var eta2 = (i) => Q9.of(2 * i.j, 4).div(i.mu.add(i.L));
var factor = (i) => Q9.ONE.sub(Q9.of(2).mul(eta2(i)).mul(i.mu).mul(i.L).div(i.mu.add(i.L)));
var pow = (q, n3) => {
  let p = Q9.ONE;
  for (let k = 0; k < n3; k++) p = p.mul(q);
  return p;
};
function distances(i) {
  const xN = run7(QA7, gd4(eta2(i)), i.f, i.x0, i.N).xs[i.N];
  return { dN: dist22(QA7, xN, i.f.xStar), d0: dist22(QA7, i.x0, i.f.xStar) };
}
var show2 = (i) => `${i.f.show()} x0=(${i.x0.join(", ")}) N=${i.N} \u03B7=${eta2(i)} (\u03BC = ${i.mu}, L = ${i.L})`;
var L2 = Q9.of(4);
var MUS = [new Q9(1n, 2n), Q9.ONE, Q9.of(2)];
var rateClassBound = {
  name: "GD on \u03BC-strongly convex L-smooth functions, \u2016x_N \u2212 x*\u2016\xB2 \u2264 (1 \u2212 2\u03B7\u03BCL/(\u03BC + L))^N \u2016x0 \u2212 x*\u2016\xB2",
  instances: fc4.constantFrom(...MUS).chain((mu) => fc4.record({
    f: smoothConvexArb2({ L: L2, mu, maxDim: 3 }),
    start: fc4.array(fc4.integer({ min: -4, max: 4 }), { minLength: 3, maxLength: 3 }),
    N: fc4.integer({ min: 1, max: 10 }),
    j: fc4.integer({ min: 1, max: 4 })
  }).map(({ f, start, N, j }) => ({ f, mu, L: L2, x0: f.xStar.map((c, k) => c.add(Q9.of(start[k]))), N, j }))),
  families: [{
    name: "two-mode-quadratic",
    description: "the quadratic with spectrum {\u03BC, L} at \u03B7 = 2/(\u03BC + L): both modes contract by (L \u2212 \u03BC)/(L + \u03BC) exactly",
    *members() {
      for (let N = 1; N <= 8; N *= 2) for (const mu of MUS) yield { f: quadratic([L2, mu]), mu, L: L2, x0: [Q9.ONE, Q9.ONE], N, j: 4 };
    }
  }],
  neighbours: (x, rng5) => {
    const k = rng5.int(0, x.x0.length - 1), d = new Q9(BigInt(rng5.pick([-1, 1])), 2n);
    const out = [{ ...x, x0: x.x0.map((v, i) => i === k ? v.add(d) : v) }];
    if (x.N > 1) out.push({ ...x, N: x.N - 1 });
    if (x.N < 10) out.push({ ...x, N: x.N + 1 });
    if (x.j < 4) out.push({ ...x, j: x.j + 1 });
    return out;
  },
  // The theorem's class (μ, L) of the instance, decided by checkClass from f itself.
  member: (x) => ({ f: x.f, L: x.L, mu: x.mu }),
  size: (x) => ({ N: x.N, d: x.f.dim }),
  measure: (i) => {
    const { dN, d0 } = distances(i);
    return { measured: dN, bound: pow(factor(i), i.N).mul(d0) };
  },
  relation: "le",
  show: show2
};

// properties/nesterov2004/gd-strongly-convex-rate.ts
var withPower = (i, power) => {
  const { dN, d0 } = distances(i);
  return { measured: dN, bound: pow(factor(i), power).mul(d0) };
};
var gd_strongly_convex_rate_default = classes7.classBoundClaim({
  bound: rateClassBound,
  id: "nesterov2004/gd-strongly-convex-rate",
  title: "GD on \u03BC-strongly convex L-smooth f: \u2016x_N \u2212 x*\u2016\xB2 \u2264 (1 \u2212 2\u03B7\u03BCL/(\u03BC + L))^N \u2016x0 \u2212 x*\u2016\xB2",
  statement: "For \u03BC-strongly convex L-smooth f and 0 < \u03B7 \u2264 2/(\u03BC + L), GD gives \u2016x_N \u2212 x*\u2016\xB2 \u2264 (1 \u2212 2\u03B7\u03BCL/(\u03BC + L))^N \u2016x0 \u2212 x*\u2016\xB2 (Nesterov 2004, Theorem 2.1.15).",
  source: { arxiv: "book (Nesterov 2004)", where: "Theorem 2.1.15", catalogue: "user results (issue 12): strongly convex GD rate" },
  provenance: "read",
  kind: "upper",
  expected: "holds",
  hypotheses: (i) => i.mu.sign() > 0 && i.f.mu.cmp(i.mu) >= 0 && i.f.L.cmp(i.L) <= 0 && i.j >= 1 && i.j <= 4 || "needs f \u03BC-strongly convex and L-smooth, 0 < \u03B7 \u2264 2/(\u03BC + L)",
  weight: 0.5,
  mutants: [
    { id: "one-step-more", description: "the rate to the power N + 1", measure: (i) => withPower(i, i.N + 1) },
    { id: "factor-squared", description: "the squared-distance factor squared again, to the power 2N", measure: (i) => withPower(i, 2 * i.N) }
  ]
});

// properties/nesterov2004/lower-bound.ts
var lower_bound_exports = {};
__export(lower_bound_exports, {
  default: () => lower_bound_default
});
import { classes as classes9, rationals as rationals12 } from "gdcheck";

// properties/nesterov2004/_lowerBound.ts
import fc5 from "fast-check";
import { classes as classes8, linalg as linalg14, methods as methods6, rationals as rationals11 } from "gdcheck";
var { nesterovWorstCase, gap: gap4, dist2: dist23, lift } = classes8;
var { QA: QA8 } = linalg14;
var { gd: gd5, heavyBall: heavyBall2, nesterov, run: run8 } = methods6;
var { Q: Q10 } = rationals11;
function spanMethod(c) {
  return {
    name: `span method c = [${c.map((r) => r.join(" ")).join("; ")}]`,
    rational: true,
    init: (_A, x0) => ({ x: [...x0], mem: [] }),
    step: (A, f, s, k) => {
      const grads = [...s.mem, f.grad(A, s.x, k + 1)];
      const row = c[k] ?? [];
      const cs = grads.map((_, i) => row[i] ? lift(A, row[i]) : A.of(0));
      const x = s.x.map((xi, d) => grads.reduce((acc, g3, i) => A.sub(acc, A.mul(cs[i], g3[d])), xi));
      return { x, mem: grads };
    }
  };
}
var L3 = Q10.of(2);
var methodArb = (k) => fc5.oneof(
  fc5.integer({ min: 1, max: 7 }).map((h) => gd5(new Q10(BigInt(h), 4n).div(L3))),
  fc5.tuple(fc5.integer({ min: 1, max: 4 }), fc5.integer({ min: 0, max: 3 })).map(([a, b]) => heavyBall2(new Q10(BigInt(a), 4n).div(L3), new Q10(BigInt(b), 4n))),
  fc5.constant(nesterov(Q10.ONE.div(L3))),
  fc5.array(fc5.array(fc5.integer({ min: -4, max: 4 }).map((x) => new Q10(BigInt(x), 4n)), { minLength: k, maxLength: k }), { minLength: k, maxLength: k }).map(spanMethod)
);
var worst = /* @__PURE__ */ new Map();
var worstFunction = (k) => {
  let f = worst.get(k);
  if (!f) {
    f = nesterovWorstCase(L3, 2 * k + 1, 2 * k + 1);
    worst.set(k, f);
  }
  return f;
};
function measure3({ k, method }) {
  const f = worstFunction(k);
  const x0 = f.xStar.map(() => Q10.ZERO);
  const xk = run8(QA8, method, f, x0, k).xs[k];
  return { gap: gap4(QA8, f, xk), R2: dist23(QA8, x0, f.xStar) };
}
var bound3 = (k, R2, c, power) => c.mul(L3).mul(R2).div(Q10.of(power === 2 ? (k + 1) * (k + 1) : k + 1));
var show3 = (i) => `k=${i.k} ${i.method.name} on f_${2 * i.k + 1} (R^${2 * i.k + 1}, L = ${L3}), x0 = 0`;
var lowerClassBound = {
  name: "span methods on f_{2k+1}, f(x_k) \u2212 f* \u2265 3L R\xB2/(32(k + 1)\xB2)",
  instances: fc5.integer({ min: 1, max: 8 }).chain((k) => methodArb(k).map((method) => ({ k, method }))),
  families: [
    { name: "nesterov", description: "Nesterov's accelerated method (step 1/L), k = 1, 2, \u2026: the optimal order", *members() {
      for (let k = 1; k <= 8; k++) yield { k, method: nesterov(Q10.ONE.div(L3)) };
    } },
    { name: "gd", description: "GD at step 1/L, k = 1, 2, \u2026", *members() {
      for (let k = 1; k <= 8; k++) yield { k, method: gd5(Q10.ONE.div(L3)) };
    } }
  ],
  // Theorem 2.1.7's class: f_{2k+1} is convex and L-smooth, decided by checkClass from its Hessian.
  member: (x) => ({ f: worstFunction(x.k), L: L3, convex: true }),
  neighbours: (x) => [...x.k > 1 ? [{ ...x, k: x.k - 1 }] : [], ...x.k < 8 ? [{ ...x, k: x.k + 1 }] : []],
  size: (x) => ({ k: x.k }),
  measure: (i) => {
    const { gap: gap5, R2 } = measure3(i);
    return { measured: gap5, bound: bound3(i.k, R2, new Q10(3n, 32n), 2) };
  },
  relation: "ge",
  show: show3
};

// properties/nesterov2004/lower-bound.ts
var { Q: Q11 } = rationals12;
var lower_bound_default = classes9.classBoundClaim({
  bound: lowerClassBound,
  id: "nesterov2004/lower-bound",
  title: "Every span method has f(x_k) \u2212 f* \u2265 3L\u2016x0 \u2212 x*\u2016\xB2/(32(k + 1)\xB2) on the worst function",
  statement: "For any first-order method with x_j \u2208 x0 + span{\u2207f(x_0), \u2026, \u2207f(x_{j\u22121})}, on Nesterov\u2019s f_{2k+1} (convex, L-smooth): f(x_k) \u2212 f* \u2265 3L\u2016x0 \u2212 x*\u2016\xB2/(32(k + 1)\xB2) (Nesterov 2004, Theorem 2.1.7).",
  source: { arxiv: "book (Nesterov 2004)", where: "Theorem 2.1.7", catalogue: "user results (issue 12): Nesterov lower bound" },
  provenance: "read",
  kind: "lower",
  expected: "holds",
  weight: 0.5,
  mutants: [
    { id: "rate-1/k", description: "the rate 3L R\xB2/(32(k + 1)): a 1/k lower bound that accelerated methods beat", measure: (i) => {
      const { gap: gap5, R2 } = measure3(i);
      return { measured: gap5, bound: bound3(i.k, R2, new Q11(3n, 32n), 1) };
    } },
    { id: "constant-3/8", description: "the constant 3/8 in place of 3/32", measure: (i) => {
      const { gap: gap5, R2 } = measure3(i);
      return { measured: gap5, bound: bound3(i.k, R2, new Q11(3n, 8n), 2) };
    } }
  ]
});

// properties/reddi2018/adam-nonconvergence.ts
var adam_nonconvergence_exports = {};
__export(adam_nonconvergence_exports, {
  default: () => adam_nonconvergence_default
});
import { casesClaim as casesClaim3 } from "gdcheck";

// properties/reddi2018/_problem.ts
import { linalg as linalg15, methods as methods7, rationals as rationals13 } from "gdcheck";
var { F64: F649, decimalArith: decimalArith8 } = linalg15;
var { adam, amsgrad, run: run9 } = methods7;
var { Q: Q12 } = rationals13;
var problem = (C) => ({ dim: 1, grad: (A, _x, k) => [A.of(k % 3 === 1 ? C : -1)] });
function reddiMethod(C, which) {
  const o = { alpha: new Q12(1n, 10n), beta1: Q12.ZERO, beta2: new Q12(1n, BigInt(1 + C * C)), box: { lo: Q12.of(-1), hi: Q12.ONE } };
  return which === "Adam" ? adam(o) : amsgrad(o);
}
function regrets(C, xs) {
  const out = [];
  let s = 0, G = 0;
  for (let t = 1; t < xs.length; t++) {
    const g3 = t % 3 === 1 ? C : -1;
    s += g3 * xs[t - 1];
    G += g3;
    out.push(s + Math.abs(G));
  }
  return out;
}
var runs = /* @__PURE__ */ new Map();
function runF64(C, which, T5) {
  const key2 = `${C}|${which}|${T5}`;
  let xs = runs.get(key2);
  if (!xs) {
    const out = new Float64Array(T5 + 1);
    run9(F649, reddiMethod(C, which), problem(C), [1], T5, { keep: "last", stop: (k, x) => {
      out[k] = x[0];
      return false;
    } });
    xs = out;
    runs.set(key2, xs);
  }
  return xs;
}
var decimalRuns = /* @__PURE__ */ new Map();
function runDecimal(C, which, rounds, digits) {
  const key2 = `${C}|${which}|${rounds}|${digits}`;
  let xs = decimalRuns.get(key2);
  if (!xs) {
    const D = decimalArith8(digits);
    xs = run9(D, reddiMethod(C, which), problem(C), [D.of(1)], rounds).xs.map((x) => x[0]);
    decimalRuns.set(key2, xs);
  }
  return xs;
}
var CASES2 = [3, 4, 10];
var showCase = (C) => `C=${C} \u03B1=1/10 \u03B21=0 \u03B22=1/${1 + C * C} x1=1`;
var source = (where, catalogue) => ({ arxiv: "1904.09237", where, catalogue: `user results (issue 12): ${catalogue}` });

// properties/reddi2018/adam-nonconvergence.ts
var ROUNDS = 300;
function stuckAtOne(C, which, digits) {
  const xs = runDecimal(C, which, ROUNDS, Math.min(digits, 30));
  let worst2 = xs[0];
  for (let t = 0; t < xs.length; t += 3) if (xs[t].lt(worst2)) worst2 = xs[t];
  const R2 = regrets(C, runF64(C, which, 3e4));
  return { measured: worst2, claimed: 1, note: `${which}: min_k x_{3k+1} over ${ROUNDS} rounds; float64 R_T/T at T = 30000: ${(R2.at(-1) / 3e4).toFixed(5)} (2(C \u2212 2)/3 = ${(2 * (C - 2) / 3).toFixed(5)})` };
}
var adam_nonconvergence_default = casesClaim3({
  id: "reddi2018/adam-nonconvergence",
  title: "Adam stays at the worst point x = 1 of a linear online problem: R_T/T \u219B 0",
  statement: "On f_t(x) = C\xB7x (t \u2261 1 mod 3), \u2212x otherwise, over [\u22121, 1], C > 2: Adam with \u03B21 = 0, \u03B22 = 1/(1 + C\xB2), \u03B1_t = \u03B1/\u221At from x_1 = 1 has x_{3k+1} = 1 for all k, so R_T/T \u2265 2(C \u2212 2)/3 (Reddi, Kale, Kumar 2018, Theorem 1).",
  source: source("Theorem 1", "Adam's non-convergence"),
  provenance: "read",
  kind: "exact",
  expected: "holds",
  cases: CASES2,
  measure: (C, digits) => stuckAtOne(C, "Adam", digits),
  relation: "eq",
  tolerance: { abs: 0, reason: "the projection onto [\u22121, 1] returns 1 exactly" },
  show: showCase,
  exact: false,
  precision: "decimal.js at 30 digits (300 rounds); float64 for the 30,000-round regret note",
  mutants: [
    { id: "amsgrad-too", description: "claims AMSGrad is stuck at x = 1 as well", measure: (C, digits) => stuckAtOne(C, "AMSGrad", digits) }
  ]
});

// properties/reddi2018/amsgrad-regret.ts
var amsgrad_regret_exports = {};
__export(amsgrad_regret_exports, {
  default: () => amsgrad_regret_default
});
import { casesClaim as casesClaim4 } from "gdcheck";
var GRID = [3e3, 1e4, 3e4];
function exponent(C, which) {
  const xs = runF64(C, which, GRID.at(-1));
  const ref = runDecimal(C, which, 300, 30);
  const drift2 = Math.max(...ref.map((x, t) => Math.abs(x.toNumber() - xs[t])));
  if (!(drift2 < 1e-12)) throw new Error(`float64 drifts from 30-digit decimals by ${drift2} over 300 rounds`);
  const R2 = regrets(C, xs);
  const pts = GRID.map((T5) => [Math.log(T5), Math.log(R2[T5 - 1])]);
  const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length, my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
  const a = pts.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0) / pts.reduce((s, p) => s + (p[0] - mx) ** 2, 0);
  return { measured: a, claimed: 0.5, note: `${which}: R_T = ${GRID.map((T5) => R2[T5 - 1].toFixed(1)).join(", ")} at T = ${GRID.join(", ")}; float64 vs decimal drift ${drift2.toExponential(1)}` };
}
var amsgrad_regret_default = casesClaim4({
  id: "reddi2018/amsgrad-regret",
  title: "AMSGrad's regret grows at most like \u221AT where Adam's grows like T",
  statement: "On the linear online problem of Theorem 1 (C > 2), AMSGrad with \u03B1_t = \u03B1/\u221At has regret R_T = O(\u221AT) (Reddi, Kale, Kumar 2018, Theorem 4): fitted growth exponent \u2264 1/2.",
  source: source("Theorem 4", "AMSGrad's fix"),
  provenance: "read",
  kind: "upper",
  expected: "holds",
  cases: CASES2,
  measure: (C) => exponent(C, "AMSGrad"),
  relation: "le",
  tolerance: { abs: 0.05, reason: "a growth exponent fitted on three horizons (3e3\u20133e4); Adam\u2019s is 1" },
  show: showCase,
  exact: false,
  precision: "float64, cross-checked against decimal.js (30 digits) on the first 300 rounds",
  mutants: [
    { id: "adam", description: "Adam in AMSGrad's place", measure: (C) => exponent(C, "Adam") }
  ]
});

// properties/smorodinsky2026/D-FACT-1.ts
var D_FACT_1_exports = {};
__export(D_FACT_1_exports, {
  bisector: () => bisector,
  default: () => D_FACT_1_default
});
import fc6 from "fast-check";

// properties/smorodinsky2026/_setting.ts
import { models as models8 } from "gdcheck";
var { params } = models8.twoNeuron;
var R = {
  label: "reference model R (reconstructed; stands in for the paper's unavailable setting)",
  provenance: "reconstructed",
  xPlus: 1,
  xMinus: -1,
  u: 1,
  eta: 0.1,
  loss: "exp",
  trainOutputs: false,
  inits: {
    // The catalogue's verification run (R-T1): K₁ = 1.2, K₂ = −0.4, limit gap·ln(ηDt) → 0.4.
    verification: params(1, -0.2, -0.5, 0.1),
    // K₁ + K₂ = 0 exactly in binary (K₁ = 1.25, K₂ = −1.25) with m₁ ≠ m₂: R-T1's counter-case, gap = O(1/(t ln t)).
    symmetric: params(1, -0.25, -1.5, 0.25),
    // Another asymmetric start in P*: K₁ = 0.5, K₂ = −0.9.
    asymmetric: params(0.7, 0.2, -1.2, 0.3)
  },
  defaultInit: "verification",
  randomSigma: 0.5
};
var variant = (over) => ({ ...R, ...over });
function randomInit(seed, index, sigma) {
  let a = (seed ^ Math.imul(index + 1, 2654435761)) >>> 0;
  const next = () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
  const gauss = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return params(sigma * gauss(), sigma * gauss(), sigma * gauss(), sigma * gauss());
}

// properties/smorodinsky2026/_runs.ts
import { models as models9, rationals as rationals14 } from "gdcheck";
var { simulate, logCheckpoints, replayDrift, marginExact, specialized, invariants, boundary } = models9.twoNeuron;
var { Q: Q13 } = rationals14;
var cache7 = /* @__PURE__ */ new Map();
var key = (r) => JSON.stringify([r.setting.xPlus, r.setting.xMinus, r.setting.eta, r.setting.loss, r.setting.trainOutputs, Array.from(r.init), r.T, r.perDecade ?? 10, r.extra ?? [], r.replaySteps, r.digits]);
function exactGap(s, p) {
  const star = Q13.fromNumber(s.xPlus).sub(Q13.fromNumber(s.xMinus)).abs().div(new Q13(2n));
  return star.sub(marginExact(s, p)).toNumber();
}
function run10(r) {
  const k = key(r);
  const hit = cache7.get(k);
  if (hit) return hit;
  const points = [.../* @__PURE__ */ new Set([...logCheckpoints(r.T, r.perDecade ?? 10), ...r.extra ?? []])].filter((t) => t <= r.T).sort((a, b) => a - b);
  const traj = simulate(r.setting, r.init, points, r.progress ? (t) => r.progress(`GD step ${t.toExponential(2)} of ${r.T.toExponential(2)}`, t / r.T) : void 0);
  const [K10, K20] = invariants(r.setting.u, traj.params[0]);
  let invariantDrift = 0, allSpecialized = true;
  for (const p of traj.params) {
    if (!specialized(r.setting, p)) {
      allSpecialized = false;
      continue;
    }
    const [K1, K22] = invariants(r.setting.u, p);
    invariantDrift = Math.max(invariantDrift, Math.abs(K1 - K10), Math.abs(K22 - K20));
  }
  if (r.progress && r.replaySteps > 0) r.progress(`high-precision replay of ${r.replaySteps} steps`);
  const out = {
    traj,
    gap: traj.params.map((p) => exactGap(r.setting, p)),
    boundary: traj.params.map((p) => boundary(r.setting, p)),
    allSpecialized,
    invariantDrift,
    drift: r.replaySteps > 0 ? replayDrift(r.setting, r.init, r.replaySteps, r.digits) : void 0
  };
  cache7.set(k, out);
  return out;
}
function series(run12, label) {
  const idx = run12.traj.t.map((_, i) => i).filter((i) => run12.traj.t[i] >= 1);
  const T5 = run12.traj.t[run12.traj.t.length - 1];
  return {
    t: idx.map((i) => run12.traj.t[i]),
    gap: idx.map((i) => run12.gap[i]),
    drift: run12.drift,
    provenance: "exact values: the rational margin of each float64 GD iterate against the exact \u03C1*",
    notes: [
      `${label}: float64 GD to T = ${T5.toExponential(1)} in ${run12.traj.seconds.toFixed(2)} s; gaps exact (rational margin of each float64 iterate)`,
      `pattern P* held at every checkpoint: ${run12.allSpecialized ? "yes" : "no"}${run12.allSpecialized ? `; invariants K\u2081, K\u2082 moved by at most ${run12.invariantDrift.toExponential(2)} (rounding)` : ""}`
    ]
  };
}

// properties/smorodinsky2026/_shared.ts
var ARXIV = "2603.02095";
var source2 = (where, catalogue) => ({ arxiv: ARXIV, version: "v1", where, catalogue });
var horizon = (ctx, base = 1e6) => Math.max(1e3, Math.round(base * ctx.budget));
var replaySteps = (ctx) => Math.min(5e3, Math.max(20, Math.round(200 * ctx.budget)));
function runOf(ctx, init, setting = R, base = 1e6) {
  return run10({ setting, init, T: horizon(ctx, base), replaySteps: replaySteps(ctx), digits: ctx.digits, progress: ctx.progress });
}
function namedSeries(ctx, names, setting = R) {
  return names.map((name) => {
    const init = setting.inits[name];
    if (!init) throw new Error(`the setting has no initialization '${name}'`);
    return { name: `${name} init [${Array.from(init.subarray(0, 4)).join(", ")}]`, series: series(runOf(ctx, init, setting), `${setting.label}, ${name} init`) };
  });
}
var RATE_PRECISION = "float64 GD (exact steps); gaps exact over Q at each checkpoint; decimal.js replay of a prefix for the drift";

// properties/smorodinsky2026/D-FACT-1.ts
import { casesClaim as casesClaim5, propertyClaim as propertyClaim3, models as models10, rationals as rationals15 } from "gdcheck";
var { marginPoly, F64: F6410, QF } = models10.reluMargin;
var { Q: Q14 } = rationals15;
var small = (den) => fc6.tuple(fc6.integer({ min: -6, max: 6 }), fc6.integer({ min: 1, max: den })).map(([n3, d]) => new Q14(BigInt(n3), BigInt(d)));
function bisector(xp, xm) {
  const a = xp.map((v, k) => v.sub(xm[k]));
  const sq = (x) => x.reduce((s, v) => s.add(v.mul(v)), Q14.ZERO);
  const c = sq(xp).sub(sq(xm)).div(new Q14(2n)).neg();
  return { W: [a, a.map((v) => v.neg())], b: [c, c.neg()], a: [Q14.ONE, Q14.ONE.neg()] };
}
var instances3 = fc6.integer({ min: 1, max: 3 }).chain((d) => {
  const vec = fc6.array(fc6.integer({ min: -3, max: 3 }).map((n3) => Q14.of(n3)), { minLength: d, maxLength: d });
  const pair = fc6.tuple(vec, vec).filter(([p, m2]) => p.some((v, k) => !v.eq(m2[k])));
  const randomNet = fc6.record({ W: fc6.array(fc6.array(small(3), { minLength: d, maxLength: d }), { minLength: 2, maxLength: 2 }), b: fc6.array(small(3), { minLength: 2, maxLength: 2 }), a: fc6.array(small(2), { minLength: 2, maxLength: 2 }) });
  const nearBisector = (xp, xm) => fc6.tuple(fc6.array(small(8), { minLength: 2 * d + 2, maxLength: 2 * d + 2 })).map(([e]) => {
    const B = bisector(xp, xm);
    const tiny = (k) => e[k].div(new Q14(16n));
    return { W: B.W.map((row, j) => row.map((v, q) => v.add(tiny(j * d + q)))), b: B.b.map((v, j) => v.add(tiny(2 * d + j))), a: B.a };
  });
  return pair.chain(([xp, xm]) => fc6.oneof(randomNet, nearBisector(xp, xm)).map((net) => ({ xp, xm, ...net })));
});
function rho2(F, i) {
  const conv = (q) => F === QF ? q : F.from(q.toNumber());
  const net = { W: i.W.map((r) => r.map(conv)), b: i.b.map(conv), a: i.a.map(conv) };
  const pts = [{ x: i.xp.map(conv), y: 1 }, { x: i.xm.map(conv), y: -1 }];
  const hit = marginPoly(F, net, pts);
  if (!hit) throw new Error("no perturbation flips a point: impossible for two points with opposite labels");
  return hit.rho2;
}
var dist24 = (i) => i.xp.reduce((s, v, k) => s.add(v.sub(i.xm[k]).mul(v.sub(i.xm[k]))), Q14.ZERO);
var against = (r) => (i, mode) => {
  const bound4 = dist24(i).div(new Q14(BigInt(r * r)));
  return mode.exact ? { measured: rho2(QF, i), claimed: bound4 } : { measured: rho2(F6410, i), claimed: bound4.toNumber() };
};
var show4 = (i) => `x\u208A=(${i.xp.join(", ")}) x\u208B=(${i.xm.join(", ")}) W=[${i.W.map((r) => `(${r.join(", ")})`).join(", ")}] b=(${i.b.join(", ")}) a=(${i.a.join(", ")})`;
var upper = propertyClaim3({
  id: "smorodinsky2026/D-FACT-1",
  title: "the robustness margin of any two-neuron net is at most \u2016x\u208A \u2212 x\u208B\u2016/2",
  statement: "Reconstruction (catalogue D-FACT-1, the optimum that S-C1 converges to): for two points with opposite labels and any two-neuron ReLU net, \u03C1(\u03B8) \u2264 \u2016x\u208A \u2212 x\u208B\u2016/2; checked as \u03C1\xB2 \u2264 \u2016x\u208A \u2212 x\u208B\u2016\xB2/4.",
  source: source2("abstract (S-C1)", "S-C1 [READ] / D-FACT-1 [DERIVED]"),
  provenance: "reconstructed",
  kind: "upper",
  expected: "holds",
  instances: instances3,
  measure: against(2),
  relation: "le",
  tolerance: { abs: 0, reason: "the verifying computation is exact over Q" },
  show: show4,
  precision: { search: "float64 polyhedra enumeration", verify: "exact rationals" },
  mutants: [{ id: "third", description: "bound \u2016x\u208A \u2212 x\u208B\u2016/3 instead of /2", measure: against(3) }]
});
var pairs = [
  { xp: [Q14.of(1)], xm: [Q14.of(-1)] },
  { xp: [Q14.of(2)], xm: [Q14.of(1)] },
  { xp: [Q14.of(1), Q14.of(0)], xm: [Q14.of(-1), Q14.of(0)] },
  { xp: [Q14.of(3), Q14.of(1)], xm: [Q14.of(-1), Q14.of(2)] },
  { xp: [Q14.parse("1/2"), Q14.of(2), Q14.of(-1)], xm: [Q14.of(0), Q14.parse("-3/4"), Q14.of(1)] }
];
var attained2 = (r) => (p) => ({ measured: rho2(QF, { ...p, ...bisector(p.xp, p.xm) }), claimed: dist24({ ...p, ...bisector(p.xp, p.xm) }).div(new Q14(BigInt(r * r))) });
var attain = casesClaim5({
  id: "smorodinsky2026/D-FACT-1-attained",
  title: "the bisector net attains \u03C1 = \u2016x\u208A \u2212 x\u208B\u2016/2",
  statement: "Reconstruction (catalogue D-FACT-1): N(x) = relu(a\xB7x + c) \u2212 relu(\u2212a\xB7x \u2212 c), a = x\u208A \u2212 x\u208B, c = \u2212(\u2016x\u208A\u2016\xB2 \u2212 \u2016x\u208B\u2016\xB2)/2, has \u03C1 = \u2016x\u208A \u2212 x\u208B\u2016/2 exactly, so the optimum of S-C1 is attained.",
  source: source2("abstract (S-C1)", "S-C1 [READ] / D-FACT-1 [DERIVED]"),
  provenance: "reconstructed",
  kind: "identity",
  expected: "holds",
  cases: pairs,
  measure: attained2(2),
  relation: "eq",
  tolerance: { abs: 0, reason: "exact rationals on both sides" },
  show: (p) => `x\u208A=(${p.xp.join(", ")}) x\u208B=(${p.xm.join(", ")})`,
  exact: true,
  precision: "exact rationals (\u03C1\xB2 by polyhedra enumeration)",
  mutants: [{ id: "full-distance", description: "attains \u2016x\u208A \u2212 x\u208B\u2016 instead of half of it", measure: attained2(1) }]
});
var D_FACT_1_default = [upper, attain];

// properties/smorodinsky2026/R-L1.ts
var R_L1_exports = {};
__export(R_L1_exports, {
  default: () => R_L1_default
});
import Decimal from "decimal.js";

// properties/smorodinsky2026/_pstar.ts
import fc7 from "fast-check";
import { models as models11 } from "gdcheck";
var { fromInvariants } = models11.twoNeuron;
var eighths = (min, max) => fc7.integer({ min: min * 8, max: max * 8 }).map((n3) => n3 / 8);
var pStarStarts = fc7.record({
  u: fc7.constantFrom(1, 1.5, 2),
  K1: eighths(0, 2),
  K2: eighths(-2, 0),
  m1: eighths(0, 3).map((m2) => m2 + 1 / 8),
  m2: eighths(0, 3).map((m2) => m2 + 1 / 8),
  eta: fc7.constantFrom(0.05, 0.1, 0.2),
  loss: fc7.constantFrom("exp", "logistic")
});
var settingOf = (s) => variant({ xPlus: s.u, xMinus: -s.u, u: s.u, eta: s.eta, loss: s.loss });
var initOf = (s) => fromInvariants(s.u, s.K1, s.K2, s.m1, s.m2);
var showStart = (s) => `u=${s.u} K\u2081=${s.K1} K\u2082=${s.K2} m\u2081=${s.m1} m\u2082=${s.m2} \u03B7=${s.eta} loss=${s.loss} (\u03B8\u2080 = [${Array.from(initOf(s).subarray(0, 4)).join(", ")}])`;

// properties/smorodinsky2026/R-L1.ts
import { propertyClaim as propertyClaim4, decimals as decimals2, models as models12 } from "gdcheck";
var { precision: precision2 } = decimals2;
var { advance, gdHP, specialized: specialized2 } = models12.twoNeuron;
var FLOAT_STEPS = 2e3;
var HP_STEPS = 30;
var combos = (u, sgn) => (w1, b1, w2, b2) => [w1 + sgn * u * b1, w2 - sgn * u * b2];
function drift(sgn) {
  return (s, mode) => {
    const c = settingOf(s), init = initOf(s);
    if (mode.exact) {
      const C = precision2(mode.digits);
      const u = new C(s.u);
      const K4 = (p2) => [p2[0].plus(u.times(p2[1]).times(sgn)), p2[2].minus(u.times(p2[3]).times(sgn))];
      const K0 = K4(gdHP(c, init, 0, mode.digits)), Kt = K4(gdHP(c, init, HP_STEPS, mode.digits));
      return { measured: Decimal.max(K0[0].minus(Kt[0]).abs(), K0[1].minus(Kt[1]).abs()), claimed: 0, note: `${HP_STEPS} steps at ${mode.digits} digits` };
    }
    const K3 = combos(s.u, sgn);
    const p = Float64Array.from(init);
    const [a0, b0] = K3(p[0], p[1], p[2], p[3]);
    let worst2 = 0;
    for (let t = 1; t <= FLOAT_STEPS; t++) {
      advance(c, p, 1);
      if (!specialized2(c, p)) throw new Error(`left P* at step ${t}: the construction should prevent this`);
      const [a, b] = K3(p[0], p[1], p[2], p[3]);
      worst2 = Math.max(worst2, Math.abs(a - a0), Math.abs(b - b0));
    }
    return { measured: worst2, claimed: 0, note: `${FLOAT_STEPS} float64 steps` };
  };
}
var R_L1_default = propertyClaim4({
  id: "smorodinsky2026/R-L1",
  title: "K\u2081 = w\u2081 \u2212 u\xB7b\u2081 and K\u2082 = w\u2082 + u\xB7b\u2082 are invariant in P*",
  statement: "Reconstruction (catalogue R-L1, standing in for the activation-pattern analysis the paper describes, S-C5): in R with data \xB1u, while the specialized pattern P* holds, GD keeps K\u2081 = w\u2081 \u2212 u\xB7b\u2081 and K\u2082 = w\u2082 + u\xB7b\u2082 exactly constant.",
  source: source2("abstract (S-C5)", "R-L1 [DERIVED]"),
  provenance: "reconstructed",
  kind: "identity",
  expected: "holds",
  instances: pStarStarts,
  measure: drift(-1),
  relation: "le",
  // 2000 steps × rounding ≤ 1e-16 of |θ| ≤ 10 is ≤ 2e-12 in float64; decimal.js at ≥ 20 digits is far below.
  tolerance: { abs: 1e-9, reason: "float64 rounding over 2000 steps (\u2264 2e-12); a true drift is O(\u03B7) per step" },
  show: showStart,
  precision: { search: "float64, 2000 GD steps", verify: "decimal.js, 30 GD steps at ctx.digits" },
  weight: 0.5,
  mutants: [{ id: "sign", description: "w\u2081 + u\xB7b\u2081 and w\u2082 \u2212 u\xB7b\u2082 (sign error) claimed invariant", measure: drift(1) }]
});

// properties/smorodinsky2026/R-L2.ts
var R_L2_exports = {};
__export(R_L2_exports, {
  default: () => R_L2_default
});
import Decimal2 from "decimal.js";
import { propertyClaim as propertyClaim5, decimals as decimals3, models as models13 } from "gdcheck";
var { precision: precision3, sigmoidNeg } = decimals3;
var { advance: advance2, gdHP: gdHP2, margins } = models13.twoNeuron;
var FLOAT_STEPS2 = 2e3;
var HP_STEPS2 = 30;
function recursionGap(factor2) {
  return (s, mode) => {
    const set = settingOf(s), init = initOf(s);
    if (mode.exact) {
      const C = precision3(mode.digits);
      const c2 = new C(s.eta).times(factor2(s.u));
      const u = new C(s.u);
      const weight2 = (m2) => s.loss === "exp" ? C.exp(m2.neg()) : sigmoidNeg(C, m2);
      const relu = (z) => z.gt(0) ? z : new C(0);
      const N = (p2, x) => relu(p2[0].times(x).plus(p2[1])).minus(relu(p2[2].times(x).plus(p2[3])));
      const p0 = gdHP2(set, init, 0, mode.digits), pt = gdHP2(set, init, HP_STEPS2, mode.digits);
      let r12 = N(p0, u), r22 = N(p0, u.neg()).neg();
      for (let t = 0; t < HP_STEPS2; t++) {
        r12 = r12.plus(c2.times(weight2(r12)));
        r22 = r22.plus(c2.times(weight2(r22)));
      }
      const g1 = N(pt, u), g22 = N(pt, u.neg()).neg();
      return { measured: Decimal2.max(g1.minus(r12).abs(), g22.minus(r22).abs()), claimed: 0, note: `${HP_STEPS2} steps at ${mode.digits} digits` };
    }
    const c = s.eta * factor2(s.u);
    const weight = (m2) => s.loss === "exp" ? Math.exp(-m2) : 1 / (1 + Math.exp(m2));
    const p = Float64Array.from(init);
    let [r1, r2] = margins(set, p);
    let worst2 = 0;
    for (let t = 1; t <= FLOAT_STEPS2; t++) {
      advance2(set, p, 1);
      r1 += c * weight(r1);
      r2 += c * weight(r2);
      const [m1, m2] = margins(set, p);
      worst2 = Math.max(worst2, Math.abs(m1 - r1), Math.abs(m2 - r2));
    }
    return { measured: worst2, claimed: 0, note: `${FLOAT_STEPS2} float64 steps` };
  };
}
var R_L2_default = propertyClaim5({
  id: "smorodinsky2026/R-L2",
  title: "in P*, each margin follows m \u2190 m + \u03B7(1+u\xB2)\xB7(\u2212\u2113'(m))",
  statement: "Reconstruction (catalogue R-L2, standing in for the paper's control of the GD trajectory, S-C5): in R with data \xB1u, while P* holds, m\u2081 = N(u) and m\u2082 = \u2212N(\u2212u) each follow m \u2190 m + c\xB7(\u2212\u2113'(m)) with c = \u03B7(1 + u\xB2).",
  source: source2("abstract (S-C5)", "R-L2 [DERIVED]"),
  provenance: "reconstructed",
  kind: "identity",
  expected: "holds",
  instances: pStarStarts,
  measure: recursionGap((u) => 1 + u * u),
  relation: "le",
  tolerance: { abs: 1e-9, reason: "float64 rounding of two recursions over 2000 steps (\u2264 1e-11); a wrong law is off by O(\u03B7) at step 1" },
  show: showStart,
  precision: { search: "float64, 2000 GD steps", verify: "decimal.js, 30 GD steps at ctx.digits" },
  weight: 0.5,
  mutants: [{ id: "no-1+u2", description: "c = \u03B7 instead of \u03B7(1 + u\xB2)", measure: recursionGap(() => 1) }]
});

// properties/smorodinsky2026/R-O2.ts
var R_O2_exports = {};
__export(R_O2_exports, {
  default: () => R_O2_default
});
import { exponentObservation, rates as rates2 } from "gdcheck";
var { fitLogExponent } = rates2;
var trained = variant({ trainOutputs: true, label: "reference model R with trained outputs (reconstructed)" });
var WINDOW2 = 1e4;
var R_O2_default = exponentObservation({
  id: "smorodinsky2026/R-O2",
  title: "trained outputs: gap \u2248 (ln t)^-p with p \u2248 1/2, not 1",
  statement: `Reconstructed observation (catalogue R-O2; the paper's output layer is UNKNOWN): in ${trained.label}, gap \u221D (ln t)^-p with p nearer 1/2 than 1 (fitted p in [0.25, 0.75]).`,
  source: source2("abstract (S-C2 setting)", "R-O2 [DERIVED heuristic + R-SIM]"),
  provenance: "reconstructed",
  expected: "holds",
  exponentName: `p in gap \u221D (ln t)^-p on [${WINDOW2}, T]`,
  series: (ctx) => namedSeries(ctx, ["verification"], trained),
  fit: (s) => {
    const idx = s.series.t.map((_, i) => i).filter((i) => s.series.t[i] >= WINDOW2);
    if (idx.length < 5) throw new Error(`horizon too short: ${idx.length} checkpoints past t = ${WINDOW2}`);
    return fitLogExponent(idx.map((i) => s.series.t[i]), idx.map((i) => s.series.gap[i]));
  },
  band: { lo: 0.25, hi: 0.75, reason: "nearer 1/2 than 1: the law is a heuristic, the catalogue saw p = 0.38\u20130.49" },
  precision: RATE_PRECISION,
  mutants: [
    { id: "fixed-output-law", description: "p in [0.75, 1.25]: \u0398(1/ln t) as with a fixed output layer", band: { lo: 0.75, hi: 1.25, reason: "the fixed-output exponent" } }
  ]
});

// properties/smorodinsky2026/R-O3.ts
var R_O3_exports = {};
__export(R_O3_exports, {
  default: () => R_O3_default
});
import { exponentObservation as exponentObservation2, rates as rates3 } from "gdcheck";
var { fitLine } = rates3;
var half = variant({ xPlus: 0.5, xMinus: -0.5, u: 0.5, label: "reference model R with u = 1/2 (reconstructed)" });
var WINDOW3 = 1e3;
var R_O3_default = exponentObservation2({
  id: "smorodinsky2026/R-O3",
  title: "u = 1/2: the gap decays polynomially (a \u2248 1), not like 1/ln t",
  statement: `Reconstructed observation (catalogue R-O3; the paper's data are UNKNOWN): in ${half.label}, from the verification start, gap \u221D t^-a with a in [0.75, 1.5].`,
  source: source2("abstract (S-C2 hypotheses)", "R-O3 [R-SIM], R-L3 [DERIVED]"),
  provenance: "reconstructed",
  expected: "holds",
  exponentName: `a in gap \u221D t^-a on [${WINDOW3}, T]`,
  series: (ctx) => namedSeries(ctx, ["verification"], half),
  fit: (s) => {
    const idx = s.series.t.map((_, i) => i).filter((i) => s.series.t[i] >= WINDOW3);
    if (idx.length < 5) throw new Error(`horizon too short: ${idx.length} checkpoints past t = ${WINDOW3}`);
    return fitLine(idx.map((i) => Math.log(s.series.t[i])), idx.map((i) => -Math.log(s.series.gap[i])));
  },
  band: { lo: 0.75, hi: 1.5, reason: "about t^-1; a log factor (as in 1/(t ln t)) raises the finite-window fit" },
  precision: RATE_PRECISION,
  mutants: [
    { id: "inv-log", description: "gap = \u0398(1/ln t) also at u = 1/2 (the u \u2265 1 rate)", claimed: { law: "inv-log" } }
  ]
});

// properties/smorodinsky2026/R-T1-limit.ts
var R_T1_limit_exports = {};
__export(R_T1_limit_exports, {
  default: () => R_T1_limit_default
});
import { casesClaim as casesClaim6, models as models16, rates as rates4 } from "gdcheck";
var { invariants: invariants2 } = models16.twoNeuron;
var { fitLine: fitLine2 } = rates4;
var limitOf = (c) => {
  const { t } = c.run.traj;
  const T5 = t[t.length - 1], cD = R.eta * (1 + R.u * R.u);
  const idx = t.map((_, i) => i).filter((i) => t[i] >= T5 / 100 * (1 - 1e-12));
  if (idx.length < 5) throw new Error(`too few checkpoints in the last two decades (${idx.length})`);
  const L4 = idx.map((i) => Math.log(cD * t[i])), inv = idx.map((i) => 1 / c.run.gap[i]);
  const line = fitLine2(L4, inv);
  const k = idx[idx.length - 1];
  return { estimate: 1 / line.slope, last: c.run.gap[k] * Math.log(cD * T5), T: T5 };
};
var against2 = (claimed) => (c) => {
  const [K1, K22] = invariants2(R.u, c.init);
  const { estimate, last, T: T5 } = limitOf(c);
  return { measured: estimate, claimed: claimed(K1, K22), note: `gap\xB7ln(\u03B7Dt) at T = ${T5.toExponential(1)} is ${last.toPrecision(5)}; extrapolated limit ${estimate.toPrecision(5)}; K\u2081 = ${K1}, K\u2082 = ${K22}` };
};
var R_T1_limit_default = casesClaim6({
  id: "smorodinsky2026/R-T1-limit",
  title: "gap\xB7ln(\u03B7(1+u\xB2)t) \u2192 |K\u2081+K\u2082|/2",
  statement: `Reconstruction (catalogue R-T1; the paper's constants are UNKNOWN): in ${R.label}, gap_t\xB7ln(\u03B7(1+u\xB2)t) \u2192 |K\u2081+K\u2082|/2 for starts in P* with K\u2081+K\u2082 \u2260 0.`,
  source: source2("abstract (S-C2 constants)", "R-T1 [DERIVED], E6"),
  provenance: "reconstructed",
  kind: "limit",
  expected: "holds",
  cases: (ctx) => ["verification", "asymmetric"].map((name) => ({ name, init: R.inits[name], run: runOf(ctx, R.inits[name]) })),
  measure: against2((K1, K22) => Math.abs(K1 + K22) / 2),
  relation: "eq",
  tolerance: { rel: 0.02, reason: "the o(1/ln t) remainder (m_t = ln(ct) + O(ln t / t), the m\u2081\u2212m\u2082 transient) biases the two-decade extrapolation; 0.06% and 0.4% seen at T = 10\u2076" },
  show: (c) => `${c.name} init [${Array.from(c.init.subarray(0, 4)).join(", ")}]`,
  exact: false,
  precision: "float64 GD; exact gaps at checkpoints; least-squares extrapolation in 1/ln t",
  mutants: [
    { id: "no-half", description: "limit |K\u2081+K\u2082| (the factor 1/2 dropped)", measure: against2((K1, K22) => Math.abs(K1 + K22)) },
    { id: "difference", description: "limit |K\u2081\u2212K\u2082|/2 (wrong invariant combination)", measure: against2((K1, K22) => Math.abs(K1 - K22) / 2) }
  ]
});

// properties/smorodinsky2026/R-T1.ts
var R_T1_exports = {};
__export(R_T1_exports, {
  default: () => R_T1_default
});
import { propertyClaim as propertyClaim6, models as models17, rationals as rationals16 } from "gdcheck";
var { zeros1D, QF: QF2 } = models17.reluMargin;
var { advance: advance3, logCheckpoints: logCheckpoints2, asNet, boundary: boundary2, closedFormBoundary, invariants: invariants3, margins: margins2 } = models17.twoNeuron;
var { Q: Q15 } = rationals16;
var STEPS = 2e3;
function boundaryGap(sgn) {
  return (s, mode) => {
    const set = settingOf(s);
    const p = initOf(s);
    let worst2 = mode.exact ? Q15.ZERO : 0, compared = 0, now = 0;
    for (const t of logCheckpoints2(STEPS, 5)) {
      advance3(set, p, t - now);
      now = t;
      const xs = boundary2(set, p);
      if (!(p[0] * xs + p[1] > 0 && p[2] * xs + p[3] > 0)) continue;
      compared++;
      if (mode.exact) {
        const q = (x) => Q15.fromNumber(x);
        const u = q(s.u), w1 = q(p[0]), b1 = q(p[1]), w2 = q(p[2]), b2 = q(p[3]);
        const K1 = w1.sub(u.mul(b1)), K22 = w2.add(u.mul(b2));
        const N = (x) => {
          const z1 = w1.mul(x).add(b1), z2 = w2.mul(x).add(b2);
          return (z1.sign() > 0 ? z1 : Q15.ZERO).sub(z2.sign() > 0 ? z2 : Q15.ZERO);
        };
        const m1 = N(u), m2 = N(u.neg()).neg();
        const closed = u.mul(K1.add(K22)).add(m1.sub(m2).mul(Q15.of(sgn))).div(u.mul(m1.add(m2)).add(K1).sub(K22));
        const zs = zeros1D(QF2, asNet(QF2, p), u.neg(), u);
        const z = zs.reduce((b, x) => x.abs().cmp(b.abs()) < 0 ? x : b);
        const d = z.sub(closed).abs();
        if (d.cmp(worst2) > 0) worst2 = d;
      } else {
        const [K1, K22] = invariants3(s.u, p), [m1, m2] = margins2(set, p);
        const closed = sgn === -1 ? closedFormBoundary(s.u, K1, K22, m1, m2) : (s.u * (K1 + K22) + (m1 - m2)) / (s.u * (m1 + m2) + K1 - K22);
        worst2 = Math.max(worst2, Math.abs(xs - closed));
      }
    }
    if (compared === 0) throw new Error("no checkpoint had both neurons active at the boundary");
    return { measured: worst2, claimed: 0, note: `${compared} checkpoints compared` };
  };
}
var R_T1_default = propertyClaim6({
  id: "smorodinsky2026/R-T1",
  title: "closed-form decision boundary x* in P*",
  statement: "Reconstruction (catalogue R-T1, standing in for the paper's control of the boundary's trajectory, S-C5): in R with data \xB1u, while P* holds and both neurons are active at x*, the boundary is x* = (u(K\u2081+K\u2082) \u2212 (m\u2081\u2212m\u2082)) / (u(m\u2081+m\u2082) + K\u2081 \u2212 K\u2082).",
  source: source2("abstract (S-C5)", "R-T1 [DERIVED]"),
  provenance: "reconstructed",
  kind: "exact",
  expected: "holds",
  instances: pStarStarts,
  measure: boundaryGap(-1),
  relation: "le",
  tolerance: { abs: 1e-12, reason: "float64 search only (both sides are O(1) and computed in a few operations); the verification is exact, difference 0" },
  show: showStart,
  precision: { search: "float64", verify: "exact rationals on the float64 iterates" },
  weight: 0.5,
  mutants: [{ id: "sign-m", description: "x* with +(m\u2081 \u2212 m\u2082) instead of \u2212(m\u2081 \u2212 m\u2082)", measure: boundaryGap(1) }]
});

// properties/smorodinsky2026/S-C2-every-init.ts
var S_C2_every_init_exports = {};
__export(S_C2_every_init_exports, {
  default: () => S_C2_every_init_default
});
import { rateClaim } from "gdcheck";
var S_C2_every_init_default = rateClaim({
  id: "smorodinsky2026/S-C2-every-init",
  title: "\u0398(1/ln t) for every initialization (counter-case: K\u2081+K\u2082 = 0)",
  statement: `Reconstruction (not the paper's statement): in ${R.label}, gap = \u0398(1/ln t) for every start in P*, including the symmetric start K\u2081 + K\u2082 = 0. Expected refuted: there the gap is O(1/(t ln t)).`,
  source: source2("abstract", "S-C2 [READ] vs R-T1 counter-case [DERIVED]"),
  provenance: "reconstructed",
  expected: "refuted",
  claimed: { law: "inv-log" },
  series: (ctx) => namedSeries(ctx, ["verification", "asymmetric", "symmetric"]),
  precision: RATE_PRECISION,
  mutants: [
    { id: "inv-sqrt-log", description: "the universal claim with \u0398((ln t)^-1/2)", claimed: { law: "inv-sqrt-log" } }
  ]
});

// properties/smorodinsky2026/S-C2.ts
var S_C2_exports = {};
__export(S_C2_exports, {
  default: () => S_C2_default
});
import { rateClaim as rateClaim2 } from "gdcheck";
var S_C2_default = rateClaim2({
  id: "smorodinsky2026/S-C2",
  title: "gap = \u0398(1/ln t) in the reference model R",
  statement: `Reconstruction standing in for the paper's S-C2 (abstract: the robustness margin converges "strictly as \u0398(1/ln t)"), in ${R.label}: for the starts 'verification' and 'asymmetric' (both in the specialized pattern P*, K\u2081+K\u2082 \u2260 0), c/ln t \u2264 \u03C1* \u2212 \u03C1(\u03B8_t) \u2264 C/ln t.`,
  source: source2("abstract", "S-C2 [READ] in R (R-T1, E6, E7 [DERIVED])"),
  provenance: "reconstructed",
  expected: "holds",
  claimed: { law: "inv-log" },
  series: (ctx) => namedSeries(ctx, ["verification", "asymmetric"]),
  precision: RATE_PRECISION,
  mutants: [
    { id: "one-over-t", description: "gap = \u0398(1/t) (the aggressive-step rate of linear models)", claimed: { law: "power", a: 1 } },
    { id: "t-minus-half", description: "gap = \u0398(t^-1/2): a polynomial rate", claimed: { law: "power", a: 0.5 } },
    { id: "inv-sqrt-log", description: "gap = \u0398((ln t)^-1/2): the trained-output rate of R-O2", claimed: { law: "inv-sqrt-log" } }
  ]
});

// properties/smorodinsky2026/S-C4.ts
var S_C4_exports = {};
__export(S_C4_exports, {
  default: () => S_C4_default
});
import { defineClaim as defineClaim7, models as models20, rates as rates5, rationals as rationals17 } from "gdcheck";
var { invariants: invariants4, rhoStar } = models20.twoNeuron;
var { decideRate, claimedText, LAW_TEXT } = rates5;
var { Q: Q16 } = rationals17;
function deadNeuron(p) {
  const q = Q16.fromNumber;
  for (const [w, b] of [[0, 1], [2, 3]]) {
    const at = (x) => q(p[w]).mul(q(x)).add(q(p[b]));
    if (at(R.xPlus).sign() <= 0 && at(R.xMinus).sign() <= 0) return w / 2 + 1;
  }
  return null;
}
var cache8 = /* @__PURE__ */ new Map();
function runs2(ctx) {
  const M = Math.max(8, Math.round(32 * ctx.budget)), T5 = Math.round(1e5 * Math.sqrt(Math.max(1, ctx.budget)));
  const key2 = `${ctx.seed}:${M}:${T5}`;
  let list = cache8.get(key2);
  if (!list) {
    list = [];
    let live = 0;
    for (let k = 0; k < 4 * M && (k < M || live < 8); k++) {
      ctx.progress?.(`S-C4 run ${k + 1}`);
      const init = randomInit(ctx.seed, k, R.randomSigma);
      const r = run10({ setting: R, init, T: T5, replaySteps: 0, digits: ctx.digits });
      const final = r.traj.params[r.traj.params.length - 1];
      const kind = deadNeuron(final) !== null ? "dead neuron" : r.gap[r.gap.length - 1] >= rhoStar(R) ? "misclassified at T" : "non-degenerate";
      list.push({ index: k, init, kind, final, series: series(r, `random start #${k}`) });
      if (kind === "non-degenerate" && decideRate(list.at(-1).series, { law: "inv-log" }).verdict !== "inconclusive") live++;
    }
    cache8.set(key2, list);
  }
  return { M: list.length, T: T5, list };
}
var showInit = (p) => `[${Array.from(p.subarray(0, 4)).map((x) => x.toPrecision(6)).join(", ")}]`;
function randomStartRates(ctx, claimed) {
  const { M, T: T5, list } = runs2(ctx);
  const counts = /* @__PURE__ */ new Map();
  list.forEach((r) => counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1));
  const live = list.filter((r) => r.kind === "non-degenerate");
  const decisions = live.map((r) => [r, decideRate(r.series, claimed)]);
  const laws = /* @__PURE__ */ new Map();
  decisions.forEach(([, d]) => {
    const k = d.fits.length ? LAW_TEXT[d.fits[0].law] : "no fit";
    laws.set(k, (laws.get(k) ?? 0) + 1);
  });
  const qT = live.map((r) => r.series.gap[r.series.gap.length - 1] * Math.log(T5)).sort((a, b) => a - b);
  const details2 = [
    `${M} starts (seed ${ctx.seed}, N(0, ${R.randomSigma}\xB2) hidden weights, outputs (1, \u22121)), T = ${T5.toExponential(1)}: ` + [...counts].map(([k, n3]) => `${k} ${n3}/${M}`).join(", "),
    `best-fitting law among non-degenerate runs: ${[...laws].map(([k, n3]) => `${k} ${n3}`).join(", ") || "-"}`,
    `gap\xB7ln t at T over non-degenerate runs: ${qT.length ? `min ${qT[0].toPrecision(3)}, median ${qT[qT.length >> 1].toPrecision(3)}, max ${qT[qT.length - 1].toPrecision(3)}` : "-"}`,
    ...decisions.map(([r, d]) => `#${r.index} ${showInit(r.init)} K\u2081+K\u2082 at T = ${(invariants4(R.u, r.final)[0] + invariants4(R.u, r.final)[1]).toFixed(3)}: ${d.verdict}: ${d.reason}`)
  ];
  const precision9 = `${RATE_PRECISION}; degeneracy by exact pre-activation signs`;
  const refuted = decisions.find(([, d]) => d.verdict === "refuted");
  const held = decisions.filter(([, d]) => d.verdict === "holds").length;
  const open = decisions.length - held;
  if (refuted) {
    const [r, d] = refuted;
    return { verdict: "refuted", reason: `random start #${r.index}: ${d.reason}`, instances: held + 1, precision: precision9, details: details2, seed: ctx.seed, counterexample: { instance: `random start #${r.index} ${showInit(r.init)}`, measured: d.evidence?.measured ?? d.reason, claimed: claimedText(claimed), gap: d.evidence?.gap ?? "-", verifiedWith: "exact values: the rational margin of each float64 GD iterate against the exact \u03C1*" } };
  }
  if (held < 3) return { verdict: "inconclusive", reason: `only ${held} non-degenerate run(s) decided (${open} undecided, ${M - live.length} degenerate)`, instances: held, precision: precision9, details: details2 };
  return { verdict: "holds", reason: `${held} of ${live.length} non-degenerate runs decided ${claimedText(claimed)}, none refuted, ${open} undecided on this horizon; ${M - live.length}/${M} degenerate (reported apart)`, instances: held, skipped: open, precision: precision9, details: details2 };
}
function noneDegenerate(ctx) {
  const { M, list } = runs2(ctx);
  const dead = list.find((r) => r.kind === "dead neuron");
  const precision9 = "exact rationals (pre-activation signs of the float64 iterate)";
  if (!dead) return { verdict: "holds", reason: `no dead neuron among ${M} starts`, instances: M, precision: precision9 };
  const j = deadNeuron(dead.final);
  return {
    verdict: "refuted",
    reason: `random start #${dead.index}: neuron ${j} is inactive at both points (exactly), so it never moves again and one point stays misclassified`,
    instances: 1,
    precision: precision9,
    seed: ctx.seed,
    counterexample: { instance: `random start #${dead.index} ${showInit(dead.init)}; at T: ${showInit(dead.final)}`, measured: `neuron ${j} dead`, claimed: "no degenerate start", gap: "\u03C1 = 0 forever", verifiedWith: precision9 }
  };
}
var S_C4_default = defineClaim7({
  id: "smorodinsky2026/S-C4",
  title: "\u0398(1/ln t) across random initializations (degenerate runs apart)",
  statement: `Reconstruction standing in for the paper's S-C4 (its initializations are UNKNOWN): in ${R.label}, with i.i.d. N(0, ${R.randomSigma}\xB2) hidden weights, every non-degenerate run that E7 decides is \u0398(1/ln t); the fraction of degenerate runs (dead neuron, misclassified at T) is reported separately.`,
  source: source2("abstract (simulations)", "S-C4 [READ], R-O3 degeneracy [R-SIM], E7"),
  provenance: "reconstructed",
  kind: "rate",
  expected: "holds",
  run: (ctx) => randomStartRates(ctx, { law: "inv-log" }),
  mutants: [
    { id: "inv-sqrt-log", description: "the non-degenerate runs are \u0398((ln t)^-1/2)", run: (ctx) => randomStartRates(ctx, { law: "inv-sqrt-log" }) },
    { id: "none-degenerate", description: "no random start is degenerate", run: noneDegenerate }
  ]
});

// properties/smorodinsky2026/S-C6.ts
var S_C6_exports = {};
__export(S_C6_exports, {
  default: () => S_C6_default
});
import { casesClaim as casesClaim7, models as models21 } from "gdcheck";
var { logCheckpoints: logCheckpoints3 } = models21.twoNeuron;
function cases(ctx) {
  const T5 = horizon(ctx);
  const ts = logCheckpoints3(Math.floor(Math.sqrt(T5)), 5).filter((t) => t >= 100);
  if (ts.length < 2) throw new Error(`horizon ${T5} too short: need t\xB2 \u2264 T for at least two t \u2265 100`);
  const r = run10({ setting: R, init: R.inits.verification, T: T5, extra: ts.flatMap((t) => [t, t * t]), replaySteps: replaySteps(ctx), digits: ctx.digits, progress: ctx.progress });
  const gapAt = (t) => {
    const k = r.traj.t.indexOf(t);
    if (k < 0) throw new Error(`no checkpoint at t = ${t}`);
    return r.gap[k];
  };
  const out = ts.map((t) => ({ label: `t = ${t}`, ratio: gapAt(t * t) / gapAt(t), note: `gap(t) = ${gapAt(t).toPrecision(6)}, gap(t\xB2) = ${gapAt(t * t).toPrecision(6)}` }));
  out[out.length - 1].note += `; high-precision replay drift ${r.drift?.maxRelDiff.toExponential(2) ?? "-"}`;
  return out;
}
var against3 = (limit2) => (c) => ({ measured: c.ratio, claimed: limit2, note: c.note });
var S_C6_default = casesClaim7({
  id: "smorodinsky2026/S-C6",
  title: "gap(t\xB2)/gap(t) \u2192 1/2 (squaring t halves the gap)",
  statement: `Reconstruction (catalogue S-C6 corollary of S-C2, in ${R.label}; the paper says only "prohibitively slow"): for the verification start, gap(t\xB2)/gap(t) \u2192 1/2.`,
  source: source2("abstract", "S-C6 [READ] + corollary [DERIVED], E8"),
  provenance: "reconstructed",
  kind: "limit",
  expected: "holds",
  cases,
  measure: against3(0.5),
  relation: "eq",
  tolerance: { abs: 0.06, reason: "R-T1 predicts an O(1/ln t) approach to 1/2 (\u22120.04 at t = 10\xB3); E8 suggests the band [0.45, 0.6]" },
  show: (c) => c.label,
  exact: false,
  precision: "float64 GD; exact gaps at t and t\xB2",
  mutants: [
    { id: "sqrt-law", description: "limit 1/\u221A2, as under gap = \u0398((ln t)^-1/2)", measure: against3(Math.SQRT1_2) },
    { id: "square-law", description: "limit 1/4, as under gap = \u0398((ln t)^-2)", measure: against3(0.25) }
  ]
});

// properties/srikant2021/SS-ABS-1-min-norm-limit.ts
var SS_ABS_1_min_norm_limit_exports = {};
__export(SS_ABS_1_min_norm_limit_exports, {
  default: () => SS_ABS_1_min_norm_limit_default
});

// properties/srikant2021/_trend.ts
import { rates as rates6 } from "gdcheck";
var { fitPower, showFit } = rates6;
var FLAT = -0.05;
function toZero(fit, base) {
  const [lo, hi] = fit.slopeCI;
  if (hi < 0) return { ...base, verdict: "holds", reason: `decreases: ${showFit(fit)}` };
  if (lo > FLAT) return { ...base, verdict: "refuted", reason: `no decrease: ${showFit(fit)} lies above ${FLAT}` };
  return { ...base, verdict: "inconclusive", reason: `trend undecided: ${showFit(fit)}` };
}
function rateIs(fit, b, base) {
  const [lo, hi] = fit.slopeCI;
  if (lo > b || hi < b) return { ...base, verdict: "refuted", reason: `claimed exponent ${b} outside ${showFit(fit)}` };
  return { ...base, verdict: "holds", reason: `claimed exponent ${b} inside ${showFit(fit)}` };
}

// properties/srikant2021/SS-ABS-1-min-norm-limit.ts
import { defineClaim as defineClaim8, linalg as linalg16, models as models23 } from "gdcheck";

// properties/srikant2021/_widthSweep.ts
import { models as models22 } from "gdcheck";
var { rng: rng2 } = models22.mlp;
var { frobDist2, gdStep, minNormInterpolant, ntkInit } = models22.ntk;
function runWidth(data12, m2, seed, o) {
  const net = ntkInit(m2, data12.d, o.kappa, rng2(seed));
  const mn = minNormInterpolant(net, data12);
  const W = net.W.slice();
  let V = frobDist2(W, mn.Wstar);
  const V0 = V;
  let excess = 0, loss4 = Infinity, k = 0;
  for (; k < o.maxSteps; k++) {
    loss4 = gdStep(net, W, data12, o.eta);
    const Vn = frobDist2(W, mn.Wstar);
    excess += Math.max(0, Vn - V);
    V = Vn;
    if (!Number.isFinite(loss4) || loss4 < o.lossTol) break;
  }
  return { m: m2, seed, D: Math.sqrt(V / mn.dist2), lyapExcess: excess / V0, dist2: mn.dist2, finalLoss: loss4, steps: k };
}
var mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;

// properties/srikant2021/SS-ABS-1-min-norm-limit.ts
var { inverseQuadChecked } = linalg16;
var { rng: rng3 } = models23.mlp;
var { ntkData, ntkInit: ntkInit2, empiricalGram, predict } = models23.ntk;
var SEEDS = 4;
var GD = { kappa: 1, eta: 0.5, maxSteps: 5e3, lossTol: 1e-20 };
var cache9 = /* @__PURE__ */ new Map();
function sweep2(ctx) {
  const key2 = `${ctx.seed}:${ctx.budget}`;
  const hit = cache9.get(key2);
  if (hit) return hit;
  const data12 = ntkData(6, 4, rng3(ctx.seed));
  const top = Math.max(256, Math.round(1024 * Math.min(ctx.budget, 16)));
  const widths = [];
  for (let m2 = 32; m2 <= top; m2 *= 2) widths.push(m2);
  const rows2 = [];
  let precisionIssue;
  for (const m2 of widths) {
    ctx.progress?.(`SS-ABS-1 m=${m2}`);
    const runs3 = [];
    for (let s = 0; s < SEEDS; s++) {
      const seed = ctx.seed * 31 + m2 * 7 + s;
      const run12 = runWidth(data12, m2, seed, GD);
      if (!(run12.finalLoss < 1e-12)) precisionIssue ??= `GD did not converge at m=${m2} seed ${seed} (\u03A6 = ${run12.finalLoss})`;
      const net = ntkInit2(m2, data12.d, GD.kappa, rng3(seed));
      const u0 = predict(net, net.W, data12);
      const chk = inverseQuadChecked(empiricalGram(net, net.W, data12), data12.y.map((y, i) => y - u0[i]));
      if (chk.diff > 1e-8 * Math.abs(chk.f64) || Math.abs(chk.f64 - run12.dist2) > 1e-8 * run12.dist2) precisionIssue ??= `\u2016W*\u2212W0\u2016\xB2 differs between float64 and decimal at m=${m2} (${chk.diff})`;
      runs3.push(run12);
    }
    rows2.push({ m: m2, D: mean(runs3.map((r) => r.D)), lyap: mean(runs3.map((r) => r.lyapExcess)), loss: Math.max(...runs3.map((r) => r.finalLoss)) });
  }
  const fit = fitPower(rows2.map((r) => r.m), rows2.map((r) => r.D));
  const smallRun = runWidth(data12, 256, ctx.seed + 5, { ...GD, kappa: 0.01 });
  const small3 = `\u03BA = 0.01 (small init), m = 256: D = ${smallRun.D.toFixed(3)}: far from W* at this width; the NTK regime needs m \u226B \u03BA\u207B\xB2\xB7poly(n)`;
  const out = { rows: rows2, fit, precisionIssue, small: small3 };
  cache9.set(key2, out);
  return out;
}
function decide2(ctx, rule) {
  const s = sweep2(ctx);
  const details2 = [
    "m        D(m)=\u2016W_T\u2212W*\u2016/\u2016W*\u2212W0\u2016   \u03A3(V_{k+1}\u2212V_k)_+/V_0   max final \u03A6",
    ...s.rows.map((r) => `${String(r.m).padEnd(8)} ${r.D.toFixed(4).padEnd(24)} ${r.lyap.toExponential(2).padEnd(22)} ${r.loss.toExponential(1)}`),
    s.small
  ];
  const base = { instances: s.rows.length * SEEDS, precision: "float64 GD; \u2016W*\u2212W0\u2016\xB2 cross-checked in decimal.js (40 digits)", seed: ctx.seed, details: details2 };
  if (s.precisionIssue) return { ...base, verdict: "inconclusive", reason: s.precisionIssue };
  return rule(s.fit, base);
}
var SS_ABS_1_min_norm_limit_default = defineClaim8({
  id: "srikant2021/SS-ABS-1",
  title: "GD limit approaches the linearised min-norm interpolant W* as the width grows",
  statement: `Reconstruction standing in for the abstract claim "GD converges to a point close to the minimum-norm solution" (not the paper's theorem): in the NTK setting with \u03BA = 1, D(m) = \u2016W_\u221E \u2212 W*\u2016/\u2016W* \u2212 W0\u2016 \u2192 0, fitted as C\xB7m^a with a < 0.`,
  source: { arxiv: "2105.06569", where: "abstract", catalogue: "SS-ABS-1 [READ] via SS-INF-2 [INFERRED]" },
  provenance: "reconstructed",
  kind: "limit",
  expected: "holds",
  run: (ctx) => decide2(ctx, toZero),
  mutants: [
    { id: "rate-1-over-m", description: "D(m) \u221D m^-1 (a wrong exponent)", run: (ctx) => decide2(ctx, (f, b) => rateIs(f, -1, b)) },
    { id: "no-shrink", description: "D(m) does not shrink with m (exponent 0: the wrong law)", run: (ctx) => decide2(ctx, (f, b) => rateIs(f, 0, b)) }
  ]
});

// properties/srikant2021/SS-LYAP-linearised-descent.ts
var SS_LYAP_linearised_descent_exports = {};
__export(SS_LYAP_linearised_descent_exports, {
  default: () => SS_LYAP_linearised_descent_default
});
import fc8 from "fast-check";
import { propertyClaim as propertyClaim7, linalg as linalg17, models as models24, rationals as rationals18 } from "gdcheck";
var { SingularMatrixError } = linalg17;
var { dist2: dist25, linearGdStep, linearLoss, linearSetup } = models24.ntk;
var { Q: Q17 } = rationals18;
var STEPS2 = 5;
var small2 = (lo, hi) => fc8.integer({ min: lo, max: hi });
var instances4 = fc8.integer({ min: 2, max: 3 }).chain((n3) => fc8.record({
  X: fc8.array(fc8.tuple(small2(-3, 3), small2(-3, 3)), { minLength: n3, maxLength: n3 }),
  y: fc8.array(small2(-4, 4), { minLength: n3, maxLength: n3 }),
  W0: fc8.array(fc8.tuple(small2(-2, 2), small2(-2, 2)), { minLength: 4, maxLength: 4 }),
  a: fc8.array(fc8.boolean(), { minLength: 4, maxLength: 4 })
})).map(({ X, y, W0, a }) => ({
  X: X.map(([u, v]) => u === 0 && v === 0 ? [Q17.ONE, Q17.ZERO] : [Q17.of(u), Q17.of(v)]),
  y: y.map((v) => new Q17(BigInt(v), 2n)),
  W0: W0.map(([u, v]) => [Q17.of(u), Q17.of(v)]),
  a: a.map((b) => b ? 1 : -1),
  sqrtM: 2
}));
function setupOf(p) {
  try {
    return linearSetup(p);
  } catch (e) {
    if (e instanceof SingularMatrixError) return "H(0) = ZZ\u1D40 is singular (W* not unique)";
    throw e;
  }
}
function worstDrift(quantity, driftFactor) {
  return (p) => {
    const s = setupOf(p);
    if (typeof s === "string") throw new Error(s);
    const tr = s.H.reduce((acc, row, i) => acc.add(row[i]), Q17.ZERO);
    const eta3 = Q17.ONE.div(tr);
    let w = s.w0, worst2 = null, at = 0;
    for (let k = 0; k < STEPS2; k++) {
      const next = linearGdStep(s, p.y, w, eta3);
      const excess = quantity(s, next).sub(quantity(s, w)).add(Q17.of(driftFactor).mul(eta3).mul(linearLoss(s, p.y, w)));
      if (worst2 === null || excess.cmp(worst2) > 0) {
        worst2 = excess;
        at = k;
      }
      w = next;
    }
    return { measured: worst2, claimed: Q17.ZERO, note: `worst at step ${at}; \u03B7 = 1/tr H(0) = ${eta3}` };
  };
}
var toW = (s, w) => dist25(w, s.wStar);
var show5 = (p) => `X=[${p.X.map((x) => `(${x.join(",")})`).join(" ")}] y=[${p.y.join(",")}] W0=[${p.W0.map((w) => `(${w.join(",")})`).join(" ")}] a=[${p.a.join(",")}] m=4`;
var SS_LYAP_linearised_descent_default = propertyClaim7({
  id: "srikant2021/SS-LYAP",
  title: "Lyapunov descent of \u2016W_k \u2212 W*\u2016\xB2 along GD on the linearised network",
  statement: "Reconstruction standing in for the paper's (unknown) Lyapunov analysis: on the linearised NTK network with \u03B7 = 1/tr H(0), V_k = \u2016W_k \u2212 W*\u2016\xB2 satisfies V_{k+1} \u2212 V_k \u2264 \u22122\u03B7 \u03A6_lin(W_k).",
  source: { arxiv: "2105.06569", where: "abstract (Lyapunov analysis)", catalogue: "SS-ABS-3 [READ] via SS-INF-3 [INFERRED]" },
  provenance: "reconstructed",
  kind: "upper",
  expected: "holds",
  instances: instances4,
  hypotheses: (p) => {
    const s = setupOf(p);
    return typeof s === "string" ? s : true;
  },
  measure: worstDrift(toW, 2),
  relation: "le",
  tolerance: { abs: 0, reason: "exact rational arithmetic: no rounding to allow for" },
  show: show5,
  precision: { search: "exact rationals", verify: "exact rationals" },
  weight: 0.5,
  mutants: [
    { id: "increasing-quantity", description: "V\u2032_k = \u2016W_k \u2212 W0\u2016\xB2 (distance from the init, which grows) claimed to descend", measure: worstDrift((s, w) => dist25(w, s.w0), 0) },
    { id: "drift-4", description: "drift \u22124\u03B7\u03A6 instead of \u22122\u03B7\u03A6 (a wrong constant)", measure: worstDrift(toW, 4) }
  ]
});

// properties/srikant2021/SS-NORM-kernel-norm.ts
var SS_NORM_kernel_norm_exports = {};
__export(SS_NORM_kernel_norm_exports, {
  default: () => SS_NORM_kernel_norm_default
});
import { defineClaim as defineClaim9, linalg as linalg18, models as models25 } from "gdcheck";
var { inverseQuadChecked: inverseQuadChecked2, lambdaMinChecked: lambdaMinChecked2 } = linalg18;
var { rng: rng4 } = models25.mlp;
var { ntkData: ntkData2, ntkInit: ntkInit3, empiricalGram: empiricalGram2, infiniteGram, predict: predict2 } = models25.ntk;
var SEEDS2 = 16;
var KAPPA = 1e-3;
var cache10 = /* @__PURE__ */ new Map();
function sweep3(ctx, factor2) {
  const key2 = `${ctx.seed}:${ctx.budget}:${factor2}`;
  const hit = cache10.get(key2);
  if (hit) return hit;
  const data12 = ntkData2(8, 5, rng4(ctx.seed + 1));
  const Hinf = infiniteGram(data12);
  const q = inverseQuadChecked2(Hinf, data12.y);
  const lam = lambdaMinChecked2(Hinf);
  let issue;
  if (q.diff > 1e-9 * Math.abs(q.f64)) issue = `y\u1D40H\u221E\u207B\xB9y: float64 ${q.f64} vs decimal ${q.hp.toSignificantDigits(12)}`;
  if (!(lam.f64 > 10 * lam.bound) || lam.diff > 1e-9) issue ??= `\u03BB_min(H\u221E) not resolved (${lam.f64} \xB1 ${lam.bound})`;
  const target = factor2 * q.f64;
  const rows2 = [];
  const top = Math.round(16384 * Math.min(ctx.budget, 8));
  for (let m2 = 64; m2 <= top; m2 *= 4) {
    const gaps = [];
    for (let s = 0; s < SEEDS2; s++) {
      const net = ntkInit3(m2, data12.d, KAPPA, rng4(ctx.seed * 17 + m2 + s));
      const u0 = predict2(net, net.W, data12);
      const c = inverseQuadChecked2(empiricalGram2(net, net.W, data12), data12.y.map((y, i) => y - u0[i]), 30);
      if (c.diff > 1e-8 * Math.abs(c.f64)) issue ??= `\u2016W*\u2212W0\u2016\xB2 float64 vs decimal differ at m=${m2}`;
      gaps.push(((c.f64 - target) / target) ** 2);
    }
    rows2.push({ m: m2, gap: Math.sqrt(mean(gaps)) });
  }
  const out = { rows: rows2, yHy: q.f64, lam0: lam.f64, issue };
  cache10.set(key2, out);
  return out;
}
function decide3(ctx, factor2, rule) {
  const s = sweep3(ctx, factor2);
  const fit = fitPower(s.rows.map((r) => r.m), s.rows.map((r) => r.gap));
  const details2 = [
    `y\u1D40(H\u221E)\u207B\xB9y = ${s.yHy.toPrecision(8)}, \u03BB_min(H\u221E) = ${s.lam0.toPrecision(6)} (float64 = decimal to 1e-9)`,
    "m        rms of (\u2016W*\u2212W0\u2016\xB2 \u2212 c\xB7y\u1D40H\u221E\u207B\xB9y) / (c\xB7y\u1D40H\u221E\u207B\xB9y) over the draws" + (factor2 !== 1 ? ` (c = ${factor2})` : ""),
    ...s.rows.map((r) => `${String(r.m).padEnd(8)} ${r.gap.toExponential(3)}`)
  ];
  const base = { instances: s.rows.length * SEEDS2, precision: "float64, every solve repeated in decimal.js (30-40 digits)", seed: ctx.seed, details: details2 };
  if (s.issue) return { ...base, verdict: "inconclusive", reason: s.issue };
  return rule(fit, base);
}
var SS_NORM_kernel_norm_default = defineClaim9({
  id: "srikant2021/SS-NORM",
  title: "\u2016W* \u2212 W0\u2016\xB2 approaches y\u1D40(H\u221E)\u207B\xB9y as the width grows",
  statement: "Reconstruction (catalogue 2.2 link behind SS-ABS-2, not the paper's statement): with \u03BA small, \u2016W* \u2212 W0\u2016_F\xB2 = (y\u2212u0)\u1D40H(0)\u207B\xB9(y\u2212u0) \u2192 y\u1D40(H\u221E)\u207B\xB9y, H\u221E the arccos kernel; relative gap fitted as C\xB7m^a with a < 0.",
  source: { arxiv: "2105.06569", where: "abstract (Arora et al. 2019 quantity)", catalogue: "SS-ABS-2 [READ] via section 2.2 [INFERRED/BACKGROUND-MEMORY]" },
  provenance: "reconstructed",
  kind: "limit",
  expected: "holds",
  run: (ctx) => decide3(ctx, 1, toZero),
  mutants: [
    { id: "twice-the-norm", description: "limit 2\xB7y\u1D40(H\u221E)\u207B\xB9y (a wrong constant)", run: (ctx) => decide3(ctx, 2, toZero) },
    { id: "rate-1-over-m", description: "gap \u221D m^-1 (a wrong exponent)", run: (ctx) => decide3(ctx, 1, (f, b) => rateIs(f, -1, b)) }
  ]
});

// properties/tyurin2024/T3.2-rescaled-gd-limit.ts
var T3_2_rescaled_gd_limit_exports = {};
__export(T3_2_rescaled_gd_limit_exports, {
  default: () => T3_2_rescaled_gd_limit_default
});
import { propertyClaim as propertyClaim8, arbitraries, data, dynamics as dynamics7 } from "gdcheck";
var { genericDataset } = arbitraries;
var { showDataset } = data;
var { batchPerceptron, pathFacts, distancesAlongGrid } = dynamics7;
var HORIZON = 40;
var K = 3;
var limitPath = (ds, opts = {}) => batchPerceptron(ds, { maxIter: HORIZON, record: true, tieRule: "gd-limit", ...opts });
function measureAgainst(path2) {
  return (ds, mode) => {
    const exact = limitPath(ds);
    const target = path2(ds);
    const T5 = Math.min(exact.iterates.length, target.iterates.length);
    const { delta } = pathFacts(ds, exact.iterates);
    const dist = distancesAlongGrid(ds, target.iterates.slice(0, T5), delta, K, mode.exact ? mode.digits : null);
    return { measured: Math.max(...dist.slice(-2)), claimed: 0, note: `max_t \u2016v_t/\u03B3 \u2212 \xFB_t\u2016\u221E at \u03B3 = 10^k/\u03B4, k = 0..${K}: ${dist.map((x) => x.toExponential(2)).join(", ")} (\u03B4 = ${delta})` };
  };
}
var T3_2_rescaled_gd_limit_default = propertyClaim8({
  id: "tyurin2024/T3.2",
  title: "Rescaled GD v_t/\u03B3 tends to the Batch Perceptron as \u03B3 \u2192 \u221E",
  statement: "Under PRED-A1 and PRED-A2, GD on the linear logistic loss from 0 satisfies v_t/\u03B3 \u2192 \xFB_t (Batch Perceptron, first step weight 1/2) for each t as \u03B3 \u2192 \u221E.",
  source: { arxiv: "2412.08424", where: "Theorem 3.2", catalogue: "PRED-T3.2 [PRED]" },
  provenance: "read",
  kind: "limit",
  expected: "holds",
  instances: genericDataset({ maxN: 8, maxD: 3 }),
  hypotheses: (ds) => {
    const p = limitPath(ds);
    if (p.count === null) return `not separated within ${HORIZON} steps`;
    return pathFacts(ds, p.iterates).tieSteps.length === 0 ? true : "PRED-A2 fails: a tie on the path";
  },
  measure: measureAgainst((ds) => limitPath(ds)),
  relation: "eq",
  tolerance: { abs: 1e-9, reason: "float64 rounding of \u2264 40 iterates of size \u2264 40\xB7R \u2264 400 stays below 1e-9; the limit gap itself is \u2264 e^{\u2212100}" },
  show: showDataset,
  precision: { search: "float64 recursion against exact rational perceptron iterates", verify: "decimal recursion at --digits" },
  weight: 0.4,
  mutants: [
    {
      id: "first-step-weight-1",
      description: "the Batch Perceptron with first step (1/n) \u03A3 y_i b_i (weight 1 instead of 1/2)",
      measure: measureAgainst((ds) => limitPath(ds, { firstStepHalves: 2n }))
    }
  ]
});

// properties/tyurin2024/T3.2-ties.ts
var T3_2_ties_exports = {};
__export(T3_2_ties_exports, {
  default: () => T3_2_ties_default
});
import { propertyClaim as propertyClaim9, arbitraries as arbitraries2, data as data2, dynamics as dynamics8 } from "gdcheck";
var { tieDataset } = arbitraries2;
var { showDataset: showDataset2 } = data2;
var { batchPerceptron: batchPerceptron2, pathFacts: pathFacts2, distancesAlongGrid: distancesAlongGrid2 } = dynamics8;
var HORIZON2 = 40;
var K2 = 3;
var path = (ds, tieRule) => batchPerceptron2(ds, { maxIter: HORIZON2, record: true, tieRule });
function measureAgainst2(tieRule) {
  return (ds, mode) => {
    const exact = path(ds, "gd-limit");
    const target = path(ds, tieRule);
    const T5 = Math.min(exact.iterates.length, target.iterates.length);
    const { delta } = pathFacts2(ds, exact.iterates);
    const dist = distancesAlongGrid2(ds, target.iterates.slice(0, T5), delta, K2, mode.exact ? mode.digits : null);
    return { measured: Math.max(...dist.slice(-2)), claimed: 0, note: `distances at \u03B3 = 10^k/\u03B4: ${dist.map((x) => x.toExponential(2)).join(", ")}` };
  };
}
var T3_2_ties_default = propertyClaim9({
  id: "tyurin2024/T3.2-ties",
  title: "With a tie on the path, v_t/\u03B3 tends to the perceptron with weight 1/2 on ties",
  statement: "If y_i b_i\u1D40\xFB_t = 0 at some step, the limit of \u03C3(\u2212\u03B3\xB70) is 1/2, and v_t/\u03B3 \u2192 the perceptron path with weight 1/2 on tied points (the Batch Perceptron with weight 1 is not the limit).",
  source: { arxiv: "2412.08424", where: "section 3 (mechanism of Theorem 3.2)", catalogue: "PRED-T3.2 tie case, C-PRED-T3.2 [PRED; family INFERRED]" },
  provenance: "read",
  kind: "limit",
  expected: "holds",
  instances: tieDataset(),
  hypotheses: (ds) => {
    const p = path(ds, "gd-limit");
    if (p.count === null) return `not separated within ${HORIZON2} steps`;
    const ties = pathFacts2(ds, p.iterates).tieSteps;
    return ties.length === 1 && ties[0] === 1 ? true : `ties at steps ${ties.join(",") || "none"} (the family wants exactly step 1)`;
  },
  measure: measureAgainst2("gd-limit"),
  relation: "eq",
  tolerance: { abs: 1e-9, reason: "float64 rounding of \u2264 40 iterates of size \u2264 40\xB7R \u2264 300 stays below 1e-9" },
  show: showDataset2,
  precision: { search: "float64 recursion against exact rational iterates", verify: "decimal recursion at --digits" },
  weight: 0.4,
  mutants: [{ id: "weight-one-on-ties", description: "the Batch Perceptron (weight 1 on tied points) as the limit", measure: measureAgainst2("batch") }]
});

// properties/tyurin2024/T3.3-batch-perceptron-bound.ts
var T3_3_batch_perceptron_bound_exports = {};
__export(T3_3_batch_perceptron_bound_exports, {
  default: () => T3_3_batch_perceptron_bound_default
});
import { propertyClaim as propertyClaim10, arbitraries as arbitraries3, data as data3, dynamics as dynamics9, rationals as rationals19 } from "gdcheck";
var { separableDataset } = arbitraries3;
var { countWithinBound, n, showDataset: showDataset3 } = data3;
var { batchPerceptron: batchPerceptron3 } = dynamics9;
var { Q: Q18 } = rationals19;
var countAgainst = (factor2) => countWithinBound(
  (ds, cap) => batchPerceptron3(ds, { maxIter: cap }).count,
  (R2, mu, ds) => R2.times(factor2(ds)).div(mu.pow(2)),
  void 0,
  (R2, invMu2, ds) => R2.mul(invMu2).mul(Q18.of(factor2(ds)))
);
var T3_3_batch_perceptron_bound_default = propertyClaim10({
  id: "tyurin2024/T3.3",
  title: "Batch Perceptron separates within n\xB7R\xB2/\u03BC\xB2 iterations",
  statement: "For separable data with margin \u03BC, the Batch Perceptron from 0 (first step weight 1/2) stops within n\xB7R\xB2/\u03BC\xB2 iterations.",
  source: { arxiv: "2412.08424", where: "Theorem 3.3", catalogue: "PRED-T3.3 [PRED]" },
  provenance: "read",
  kind: "upper",
  expected: "holds",
  instances: separableDataset({ maxN: 12, maxD: 4 }),
  measure: countAgainst(n),
  relation: "le",
  tolerance: { abs: 0, reason: "an exact count against a certified bracket needs no tolerance" },
  show: showDataset3,
  precision: { search: "exact rationals (count), certified \u03BC bracket", verify: "exact rationals, \u03BC bracket at 40 digits" },
  mutants: [
    {
      id: "no-factor-n",
      description: "the bound R\xB2/\u03BC\xB2 without the factor n (the classic perceptron bound)",
      measure: countAgainst(() => 1)
    }
  ]
});

// properties/tyurin2024/T4.1-first-iterate.ts
var T4_1_first_iterate_exports = {};
__export(T4_1_first_iterate_exports, {
  EXAMPLE: () => EXAMPLE,
  default: () => T4_1_first_iterate_default
});
import { casesClaim as casesClaim8, data as data4, decimals as decimals4, dynamics as dynamics10, models as models26, rationals as rationals20 } from "gdcheck";
var { dataset, signedDecimal } = data4;
var { precision: precision4, softplusNeg } = decimals4;
var { gdHP: gdHP3 } = dynamics10;
var { lossHP } = models26.linearLogistic;
var { Q: Q19 } = rationals20;
var EXAMPLE = dataset([[1, -1], [-1, -4]], [1, -1]);
var GAMMAS = ["1/4", "1", "10", "100", "1000", "1000000"].map(Q19.parse);
function measureWith(secondExponentSign) {
  return (gamma, digits) => {
    const C = precision4(digits);
    const g3 = gamma.toDecimal(C);
    const v1 = gdHP3(C, signedDecimal(EXAMPLE, C), g3, 1);
    const u1Error = v1[0].div(g3).minus(0.5).abs().plus(v1[1].div(g3).minus(0.75).abs());
    const loss4 = lossHP(C, signedDecimal(EXAMPLE, C), v1);
    const closed = softplusNeg(C, g3.div(4).neg()).plus(softplusNeg(C, g3.times(3.5).times(-secondExponentSign))).div(2);
    const lossError = loss4.minus(closed).abs().div(closed);
    return { measured: u1Error.plus(lossError), claimed: 0, note: `v_1/\u03B3 error ${u1Error.toSignificantDigits(3)}, relative loss error ${lossError.toSignificantDigits(3)}, F(v_1) = ${loss4.toSignificantDigits(12)}` };
  };
}
var T4_1_first_iterate_default = casesClaim8({
  id: "tyurin2024/T4.1-first-iterate",
  title: "Theorem 4.1 example: v_1 = \u03B3(1/2, 3/4) and its loss in closed form",
  statement: "On {(1,\u22121),+1}, {(\u22121,\u22124),\u22121}, GD from 0 gives v_1 = \u03B3(1/2, 3/4) and F(v_1) = \xBD[log(1+e^{\u03B3/4}) + log(1+e^{\u22127\u03B3/2})].",
  source: { arxiv: "2412.08424", where: "Theorem 4.1", catalogue: "PRED-T4.1 [PRED]" },
  provenance: "read",
  kind: "identity",
  expected: "holds",
  cases: GAMMAS,
  measure: measureWith(-1),
  relation: "eq",
  tolerance: { rel: 0, abs: 1e-30, reason: "both sides computed at \u2265 50 digits: rounding \u2264 1e-45 relative" },
  show: (g3) => `\u03B3=${g3}`,
  exact: false,
  precision: "decimal at --digits",
  mutants: [{ id: "sign-error", description: "loss term log(1 + e^{+7\u03B3/2}) instead of e^{\u22127\u03B3/2}", measure: measureWith(1) }]
});

// properties/tyurin2024/T4.1-limits.ts
var T4_1_limits_exports = {};
__export(T4_1_limits_exports, {
  default: () => T4_1_limits_default
});
import Decimal3 from "decimal.js";
import { casesClaim as casesClaim9, data as data5, decimals as decimals5, dynamics as dynamics11, models as models27, rationals as rationals21 } from "gdcheck";
var { signedDecimal: signedDecimal2, separatesExactly } = data5;
var { precision: precision5 } = decimals5;
var { gdHP: gdHP4 } = dynamics11;
var { gradHP } = models27.linearLogistic;
var { Q: Q20 } = rationals21;
var KS = [1, 2, 3, 4, 5];
function measureWith2(limit2) {
  return (_, digits) => {
    if (!separatesExactly(EXAMPLE, limit2)) return { measured: 1, claimed: 0, note: `(${limit2.join(", ")}) does not separate the data` };
    const C = precision5(digits);
    const Z = signedDecimal2(EXAMPLE, C);
    const norm = (g3) => g3.reduce((s, x) => s.plus(x.times(x)), new C(0)).sqrt();
    const half2 = new C(2).sqrt().div(2);
    const gaps = KS.map((k) => {
      const g3 = new C(10).pow(k);
      const v1 = gdHP4(C, Z, g3, 1), v2 = gdHP4(C, Z, g3, 2);
      const u2 = v2.map((x) => x.div(g3));
      const a = u2[0].minus(limit2[0].toDecimal(C)).abs().plus(u2[1].minus(limit2[1].toDecimal(C)).abs());
      const b = norm(gradHP(C, Z, v1)).minus(half2).abs();
      const c = norm(gradHP(C, Z, v2));
      return Decimal3.max(a, b, c);
    });
    const tail = Decimal3.max(...gaps.slice(-2));
    return { measured: tail, claimed: 0, note: `largest gap at \u03B3 = 10^k, k = 1..5: ${gaps.map((x) => x.toSignificantDigits(2).toString()).join(", ")}` };
  };
}
var T4_1_limits_default = casesClaim9({
  id: "tyurin2024/T4.1-limits",
  title: "Theorem 4.1 example: v_2/\u03B3 \u2192 (1, 1/4), \u2016\u2207F(v_1)\u2016 \u2192 \u221A2/2, \u2016\u2207F(v_2)\u2016 \u2192 0",
  statement: "On {(1,\u22121),+1}, {(\u22121,\u22124),\u22121}, as \u03B3 \u2192 \u221E: v_2/\u03B3 \u2192 (1, 1/4), which separates the data; \u2016\u2207F(v_1)\u2016 \u2192 \u221A2/2 and \u2016\u2207F(v_2)\u2016 \u2192 0.",
  source: { arxiv: "2412.08424", where: "Theorem 4.1", catalogue: "PRED-T4.1 [PRED]" },
  provenance: "read",
  kind: "limit",
  expected: "holds",
  cases: ["\u03B3 = 10^k, k = 1..5"],
  measure: measureWith2([Q20.ONE, new Q20(1n, 4n)]),
  relation: "eq",
  tolerance: { abs: 1e-30, reason: "the gaps decay like e^{\u2212\u03B3/4}; 1e-30 is far above 50-digit rounding and far below the gap of any wrong limit" },
  show: (c) => c,
  exact: false,
  precision: "decimal at --digits",
  mutants: [{ id: "wrong-limit", description: "the limit (1, 3/4) instead of (1, 1/4)", measure: measureWith2([Q20.ONE, new Q20(3n, 4n)]) }]
});

// properties/tyurin2024/T5.1-closed-form.ts
var T5_1_closed_form_exports = {};
__export(T5_1_closed_form_exports, {
  default: () => T5_1_closed_form_default
});
import fc9 from "fast-check";
import { propertyClaim as propertyClaim11, arbitraries as arbitraries4, dynamics as dynamics12, rationals as rationals22 } from "gdcheck";
var { lowerBoundDataset } = arbitraries4;
var { batchPerceptron: batchPerceptron4 } = dynamics12;
var { Q: Q21, qvec } = rationals22;
var iterateFormula = (n3, k) => [new Q21(BigInt(n3 + 2 * (k - 1)), BigInt(4 * n3)), new Q21(BigInt(n3 - 2 * k), BigInt(2 * n3))];
var countFormula = (n3) => Math.floor((3 * n3 + 2) / 10) + 1;
function measureWith3(iterate, countOf) {
  return (n3) => {
    const run12 = batchPerceptron4(lowerBoundDataset(n3), { maxIter: 10 * n3, record: true });
    if (run12.count === null) throw new Error(`no separation within ${10 * n3} iterations`);
    for (let k = 1; k < run12.count; k++) {
      if (!qvec.eq(run12.iterates[k], iterate(n3, k))) {
        return { measured: -k, claimed: countOf(n3), note: `iterate ${k} is ${qvec.show(run12.iterates[k])}, formula gives ${qvec.show(iterate(n3, k))}` };
      }
    }
    return { measured: run12.count, claimed: countOf(n3) };
  };
}
var T5_1_closed_form_default = propertyClaim11({
  id: "tyurin2024/T5.1-closed-form",
  title: "Closed form of the Batch Perceptron on the \u03A9(n) dataset: T(n) = \u230A(3n+2)/10\u230B + 1",
  statement: "Reconstructed (stands in for the proof of PRED-T5.1): for every n \u2265 10, \xFB_k = ((1+2(k\u22121)/n)/4, (n\u22122k)/(2n)) for 1 \u2264 k < T(n), and T(n) = \u230A(3n+2)/10\u230B + 1.",
  source: { arxiv: "2412.08424", where: "Theorem 5.1 (closed form derived here)", catalogue: "C-PRED-T5.1 [INFERRED]" },
  provenance: "reconstructed",
  kind: "exact",
  expected: "holds",
  instances: fc9.integer({ min: 10, max: 400 }),
  measure: measureWith3(iterateFormula, countFormula),
  relation: "eq",
  tolerance: { abs: 0, reason: "exact rational iterates and integer counts" },
  show: (n3) => `n=${n3}`,
  precision: { search: "exact rationals", verify: "exact rationals" },
  weight: 0.3,
  mutants: [
    { id: "wrong-count", description: "T(n) = \u230An/4\u230B + 1", measure: measureWith3(iterateFormula, (n3) => Math.floor(n3 / 4) + 1) },
    { id: "wrong-iterate", description: "second coordinate (n \u2212 k)/(2n)", measure: measureWith3((n3, k) => [iterateFormula(n3, k)[0], new Q21(BigInt(n3 - k), BigInt(2 * n3))], countFormula) }
  ]
});

// properties/tyurin2024/T5.1-counts.ts
var T5_1_counts_exports = {};
__export(T5_1_counts_exports, {
  default: () => T5_1_counts_default
});
import { casesClaim as casesClaim10, arbitraries as arbitraries5, dynamics as dynamics13 } from "gdcheck";
var { lowerBoundDataset: lowerBoundDataset2 } = arbitraries5;
var { batchPerceptron: batchPerceptron5 } = dynamics13;
var CATALOGUE = [[10, 4], [20, 7], [40, 13], [80, 25], [160, 49], [320, 97]];
var count = (n3) => {
  const c = batchPerceptron5(lowerBoundDataset2(n3), { maxIter: 10 * n3 }).count;
  if (c === null) throw new Error(`no separation within ${10 * n3} iterations for n = ${n3}`);
  return c;
};
var T5_1_counts_default = casesClaim10({
  id: "tyurin2024/T5.1-counts",
  title: "Batch Perceptron iteration counts on the \u03A9(n) dataset",
  statement: "On the Theorem 5.1 dataset, the Batch Perceptron from 0 needs exactly 4, 7, 13, 25, 49, 97 iterations for n = 10, 20, 40, 80, 160, 320.",
  source: { arxiv: "2412.08424", where: "Theorem 5.1", catalogue: "PRED-T5.1 [PRED]; counts from C-PRED-T5.1" },
  provenance: "read",
  kind: "exact",
  expected: "holds",
  cases: CATALOGUE,
  measure: ([n3, claimed]) => ({ measured: count(n3), claimed }),
  relation: "eq",
  tolerance: { abs: 0, reason: "integer counts from exact rational iterates" },
  show: ([n3]) => `n=${n3}`,
  exact: true,
  precision: "exact rationals",
  mutants: [
    { id: "wrong-slope", description: "counts \u230An/4\u230B + 1 (slope 1/4 instead of 3/10)", measure: ([n3]) => ({ measured: count(n3), claimed: Math.floor(n3 / 4) + 1 }) }
  ]
});

// properties/tyurin2024/T5.1-linear-growth.ts
var T5_1_linear_growth_exports = {};
__export(T5_1_linear_growth_exports, {
  default: () => T5_1_linear_growth_default
});
import { defineClaim as defineClaim10, arbitraries as arbitraries6, dynamics as dynamics14, rates as rates8 } from "gdcheck";
var { lowerBoundDataset: lowerBoundDataset3 } = arbitraries6;
var { batchPerceptron: batchPerceptron6 } = dynamics14;
var { decideExponent, growthCounterexample } = rates8;
var DELTA = 0.05;
function grid(ctx) {
  const K3 = Math.max(3, Math.round(9 + Math.log2(ctx.budget)));
  return Array.from({ length: K3 + 1 }, (_, k) => 10 * 2 ** k);
}
function measureGrowth(claimedExponent) {
  return (ctx) => {
    const ns = grid(ctx);
    const counts = ns.map((n3) => {
      const c = batchPerceptron6(lowerBoundDataset3(n3), { maxIter: 10 * n3 }).count;
      if (c === null) throw new Error(`no separation within ${10 * n3} iterations for n = ${n3}`);
      return c;
    });
    const upper2 = Math.floor(ns.length / 2);
    const [xs, ys] = [ns.slice(upper2), counts.slice(upper2)];
    const d = decideExponent(xs, ys, claimedExponent, DELTA);
    return {
      ...d.verdict === "refuted" ? { counterexample: growthCounterexample(xs, ys, d, claimedExponent, DELTA, "exact rational counts; least-squares fit in float64") } : {},
      verdict: d.verdict,
      reason: d.reason,
      instances: ns.length,
      precision: "exact rationals (counts); float64 fit",
      details: [`T(n): ${ns.map((n3, k) => `${n3}\u2192${counts[k]}`).join(", ")}`, `fitted on n \u2265 ${ns[upper2]}`]
    };
  };
}
var T5_1_linear_growth_default = defineClaim10({
  id: "tyurin2024/T5.1-linear-growth",
  title: "Batch Perceptron on the \u03A9(n) dataset: iterations grow linearly in n",
  statement: "On the Theorem 5.1 dataset the Batch Perceptron (the large-step limit of LR+GD) needs \u03A9(n) iterations; fitted exponent of T(n) \u2248 C\xB7n^a is 1.",
  source: { arxiv: "2412.08424", where: "Theorem 5.1", catalogue: "PRED-T5.1 [PRED]" },
  provenance: "read",
  kind: "complexity",
  expected: "holds",
  run: measureGrowth(1),
  mutants: [{ id: "sqrt-law", description: "the law O(\u221An): exponent 1/2 instead of 1", run: measureGrowth(0.5) }]
});

// properties/tyurin2024/T5.2-classic-perceptron.ts
var T5_2_classic_perceptron_exports = {};
__export(T5_2_classic_perceptron_exports, {
  default: () => T5_2_classic_perceptron_default
});
import { propertyClaim as propertyClaim12, arbitraries as arbitraries7, data as data6, dynamics as dynamics15 } from "gdcheck";
var { separableDataset: separableDataset2 } = arbitraries7;
var { countWithinBound: countWithinBound2, showDataset: showDataset4 } = data6;
var { classicPerceptron } = dynamics15;
var updates = (ds, cap) => classicPerceptron(ds, cap).updates;
var T5_2_classic_perceptron_default = propertyClaim12({
  id: "tyurin2024/T5.2",
  title: "Classical perceptron makes at most R\xB2/\u03BC\xB2 updates",
  statement: "For separable data with margin \u03BC and R = max \u2016b_i\u2016, the classical perceptron from 0 makes at most R\xB2/\u03BC\xB2 updates.",
  source: { arxiv: "2412.08424", where: "Theorem 5.2", catalogue: "PRED-T5.2 [PRED]" },
  provenance: "read",
  kind: "upper",
  expected: "holds",
  instances: separableDataset2({ maxN: 12, maxD: 4 }),
  measure: countWithinBound2(updates, (R2, mu) => R2.div(mu.pow(2)), void 0, (R2, invMu2) => R2.mul(invMu2)),
  relation: "le",
  tolerance: { abs: 0, reason: "an exact count against a certified bracket needs no tolerance" },
  show: showDataset4,
  precision: { search: "exact integers (updates), certified \u03BC bracket", verify: "exact integers, \u03BC bracket at 40 digits" },
  mutants: [
    {
      id: "exponent-1",
      description: "the bound R/\u03BC: exponent 1 instead of 2",
      measure: countWithinBound2(updates, (R2, mu) => R2.sqrt().div(mu))
    }
  ]
});

// properties/tyurin2024/T5.3-normalized-batch-perceptron.ts
var T5_3_normalized_batch_perceptron_exports = {};
__export(T5_3_normalized_batch_perceptron_exports, {
  default: () => T5_3_normalized_batch_perceptron_default
});
import { propertyClaim as propertyClaim13, arbitraries as arbitraries8, data as data7, dynamics as dynamics16 } from "gdcheck";
var { separableDataset: separableDataset3 } = arbitraries8;
var { countWithinBound: countWithinBound3, showDataset: showDataset5 } = data7;
var { normalizedBatchPerceptron } = dynamics16;
var iterations = (ds, cap) => normalizedBatchPerceptron(ds, cap).count;
var T5_3_normalized_batch_perceptron_default = propertyClaim13({
  id: "tyurin2024/T5.3",
  title: "Normalized Batch Perceptron separates within R\xB2/\u03BC\xB2 iterations",
  statement: "For separable data with margin \u03BC, the Normalized Batch Perceptron from 0 separates within R\xB2/\u03BC\xB2 iterations.",
  source: { arxiv: "2412.08424", where: "Theorem 5.3", catalogue: "PRED-T5.3 [PRED]" },
  provenance: "read",
  kind: "upper",
  expected: "holds",
  instances: separableDataset3({ maxN: 10, maxD: 4 }),
  measure: countWithinBound3(iterations, (R2, mu) => R2.div(mu.pow(2)), void 0, (R2, invMu2) => R2.mul(invMu2)),
  relation: "le",
  tolerance: { abs: 0, reason: "an exact count against a certified bracket needs no tolerance" },
  show: showDataset5,
  precision: { search: "exact rationals (count), certified \u03BC bracket", verify: "exact rationals, \u03BC bracket at 40 digits" },
  weight: 0.5,
  mutants: [
    {
      id: "exponent-1",
      description: "the bound R/\u03BC: exponent 1 instead of 2",
      measure: countWithinBound3(iterations, (R2, mu) => R2.sqrt().div(mu))
    }
  ]
});

// properties/tyurin2024/T6.1-normalized-lr-gd.ts
var T6_1_normalized_lr_gd_exports = {};
__export(T6_1_normalized_lr_gd_exports, {
  default: () => T6_1_normalized_lr_gd_default
});
import fc10 from "fast-check";
import Decimal4 from "decimal.js";
import { propertyClaim as propertyClaim14, arbitraries as arbitraries9, data as data8, decimals as decimals6, dynamics as dynamics17, rationals as rationals23, search } from "gdcheck";
var { separableDataset: separableDataset4, datasetSpace } = arbitraries9;
var { boundBracket, showMargin, dim, n: n2, showDataset: showDataset6, signedDecimal: signedDecimal3, signedMatrix } = data8;
var { precision: precision6 } = decimals6;
var { normalizedGdCountF64, normalizedGdCountHP } = dynamics17;
var { Q: Q22 } = rationals23;
var GAMMAS2 = [new Q22(1n, 10n), Q22.HALF, Q22.ONE, Q22.of(2), Q22.of(10), Q22.of(100)];
var theorem = (R2, mu, m2, g3) => R2.div(mu.pow(2)).plus(Decimal4.ln(2 * m2 - 1).times(2).div(g3.times(mu.pow(2))));
var withoutLog = (R2, mu) => R2.div(mu.pow(2));
function measureWith4(bound4) {
  return ({ ds, gamma }, mode) => {
    const g3 = gamma.toDecimal(precision6(40));
    const claimed = boundBracket(ds, (R2, mu) => bound4(R2, mu, n2(ds), g3));
    const cap = Math.ceil(claimed.hi.toNumber()) + 1;
    if (!(cap <= 1e5)) throw new Error(`bound ${claimed.hi.toSignificantDigits(6)} beyond the iteration cap`);
    const count2 = mode.exact ? normalizedGdCountHP(precision6(mode.digits), signedDecimal3(ds, precision6(mode.digits)), gamma.toDecimal(precision6(mode.digits)), cap) : normalizedGdCountF64({ Z: signedMatrix(ds), n: n2(ds), d: dim(ds) }, gamma.toNumber(), cap);
    return { measured: count2 ?? cap + 1, claimed, note: `\u03B3 = ${gamma}; ${showMargin(claimed.margin)}` };
  };
}
var instances5 = fc10.record({ ds: separableDataset4({ maxN: 10, maxD: 4 }), gamma: fc10.constantFrom(...GAMMAS2) });
var space = search.fieldSpace(datasetSpace, (r) => r.ds, (r, ds) => ({ ...r, ds }), {
  seeds: (ds) => [{ ds, gamma: GAMMAS2[0] }, { ds, gamma: GAMMAS2[GAMMAS2.length - 1] }],
  vary: (r) => {
    const k = GAMMAS2.findIndex((g3) => g3.eq(r.gamma));
    return [GAMMAS2[k - 1], GAMMAS2[k + 1]].filter((g3) => g3 !== void 0).map((gamma) => ({ ...r, gamma }));
  }
});
var T6_1_normalized_lr_gd_default = propertyClaim14({
  id: "tyurin2024/T6.1",
  title: "Normalized LR+GD separates within R\xB2/\u03BC\xB2 + 2 log(2n\u22121)/(\u03B3\u03BC\xB2) iterations",
  statement: "For separable data and any \u03B3 > 0, Normalized LR+GD from 0 separates within R\xB2/\u03BC\xB2 + 2\xB7log(2n\u22121)/(\u03B3\u03BC\xB2) iterations.",
  source: { arxiv: "2412.08424", where: "Theorem 6.1", catalogue: "PRED-T6.1 [PRED]" },
  provenance: "read",
  kind: "upper",
  expected: "holds",
  instances: instances5,
  space,
  measure: measureWith4(theorem),
  relation: "le",
  tolerance: { abs: 0, reason: "counts are integers; a float64 overrun is recounted in high precision before it counts" },
  show: ({ ds, gamma }) => `\u03B3=${gamma} ${showDataset6(ds)}`,
  precision: { search: "float64 count, certified \u03BC bracket", verify: "decimal count at --digits, \u03BC bracket at 40 digits" },
  weight: 0.5,
  mutants: [
    {
      id: "no-log-term",
      description: "the bound R\xB2/\u03BC\xB2 without the term 2\xB7log(2n\u22121)/(\u03B3\u03BC\xB2)",
      measure: measureWith4(withoutLog)
    }
  ]
});

// properties/tyurin2025/T-ABS-scaled-pair-exact.ts
var T_ABS_scaled_pair_exact_exports = {};
__export(T_ABS_scaled_pair_exact_exports, {
  default: () => T_ABS_scaled_pair_exact_default
});

// properties/tyurin2025/T-ABS3-scaled-pair.ts
var T_ABS3_scaled_pair_exports = {};
__export(T_ABS3_scaled_pair_exports, {
  SETTINGS: () => SETTINGS,
  default: () => T_ABS3_scaled_pair_default
});
import { complexityClaim, families, rates as rates9 } from "gdcheck";
var { TWO_LAYER_BOTH_SETTING, twoLayerCount } = families.scaledPair;
var { geometricGrid } = rates9;
var SETTINGS = [
  { lambda: 0.1, c: 2, step: 4, weights: "perceptron" },
  { lambda: 0.1, c: 2, step: 4, weights: "logistic" }
];
var T_ABS3_scaled_pair_default = complexityClaim({
  id: "tyurin2025/T-ABS3-scaled-pair",
  title: "Two-layer model (both layers) in \xD5(\u221Ad) on our scaled-pair family",
  statement: "Reconstruction standing in for T-ABS3 (the paper's example and model are not available; family, model and start are ours): the two-layer leaky-ReLU model with both layers trained, from an antisymmetric start, separates the scaled pair in O(\u221Ad\xB7log d) iterations under logistic GD (\u03B3 = 4) and its generalized perceptron (\u03B7 = 4). The speed-up depends on the data scale: see T-ABS3-scaled-pair-normalized.",
  source: { arxiv: "2512.11587", version: "v1", where: "abstract (minimalistic example, two-layer model)", catalogue: "T-ABS3 [READ, claim only]; family and model INFERRED (ours)" },
  provenance: "reconstructed",
  expected: "holds",
  variable: "d",
  setting: { family: "scaled pair: b_1 = (1/d)\xB71_d (+1), b_2 = (2,0,2,0,\u2026) (\u22121)", algorithm: `${TWO_LAYER_BOTH_SETTING}; generalized perceptron \u03B7 = 4 and logistic GD \u03B3 = 4` },
  grid: (budget) => geometricGrid(16, 4, Math.max(4096, 2 ** 20 * budget)),
  instancesPerPoint: () => SETTINGS.length,
  count: (d, k) => twoLayerCount(d, SETTINGS[k]),
  law: { bound: "upper", exponent: 0.5, logPower: 1 },
  precision: "float64 on exact Gram coordinates, with a 1e-9 relative guard on deciding margins",
  mutants: [{ id: "log-d", description: "O(log d) claimed for the two-layer model", law: { bound: "upper", exponent: 0, logPower: 1 } }]
});

// properties/tyurin2025/T-ABS-scaled-pair-exact.ts
import { casesClaim as casesClaim11, dynamics as dynamics18, families as families2, rationals as rationals24 } from "gdcheck";
var { batchPerceptron: batchPerceptron7 } = dynamics18;
var { linearPerceptronClosedForm, scaledPairFamily, twoLayerCount: twoLayerCount2, twoLayerCountExact } = families2.scaledPair;
var { Q: Q23 } = rationals24;
var CASES3 = [16, 64, 256, 1024].flatMap((d) => [{ d, what: "linear" }, { d, what: "two-layer" }]);
function measureWith5(linearFormula) {
  return ({ d, what }) => {
    if (what === "linear") return { measured: batchPerceptron7(scaledPairFamily(d), { maxIter: 10 * d }).count ?? -1, claimed: linearFormula(d) };
    return { measured: twoLayerCountExact(d, new Q23(1n, 10n), Q23.of(2), Q23.of(4)) ?? -1, claimed: twoLayerCount2(d, SETTINGS[0]) ?? -1 };
  };
}
var T_ABS_scaled_pair_exact_default = casesClaim11({
  id: "tyurin2025/T-ABS-scaled-pair-exact",
  title: "Scaled pair: linear perceptron count d/2 + 1, and the two-layer counts, in exact arithmetic",
  statement: "Ours (supports the reconstructions of T-ABS2/T-ABS3): on the scaled pair, the linear batch perceptron needs exactly d/2 + 1 steps, and the exact two-layer generalized perceptron count equals the float64 one, for d = 16, 64, 256, 1024.",
  source: { arxiv: "2512.11587", version: "v1", where: "abstract (minimalistic example)", catalogue: "T-ABS2/T-ABS3 [READ, claim only]; family INFERRED (ours)" },
  provenance: "reconstructed",
  kind: "exact",
  expected: "holds",
  cases: CASES3,
  measure: measureWith5(linearPerceptronClosedForm),
  relation: "eq",
  tolerance: { abs: 0, reason: "integer counts from exact rational iterates" },
  show: ({ d, what }) => `${what}, d=${d}`,
  exact: true,
  precision: "exact rationals",
  mutants: [{ id: "linear-d-over-2", description: "linear count d/2 instead of d/2 + 1", measure: measureWith5((d) => d / 2) }]
});

// properties/tyurin2025/T-ABS2-closed-form.ts
var T_ABS2_closed_form_exports = {};
__export(T_ABS2_closed_form_exports, {
  default: () => T_ABS2_closed_form_default
});
import { complexityClaim as complexityClaim2, families as families3, rates as rates10 } from "gdcheck";
var { linearPerceptronCount } = families3.accelerationCounts;
var { linearCountClosedForm } = families3.meanDirection;
var { geometricGrid: geometricGrid2 } = rates10;
var T_ABS2_closed_form_default = complexityClaim2({
  id: "tyurin2025/T-ABS2-closed-form",
  title: "Batch perceptron count on our mean-direction family is exactly d/2 \u2212 1",
  statement: "Reconstruction supporting T-ABS2 (the family is ours, not the paper's): the batch perceptron from 0 needs exactly d/2 \u2212 1 iterations for even d \u2265 6, hence \u0398(d).",
  source: { arxiv: "2512.11587", version: "v1", where: "abstract (minimalistic example, linear models)", catalogue: "T-ABS2 [READ, claim only]; closed form DERIVED (ours)" },
  provenance: "reconstructed",
  expected: "holds",
  variable: "d",
  setting: { family: "b_1 = (1/d)\xB71_d (+1), b_2 = 1_d \u2212 4e_1 (\u22121)", algorithm: "batch perceptron from 0 (GD as \u03B3 \u2192 \u221E), exact integer iterates" },
  grid: (budget) => geometricGrid2(8, 2, Math.max(64, 1024 * budget)),
  instancesPerPoint: () => 1,
  count: (d) => linearPerceptronCount(d),
  law: { bound: "tight", exponent: 1, logPower: 0 },
  closedForm: { formula: "d/2 \u2212 1", value: linearCountClosedForm },
  precision: "exact integers",
  mutants: [{ id: "wrong-constant", description: "the count \u230Ad/3\u230B instead of d/2 \u2212 1", closedForm: { formula: "\u230Ad/3\u230B", value: (d) => Math.floor(d / 3) } }]
});

// properties/tyurin2025/T-ABS2-linear-omega-d.ts
var T_ABS2_linear_omega_d_exports = {};
__export(T_ABS2_linear_omega_d_exports, {
  default: () => T_ABS2_linear_omega_d_default
});
import { complexityClaim as complexityClaim3, families as families4, rates as rates11 } from "gdcheck";
var { linearGdCount, linearPerceptronCount: linearPerceptronCount2 } = families4.accelerationCounts;
var { geometricGrid: geometricGrid3 } = rates11;
var GAMMAS3 = [1, 10, 100];
var T_ABS2_linear_omega_d_default = complexityClaim3({
  id: "tyurin2025/T-ABS2-linear-omega-d",
  title: "Linear models need \u03A9(d) iterations on our mean-direction family",
  statement: "Reconstruction standing in for T-ABS2 (the paper's minimalistic example is not available; this family is ours): linear GD from 0 needs \u03A9(d) iterations, in the \u03B3 \u2192 \u221E limit and at every \u03B3 of the grid.",
  source: { arxiv: "2512.11587", version: "v1", where: "abstract (minimalistic example, linear models)", catalogue: "T-ABS2 [READ, claim only]; family INFERRED (ours)" },
  provenance: "reconstructed",
  expected: "holds",
  variable: "d",
  setting: {
    family: "b_1 = (1/d)\xB71_d (+1), b_2 = 1_d \u2212 4e_1 (\u22121), n = 2",
    algorithm: "linear logistic regression, GD from 0: batch perceptron (\u03B3 \u2192 \u221E, exact) and GD at \u03B3 \u2208 {1, 10, 100} (float64, rescaled); the smallest count per d"
  },
  grid: (budget) => geometricGrid3(8, 2, Math.max(64, 1024 * budget)),
  instancesPerPoint: () => 1 + GAMMAS3.length,
  count: (d, k) => k === 0 ? linearPerceptronCount2(d) : linearGdCount(d, GAMMAS3[k - 1]),
  law: { bound: "lower", exponent: 1, logPower: 0 },
  decide: { slack: 0.1 },
  precision: "exact integers (perceptron); float64 GD with a 1e-9 relative guard on deciding margins",
  mutants: [{ id: "sqrt-d", description: "\xD5(\u221Ad) = O(\u221Ad\xB7log d) claimed for the linear model", law: { bound: "upper", exponent: 0.5, logPower: 1 } }]
});

// properties/tyurin2025/T-ABS2-scaled-pair.ts
var T_ABS2_scaled_pair_exports = {};
__export(T_ABS2_scaled_pair_exports, {
  default: () => T_ABS2_scaled_pair_default
});
import { complexityClaim as complexityClaim4, families as families5, rates as rates12 } from "gdcheck";
var { linearGdCount: linearGdCount2, linearPerceptronCount: linearPerceptronCount3 } = families5.scaledPair;
var { geometricGrid: geometricGrid4 } = rates12;
var GAMMAS4 = [1, 4, 16];
var T_ABS2_scaled_pair_default = complexityClaim4({
  id: "tyurin2025/T-ABS2-scaled-pair",
  title: "Linear models need \u03A9(d) iterations on our scaled-pair family",
  statement: "Reconstruction standing in for T-ABS2 (the paper's minimalistic example is not available; this family is ours): on b_1 = (1/d)\xB71_d (+1), b_2 = (2,0,2,0,\u2026) (\u22121), linear GD from 0 needs \u03A9(d) iterations, in the \u03B3 \u2192 \u221E limit and at every \u03B3 of the grid.",
  source: { arxiv: "2512.11587", version: "v1", where: "abstract (minimalistic example, linear models)", catalogue: "T-ABS2 [READ, claim only]; family INFERRED (ours)" },
  provenance: "reconstructed",
  expected: "holds",
  variable: "d",
  setting: { family: "scaled pair: b_1 = (1/d)\xB71_d (+1), b_2 = (2,0,2,0,\u2026) (\u22121)", algorithm: "linear logistic regression from 0: batch perceptron (exact) and GD at \u03B3 \u2208 {1, 4, 16} (float64); the smallest count per d" },
  grid: (budget) => geometricGrid4(16, 4, Math.max(1024, 16384 * budget)),
  instancesPerPoint: () => 1 + GAMMAS4.length,
  count: (d, k) => k === 0 ? linearPerceptronCount3(d) : linearGdCount2(d, GAMMAS4[k - 1]),
  law: { bound: "lower", exponent: 1, logPower: 0 },
  decide: { slack: 0.1 },
  precision: "exact rationals (perceptron); float64 GD with a 1e-9 relative guard on deciding margins",
  mutants: [{ id: "sqrt-d", description: "\xD5(\u221Ad) = O(\u221Ad\xB7log d) claimed for the linear model", law: { bound: "upper", exponent: 0.5, logPower: 1 } }]
});

// properties/tyurin2025/T-ABS3-scaled-pair-normalized.ts
var T_ABS3_scaled_pair_normalized_exports = {};
__export(T_ABS3_scaled_pair_normalized_exports, {
  default: () => T_ABS3_scaled_pair_normalized_default
});
import { complexityClaim as complexityClaim5, families as families6, rates as rates13 } from "gdcheck";
var { TWO_LAYER_BOTH_SETTING: TWO_LAYER_BOTH_SETTING2, twoLayerCount: twoLayerCount3 } = families6.scaledPair;
var { geometricGrid: geometricGrid5 } = rates13;
var T_ABS3_scaled_pair_normalized_default = complexityClaim5({
  id: "tyurin2025/T-ABS3-scaled-pair-normalized",
  title: "On the normalised scaled pair the two-layer model is no longer \xD5(\u221Ad)",
  statement: "Reconstruction (ours, a limit of T-ABS3-scaled-pair): with the scaled pair normalised to max \u2016b_i\u2016 = 1, the two-layer model of T-ABS3-scaled-pair separates in O(\u221Ad\xB7log d) iterations. Expected refuted: its count is \u0398(d).",
  source: { arxiv: "2512.11587", version: "v1", where: "abstract (minimalistic example, two-layer model)", catalogue: "T-ABS3 [READ, claim only]; family and model INFERRED (ours)" },
  provenance: "reconstructed",
  expected: "refuted",
  variable: "d",
  setting: { family: "scaled pair divided by \u221A(2d)", algorithm: `${TWO_LAYER_BOTH_SETTING2}; generalized perceptron \u03B7 = 4 and logistic GD \u03B3 = 4` },
  grid: (budget) => geometricGrid5(16, 4, Math.max(1024, 16384 * budget)),
  instancesPerPoint: () => SETTINGS.length,
  count: (d, k) => twoLayerCount3(d, { ...SETTINGS[k], scale: 1 / Math.sqrt(2 * d) }),
  law: { bound: "upper", exponent: 0.5, logPower: 1 },
  precision: "float64 on exact Gram coordinates, with a 1e-9 relative guard on deciding margins",
  mutants: [{ id: "log-d", description: "O(log d) claimed for the two-layer model on normalised data", law: { bound: "upper", exponent: 0, logPower: 1 } }]
});

// properties/tyurin2025/T-ABS3-two-layer-sqrt-d.ts
var T_ABS3_two_layer_sqrt_d_exports = {};
__export(T_ABS3_two_layer_sqrt_d_exports, {
  default: () => T_ABS3_two_layer_sqrt_d_default
});
import { complexityClaim as complexityClaim6, families as families7, rates as rates14 } from "gdcheck";
var { TWO_LAYER_SETTING, twoLayerCount: twoLayerCount4 } = families7.accelerationCounts;
var { geometricGrid: geometricGrid6 } = rates14;
var T_ABS3_two_layer_sqrt_d_default = complexityClaim6({
  id: "tyurin2025/T-ABS3-two-layer-sqrt-d",
  title: "Fixed-output two-layer model in \xD5(\u221Ad) on our mean-direction family",
  statement: "Reconstruction standing in for T-ABS3 (the paper's example is not available; this family and model are ours): the fixed-output two-layer generalized perceptron separates the mean-direction family in O(\u221Ad\xB7log d) iterations. Expected refuted: on this family it is \u0398(d) as well; this says nothing about the paper's own example (for both layers trained on the scaled pair, see T-ABS3-scaled-pair).",
  source: { arxiv: "2512.11587", version: "v1", where: "abstract (minimalistic example, two-layer model)", catalogue: "T-ABS3 [READ, claim only]; family and model INFERRED (ours)" },
  provenance: "reconstructed",
  expected: "refuted",
  variable: "d",
  setting: { family: "b_1 = (1/d)\xB71_d (+1), b_2 = 1_d \u2212 4e_1 (\u22121)", algorithm: TWO_LAYER_SETTING },
  grid: (budget) => geometricGrid6(8, 2, Math.max(64, 1024 * budget)),
  instancesPerPoint: () => 1,
  count: (d) => twoLayerCount4(d),
  law: { bound: "upper", exponent: 0.5, logPower: 1 },
  precision: "exact integers",
  mutants: [{ id: "log-d", description: "O(log d) claimed for the two-layer model", law: { bound: "upper", exponent: 0, logPower: 1 } }]
});

// properties/tyurin2025/T-ABS4-oscillations.ts
var T_ABS4_oscillations_exports = {};
__export(T_ABS4_oscillations_exports, {
  default: () => T_ABS4_oscillations_default
});
import { propertyClaim as propertyClaim15, dynamics as dynamics19 } from "gdcheck";

// properties/tyurin2025/_reductionInstances.ts
import fc11 from "fast-check";
import { arbitraries as arbitraries10, data as data9, models as models28, rationals as rationals25 } from "gdcheck";
var { Q: Q24 } = rationals25;
var { genericDataset: genericDataset2 } = arbitraries10;
var { showDataset: showDataset7 } = data9;
var { ACTIVATIONS, HOMOGENEOUS } = models28.twoLayer;
function twoLayerInstance(c = {}) {
  return genericDataset2({ minN: 2, maxN: c.maxN ?? 6, minD: 2, maxD: c.maxD ?? 3 }).chain((ds) => {
    const d = ds.b[0].length;
    return fc11.record({
      act: fc11.constantFrom(...HOMOGENEOUS).map((k) => ACTIVATIONS[k]),
      rows: fc11.array(fc11.record({ sign: fc11.constantFrom(1, -1), w: fc11.array(fc11.integer({ min: -4, max: 4 }), { minLength: d, maxLength: d }) }), { minLength: 2, maxLength: c.maxWidth ?? 3 })
    }).map(({ act, rows: rows2 }) => ({
      ds,
      act,
      a: rows2.map((r) => r.sign),
      U0: rows2.map((r, j) => r.w.map((x, k) => new Q24(BigInt(x === 0 && k === j % d ? 1 : x), 4n)))
    }));
  });
}
var showTwoLayer = (x) => `${showDataset7(x.ds)} \u03C6=${x.act.name} a=(${x.a.join(",")}) U0=[${x.U0.map((w) => `(${w.map(String).join(", ")})`).join(" ")}]`;

// properties/tyurin2025/T-ABS4-oscillations.ts
var { generalizedPerceptron, limitLossQ } = dynamics19;
var T2 = 8;
function rises(x) {
  const run12 = generalizedPerceptron(x.ds, x.a, x.act, x.U0, { maxIter: T2, stopWhenSeparated: false, record: true });
  const L4 = run12.steps.map((_, t) => limitLossQ(run12, t));
  let r = 0, u = 0;
  const marks = [];
  for (let t = 0; t + 1 < run12.steps.length; t++) {
    const up = L4[t + 1].cmp(L4[t]) > 0;
    if (!up) {
      marks.push("\xB7");
      continue;
    }
    r++;
    const s0 = run12.steps[t], s1 = run12.steps[t + 1];
    const signs = s0.M.some((v, i) => Math.sign(v) !== Math.sign(s1.M[i]));
    const pattern = s0.pattern.some((v, k) => v !== s1.pattern[k]);
    if (!signs && !pattern) u++;
    marks.push(signs ? "S" : pattern ? "P" : "!");
  }
  return { rises: r, unexplained: u, note: `limit loss ${L4.map((q) => q.toNumber().toPrecision(3)).join(", ")}; rises at steps: ${marks.join("")} (S = sign change, P = pattern change, ! = neither)` };
}
var T_ABS4_oscillations_default = propertyClaim15({
  id: "tyurin2025/T-ABS4-oscillations",
  title: "Loss rises along large-\u03B3 GD only where the misclassified set or the activation pattern jumps",
  statement: "Reconstruction standing in for T-ABS4 (oscillation of function values; the paper's statement is not available): on the generalized-perceptron path of a fixed-output two-layer model, the limit loss L = lim F(\u03B3U)/\u03B3 = (1/n) \u03A3 max(0, \u2212m_i) increases from t to t+1 only if the margin signs or the activation pattern change.",
  source: { arxiv: "2512.11587", version: "v1", where: "abstract (oscillations of function values)", catalogue: "T-ABS4 [READ, claim only]; C-T-ABS4; derivation INFERRED" },
  provenance: "reconstructed",
  kind: "upper",
  expected: "holds",
  instances: twoLayerInstance({ maxN: 8 }),
  measure: (x) => {
    const r = rises(x);
    return { measured: r.unexplained, claimed: 0, note: r.note };
  },
  relation: "le",
  tolerance: { abs: 0, reason: "exact rational losses and integer counts" },
  show: showTwoLayer,
  precision: { search: "exact rationals (limit path)", verify: "exact rationals (limit path)" },
  mutants: [{ id: "monotone", description: "the loss is monotone (non-increasing) along large-\u03B3 GD", measure: (x) => {
    const r = rises(x);
    return { measured: r.rises, claimed: 0, note: r.note };
  } }]
});

// properties/tyurin2025/gradient-identity.ts
var gradient_identity_exports = {};
__export(gradient_identity_exports, {
  default: () => gradient_identity_default
});
import fc12 from "fast-check";
import Decimal5 from "decimal.js";
import { propertyClaim as propertyClaim16, arbitraries as arbitraries11, data as data10, decimals as decimals7, models as models30, rationals as rationals26 } from "gdcheck";
var { separableDataset: separableDataset5 } = arbitraries11;
var { showDataset: showDataset8, signedDecimal: signedDecimal4 } = data10;
var { precision: precision7, sigmoidNeg: sigmoidNeg2 } = decimals7;
var { dotD, gradHP: gradHP2, lossHP: lossHP2 } = models30.linearLogistic;
var { Q: Q25, qvec: qvec2 } = rationals26;
var sigmoidPlusGradient = (C, Z, v) => {
  const g3 = v.map(() => new C(0));
  for (const z of Z) {
    const s = sigmoidNeg2(C, dotD(C, z, v).neg());
    z.forEach((x, j) => {
      g3[j] = g3[j].minus(s.times(x));
    });
  }
  return g3.map((x) => x.div(Z.length));
};
var noOneOverN = (C, Z, v) => gradHP2(C, Z, v).map((x) => x.times(Z.length));
var allowedError = (digits) => 10 ** (-(2 * digits) / 3 + 4);
function measureWith6(gradient) {
  return ({ ds, v }, mode) => {
    const p = mode.digits;
    const C = precision7(p);
    const Z = signedDecimal4(ds, C);
    const vD = v.map((x) => x.toDecimal(C));
    const h = new C(10).pow(-Math.floor(p / 3));
    const g3 = gradient(C, Z, vD);
    let worst2 = new C(0);
    for (let j = 0; j < vD.length; j++) {
      const plus = vD.map((x, k) => k === j ? x.plus(h) : x);
      const minus = vD.map((x, k) => k === j ? x.minus(h) : x);
      const fd = lossHP2(C, Z, plus).minus(lossHP2(C, Z, minus)).div(h.times(2));
      worst2 = Decimal5.max(worst2, fd.minus(g3[j]).abs());
    }
    return { measured: worst2, claimed: allowedError(p), note: `max_j |\u2202_j F \u2212 (F(v+h e_j) \u2212 F(v\u2212h e_j))/2h| at ${p} digits, h = ${h}` };
  };
}
var gradient_identity_default = propertyClaim16({
  id: "tyurin2025/gradient-identity",
  title: "Gradient of the logistic loss (linear model): \u2207F = \u2212(1/n) \u03A3 \u03C3(\u2212y_i b_i\u1D40v) y_i b_i",
  statement: "Reconstructed (standard calculus standing in for the generic formulation of 2512.11587): for the linear model, \u2207F(v) = \u2212(1/n) \u03A3_i \u03C3(\u2212y_i b_i\u1D40v) y_i b_i.",
  source: { arxiv: "2512.11587", where: "section 1 (generic formulation, catalogue \xA71.3)", catalogue: "C-GRAD [INFERRED]" },
  provenance: "reconstructed",
  kind: "identity",
  expected: "holds",
  instances: separableDataset5({ maxN: 6, maxD: 3 }).chain((ds) => fc12.array(fc12.tuple(fc12.integer({ min: -8, max: 8 }), fc12.constantFrom(1, 2, 4)), { minLength: ds.b[0].length, maxLength: ds.b[0].length }).map((xs) => ({ ds, v: xs.map(([a, d]) => new Q25(BigInt(a), BigInt(d))) }))),
  measure: measureWith6(gradHP2),
  relation: "le",
  tolerance: { abs: 0, reason: "the claimed side is already the allowed error 10^{\u22122p/3+4} of the central difference at p digits" },
  show: ({ ds, v }) => `v=${qvec2.show(v)} ${showDataset8(ds)}`,
  precision: { search: "decimal at --digits", verify: "decimal at --digits" },
  weight: 0.3,
  mutants: [
    { id: "sigma-plus", description: "\u03C3(+m) in place of \u03C3(\u2212m)", measure: measureWith6(sigmoidPlusGradient) },
    { id: "no-1/n", description: "the factor 1/n dropped", measure: measureWith6(noOneOverN) }
  ]
});

// properties/tyurin2025/reduction-gap-law.ts
var reduction_gap_law_exports = {};
__export(reduction_gap_law_exports, {
  default: () => reduction_gap_law_default
});
import { propertyClaim as propertyClaim17, rates as rates15 } from "gdcheck";

// properties/tyurin2025/_reduction.ts
import Decimal6 from "decimal.js";
import { decimals as decimals8, dynamics as dynamics20, floats, models as models31, rationals as rationals27 } from "gdcheck";
var { Q: Q26 } = rationals27;
var { precision: precision8 } = decimals8;
var { maxAbsDiff } = floats;
var { generalizedPerceptron: generalizedPerceptron2, iterateF64, marginsQ } = dynamics20;
var { rescaledGdF64, rescaledGdHP } = dynamics20.twoLayer;
var { ACTIVATIONS: ACTIVATIONS2, margins: margins3, twoLayerF64, twoLayerHP, marginsHP, dphiQuarters } = models31.twoLayer;
function limitPath2(x, T5, act = x.act) {
  const run12 = generalizedPerceptron2(x.ds, x.a, act, x.U0, { maxIter: T5, stopWhenSeparated: false, record: true });
  const bmax = Math.max(...x.ds.b.flat().map((q) => Math.abs(q.toNumber())));
  const n3 = x.ds.b.length, m2 = x.a.length, d = x.ds.b[0].length;
  const scaleP = Number(run12.Den) * Number(run12.L);
  let tie = false, deltaStar = Infinity, deltaP = Infinity, G = 0;
  for (let t = 0; t <= T5; t++) {
    const s = run12.steps[t];
    const mq = marginsQ(run12, t);
    for (let i = 0; i < n3; i++) {
      let grad2 = false;
      for (let j = 0; j < m2; j++) {
        const p = s.pattern[i * m2 + j];
        if (p === 0) tie = true;
        deltaP = Math.min(deltaP, Math.abs(pre3(run12, x, t, i, j)) / scaleP);
        const q = dphiQuarters(act, p);
        if (q !== 0) {
          grad2 = true;
          G = Math.max(G, Math.abs(q) / 4 * bmaxRow(x, i) * Math.abs(x.a[j]));
        }
      }
      if (s.M[i] === 0 && grad2) tie = true;
      if (t < T5 && grad2) deltaStar = Math.min(deltaStar, Math.abs(mq[i].toNumber()));
    }
  }
  const K3 = m2 * d * bmax;
  const inner = 4 * T5 * Math.max(G, 1e-300) * K3 / Math.min(deltaStar, deltaP);
  const gamma0 = Number.isFinite(deltaStar) ? Math.max(8, 2 * Math.log(Math.max(inner, 1))) / deltaStar : 8;
  return { run: run12, tie, deltaStar, deltaP, G, K: K3, gamma0 };
}
function pre3(run12, x, t, i, j) {
  const d = run12.d, N = run12.steps[t].N;
  let p = 0;
  x.ds.b[i].forEach((q, k) => {
    p += N[j * d + k] * Number(q.num * run12.L / q.den);
  });
  return p;
}
var bmaxRow = (x, i) => Math.max(...x.ds.b[i].map((q) => Math.abs(q.toNumber())));
function gapsF64(x, facts, gammas, T5) {
  const net = twoLayerF64(x.ds, x.a, x.act);
  const U0 = new Float64Array(x.a.length * net.d);
  x.U0.forEach((w, j) => w.forEach((q, k) => {
    U0[j * net.d + k] = q.toNumber();
  }));
  const gaps = [], setMismatches = [];
  for (const g3 of gammas) {
    const path2 = rescaledGdF64(net, U0, g3, T5);
    let D = 0, mism = 0;
    for (let t = 0; t <= T5; t++) {
      D = Math.max(D, maxAbsDiff(path2[t], iterateF64(facts.run, t)));
      const mg = margins3(net, path2[t]);
      const exact = facts.run.steps[t].M;
      if (Array.from(mg).some((v, i) => v <= 0 !== exact[i] <= 0)) mism++;
    }
    gaps.push(D);
    setMismatches.push(mism);
  }
  return { gaps, setMismatches };
}
function gapsHP(x, facts, gammas, T5, digits) {
  const C = precision8(digits);
  const net = twoLayerHP(C, x.ds, x.a, x.act);
  const U0 = x.U0.map((w) => w.map((q) => q.toDecimal(C)));
  const den = new C(facts.run.Den.toString());
  const gaps = [], setMismatches = [];
  for (const g3 of gammas) {
    const path2 = rescaledGdHP(net, U0, new C(g3), T5);
    let Dmax = new C(0), mism = 0;
    for (let t = 0; t <= T5; t++) {
      const N = facts.run.steps[t].N;
      path2[t].forEach((w, j) => w.forEach((v, k) => {
        Dmax = Decimal6.max(Dmax, v.minus(new C(N[j * facts.run.d + k]).div(den)).abs());
      }));
      const mg = marginsHP(net, path2[t]);
      const exact = facts.run.steps[t].M;
      if (mg.some((v, i) => v.lte(0) !== exact[i] <= 0)) mism++;
    }
    gaps.push(Dmax);
    setMismatches.push(mism);
  }
  return { gaps, setMismatches };
}
var gapBound = (f, gamma, T5) => T5 * f.G * Math.exp(-gamma * f.deltaStar / 2);
var linearLimit = (x, T5) => ({ ...limitPath2(x, T5), run: limitPath2(x, T5, ACTIVATIONS2.identity).run });

// properties/tyurin2025/reduction-gap-law.ts
var { fitLine: fitLine3 } = rates15;
var T3 = 4;
var GRID2 = [1, 1.25, 1.5, 1.75, 2];
var SMALL = twoLayerInstance({ maxN: 3, maxD: 2, maxWidth: 2 });
function fitted(x, digits) {
  const f = limitPath2(x, T3);
  const gammas = GRID2.map((k) => k * f.gamma0);
  const need = Math.ceil(GRID2.at(-1) * f.gamma0 * f.deltaStar / Math.LN10) + 10;
  const { gaps } = gapsHP(x, f, gammas, T3, Math.max(digits, need + 20));
  if (gaps.some((D) => !D.gt(0))) throw new Error("gap not resolved (exactly 0) at these digits");
  const lnD = gaps.map((D) => D.ln().toNumber());
  const exp = fitLine3(gammas, lnD), pow2 = fitLine3(gammas.map(Math.log), lnD);
  return {
    rate: -exp.slope,
    powerSlope: pow2.slope,
    deltaStar: f.deltaStar,
    note: `\u03B4* = ${f.deltaStar.toPrecision(6)}; \u03B3 = ${gammas.map((g3) => g3.toPrecision(4)).join(", ")}; D = ${gaps.map((D) => D.toExponential(3)).join(", ")}; fits: exponential rate ${(-exp.slope).toPrecision(6)} (rms ${exp.rms.toExponential(1)}), power \u03B3^${pow2.slope.toFixed(2)} (rms ${pow2.rms.toExponential(1)})`
  };
}
var rateOver = (k) => (x, mode) => {
  const r = fitted(x, mode.digits);
  return { measured: r.rate / r.deltaStar, claimed: k, note: r.note };
};
var reduction_gap_law_default = propertyClaim17({
  id: "tyurin2025/reduction-gap-law",
  title: "GD at finite \u03B3 is within C\xB7e^{\u2212\u03B4\u22C6\u03B3} of the generalized perceptron",
  statement: "Reconstruction standing in for T-ABS1 (the reduction; the paper's statement is not available): the gap D(\u03B3) = max_{t\u2264T} \u2016W_t/\u03B3 \u2212 U_t^\u221E\u2016_\u221E between plain GD at step \u03B3 and the generalized perceptron is at most C\xB7e^{\u2212\u03B4\u22C6\u03B3}, \u03B4* the smallest |margin| (with nonzero gradient) on the limit path; the fitted rate of \u2212ln D against \u03B3 is at least \u03B4*.",
  source: { arxiv: "2512.11587", version: "v1", where: "abstract (reduction to generalized perceptrons)", catalogue: "T-ABS1 [READ, claim only]; law INFERRED" },
  provenance: "reconstructed",
  kind: "limit",
  expected: "holds",
  instances: twoLayerInstance(),
  hypotheses: (x) => {
    const f = limitPath2(x, T3);
    if (f.tie) return "an exact tie on the limit path";
    return Number.isFinite(f.deltaStar) ? true : "no active unit moves on the limit path (\u03B4* = \u221E)";
  },
  measure: rateOver(1),
  relation: "ge",
  tolerance: { rel: 0.05, reason: "a least-squares slope of \u2212ln D on the finite grid \u03B3_0..2\u03B3_0: 5% below \u03B4* covers the polynomial prefactor (\u03B3^k e^{\u2212\u03B4*\u03B3} fits a rate \u03B4* \u2212 k/\u03B3)" },
  show: showTwoLayer,
  precision: { search: "decimal.js GD (digits raised to resolve e^{\u2212\u03B4\u22C6\u03B3}), exact limit path", verify: "the same" },
  weight: 0.15,
  mutants: [
    { id: "rate-2delta", description: "D = O(e^{\u22122\u03B4*\u03B3}): rate 2\u03B4* instead of \u03B4* (a wrong constant)", instances: SMALL, measure: rateOver(2) },
    {
      id: "power-law",
      instances: SMALL,
      description: "D(\u03B3) \u221D 1/\u03B3 (a power law instead of an exponential)",
      relation: "eq",
      measure: (x, mode) => {
        const r = fitted(x, mode.digits);
        return { measured: -r.powerSlope, claimed: 1, note: r.note };
      }
    }
  ]
});

// properties/tyurin2025/reduction-limit.ts
var reduction_limit_exports = {};
__export(reduction_limit_exports, {
  default: () => reduction_limit_default
});
import { propertyClaim as propertyClaim18 } from "gdcheck";
var T4 = 4;
var GRID3 = [1, 1.25, 1.5, 2];
function against4(limit2) {
  return (x, mode) => {
    const f = limit2(x);
    const gammas = GRID3.map((k) => k * f.gamma0);
    const bounds = gammas.map((g3) => gapBound(f, g3, T4));
    const r = mode.exact ? gapsHP(x, f, gammas, T4, mode.digits) : gapsF64(x, f, gammas, T4);
    const gaps = r.gaps.map(Number);
    const excess = Math.max(...gaps.map((D, k) => D - bounds[k])) + (r.setMismatches.some((s) => s > 0) ? 1 : 0);
    return {
      measured: excess,
      claimed: 0,
      note: `\u03B3_0 = ${f.gamma0.toPrecision(4)} (\u03B4* = ${f.deltaStar.toPrecision(4)}); D(\u03B3) = ${gaps.map((D) => D.toExponential(2)).join(", ")}; bound ${bounds.map((b) => b.toExponential(2)).join(", ")}; set mismatches ${r.setMismatches.join(",")}`
    };
  };
}
var mutants = [
  { id: "linear-limit", description: "the limit is the linear batch perceptron per unit (activation pattern ignored)", measure: against4((x) => linearLimit(x, T4)) }
];
var reduction_limit_default = propertyClaim18({
  id: "tyurin2025/reduction-limit",
  title: "Rescaled two-layer GD approaches the generalized perceptron as \u03B3 grows",
  statement: "Reconstruction standing in for T-ABS1 (the paper's reduction; its statement is not available). For g(b;W) = \u03A3_j a_j \u03C6(w_j\u1D40b), \u03C6 \u2208 {ReLU, leaky ReLU, abs}, fixed a: GD from W_0 = \u03B3U_0 satisfies max_{t\u2264T} \u2016W_t/\u03B3 \u2212 U_t^\u221E\u2016_\u221E \u2264 T\xB7G\xB7e^{\u2212\u03B3\u03B4\u22C6/2} for \u03B3 \u2265 \u03B3_0, U^\u221E the generalized perceptron from U_0 (tie weight 1/2), and the misclassified sets agree.",
  source: { arxiv: "2512.11587", version: "v1", where: "abstract (reduction to generalized perceptrons)", catalogue: "T-ABS1 [READ, claim only]; bound INFERRED" },
  provenance: "reconstructed",
  kind: "limit",
  expected: "holds",
  instances: twoLayerInstance(),
  hypotheses: (x) => limitPath2(x, T4).tie ? "an exact tie on the limit path (limit weight 1/2 or a kink)" : true,
  measure: against4((x) => limitPath2(x, T4)),
  relation: "le",
  tolerance: { abs: 1e-12, reason: "float64 rounding of 4 GD steps of sums of \u2264 18 terms of size \u2264 10 stays below 1e-12" },
  show: showTwoLayer,
  precision: { search: "float64 GD, exact limit path", verify: "decimal.js GD at --digits, exact limit path" },
  weight: 0.5,
  mutants
});

// properties/wu2024/nonmonotone-loss.ts
var nonmonotone_loss_exports = {};
__export(nonmonotone_loss_exports, {
  default: () => nonmonotone_loss_default
});
import { casesClaim as casesClaim12, arbitraries as arbitraries12, classes as classes10, data as data11, linalg as linalg19, methods as methods8, rationals as rationals28 } from "gdcheck";
var { lowerBoundDataset: lowerBoundDataset4 } = arbitraries12;
var { signedPoints } = data11;
var { empiricalRisk, LOSSES } = classes10;
var { F64: F6411, decimalArith: decimalArith9 } = linalg19;
var { gd: gd6, run: run11 } = methods8;
var { Q: Q27 } = rationals28;
function largestRise(c, digits) {
  const F = empiricalRisk(LOSSES.logistic, signedPoints(lowerBoundDataset4(c.n)));
  const D = decimalArith9(digits);
  const xs = run11(D, gd6(Q27.of(c.eta)), F, [D.of(0), D.of(0)], 20).xs;
  const L4 = xs.map((w) => F.value(D, w));
  let rise = D.sub(L4[1], L4[0]), at = 0;
  for (let t = 1; t + 1 < L4.length; t++) {
    const r = D.sub(L4[t + 1], L4[t]);
    if (D.lt(rise, r)) {
      rise = r;
      at = t;
    }
  }
  const far = run11(F6411, gd6(Q27.of(c.eta)), F, [0, 0], 2e3, { keep: "last" }).xs.at(-1);
  return { rise, note: `largest rise at step ${at}: L = ${D.show(L4[at])} \u2192 ${D.show(L4[at + 1])}; float64 L(w_2000) = ${F.value(F6411, far).toExponential(3)}` };
}
var nonmonotone_loss_default = casesClaim12({
  id: "wu2024/nonmonotone-loss",
  title: "Large-step GD on separable logistic regression: the loss rises, then converges",
  statement: "On separable data, GD on the logistic loss with a large step \u03B7 has a non-monotone loss in an early phase and still converges (Wu, Bartlett, Telgarsky, Yu 2024).",
  source: { arxiv: "2402.15926", where: "\xA71, Theorem 1", catalogue: "user results (issue 12): non-monotone large-step GD" },
  provenance: "read",
  kind: "exact",
  expected: "holds",
  cases: [{ n: 10, eta: 100 }, { n: 20, eta: 100 }],
  measure: (c, digits) => {
    const r = largestRise(c, digits);
    return { measured: r.rise, claimed: new Q27(1n, 10n), note: r.note };
  },
  relation: "ge",
  tolerance: { abs: 0, reason: "a rise of at least 1/10 computed at --digits; rounding is below 1e-40" },
  show: (c) => `Tyurin 2412.08424 Thm 5.1 dataset, n=${c.n}, \u03B7=${c.eta}, w0=0`,
  exact: false,
  precision: "decimal.js at --digits (first 20 steps); float64 for the 2,000-step note",
  mutants: [
    { id: "monotone", description: "the loss decreases monotonically (largest rise \u2264 0)", measure: (c, digits) => ({ measured: largestRise(c, digits).rise, claimed: 0 }), relation: "le" }
  ]
});

// registry.ts
var files = { "proofs/tyurin2024/linear-rescaling.ts": linear_rescaling_exports, "proofs/tyurin2025/degree-k-rescaling.ts": degree_k_rescaling_exports, "proofs/tyurin2025/logistic-gradient.ts": logistic_gradient_exports, "proofs/tyurin2025/scaled-pair-linear-count.ts": scaled_pair_linear_count_exports, "proofs/tyurin2025/sigmoid-limit.ts": sigmoid_limit_exports, "proofs/tyurin2025/two-layer-homogeneous.ts": two_layer_homogeneous_exports, "properties/cohen2021/limit-sharpness.ts": limit_sharpness_exports, "properties/drori2014/gd-smooth-convex.ts": gd_smooth_convex_exports, "properties/drori2014/huber-tight.ts": huber_tight_exports, "properties/jakhmola2025/J-CE1-bottleneck.ts": J_CE1_bottleneck_exports, "properties/jakhmola2025/J-CE2-dead-relu.ts": J_CE2_dead_relu_exports, "properties/jakhmola2025/J-CLAIM-EMP-gd-rate.ts": J_CLAIM_EMP_gd_rate_exports, "properties/jakhmola2025/J-LEM-ODE-bound.ts": J_LEM_ODE_bound_exports, "properties/jakhmola2025/J-LEM-ODE-identity.ts": J_LEM_ODE_identity_exports, "properties/jakhmola2025/J-THM1-sweep.ts": J_THM1_sweep_exports, "properties/lessard2016/heavy-ball-cycle.ts": heavy_ball_cycle_exports, "properties/nesterov2004/gd-converges-step-below-2-over-L.ts": gd_converges_step_below_2_over_L_exports, "properties/nesterov2004/gd-strongly-convex-rate.ts": gd_strongly_convex_rate_exports, "properties/nesterov2004/lower-bound.ts": lower_bound_exports, "properties/reddi2018/adam-nonconvergence.ts": adam_nonconvergence_exports, "properties/reddi2018/amsgrad-regret.ts": amsgrad_regret_exports, "properties/smorodinsky2026/D-FACT-1.ts": D_FACT_1_exports, "properties/smorodinsky2026/R-L1.ts": R_L1_exports, "properties/smorodinsky2026/R-L2.ts": R_L2_exports, "properties/smorodinsky2026/R-O2.ts": R_O2_exports, "properties/smorodinsky2026/R-O3.ts": R_O3_exports, "properties/smorodinsky2026/R-T1-limit.ts": R_T1_limit_exports, "properties/smorodinsky2026/R-T1.ts": R_T1_exports, "properties/smorodinsky2026/S-C2-every-init.ts": S_C2_every_init_exports, "properties/smorodinsky2026/S-C2.ts": S_C2_exports, "properties/smorodinsky2026/S-C4.ts": S_C4_exports, "properties/smorodinsky2026/S-C6.ts": S_C6_exports, "properties/srikant2021/SS-ABS-1-min-norm-limit.ts": SS_ABS_1_min_norm_limit_exports, "properties/srikant2021/SS-LYAP-linearised-descent.ts": SS_LYAP_linearised_descent_exports, "properties/srikant2021/SS-NORM-kernel-norm.ts": SS_NORM_kernel_norm_exports, "properties/tyurin2024/T3.2-rescaled-gd-limit.ts": T3_2_rescaled_gd_limit_exports, "properties/tyurin2024/T3.2-ties.ts": T3_2_ties_exports, "properties/tyurin2024/T3.3-batch-perceptron-bound.ts": T3_3_batch_perceptron_bound_exports, "properties/tyurin2024/T4.1-first-iterate.ts": T4_1_first_iterate_exports, "properties/tyurin2024/T4.1-limits.ts": T4_1_limits_exports, "properties/tyurin2024/T5.1-closed-form.ts": T5_1_closed_form_exports, "properties/tyurin2024/T5.1-counts.ts": T5_1_counts_exports, "properties/tyurin2024/T5.1-linear-growth.ts": T5_1_linear_growth_exports, "properties/tyurin2024/T5.2-classic-perceptron.ts": T5_2_classic_perceptron_exports, "properties/tyurin2024/T5.3-normalized-batch-perceptron.ts": T5_3_normalized_batch_perceptron_exports, "properties/tyurin2024/T6.1-normalized-lr-gd.ts": T6_1_normalized_lr_gd_exports, "properties/tyurin2025/T-ABS-scaled-pair-exact.ts": T_ABS_scaled_pair_exact_exports, "properties/tyurin2025/T-ABS2-closed-form.ts": T_ABS2_closed_form_exports, "properties/tyurin2025/T-ABS2-linear-omega-d.ts": T_ABS2_linear_omega_d_exports, "properties/tyurin2025/T-ABS2-scaled-pair.ts": T_ABS2_scaled_pair_exports, "properties/tyurin2025/T-ABS3-scaled-pair-normalized.ts": T_ABS3_scaled_pair_normalized_exports, "properties/tyurin2025/T-ABS3-scaled-pair.ts": T_ABS3_scaled_pair_exports, "properties/tyurin2025/T-ABS3-two-layer-sqrt-d.ts": T_ABS3_two_layer_sqrt_d_exports, "properties/tyurin2025/T-ABS4-oscillations.ts": T_ABS4_oscillations_exports, "properties/tyurin2025/gradient-identity.ts": gradient_identity_exports, "properties/tyurin2025/reduction-gap-law.ts": reduction_gap_law_exports, "properties/tyurin2025/reduction-limit.ts": reduction_limit_exports, "properties/wu2024/nonmonotone-loss.ts": nonmonotone_loss_exports };
export {
  files
};
