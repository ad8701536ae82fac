// Claim files load whatever the enclosing package.json says (issue 11, a new user's first run):
// npm 11's `npm init -y` writes "type": "commonjs", under which every claim file once failed
// ("Cannot require() ES Module ... in a cycle" for .ts, "Cannot use import statement outside a
// module" for .js). A file with import/export is an ES module in any package (.ts, .js, .mts, .mjs;
// claim, helper, derivation and config files; main thread and --jobs workers); a CommonJS helper or
// config still loads as CommonJS; a claim file in CommonJS syntax is one line saying what to do.
// Run through the real command (bin/gdcheck.mjs: the loaders are a child process's, not vitest's).
import { describe, expect, it } from 'vitest';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fileTree } from '../helpers.ts';

const BIN = fileURLToPath(new URL('../../bin/gdcheck.mjs', import.meta.url));

/** A true claim 0 ≤ k·x² with the given id, in JavaScript syntax (valid TypeScript too); `pre` adds lines before it (k must be defined). */
const claim = (id: string, pre = 'const k = 1;') => `import fc from 'fast-check';
import { propertyClaim } from 'gdcheck';
${pre}
export default propertyClaim({
  id: '${id}', title: 'a square is non-negative', statement: '0 ≤ k·x²', source: { where: 'Lemma 1', catalogue: 'test' },
  provenance: 'reconstructed', kind: 'lower', expected: 'holds',
  instances: fc.integer({ min: -9, max: 9 }), measure: (x) => ({ measured: k * x * x, claimed: 0 }),
  relation: 'ge', tolerance: { abs: 0, reason: 'exact integers' }, mutants: [], show: String, precision: { search: 'exact', verify: 'exact' },
});
`;

const tree = (files: Record<string, string>): string => fileTree(files, 'gdcheck-format-');

const gd = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });

describe('claim files and the package.json "type"', () => {
  it('import syntax loads as an ES module under "type": "commonjs", no type and "type": "module": claims, helpers, derivations, an ESM config, in a worker', () => {
    const root = tree({
      'package.json': '{ "name": "p", "version": "1.0.0", "type": "commonjs" }\n', // what npm 11's `npm init -y` writes
      'none/package.json': '{ "name": "none" }\n',
      'module/package.json': '{ "name": "module", "type": "module" }\n',
      ...Object.fromEntries(['claims', 'none', 'module'].flatMap((dir) => ['ts', 'js', 'mts', 'mjs'].map((ext) => [`${dir}/c-${ext}.${ext}`, claim(`${dir}/${ext}`)]))),
      'claims/helped.ts': claim('claims/helped', "import { k } from './_k.ts';"),
      'claims/_k.ts': 'export const k: number = 2;\n',
    });
    try {
      const init = gd(root, 'init'); // init's own examples (a helper import, a derivation) in the same package
      expect(init.status, init.stderr).toBe(0);
      rmSync(join(root, 'gdcheck.config.json'));
      writeFileSync(join(root, 'gdcheck.config.js'), "export default { claims: ['claims', 'none', 'module'] };\n");
      const run = gd(root, 'check', '--no-db', '--jobs', '2', '--runs', '10');
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^17 claims: 17 as expected, 0 not /m); // 12 + helped + init's 4
      expect(run.status).toBe(0);
      const derive = gd(root, 'derive', 'claims/logistic-gradient.ts');
      expect(derive.status, derive.stdout + derive.stderr).toBe(0);
      expect(derive.stdout).toMatch(/verified/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 240_000);

  it('CommonJS: a helper and a config in CommonJS syntax load as such; a claim file in it, or require in an ES module, is one line saying what to do', () => {
    const root = tree({
      'package.json': '{ "name": "p", "type": "commonjs" }\n',
      'gdcheck.config.js': "module.exports = { claims: ['claims'] };\n",
      'claims/_k.js': 'module.exports = { k: 2 };\n',
      'claims/_kt.ts': 'const k: number = 3;\nmodule.exports = { k };\n',
      'claims/a.ts': claim('mine/js-helper', "import helper from './_k.js';\nconst k = helper.k;"),
      'claims/b.ts': claim('mine/ts-helper', "import { k } from './_kt.ts';"),
      'claims/c.ts': claim('mine/require', "const k = require('./_k.js').k;"),
      'claims/d.js': "const { propertyClaim } = require('gdcheck');\nmodule.exports = propertyClaim({ id: 'mine/cjs' });\n",
      // a CommonJS helper that throws at load (require() does not see the tool's copies): one row, and
      // no second report of the same error as an unhandled rejection (Node 20 raises both)
      'claims/_g.js': "module.exports = require('gdcheck');\n",
      'claims/e.ts': "import g from './_g.js';\nexport default g.propertyClaim({});\n",
      'claims/f.ts': claim('mine/both', 'const k = 1;\nmodule.exports = {};'),
    });
    try {
      const run = gd(root, 'check', '--no-db', '--jobs', '1', '--runs', '10');
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^✓ +mine\/js-helper /m);
      expect(run.stdout).toMatch(/^✓ +mine\/ts-helper /m);
      expect(run.stdout).toMatch(/^✗ {2}claims\/c\.ts:\d+:\d+ {2}error {2}require is not defined in ES module scope, you can use import instead$/m);
      expect(run.stdout).toMatch(/^✗ {2}claims\/d\.js:1:1 {2}error {2}a CommonJS file \(module\.exports\), so it was not run: a claim file is an ES module; write 'export default <claim>'/m);
      expect(run.stdout).toMatch(/^✗ {2}claims\/e\.ts {2}error {2}in claims\/_g\.js:1:\d+: Cannot find module 'gdcheck' \(from require\(\) in a CommonJS file, which does not see gdcheck's own copies: use import, or install the package in the project\)$/m);
      expect(run.stdout).toMatch(/^✗ {2}claims\/f\.ts:4:1 {2}error {2}module is not defined in ES module scope: the file is an ES module \(it has import\/export syntax, or its package\.json says "type": "module"\); use 'export', not module\.exports$/m);
      expect(run.stdout).toMatch(/^2 claims: 2 as expected, 0 not; 4 file\(s\) failed to load/m);
      expect(run.status).toBe(2);
      // named on the command line, a .cts (or .cjs) file is CommonJS by its name: a row, never loaded
      writeFileSync(join(root, 'g.cts'), claim('mine/cts'));
      const cts = gd(root, 'check', '--no-db', 'g.cts');
      expect(cts.stderr).toBe('');
      expect(cts.stdout).toMatch(/^✗ {2}g\.cts:1:1 {2}error {2}not a claim file: a claim file is an ES module named \.ts, \.mts, \.js or \.mjs \(\.cjs and \.cts are CommonJS by their name\), so it was not run$/m);
      expect(cts.status).toBe(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 240_000);

  // A CommonJS helper in a "type": "module" folder loads as an ES module: the row named the claim file
  // and said "the file is an ES module" of it; it names the helper (and its package.json) now.
  it('a CommonJS helper in a "type": "module" subfolder: the error names the helper, its line and why it is an ES module', () => {
    const root = tree({
      'gdcheck.config.json': '{ "claims": ["claims"] }\n',
      'claims/m/package.json': '{ "type": "module" }\n',
      'claims/m/_h.js': 'const v = 1;\nmodule.exports = { v };\n',
      'claims/m/a.ts': claim('mine/default-import', "import h from './_h.js';\nconst k = h.v;"),
      'claims/m/b.ts': claim('mine/namespace-import', "import * as h from './_h.js';\nconst k = (h as any).v;"),
      'claims/m/c.ts': claim('mine/throwing-helper', "import { k } from './_t.ts';"),
      'claims/m/_t.ts': "export const k = 1;\nthrow new Error('helper failed');\n",
    });
    try {
      const run = gd(root, 'check', '--no-db', '--jobs', '1', '--runs', '5');
      expect(run.stderr).toBe('');
      const why = `claims/m/_h\\.js is loaded as an ES module \\(claims/m/package\\.json says "type": "module"\\), so module\\.exports is not its export: name it \\.cjs, or use 'export'`;
      expect(run.stdout).toMatch(new RegExp(`^✗ {2}claims/m/a\\.ts:\\d+:\\d+ {2}error {2}The requested module '\\./_h\\.js' does not provide an export named 'default': ${why}$`, 'm'));
      expect(run.stdout).toMatch(new RegExp(`^✗ {2}claims/m/b\\.ts {2}error {2}in claims/m/_h\\.js:2:1: module is not defined in ES module scope: ${why}$`, 'm'));
      expect(run.stdout).toMatch(/^✗ {2}claims\/m\/c\.ts {2}error {2}in claims\/m\/_t\.ts:2:\d+: helper failed$/m);
      expect(run.status).toBe(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 240_000);
});
