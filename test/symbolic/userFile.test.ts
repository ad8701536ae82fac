/** Issue 13: user files are read safely, and every failure is one line, exit 2. */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const claimModule = join(ROOT, 'src/symbolic/claim.ts');

describe('gdcheck derive <file>', () => {
  it('refuses what is not a regular file of bounded size, without reading it', async () => {
    const zero = await runCli(['derive', '/dev/zero']);
    expect(zero.code).toBe(2);
    expect(zero.err.trim()).toBe('gdcheck: /dev/zero: not a regular file (a device, socket or pipe)');
    const dir = await runCli(['derive', tmpdir()]);
    expect(dir.code).toBe(2);
    expect(dir.err).toMatch(/not a regular file \(a directory\)/);
    const tmp = mkdtempSync(join(tmpdir(), 'gdcheck-'));
    try {
      const big = join(tmp, 'big.ts');
      writeFileSync(big, '//' + 'x'.repeat(2_000_000));
      const r = await runCli(['derive', big]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/2000002 bytes, more than a claim file can be/);
    } finally { rmSync(tmp, { recursive: true, force: true }); }
  });

  it('a syntax error or an error thrown while loading names file:line:col; one thrown asynchronously is one line, exit 2', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'gdcheck-'));
    try {
      const body = (extra: string) => `import { derivationClaim } from '${claimModule}';\n${extra}\nexport default derivationClaim({ id: 'x/y', title: 't', statement: 's', provenance: 'reconstructed', source: { arxiv: '-', where: '-', catalogue: '-' }, sizes: {}, indices: {}, assume: [], steps: [{ expr: 'x', rule: 'given', why: 'a' }, { expr: 'x', rule: 'algebra', why: 'b' }], twins: [] });\n`;
      const later = join(tmp, 'later.ts');
      writeFileSync(later, body("setTimeout(() => { throw new Error('boom later'); }, 0);"));
      const rejected = join(tmp, 'rejected.ts');
      writeFileSync(rejected, body("Promise.reject(new Error('rejected'));"));
      const sync = join(tmp, 'sync.ts');
      writeFileSync(sync, body("throw new Error('at load');"));
      writeFileSync(join(tmp, 'package.json'), '{ "type": "module" }');
      const syntax = join(tmp, 'syntax.ts');
      copyFileSync(fileURLToPath(new URL('./fixtures/syntax-error.ts.txt', import.meta.url)), syntax);
      const run = (f: string) => spawnSync(process.execPath, [join(ROOT, 'bin/gdcheck.mjs'), 'derive', f], { encoding: 'utf8', timeout: 120_000 });
      for (const [f, msg, line] of [[syntax, 'syntax error: Expected identifier but found ","', 4], [later, 'boom later', 2], [rejected, 'rejected', 2], [sync, 'at load', 2]] as const) {
        const r = run(f);
        expect(r.status, r.stderr).toBe(2);
        expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
        expect(r.stderr).toContain(`${f}:${line}:`);
        expect(r.stderr).toContain(msg);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      }
    } finally { rmSync(tmp, { recursive: true, force: true }); }
  }, 400_000);
});
