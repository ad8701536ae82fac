#!/usr/bin/env node
// Runs a TypeScript entry point (the benchmark) through tsx: `node bin/run-ts.mjs file.ts args...`.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

register();
const [, , file, ...rest] = process.argv;
process.argv = [process.argv[0], file, ...rest];
await import(pathToFileURL(resolve(file)).href);
