// A run that checks nothing is not a success: a claims folder with no claims (only helpers, or nothing)
// is one line on stderr saying where gdcheck looked, and exit 2; a file with a claim-like name that
// gdcheck does not load (rate.cts, rate2.TS, rate3.tsx, rate4.JSX, rate5.Mjs) is an error row naming it,
// never skipped without a word.
import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolveTargets } from '../../src/core/registry.ts';
import { fileTree } from '../helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/gdcheck.mjs', import.meta.url));
const gd = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
const body = "export default 1;\n";

describe('a run that checks nothing', () => {
  it('a config whose claims folder holds no claims: one line naming the folder, exit 2 (also for the folder named, and with --json)', () => {
    const root = fileTree({ 'gdcheck.config.json': '{ "claims": ["claims"] }\n', 'claims/_helper.ts': 'export const k = 1;\n' }, 'gdcheck-nothing-');
    try {
      for (const args of [['check', '--no-db'], ['check', '--no-db', 'claims'], ['check', '--no-db', '--json']]) {
        const r = gd(root, ...args);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/^gdcheck: no claims in claims( \(gdcheck\.config\.json\))?: nothing was checked \(a claim file is a \.ts, \.mts, \.js or \.mjs file with 'export default <claim>'; names starting with '_' or '\.' are skipped\)\n$/);
        expect(r.status).toBe(2);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);

  it('files with a claim-like name gdcheck does not load are named in error rows, with what to do', async () => {
    const root = fileTree({ 'claims/rate.cts': body, 'claims/rate2.TS': body, 'claims/rate3.tsx': body, 'claims/rate4.JSX': body, 'claims/rate5.Mjs': body, 'claims/notes.txt': 'x', 'claims/types.d.ts': body }, 'gdcheck-names-');
    try {
      const t = await resolveTargets(['claims'], root);
      expect(t.claims).toEqual([]);
      const rows = Object.fromEntries(t.errors.map((e) => [e.file, e.message]));
      expect(Object.keys(rows).sort()).toEqual(['claims/rate.cts', 'claims/rate2.TS', 'claims/rate3.tsx', 'claims/rate4.JSX', 'claims/rate5.Mjs']);
      expect(rows['claims/rate.cts']).toMatch(/^not a claim file: a claim file is an ES module named \.ts, \.mts, \.js or \.mjs \(\.cjs and \.cts are CommonJS by their name\), so it was not run$/);
      expect(rows['claims/rate2.TS']).toMatch(/\(extensions are lower case: rename it \.ts\), so it was not run$/);
      expect(rows['claims/rate3.tsx']).toMatch(/\(\.tsx is JSX, which a claim file does not use: rename it \.ts\)/);
      expect(rows['claims/rate4.JSX']).toMatch(/\(\.JSX is JSX, which a claim file does not use: rename it \.js\)/);
      expect(rows['claims/rate5.Mjs']).toMatch(/\(extensions are lower case: rename it \.mjs\)/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
