// A child process of `--jobs` (src/parallel/pool.ts): argv is [entry URL, build]. From src/ it
// first installs the command's loaders (tsx and the resolve hook of `gdcheck`), as bin/gdcheck.mjs
// does; from dist/ files install them when they need them (src/core/moduleLoading.ts).
// Ctrl-C reaches every process of the terminal's group, and Slurm sends SIGTERM to every process of
// a job step: the parent decides what stops (it keeps the finished work: src/cli/interrupt.ts), so a
// child ignores SIGINT, SIGTERM and SIGHUP, and ends when the parent kills it (SIGKILL) or goes away.
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => {});
// Node's own exit: while a job runs, process.exit throws (src/core/exitGuard.ts).
const exit = process.exit.bind(process);
process.on('disconnect', () => exit(0));
const [entry, build] = process.argv.slice(2);
if (build === 'src') (await import('./loaders.mjs')).installLoaders('src');
await import(entry);
