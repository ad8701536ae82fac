// Shard files are input: merge prints nothing from one unchecked. A replay path must be a path (a
// shell command in it is refused), printed text loses its control characters, replay lines name the
// claim file from where merge runs; --shard names its limit, and two shards given one --out refuse
// to overwrite each other.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execCli, fileTree } from '../helpers.ts';
import { shardOption } from '../../src/parallel/shard.ts';
import { fileFromHere } from '../../src/parallel/fileFromHere.ts';

const CLAIM = `import fc from 'fast-check';
import { propertyClaim } from 'gdcheck';
const mk = (id: string, cap: number) => propertyClaim<number>({
  id, title: 'x ≤ cap', statement: 'x is at most the cap', source: { arxiv: 'none', where: 'Lemma 1', catalogue: 'mine' },
  provenance: 'read', kind: 'upper', expected: 'holds', instances: fc.integer({ min: 0, max: 100 }),
  measure: (x) => ({ measured: x, claimed: cap }), relation: 'le', tolerance: { abs: 0, reason: 'exact integers' },
  show: String, precision: { search: 'exact', verify: 'exact' }, mutants: [],
});
export default [mk('me/lim', 50), mk('me/ok', 100)];
`;

describe('shard files', () => {
  it('--shard names the limit on N', () => {
    expect(() => shardOption('0/1000000')).toThrow("--shard i/N needs 0 ≤ i < N ≤ 100000, got '0/1000000'");
    expect(() => shardOption('3/3')).toThrow("--shard i/N needs 0 ≤ i < N ≤ 100000, got '3/3'");
    expect(shardOption('2/100000')).toEqual({ index: 2, count: 100000 });
  });

  it('a claim file is named from where merge runs', () => {
    expect(fileFromHere('mine/', '/p/proj', '/p/proj')).toBe('mine/');
    expect(fileFromHere('mine/', '/p/proj', '/p')).toBe('proj/mine/');
    expect(fileFromHere('mine/a.ts', '/p/proj', '/p/proj/mine')).toBe('a.ts');
    expect(fileFromHere('mine/', '/p/proj', '/q')).toBe('/p/proj/mine/');
    expect(fileFromHere('/abs/a.ts', '/p/proj', '/q')).toBe('/abs/a.ts');
    expect(fileFromHere('mine/', undefined, '/q')).toBe('mine/');
  });

  it('merge refuses a path that is not a replay path, strips control characters, and names --file from its own folder; one --out is not two shards', async () => {
    const project = fileTree({ 'gdcheck.config.json': '{ "claims": ["mine"] }', 'mine/lim.ts': CLAIM }, 'gdcheck-shardfiles-');
    const files = [0, 1].map((i) => join(project, `s${i}.json`));
    for (const [i, f] of files.entries()) expect((await execCli(['check', 'mine/', '--no-db', '--runs', '20', '--shard', `${i}/2`, '--out', f], project)).code).toBeLessThan(2);
    // The second shard given the first one's --out: refused, the first shard's file kept.
    const kept = readFileSync(files[0]!, 'utf8');
    expect(await execCli(['check', 'mine/', '--no-db', '--runs', '20', '--shard', '1/2', '--out', files[0]!], project)).toMatchObject({ code: 2, err: `gdcheck: --out ${files[0]} holds shard 0/2 of this run: give each shard its own --out file (shard 1/2 not written)\n` });
    expect(readFileSync(files[0]!, 'utf8')).toBe(kept);

    const here = await execCli(['merge', ...files], project);
    expect(here.out).toContain('replay: gdcheck replay me/lim --file mine/ --seed');
    const elsewhere = join(project, 'sub', 'deeper');
    mkdirSync(elsewhere, { recursive: true });
    const there = await execCli(['merge', ...files], elsewhere);
    expect(there.out).toBe(here.out.replaceAll('--file mine/', `--file ${join(project, 'mine')}/`));
    const below = await execCli(['merge', ...files], join(project, 'mine'));
    expect(below.out).toBe(here.out.replaceAll('--file mine/', '--file ./'));

    const edit = (f: (main: Record<string, unknown>) => void): string => {
      const s = JSON.parse(readFileSync(files[0]!, 'utf8'));
      f(s.results.find((r: { main?: unknown }) => r.main).main);
      const e = join(project, 'edited.json');
      writeFileSync(e, JSON.stringify(s));
      return e;
    };
    const injected = edit((m) => { m.path = '$(touch pwned)'; });
    expect(await execCli(['merge', injected, files[1]!], project)).toMatchObject({ code: 2, err: `gdcheck: ${injected}: results[0].main.path must be a replay path ('3:1:0', or 's:100:57:0' for the search), got "$(touch pwned)"\n` });
    const closest = edit((m) => { m.search = { closest: { path: '`reboot`' } }; });
    expect(await execCli(['merge', closest, files[1]!], project)).toMatchObject({ code: 2, err: expect.stringContaining(`${closest}: results[0].main.search.closest.path must be a replay path`) });
    const named = edit((m) => { m.file = 'mine/\u001b]0;x\u0007'; });
    expect(await execCli(['merge', named, files[1]!], project)).toMatchObject({ code: 2, err: expect.stringContaining(`${named}: results[0].main.file must not hold control characters`) });
    const where = join(project, 'where.json');
    writeFileSync(where, JSON.stringify({ ...JSON.parse(readFileSync(files[0]!, 'utf8')), cwd: '/tmp/\u001b[2J' }));
    expect(await execCli(['merge', where, files[1]!], project)).toMatchObject({ code: 2, err: expect.stringContaining(`${where}: cwd must be an absolute path without control characters`) });
    const escaped = edit((m) => { m.reason = 'line1\nline2\u001b[31mred'; m.details = ['a\rb']; });
    const shown = await execCli(['merge', escaped, files[1]!, '--verbose'], project);
    expect(shown.out).toContain('line1 line2 [31mred');
    expect(shown.out).toContain('  a b');
    expect(shown.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  }, 60_000);
});
