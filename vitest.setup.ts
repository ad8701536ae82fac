// Tests are reproducible: every property run takes its seed from CHECK_SEED (CI sets it; locally a fixed default).
import fc from 'fast-check';

const seed = Number(process.env.CHECK_SEED ?? 20261122);
if (!Number.isSafeInteger(seed)) throw new Error(`CHECK_SEED must be an integer, got '${process.env.CHECK_SEED}'`);
process.env.CHECK_SEED = String(seed);
fc.configureGlobal({ seed });

// Counterexamples saved by tests go to a temporary folder, never into the checkout's .gdcheck/.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
process.env.GDCHECK_DB_DIR ??= mkdtempSync(join(tmpdir(), 'gdcheck-db-'));
