import {
  detailBlock
} from "./chunk-IR5ED47G.js";
import {
  defaultSeed
} from "./chunk-TUWJEXOA.js";
import {
  runWithDb
} from "./chunk-FIGVPWOE.js";
import {
  allAsExpected,
  fromFile
} from "./chunk-2MI5EISQ.js";
import {
  definedIn
} from "./chunk-LVUM6PTI.js";
import {
  dbDir
} from "./chunk-WVPELFOJ.js";
import "./chunk-WZMLMJOQ.js";
import {
  ROOT,
  loadProject,
  shownPath
} from "./chunk-27THDAXQ.js";
import "./chunk-GAT5BCTC.js";
import "./chunk-6LT5EU5C.js";
import "./chunk-RYYXEEND.js";

// dist/vitest.js
import { test } from "vitest";
import { isAbsolute, join, relative } from "node:path";
function replayFile(id, project) {
  const file = definedIn(id);
  if (file === void 0)
    return void 0;
  const inside = (dir) => {
    const r = relative(dir, file);
    return r === "" || !r.startsWith("..") && !isAbsolute(r);
  };
  return [join(ROOT, "properties"), join(ROOT, "proofs"), ...project.claims].some(inside) ? void 0 : shownPath(file);
}
function claimTest(claim, o = {}) {
  for (const c of Array.isArray(claim) ? claim : [claim]) {
    test(`${c.id}: ${c.title}`, async () => {
      const ctx = { seed: o.seed ?? defaultSeed(), runs: o.runs ?? 100, digits: o.digits ?? 50, budget: o.budget ?? 1 };
      const project = await loadProject();
      const dir = o.db === false ? void 0 : dbDir(project.root);
      const { report } = await runWithDb(c, ctx, { mutants: o.mutants ?? true }, dir);
      const file = replayFile(c.id, project);
      if (!allAsExpected([report]))
        throw new Error(`${c.id}: ${report.verdict}, expected ${report.expected}
${detailBlock(file === void 0 ? report : fromFile(report, file))}`);
    }, o.timeout ?? 12e4);
  }
}
export {
  claimTest
};
