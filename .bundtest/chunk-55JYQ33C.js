// dist/scenarios/sweep.js
var toJsonValue = (r) => r === void 0 ? null : JSON.parse(JSON.stringify(r, (_, v) => typeof v === "number" && !Number.isFinite(v) ? { $number: String(v) } : v));
var fromJsonValue = (v) => JSON.parse(JSON.stringify(v), (_, x) => x && typeof x === "object" && !Array.isArray(x) && Object.keys(x).length === 1 && typeof x.$number === "string" ? Number(x.$number) : x);
var throughJson = (r) => fromJsonValue(toJsonValue(r));
async function runPoint(sweep, opts, p) {
  return throughJson(await sweep.point(opts, p));
}
function runSweep(sweep) {
  return async (opts, io) => {
    const points = sweep.points(opts);
    const results = [];
    for (const [k, p] of points.entries()) {
      io.progress(sweep.label(p), k / points.length);
      results.push(await runPoint(sweep, opts, p));
    }
    return sweep.report(opts, results, io);
  };
}

export {
  toJsonValue,
  fromJsonValue,
  runPoint,
  runSweep
};
