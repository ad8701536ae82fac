#!/usr/bin/env node
// The gdcheck command. It runs the compiled dist/ when it may (an installed package, or a checkout
// whose dist/ was built from its current src/: dist-state.mjs), else src/ through tsx; a stale dist/
// is never used. Claim files are TypeScript or JavaScript anywhere on disk: from dist/, the loaders
// (loaders.mjs: tsx, and resolve-hooks.mjs, which points `gdcheck`, `fast-check`, `decimal.js` and
// `mathjs` at this tool's own copies) are installed when the first such file is loaded, and the
// registry's own claims run from their transpiled twins (src/core/moduleLoading.ts).
import { chooseBuild, installLoaders, at } from './loaders.mjs';

// Node's own process.exit: while a claim runs, process.exit throws (src/core/exitGuard.ts), and the
// handlers below must still end the process.
const exit = process.exit.bind(process);

const build = chooseBuild();
if (build === 'src') installLoaders('src');
const entry = (path) => at(build === 'dist' ? `dist/${path}.js` : `src/${path}.ts`);
// An error a user's claim file throws from a timer or an unhandled promise: one line and exit 2,
// never Node's stack trace.
// A failed import that was caught and reported (an error row) may come back as an unhandled
// rejection too (Node does that for a CommonJS module that throws): it is skipped.
const { asyncErrorLine, isReportedImportError } = await import(entry('core/userFile'));
const uncaught = (e) => { process.stderr.write(`gdcheck: ${asyncErrorLine(e)}\n`); exit(2); };
process.on('uncaughtException', uncaught);
process.on('unhandledRejection', (e) => { if (!isReportedImportError(e)) uncaught(e); });
// stdout holds only gdcheck's result: what claim, scenario and derivation files print
// (console.log, process.stdout.write) goes to stderr, so `--json` stays one JSON document and a
// table is not interleaved with a claim's own output. gdcheck writes its result through `out`.
const out = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, encoding, callback) => process.stderr.write(chunk, encoding, callback);
const { main } = await import(entry('cli/main'));
process.exitCode = await main(process.argv, (s) => { out(`${s}\n`); });
