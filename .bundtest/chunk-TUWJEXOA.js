import {
  UserError
} from "./chunk-RYYXEEND.js";

// dist/cli/options.js
var DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
var range = (r) => `${r.minExclusive ? "(" : "["}${r.min}, ${r.max}]`;
function parseNumber(name, raw, rule) {
  const text = raw.trim();
  if (!DECIMAL.test(text))
    throw new UserError(`${name} must be ${rule.integer ? "an integer" : "a decimal number"}, got '${raw}'`);
  const v = Number(text);
  if (!Number.isFinite(v))
    throw new UserError(`${name} must be a finite number, got '${raw}'`);
  if (rule.integer && !Number.isSafeInteger(v))
    throw new UserError(`${name} must be an integer between ${rule.min} and ${rule.max}, got '${raw}'`);
  if (v > rule.max || v < rule.min || rule.minExclusive && v === rule.min) {
    throw new UserError(rule.integer ? `${name} must be between ${rule.min} and ${rule.max}, got '${raw}'` : `${name} must be a number in ${range(rule)}, got '${raw}'`);
  }
  return v === 0 ? 0 : v;
}
function intOption(name, min, max) {
  return (raw) => parseNumber(name, raw, { min, max, integer: true });
}
function numberOption(name, min, max) {
  return (raw) => parseNumber(name, raw, { min, max });
}
function parseNumberList(name, raw, count, rule) {
  const parts = raw.split(",");
  if (parts.length !== count)
    throw new UserError(`${name} must be ${count} comma-separated numbers, got '${raw}'`);
  return parts.map((p, k) => parseNumber(`${name} (entry ${k + 1})`, p, rule));
}
function parseSettings(owner, set, spec, hint) {
  const out = {};
  const known = Object.keys(spec);
  for (const [k, raw] of Object.entries(set)) {
    const s = Object.prototype.hasOwnProperty.call(spec, k) ? spec[k] : void 0;
    if (!s)
      throw new UserError(`${owner}: unknown setting '${k}' (${known.length ? `known: ${known.join(", ")}` : "it takes no --set keys"}${hint ? `; ${hint}` : ""})`);
    const name = `--set ${k}`;
    if (s.type === "number")
      out[k] = parseNumber(name, raw, s);
    else if (s.type === "choice") {
      if (!s.values.includes(raw))
        throw new UserError(`${name} must be one of ${s.values.join(", ")}, got '${raw}'`);
      out[k] = raw;
    } else {
      if (raw.length > 200 || !s.pattern.test(raw))
        throw new UserError(`${name} must look like ${s.example}, got '${raw.slice(0, 60)}'`);
      out[k] = raw;
    }
  }
  return out;
}
function defaultSeed() {
  const env = process.env.CHECK_SEED;
  if (env === void 0 || env === "")
    return 20261122;
  return intOption("CHECK_SEED", -(2 ** 31), 2 ** 31 - 1)(env);
}

export {
  parseNumber,
  intOption,
  numberOption,
  parseNumberList,
  parseSettings,
  defaultSeed
};
