/**
 * `gdcheck db list [--json]` and `gdcheck db clear [id]`: the project's counterexample database
 * (.gdcheck/examples/ beside gdcheck.config.json, or in the working directory). `list` shows every
 * saved counterexample and reports the ones that no longer parse; `clear` removes those of one claim
 * id or paper id, or all.
 */
import type { AddCommand } from '../extensions.ts';
import { loadProject } from '../../core/config.ts';
import { shownPath } from '../../core/registry.ts';
import { clear, dbDir, list, load } from '../../db/examples.ts';

const add: AddCommand = (program, io) => {
  const db = program.command('db').description('the counterexample database: every refuting instance, replayed first on the next run');
  db.command('list').description('list the saved counterexamples').option('--json', 'print JSON').action(async (o: { json?: boolean }) => {
    const dir = dbDir((await loadProject()).root);
    const all = list(dir);
    const unreadable = all.flatMap((l) => (l.error ? [`${shownPath(l.file)}: ${l.error}`] : load(dir, l.claim).unreadable));
    if (o.json) {
      io.write(JSON.stringify({ dir, claims: all.map((l) => ({ claim: l.claim, file: l.file, examples: l.examples })), unreadable }, null, 2));
    } else {
      if (all.length === 0) io.write(`no saved counterexamples in ${shownPath(dir)}`);
      for (const l of all) {
        if (l.error) continue;
        io.write(`${l.claim}: ${l.examples.length} saved (${shownPath(l.file)})`);
        l.examples.forEach((e, k) => io.write(`  #${k + 1} ${e.shown}\n     measured ${e.measured}, claimed ${e.claimed}; seed ${e.seed ?? '-'}, path ${e.path ?? '-'}; ${e.instance === null ? 'replayed by seed and path' : 'exact instance'}; gdcheck ${e.version}, ${e.found}`));
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
