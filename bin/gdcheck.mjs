#!/usr/bin/env node
// The gdcheck command (loaders in loaders.mjs). Claim files are TypeScript or JavaScript anywhere on disk, loaded through tsx
// (so a researcher adds a file and runs it, no build step) with a resolve hook (resolve-hooks.mjs)
// that points `gdcheck`, `fast-check`, `decimal.js` and `mathjs` at this tool's own copies.
// The tool itself runs from src/ through tsx in a checkout, and from the compiled dist/ in an
// installed package (which ships dist/ and no src/): a stale dist/ in a checkout is never used.
import { compiled, at } from './loaders.mjs';

// An error a user's claim file throws from a timer or an unhandled promise: one line and exit 2,
// never Node's stack trace.
const { asyncErrorLine } = await import(compiled ? at('dist/core/userFile.js') : at('src/core/userFile.ts'));
const uncaught = (e) => { process.stderr.write(`gdcheck: ${asyncErrorLine(e)}\n`); process.exit(2); };
process.on('uncaughtException', uncaught);
process.on('unhandledRejection', uncaught);
const { main } = await import(compiled ? at('dist/cli/main.js') : at('src/cli/main.ts'));
process.exitCode = await main(process.argv);
