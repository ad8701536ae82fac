#!/usr/bin/env node
// Claims are TypeScript files discovered at run time, so the command runs the sources through tsx:
// a researcher adds a claim file and runs it, with no build step in between.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
