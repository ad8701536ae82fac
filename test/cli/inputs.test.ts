// Issue 13: every bad, hostile or extreme input is one line on stderr and exit 2 (never a stack trace,
// a hang or a lost file); --json keeps stdout pure JSON; Ctrl-C keeps what finished.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, spawnCli } from '../helpers.ts';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'gdcheck-inputs-'));

function expectOneLine(r: { code: number; err: string }, message: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.err).toMatch(message);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).not.toMatch(/\bat .*:\d+:\d+|internal error/);
}

describe('replay validates its path against the claim before running', () => {
  it.each([
    // a fast-check path whose first entry would draw 10^8 instances first (it used to hang)
    [['replay', 'tyurin2024/T3.3', '--path', '100000000'], /draws at most 2100 instances/],
    // a case index past the last case (it used to be exit 1, an inconclusive verdict)
    [['replay', 'tyurin2024/T5.1-counts', '--path', '99'], /has 6 cases \(0 to 5\)/],
    // a search path replays its random draws first: they are bounded the same way
    [['replay', 'tyurin2024/T3.3', '--path', 's:99999999:0'], /draws at most 2100 instances .* before its search/],
    [['replay', 'tyurin2024/T5.1-counts', '--path', 's:1:0'], /one case index/],
    [['replay', 'tyurin2024/T5.1-counts', '--path', '1:2'], /one case index/],
    // claim~mutant~x used to drop ~x
    [['replay', 'tyurin2024/T5.1-counts~wrong-slope~x', '--path', '0'], /replay takes <claim> or <claim>~<mutant>/],
    [['replay', 'tyurin2024/T5.1-counts~', '--path', '0'], /replay takes <claim>/],
    // a claim decided as a whole used to ignore any path silently
    [['replay', 'jakhmola2025/J-CE1', '--path', '7'], /takes the path 0 \(this claim is deterministic/],
    [['replay', 'tyurin2025/sigmoid-limit', '--path', '999'], /takes the paths 1, 2/],
    // a rate claim's path is a series index
    [['replay', 'smorodinsky2026/S-C2', '--path', '9'], /there is no series 9/],
    [['replay', 'tyurin2024/T3.3', '--path', '0:' + '0:'.repeat(20000) + '0'], /at most 10000/],
  ])('%j', async (args, message) => {
    expectOneLine(await runCli(args as string[]), message);
  });
  it('a whole-check claim replays on its printed path and says what replay did', async () => {
    const r = await runCli(['replay', 'jakhmola2025/J-CE1', '--path', '0']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^note: this claim is deterministic in its seed and decided as a whole/);
  });
});

describe('one strict number parser and one key check', () => {
  it.each([
    [['check', '--budget', '0x2'], /--budget must be a decimal number, got '0x2'/],
    [['check', '--runs', '0b11'], /--runs must be an integer/],
    [['check', '--runs', 'Infinity'], /--runs must be an integer/],
    [['check', '--digits', 'NaN'], /--digits must be an integer/],
    [['check', '--budget', ''], /--budget must be a decimal number/],
    [['check', '--seed', '1e400'], /--seed must be a finite number/],
    [['check', '--budget', '1e309'], /--budget must be a finite number/],
    [['simulate', 'acceleration-pair', '--set', 'eta=0x1'], /--set eta must be a decimal number, got '0x1'/],
    [['simulate', 'lower-bound', '--set', 'max=Infinity'], /--set max must be an integer/],
    [['simulate', 'lower-bound', '--set', 'max=40', '--set', 'max=80'], /--set max is given twice/],
    [['simulate', 'gradient-flow', '--set', 'act=leaky:0x1'], /--set act/],
    [['simulate', 'two-neuron', '--steps', '1e13'], /--steps must be between 1 and 1000000000000/],
    [['simulate', 'two-neuron', '--init', '1e308,1e308,1e308,1e308'], /--init \(entry 1\) must be a number in \[-1000, 1000\], got '1e308'/],
    [['simulate', 'two-neuron', '--init', '1,2,NaN,4'], /--init \(entry 3\) must be a decimal number, got 'NaN'/],
    [['simulate', 'lower-bound', '--steps', '5'], /lower-bound does not take --steps/],
    [['simulate', 'acceleration', '--init', 'symmetric'], /acceleration does not take --init/],
    [['simulate', 'two-neuron', '--set', 'u=1', '--set', 'frobnicate=2'], /two-neuron: unknown setting 'frobnicate' \(known: u, eta/],
  ])('%j', async (args, message) => {
    expectOneLine(await runCli(args as string[]), message);
  });
  it('every scenario refuses an unknown --set key before it runs', async () => {
    const list = JSON.parse((await runCli(['simulate', 'list', '--json'])).out) as { name: string }[];
    expect(list.length).toBeGreaterThanOrEqual(6);
    for (const { name } of list) expectOneLine(await runCli(['simulate', name, '--set', 'no_such_key=1']), new RegExp(`${name}: unknown setting 'no_such_key'`));
  });
});

describe('output files: checked before the work, written whole or not at all', () => {
  it('--plot to a missing folder fails at once, naming the folder', async () => {
    expectOneLine(await runCli(['simulate', 'lower-bound', '--plot', '/nonexistent-dir/p.svg']), /--plot \/nonexistent-dir\/p\.svg: the folder \/nonexistent-dir does not exist/);
    const dir = tmp();
    expectOneLine(await runCli(['simulate', 'lower-bound', '--plot', dir]), /is a folder, not a file/);
  });
  it('report --html never empties an existing report (unknown id, bad option)', async () => {
    const dir = tmp();
    const file = join(dir, 'r.html');
    writeFileSync(file, '<p>the previous report</p>');
    expectOneLine(await runCli(['report', '--html', file, 'no-such-claim']), /unknown claim or paper id/);
    expect(readFileSync(file, 'utf8')).toBe('<p>the previous report</p>');
    const ok = await runCli(['report', '--html', file, 'tyurin2024/T5.1-counts']);
    expect(ok.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^<!doctype html>/);
    expect(readdirSync(dir)).toEqual(['r.html']); // no temporary file left behind
  });
});

describe('--json keeps stdout pure JSON', () => {
  it('simulate --json --plot prints only JSON on stdout; the plot note goes to stderr', async () => {
    const file = join(tmp(), 'lb.svg');
    const r = await runCli(['simulate', 'lower-bound', '--set', 'max=40', '--json', '--plot', file]);
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.out)).not.toThrow();
    expect(r.err).toContain(`plot written to ${file}`);
    expect(readFileSync(file, 'utf8')).toMatch(/^<svg/);
  });
  it('simulate list --json is JSON with each scenario and its settings', async () => {
    const list = JSON.parse((await runCli(['simulate', 'list', '--json'])).out) as { name: string; settings: Record<string, { type: string }> }[];
    expect(list.find((s) => s.name === 'two-neuron')?.settings.eta?.type).toBe('number');
  });
  it('check --json records version, seed, runs, digits, budget at the top and a seed for every claim and mutant', async () => {
    const r = await runCli(['check', 'tyurin2024/T5.1-counts', 'smorodinsky2026/S-C2', '--mutants', '--json', '--seed', '11', '--runs', '7']);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ gdcheck: expect.any(String), seed: 11, runs: 7, digits: 50, budget: 1, mutants: true, interrupted: false });
    for (const c of j.claims) {
      expect(c.seed).toBe(11);
      for (const m of c.mutants) expect(m.seed).toBe(11);
    }
  });
});

describe('no arguments, help', () => {
  it('gdcheck with no arguments prints its help and exits 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Usage: gdcheck/);
    expect(r.out).toMatch(/check/);
  });
});

describe('processes: Ctrl-C, long runs, closed pipes', () => {
  it('Ctrl-C during check prints the finished claims marked interrupted (JSON with --json) and exits 130', async () => {
    const p = spawnCli(['check', 'tyurin2024', '--json', '--jobs', '2'], { GDCHECK_PROGRESS: '1' });
    await p.waitFor((err) => /\[3\/\d+\]/.test(err), 200_000); // two claims have finished
    p.child.kill('SIGINT');
    const r = await p.done;
    expect(r.code).toBe(130);
    const j = JSON.parse(r.out);
    expect(j.interrupted).toBe(true);
    expect(j.claims.length).toBeGreaterThanOrEqual(2);
    expect(j.claims.length).toBeLessThan(12);
    expect(r.err).toMatch(/interrupted \(Ctrl-C\): stopping; the claims in progress in the worker processes are dropped/);
    expect(r.err).not.toMatch(/\bat .*:\d+:\d+/);
  }, 240_000);
  it('Ctrl-C during check without --json prints the table of what finished', async () => {
    const p = spawnCli(['check', 'tyurin2024'], { GDCHECK_PROGRESS: '1' });
    await p.waitFor((err) => /\[3\/\d+\]/.test(err), 200_000);
    p.child.kill('SIGINT');
    const r = await p.done;
    expect(r.code).toBe(130);
    expect(r.out).toMatch(/interrupted \(Ctrl-C\) after \d+ finished claim/);
  }, 240_000);
  it('simulate two-neuron --steps 1e12 states its estimated time before it starts, and Ctrl-C stops it', async () => {
    const p = spawnCli(['simulate', 'two-neuron', '--steps', '1e12']);
    await p.waitFor((err) => /estimated/.test(err), 60_000);
    expect(p.err()).toMatch(/two-neuron: 1\.00e\+12 steps at about \S+ steps\/s: estimated (\d+ (h|days)|.*min)/);
    p.child.kill('SIGINT');
    const r = await p.done;
    expect(r.code === 130 || r.signal === 'SIGINT').toBe(true);
    expect(r.err).not.toMatch(/\bat .*:\d+:\d+/);
  }, 120_000);
  it('a closed pipe (gdcheck list | head -1) ends quietly', async () => {
    const p = spawnCli(['list']);
    p.child.stdout!.once('data', () => p.child.stdout!.destroy());
    const r = await p.done;
    expect(r.err).not.toMatch(/EPIPE|\bat .*:\d+:\d+/);
  }, 60_000);
});
