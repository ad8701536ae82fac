// CPU seconds of each claim and of each of its mutants at the default budget (seed 20261122, runs 100,
// digits 50): a measure that a loaded machine inflates less than wall time. Run each claim in its own
// process for the cost a single `gdcheck check <id> --mutants` pays (JIT warm-up included):
//   for id in drori2014/gd-smooth-convex wu2024/nonmonotone-loss; do node bin/run-ts.mjs scripts/claim-cpu.ts $id; done
import { loadClaims, findClaim } from '../src/core/registry.ts';
import type { RunContext } from '../src/core/claim.ts';

const cpu = (t0: NodeJS.CpuUsage): string => { const u = process.cpuUsage(t0); return ((u.user + u.system) / 1e6).toFixed(2); };
const all = await loadClaims();
const ctx: RunContext = { seed: 20261122, runs: 100, digits: 50, budget: 1 };
for (const id of process.argv.slice(2)) {
  const c = findClaim(all, id).claim;
  const t0 = process.cpuUsage();
  const o = await c.run(ctx);
  const parts = [`${id} ${o.verdict} ${cpu(t0)} s`];
  for (const m of c.mutants) { const t = process.cpuUsage(); const r = await m.run(ctx); parts.push(`${m.id} ${r.verdict} ${cpu(t)} s`); }
  console.log(parts.join(' | '));
}
