#!/bin/sh
# Every registry claim at its expected verdict and every mutant refuted, at seeds FROM..TO (default 1..20).
# Prints one line per seed, and per mutant whether the random draws (fast-check path) or the adversarial
# search (path s:…) refuted it. Slow (a full `check --mutants` per seed): run it by hand, never in CI.
#   sh scripts/seeds.sh [FROM] [TO] [claim or paper ids…]
FROM=${1:-1}; TO=${2:-20}; shift 2 2>/dev/null
for s in $(seq "$FROM" "$TO"); do
  CHECK_SEED=$s node bin/gdcheck.mjs check --mutants --json "$@" | node -e '
    let t = ""; process.stdin.on("data", (c) => (t += c)).on("end", () => {
      const r = JSON.parse(t), bad = [], how = [];
      for (const c of r.claims) {
        const ok = c.verdict === c.expected || (c.expected === "holds" && c.verdict === "verified");
        if (!ok) bad.push(`${c.id} ${c.verdict} (expected ${c.expected})`);
        for (const m of c.mutants) {
          if (m.verdict !== "refuted") bad.push(`${m.id} ${m.verdict}`);
          else how.push(`${m.id}:${m.path && m.path.startsWith("s:") ? "search" : m.path ? "random" : "-"}`);
        }
      }
      console.log(`seed ${process.argv[1]}: ${bad.length ? "NOT AS EXPECTED: " + bad.join("; ") : "all as expected"}`);
      if (process.env.SHOW_HOW) console.log("  " + how.join(" "));
    });' "$s"
done
