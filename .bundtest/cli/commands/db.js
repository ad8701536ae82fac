import {
  clear,
  dbDir,
  list,
  load
} from "../../chunk-WVPELFOJ.js";
import "../../chunk-WZMLMJOQ.js";
import {
  loadProject,
  shownPath
} from "../../chunk-27THDAXQ.js";
import "../../chunk-GAT5BCTC.js";
import "../../chunk-6LT5EU5C.js";
import "../../chunk-RYYXEEND.js";

// dist/cli/commands/db.js
var add = (program, io) => {
  const db = program.command("db").description("the counterexample database: every refuting instance, replayed first on the next run");
  db.command("list").description("list the saved counterexamples").option("--json", "print JSON").action(async (o) => {
    const dir = dbDir((await loadProject()).root);
    const all = list(dir);
    const unreadable = all.flatMap((l) => l.error ? [`${shownPath(l.file)}: ${l.error}`] : load(dir, l.claim).unreadable);
    if (o.json) {
      io.write(JSON.stringify({ dir, claims: all.map((l) => ({ claim: l.claim, file: l.file, examples: l.examples })), unreadable }, null, 2));
    } else {
      if (all.length === 0)
        io.write(`no saved counterexamples in ${shownPath(dir)}`);
      for (const l of all) {
        if (l.error)
          continue;
        io.write(`${l.claim}: ${l.examples.length} saved (${shownPath(l.file)})`);
        l.examples.forEach((e, k) => io.write(`  #${k + 1} ${e.shown}
     measured ${e.measured}, claimed ${e.claimed}; seed ${e.seed ?? "-"}, path ${e.path ?? "-"}; ${e.instance === null ? "replayed by seed and path" : "exact instance"}; gdcheck ${e.version}, ${e.found}`));
      }
      for (const u of unreadable)
        io.write(`\u2717 ${u}`);
    }
    io.setExit(unreadable.length ? 1 : 0);
  });
  db.command("clear").description("remove the saved counterexamples of a claim id or paper id (all when none given)").argument("[id]").action(async (id) => {
    const dir = dbDir((await loadProject()).root);
    const removed = clear(dir, id);
    io.write(removed.length ? `removed the saved counterexamples of ${removed.join(", ")} from ${shownPath(dir)}` : `nothing saved${id ? ` for '${id}'` : ""} in ${shownPath(dir)}`);
  });
};
var db_default = add;
export {
  db_default as default
};
