/**
 * `gdcheck db list [--json]` and `gdcheck db clear [id]`: the project's counterexample database
 * (.gdcheck/examples/ beside gdcheck.config.json, or in the working directory). `list` shows every
 * saved counterexample and reports the ones that no longer parse; `clear` removes those of one claim
 * id or paper id, or all.
 */
import type { AddCommand } from '../extensions.ts';
import { loadProject } from '../../core/config.ts';
import { shownPath } from '../../core/registry.ts';
import { printable } from '../../core/printable.ts';
import { clear, dbDir, list, type Entry } from '../../db/examples.ts';

/** How a saved entry is replayed on the next run (src/db/replay.ts): only a propertyClaim re-measures an exact instance. */
function howReplayed(e: Entry): string {
  const byPath = e.seed !== null && e.seed !== undefined && e.path !== null && e.path !== undefined;
  if (e.instance === null || e.instance === undefined) return byPath ? 'replayed by seed and path' : 'not replayable (no instance, seed or path)';
  return byPath ? 'exact instance (a propertyClaim re-measures it; any other claim replays its seed and path)' : 'exact instance (re-measured only by a propertyClaim; kept but not replayed for any other claim)';
}

const add: AddCommand = (program, io) => {
  const db = program.command('db').description('the counterexample database: every refuting instance, replayed first on the next run');
  db.command('list').description('list the saved counterexamples').option('--json', 'print JSON').action(async (o: { json?: boolean }) => {
    const dir = dbDir((await loadProject()).root);
    const all = list(dir);
    const unreadable = all.flatMap((l) => (l.error ? [`${shownPath(l.file)}: ${l.error}`] : l.unreadable.map((u) => `${l.claim}: ${u}`)));
    if (o.json) {
      io.write(JSON.stringify({ dir, claims: all.map((l) => ({ claim: l.claim, file: l.file, examples: l.examples.map(({ index: _i, ...e }) => e) })), unreadable }, null, 2));
    } else {
      if (all.length === 0) io.write(`no saved counterexamples in ${shownPath(dir)}`);
      for (const l of all) {
        if (l.error) continue;
        io.write(`${l.claim}: ${l.examples.length} saved${l.unreadable.length ? ` (and ${l.unreadable.length} that no longer parse)` : ''} (${shownPath(l.file)})`);
        // A hand-edited file may hold terminal escapes or newlines: every field prints as one line of text.
        const t = (v: string | null | undefined, none: string): string => (v === null || v === undefined ? none : printable(v));
        for (const e of l.examples) io.write(`  #${e.index} ${t(e.shown, '?')}\n     measured ${t(e.measured, '?')}, claimed ${t(e.claimed, '?')}; seed ${e.seed ?? '-'}, path ${t(e.path, '-')}; ${howReplayed(e)}; gdcheck ${t(e.version, '?')}, ${t(e.found, '?')}`);
      }
      for (const u of unreadable) io.write(`✗ ${u}`);
    }
    io.setExit(unreadable.length ? 1 : 0);
  });
  db.command('clear').description('remove the saved counterexamples of a claim id or paper id (all when none given)').argument('[id]').action(async (id: string | undefined) => {
    const dir = dbDir((await loadProject()).root);
    const removed = clear(dir, id);
    io.write(removed.length ? `removed the saved counterexamples of ${removed.join(', ')} from ${shownPath(dir)}` : `nothing saved${id ? ` for '${id}'` : ''} in ${shownPath(dir)}`);
  });
};

export default add;
