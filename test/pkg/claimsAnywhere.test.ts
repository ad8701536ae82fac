// Claims anywhere (issue 11): files and folders on the command line, a config file, discovery that
// skips node_modules and dot-folders, a broken file as one error row while the rest runs, and the
// counterexample database (replay first, --no-db, db list/clear, unreadable entries reported).
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveTargets } from '../../src/core/registry.ts';
import { decode, encode } from '../../src/db/encode.ts';
import { Q } from '../../src/numeric/rational.ts';
import { withReplayFile } from '../../src/core/property.ts';
import { definedIn } from '../../src/core/definedIn.ts';
import { pathToFileURL } from 'node:url';
import { fileTree, runCli } from '../helpers.ts';

const tree = (files: Record<string, string>): string => fileTree(files, 'gdcheck-anywhere-');

/** A property claim over x ∈ [1, 200]: x² ≤ k·x, false for k < 200 (smallest counterexample x = k + 1). */
const squareClaim = (k: number) => `import fc from 'fast-check';
import { propertyClaim } from 'gdcheck';
export default propertyClaim<{ x: bigint }>({
  id: 'mine/square', title: 'x² ≤ ${k}x', statement: 'x² ≤ ${k}·x for 1 ≤ x ≤ 200', source: { arxiv: '-', where: 'Lemma 1', catalogue: 'test' },
  provenance: 'reconstructed', kind: 'upper', expected: 'holds',
  instances: fc.bigInt({ min: 1n, max: 200n }).map((x) => ({ x })),
  measure: ({ x }) => ({ measured: x * x, claimed: ${k}n * x }), relation: 'le', tolerance: { abs: 0, reason: 'exact integers' },
  show: ({ x }) => 'x=' + x, precision: { search: 'exact', verify: 'exact' },
  mutants: [{ id: 'half', description: 'k/2', measure: ({ x }) => ({ measured: x * x, claimed: ${Math.floor(k / 2)}n * x }) }],
});
`;

/** A printed command line split as a POSIX shell would (plain words, '…' and "…"). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

const cwd0 = process.cwd();
const db0 = process.env.GDCHECK_DB_DIR;
afterEach(() => { process.chdir(cwd0); process.env.GDCHECK_DB_DIR = db0; });

describe('claims anywhere', () => {
  it('a folder: claim files in TS or JS with no package.json, node_modules and dot-folders skipped, a broken file one error', async () => {
    const root = tree({
      'c/a.ts': squareClaim(200),
      'c/sub/b.mjs': squareClaim(200).replace("'mine/square'", "'mine/square-js'").replace(/<\{ x: bigint \}>/, '').replace(/\(\{ x \}\)/g, '({ x })'),
      'c/broken.ts': "import { propertyClaim } from 'gdcheck';\nconst x = ;\nexport default x;\n",
      'c/node_modules/junk/index.ts': 'this is not code (',
      'c/.hidden/c.ts': 'neither is this (',
      'c/_helper.ts': 'export default 1;',
    });
    const t = await resolveTargets([join(root, 'c')], root);
    expect(t.claims.map((c) => c.id).sort()).toEqual(['mine/square', 'mine/square-js']);
    expect(t.errors).toHaveLength(1);
    expect(t.errors[0]).toMatchObject({ file: join('c', 'broken.ts'), line: 2 });
    expect(t.errors[0]!.column).toBeGreaterThanOrEqual(10);
    expect(t.errors[0]!.message).not.toMatch(/Transform failed/);
  });

  it('the discovery rule: helpers (_), tests and a config are skipped unrun; a file without export default is a row and is not run', async () => {
    const marker = (name: string) => `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(join(tmpdir(), `gdcheck-ran-${process.pid}-`))} + '${name}', 'ran');\n`;
    const ran = (name: string) => existsSync(join(tmpdir(), `gdcheck-ran-${process.pid}-${name}`));
    const root = tree({
      'c/a.ts': squareClaim(200),
      'c/_helper.ts': `${marker('helper')}export const k = 2;\n`,
      'c/_scenario-sweep.ts': `${marker('scenario')}export default { name: 'sweep' };\n`,
      'c/plot.ts': `${marker('plot')}console.log('a script');\n`,
      'c/sq.test.ts': `${marker('test')}export default 1;\n`,
      'c/gdcheck.config.ts': `${marker('config')}export default { claims: ['.'] };\n`,
      'c/answer.ts': '// a comment first: export default\nexport default 42;\n',
      // `export default` only in a comment, a string or a template is no export: these ran
      'c/commented.ts': `// export default is mentioned only in a comment\n${marker('commented')}`,
      'c/quoted.ts': `${marker('quoted')}const s = "export default"; const t = \`export { x as default }\`;\n`,
      'c/cjs.ts': `/* module.exports = 1; export default */\n${marker('cjs')}`,
    });
    process.chdir(root);
    const r = await runCli(['check', 'c', '--no-db', '--runs', '5']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/✓ +mine\/square /);
    expect(r.out).toContain(`✗  c/plot.ts:1:1  error  not a claim file: no 'export default', so it was not run`);
    for (const f of ['commented', 'quoted', 'cjs']) expect(r.out).toContain(`✗  c/${f}.ts:1:1  error  not a claim file: no 'export default', so it was not run`);
    expect(r.out).toMatch(/✗ {2}c\/answer\.ts:2:1 {2}error {2}default export is not a claim/); // the export's line, not the comment's
    expect(r.out).toMatch(/1 claims: 1 as expected, 0 not; 5 file\(s\) failed to load/);
    for (const name of ['helper', 'scenario', 'plot', 'test', 'config', 'commented', 'quoted', 'cjs']) expect(ran(name), name).toBe(false);
    // named explicitly, a file without export default is not run either
    const named = await runCli(['check', 'c/plot.ts', '--no-db']);
    expect(named.code).toBe(2);
    expect(named.out).toContain('c/plot.ts:1:1  error  not a claim file');
    expect(ran('plot')).toBe(false);
  });

  it('check: the other claims still run, the error row has file:line:column, exit 2, the summary counts it', async () => {
    const root = tree({ 'c/a.ts': squareClaim(200), 'c/broken.ts': "export default {\n  id: 'x/y',,\n};\n" });
    process.chdir(root);
    const r = await runCli(['check', 'c', '--no-db', '--runs', '30']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/✓ +mine\/square /);
    expect(r.out).toMatch(/✗ {2}c\/broken\.ts:2:\d+ {2}error {2}\S/);
    expect(r.out).toMatch(/1 claims: 1 as expected, 0 not; 1 file\(s\) failed to load/);
  });

  it('replay of a claim from a file: the printed line carries --file as typed and replays as is, to the same counterexample', async () => {
    const root = tree({ 'my claims/sq.ts': squareClaim(150), 'other/x.ts': squareClaim(200).replace("'mine/square'", "'mine/other'") });
    process.chdir(root);
    const r = await runCli(['check', 'my claims/', '--no-db', '--runs', '200', '--mutants']);
    expect(r.code).toBe(1);
    const line = /replay: (gdcheck replay mine\/square .*)$/m.exec(r.out)?.[1];
    expect(line).toMatch(/^gdcheck replay mine\/square --file 'my claims\/' --seed -?\d+ --path "[\d:]+"$/);
    expect(r.out).toMatch(/replay: gdcheck replay mine\/square~half --file 'my claims\/' --seed/); // the mutant's line too
    const counterexample = /^ {2}counterexample: (.*)$/m.exec(r.out)![1]!;
    const replay = await runCli(shellWords(line!).slice(1));
    expect(replay.code, replay.out + replay.err).toBe(1);
    expect(replay.out).toContain(`counterexample: ${counterexample}`);
    expect(replay.out).toContain(`replay: ${line}`);
    // without --file the id is not found (it is neither in the registry nor in a config folder); a wrong --file is one line
    expect((await runCli(shellWords(line!).slice(1).filter((w, i, a) => w !== '--file' && a[i - 1] !== '--file'))).code).toBe(2);
    const wrong = await runCli(['replay', 'mine/square', '--file', 'other', '--path', '0']);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/unknown claim/);
    const missing = await runCli(['replay', 'mine/square', '--file', 'nowhere', '--path', '0']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--file: no such file or folder 'nowhere'/);
  });

  it("every replay line of a claim from a file carries --file: the search's closest approach in the details too (text and JSON), and it replays as printed", async () => {
    const root = tree({ 'my claims/sq.ts': squareClaim(200) });
    process.chdir(root);
    const r = await runCli(['check', 'my claims/', '--no-db', '--runs', '5', '--verbose']); // a claim that holds shows its details with --verbose
    expect(r.code, r.out + r.err).toBe(0);
    const lines = [...r.out.matchAll(/replay: (gdcheck replay .*)$/gm)].map((m) => m[1]!);
    expect(lines).toHaveLength(1); // the search's closest approach (the claim holds: no counterexample line)
    expect(lines[0]).toMatch(/^gdcheck replay mine\/square --file 'my claims\/' --seed -?\d+ --path "s:[\d:]+"$/);
    const at = /closest approach: .*\n +at (.*)$/m.exec(r.out)![1]!;
    const replay = await runCli(shellWords(lines[0]!).slice(1));
    expect(replay.code, replay.out + replay.err).toBe(0);
    expect(replay.out).toContain(`instance: ${at}`);
    const json = JSON.parse((await runCli(['check', 'my claims/', '--no-db', '--runs', '5', '--json'])).out);
    expect(json.claims[0].details.join('\n')).toContain(`replay: ${lines[0]}`);
  });

  it('definedIn: the file whose code called the builder (what claimTest names with --file)', async () => {
    const root = tree({ 'd/sq.ts': squareClaim(200).replace("'mine/square'", "'mine/square-defined'") });
    const { default: claim } = await import(pathToFileURL(join(root, 'd/sq.ts')).href);
    expect(claim.id).toBe('mine/square-defined');
    expect(definedIn('mine/square-defined')).toBe(join(root, 'd/sq.ts'));
    expect(definedIn('mine/square-defined~half')).toBe(join(root, 'd/sq.ts'));
    expect(definedIn('tyurin2024/nothing-here')).toBeUndefined();
  });

  it('withReplayFile adds --file once to each replay line, whatever the id', () => {
    expect(withReplayFile('  replay: gdcheck replay a/b~m --seed 1 --path "s:1:2"', 'my claims/')).toBe(`  replay: gdcheck replay a/b~m --file 'my claims/' --seed 1 --path "s:1:2"`);
    expect(withReplayFile('gdcheck replay a/b --file x.ts --seed 1 --path "0"', 'y.ts')).toBe('gdcheck replay a/b --file x.ts --seed 1 --path "0"');
    expect(withReplayFile('no replay here', 'y.ts')).toBe('no replay here');
  });

  it('report: a broken file is an error row (file:line:column, message) in the HTML and the text, exit 2', async () => {
    const root = tree({ 'c/a.ts': squareClaim(200), 'c/broken.ts': "export default {\n  id: 'x/y',,\n};\n" });
    process.chdir(root);
    const r = await runCli(['report', '--html', 'r.html', 'c', '--no-db', '--runs', '30', '--no-figures', '--jobs', '1']);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/✗ {2}c\/broken\.ts:2:\d+ {2}error {2}\S/);
    expect(r.out).toMatch(/report of 1 claims written to r\.html; 1 file\(s\) failed to load/);
    const html = readFileSync(join(root, 'r.html'), 'utf8');
    expect(html).toMatch(/<table class="errors">.*<tr class="bad"><td>✗<\/td><td><code>c\/broken\.ts<\/code><\/td><td>2<\/td><td>\d+<\/td><td>[^<]+<\/td><\/tr>/s);
    expect(html).toMatch(/<b>1<\/b> file\(s\) failed to load/);
    expect(html).toMatch(/id="mine\/square"/); // the other claim still ran
  });

  it('a config file names the claim folders; ids resolve there; the database saves, replays first, and is listed and cleared', async () => {
    const root = tree({ 'gdcheck.config.json': '{ "claims": ["mine"] }', 'mine/sq.ts': squareClaim(100) });
    process.chdir(root);
    delete process.env.GDCHECK_DB_DIR; // the project's own .gdcheck/examples/
    const bad = await runCli(['check', '--runs', '50']);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/mine\/square: refuted .*measured 10201 > claimed 10100/);
    expect(bad.out).toMatch(/counterexample saved to .*\.gdcheck\/examples\/mine%2Fsquare\.json/);
    const saved = JSON.parse(readFileSync(join(root, '.gdcheck/examples/mine%2Fsquare.json'), 'utf8'));
    expect(saved.examples[0]).toMatchObject({ shown: 'x=101', instance: { x: { $bigint: '101' } }, version: expect.any(String) });
    // corrected: the saved instance is replayed first, and no longer refutes (each version a new file:
    // this process caches modules by path)
    const version = (k: number, name: string) => { for (const f of readdirSync(join(root, 'mine'))) rmSync(join(root, 'mine', f)); writeFileSync(join(root, 'mine', name), squareClaim(k)); };
    version(200, 'sq2.ts');
    const fixed = await runCli(['check', 'mine/square', '--runs', '20']);
    expect(fixed.code).toBe(0);
    expect(fixed.out).toMatch(/1 saved counterexample\(s\) replayed first/);
    // a still-wrong claim is refuted by the saved instance itself, before any search
    version(90, 'sq3.ts');
    const again = await runCli(['check', 'mine', '--runs', '1', '--seed', '5']);
    expect(again.out).toMatch(/saved counterexample #1 .* replayed first, still a counterexample/);
    const listed = await runCli(['db', 'list']);
    expect(listed.out).toMatch(/mine\/square: \d+ saved/);
    expect(listed.out).toMatch(/#1 x=101/);
    // --no-db neither replays nor saves
    const nodb = await runCli(['check', 'mine', '--no-db', '--runs', '1', '--seed', '5']);
    expect(nodb.out).not.toMatch(/replayed/);
    // an entry that no longer parses is reported, not dropped
    const file = join(root, '.gdcheck/examples/mine%2Fsquare.json');
    const j = JSON.parse(readFileSync(file, 'utf8'));
    j.examples.push({ ...j.examples[0], instance: { x: { $bigint: 'twelve' } } });
    writeFileSync(file, JSON.stringify(j));
    version(200, 'sq4.ts');
    const rep = await runCli(['check', 'mine', '--runs', '5']);
    expect(rep.out).toMatch(/saved counterexample #\d+ .* no longer parses: malformed \$bigint/);
    expect((await runCli(['db', 'list'])).out).toMatch(/✗ mine\/square: saved counterexample #\d+ .* no longer parses/);
    expect((await runCli(['db', 'clear', 'mine/square'])).out).toMatch(/removed the saved counterexamples of mine\/square/);
    expect(readdirSync(join(root, '.gdcheck/examples'))).toEqual([]);
  });

  it('db list shows each readable entry with how it is replayed, and lists a junk entry only as not parsing (it printed undefined)', async () => {
    const root = tree({ 'gdcheck.config.json': '{ "claims": ["claims"] }', 'claims/x.txt': '' });
    process.chdir(root);
    delete process.env.GDCHECK_DB_DIR; // the project's own .gdcheck/examples/
    const entry = { instance: 3, shown: 'x=3', seed: 1, path: '0', version: '0.1.0', found: '2026-12-01T00:00:00.000Z', measured: '3', claimed: '2' };
    const examples = [{}, 5, entry, { ...entry, seed: 'abc', shown: 'x=4' }, { shown: 'y\u001b[31m', instance: null, seed: 2, path: '1' }, { ...entry, seed: null, path: null, shown: 'x=5' }];
    mkdirSync(join(root, '.gdcheck/examples'), { recursive: true });
    writeFileSync(join(root, '.gdcheck/examples/b3%2Fs.json'), JSON.stringify({ claim: 'b3/s', examples }));
    const r = await runCli(['db', 'list']);
    expect(r.out).not.toMatch(/undefined|\u001b/);
    expect(r.out).toMatch(/^b3\/s: 3 saved \(and 3 that no longer parse\)/);
    expect(r.out).toMatch(/#3 x=3\n {5}measured 3, claimed 2; seed 1, path 0; exact instance \(a propertyClaim re-measures it; any other claim replays its seed and path\)/);
    expect(r.out).toMatch(/#5 y \[31m\n {5}measured \?, claimed \?; seed 2, path 1; replayed by seed and path; gdcheck \?, \?/);
    expect(r.out).toMatch(/#6 x=5\n.*exact instance \(re-measured only by a propertyClaim; kept but not replayed for any other claim\)/);
    expect(r.out).not.toMatch(/#4 x=4/); // the seed 'abc' entry is listed once, as not parsing
    expect(r.out).toMatch(/✗ b3\/s: saved counterexample #4 .* no longer parses: its seed "abc" is not a 32-bit integer/);
    expect(r.out).toMatch(/✗ b3\/s: saved counterexample #1 \(found \? by gdcheck \?\) no longer parses: entry has no "shown" instance/);
    expect(r.out).toMatch(/✗ b3\/s: saved counterexample #2 .* no longer parses: the entry is not an object/);
    expect(r.code).toBe(1);
  });

  it('bad names: a missing file is one line, exit 2', async () => {
    const r = await runCli(['check', 'no/such/file.ts']);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe("gdcheck: no such file or folder 'no/such/file.ts'");
    const root = tree({ 'gdcheck.config.json': '{ "claims": 3 }' });
    process.chdir(root);
    const c = await runCli(['check']);
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/gdcheck\.config\.json: "claims" must be a non-empty list of folders/);
  });

  it('a config with a misspelt key, or that is not an object, is one line naming the key (the key was ignored)', async () => {
    process.chdir(tree({ 'gdcheck.config.json': '{ "claims": ["claims"], "clams": ["other"] }', 'claims/x.txt': '' }));
    const c = await runCli(['list']);
    expect(c.code).toBe(2);
    expect(c.err.trim()).toMatch(/gdcheck\.config\.json: unknown key 'clams' in the config \(known: claims\)$/);
    process.chdir(tree({ 'gdcheck.config.json': '["claims"]' }));
    expect((await runCli(['list'])).err.trim()).toMatch(/gdcheck\.config\.json: the config must be an object like \{ "claims": \["claims"\] \}, got an array$/);
  });

  it('init writes four examples and a config, refuses to overwrite', async () => {
    const root = tree({});
    process.chdir(root);
    const r = await runCli(['init']);
    expect(r.code).toBe(0);
    expect(readdirSync(join(root, 'claims')).sort()).toEqual(['_perceptron.ts', 'batch-perceptron-complexity.ts', 'logistic-gradient.ts', 'perceptron-bound.ts', 'quadratic-rate.ts']);
    expect(r.out).toMatch(/wrote 4 example claims to claims\/: batch-perceptron-complexity\.ts, logistic-gradient\.ts, perceptron-bound\.ts, quadratic-rate\.ts\n/);
    expect(r.out).toMatch(/and _perceptron\.ts: a helper they import \(a name starting with '_' is never loaded as a claim\)/);
    // the helper is imported by a claim and never loaded as one
    expect((await resolveTargets(['claims'], root)).claims.map((c) => c.id).sort()).toEqual(['my-paper/batch-perceptron-complexity', 'my-paper/logistic-gradient', 'my-paper/perceptron-bound', 'my-paper/quadratic-rate']);
    expect(JSON.parse(readFileSync(join(root, 'gdcheck.config.json'), 'utf8'))).toEqual({ claims: ['claims'] });
    expect(r.out).toMatch(/next: npx gdcheck check claims --mutants/);
    const again = await runCli(['init']);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists: init never overwrites/);
    expect(existsSync(join(root, 'claims'))).toBe(true);
  });
});

describe('exact encoding of saved instances', () => {
  it('round-trips numbers, BigInt, rationals, decimals and nesting exactly', async () => {
    const Decimal = (await import('decimal.js')).default;
    const v = { a: [Q.of(-3, 7), new Q(10n ** 40n, 3n)], b: -0, c: NaN, d: 12345678901234567890n, e: new Decimal('0.1234567890123456789012345678901234567890'), $k: 'x', f: Float64Array.of(1.5, -Infinity) };
    const back = decode(JSON.parse(JSON.stringify(encode(v)))) as typeof v;
    expect(back.a.map(String)).toEqual(v.a.map(String));
    expect(Object.is(back.b, -0)).toBe(true);
    expect(back.c).toBeNaN();
    expect(back.d).toBe(v.d);
    expect(back.e.toString()).toBe(v.e.toString());
    expect(back.$k).toBe('x');
    expect(Array.from(back.f)).toEqual([1.5, -Infinity]);
    expect(() => encode(new Map())).toThrow(/no exact encoding/);
  });
});
