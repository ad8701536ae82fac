// A child process of `--jobs` (src/parallel/pool.ts): argv is [entry URL, build]. From src/ it
// first installs the command's loaders (tsx and the resolve hook of `gdcheck`), as bin/gdcheck.mjs
// does; from dist/ files install them when they need them (src/core/moduleLoading.ts).
// Ctrl-C reaches every process of the terminal's group: the parent decides what stops, so a child
// ignores SIGINT and ends when the parent kills it or goes away.
process.on('SIGINT', () => {});
// Node's own exit: while a job runs, process.exit throws (src/core/exitGuard.ts).
const exit = process.exit.bind(process);
process.on('disconnect', () => exit(0));
const [entry, build] = process.argv.slice(2);
if (build === 'src') (await import('./loaders.mjs')).installLoaders('src');
await import(entry);
