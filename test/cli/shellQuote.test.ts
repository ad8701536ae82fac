// Every command line gdcheck prints for the user to paste runs as printed (issue 11): `gdcheck init
// "new paper dir"` once printed `next: npx gdcheck check new paper dir --mutants`. Each printed line
// is split here by a real POSIX shell (sh), which must give back exactly the intended arguments.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { shellLine, shellWord } from '../../src/core/shell.ts';
import { replayLine, withReplayFile } from '../../src/core/property.ts';
import { runCli } from '../helpers.ts';

/** The words a POSIX shell makes of `line` (no expansion side effects: printf only prints them). */
function shellSplit(line: string): string[] {
  const r = spawnSync('sh', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\0').slice(0, -1);
}

const cwd0 = process.cwd();
afterEach(() => { process.chdir(cwd0); });

describe('printed command lines quote their arguments for the shell', () => {
  it('shellWord: any string (blanks, quotes, $, `, ;, globs, ~, newlines, unicode) comes back as one word, itself', () => {
    const words = fc.sample(fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('', ' ', "'", '"', '$HOME', '`id`', 'a;b', 'a&b', 'a|b', '*', '?', '[a]', '~', '~/x', 'a=~/x', 'a:~', 'me/sq~half', 'a\nb', '\\', '-x', 'x=1', '(1)', '{a,b}', '!x', '#x', 'μ δ', "it's"),
    ).filter((s) => !s.includes('\0')), { seed: 11, numRuns: 300 });
    expect(shellSplit(words.map(shellWord).join(' '))).toEqual(words);
    expect(shellWord('claims/perceptron-bound.ts')).toBe('claims/perceptron-bound.ts'); // plain words stay plain
    expect(shellWord('me/sq~half')).toBe('me/sq~half'); // a mutant's id: '~' inside a word is not expanded
  });

  it("init's next step: the folder quoted when it needs it", async () => {
    process.chdir(mkdtempSync(join(tmpdir(), 'gdcheck-quote-')));
    const r = await runCli(['init', 'new paper dir']);
    expect(r.code, r.err).toBe(0);
    const line = /^next: (.*)$/m.exec(r.out)![1]!;
    expect(line).toBe("npx gdcheck check 'new paper dir' --mutants");
    expect(shellSplit(line)).toEqual(['npx', 'gdcheck', 'check', 'new paper dir', '--mutants']);
    expect(r.out).toMatch(/wrote gdcheck\.config\.json: \{ "claims": \["new paper dir"\] \}/);
  });

  it('replay lines: a claim id with shell characters, a file with blanks and quotes, and the --file added to detail lines', () => {
    const id = "me/a$b;(c)'d`e`*";
    const file = `my "claims"/x's dir/`;
    const line = replayLine(id, 5, 's:100:4', file);
    expect(shellSplit(line)).toEqual(['gdcheck', 'replay', id, '--file', file, '--seed', '5', '--path', 's:100:4']);
    expect(replayLine('me/sq', 5, '0:0')).toBe('gdcheck replay me/sq --seed 5 --path "0:0"'); // the usual line unchanged
    const detail = `    replay: ${replayLine(id, 5, 's:100:4')}`;
    const added = withReplayFile(detail, file).replace(/^ {4}replay: /, '');
    expect(shellSplit(added)).toEqual(['gdcheck', 'replay', id, '--file', file, '--seed', '5', '--path', 's:100:4']);
    expect(shellSplit(shellLine(['gdcheck', 'merge', 'shard 0.json', "o'k.json"]))).toEqual(['gdcheck', 'merge', 'shard 0.json', "o'k.json"]);
  });
});
