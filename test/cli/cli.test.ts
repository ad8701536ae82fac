import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.ts';

const run = runCli;

describe('gdcheck command line', () => {
  it('check --json prints one object with the documented fields, exit 0', async () => {
    const r = await run(['check', 'tyurin2024/T5.1-counts', 'tyurin2024/T6.1', '--mutants', '--json', '--runs', '20']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.claims).toHaveLength(2);
    for (const c of j.claims) {
      for (const k of ['id', 'paper', 'provenance', 'kind', 'expected', 'verdict', 'instances', 'seed', 'path', 'counterexample', 'mutants']) expect(c).toHaveProperty(k);
      expect(c.mutants.every((m: { verdict: string }) => m.verdict === 'refuted')).toBe(true);
    }
  });
  it('the table names every column', async () => {
    const r = await run(['check', 'tyurin2024/T5.1-counts']);
    expect(r.out).toMatch(/claim\s+source\s+prov\.\s+kind\s+expected\s+verdict\s+inst\.\s+slack\s+s\b/);
    expect(r.out).toMatch(/verified/);
  });
  it('paper ids select all claims of a paper', async () => {
    const r = await run(['check', 'tyurin2024', '--json', '--runs', '5']);
    expect(JSON.parse(r.out).claims.length).toBeGreaterThanOrEqual(10);
  });
  it.each([
    [['check', 'no-such-claim'], /unknown claim or paper id 'no-such-claim'/],
    [['check', '--seed', 'abc'], /--seed must be an integer/],
    [['check', '--runs', '0'], /--runs must be between/],
    [['check', '--digits', '5'], /--digits must be between 20 and 200\b/],
    [['check', '--budget', '0.5'], /--budget must be a number in \[1, 1000\]/],
    [['check', '--frobnicate'], /unknown option/],
    [['replay', 'tyurin2024/T3.3', '--path', 'x'], /--path must look like/],
    [['replay', 'tyurin2024/T3.3~nope', '--path', '0'], /has no mutant 'nope'/],
    [['nonsense'], /unknown command/],
  ])('bad input %j: one line, exit 2', async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
  });
  it('replay reproduces a mutant counterexample from its seed and path', async () => {
    const first = JSON.parse((await run(['check', 'tyurin2024/T3.3', '--mutants', '--json', '--runs', '20'])).out);
    const m = first.claims[0].mutants[0];
    const r = await run(['replay', m.id, '--seed', String(m.seed), '--path', m.path]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(m.counterexample.instance);
  });
});

describe('gdcheck simulate', () => {
  it('lower-bound prints T(n), checks the closed form and writes an SVG', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'gdcheck-')), 'lb.svg');
    const r = await run(['simulate', 'lower-bound', '--set', 'max=320', '--plot', file]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Batch Perceptron \(γ → ∞\)[ \d]*\s97\n⌊\(3n\+2\)\/10⌋ \+ 1[ \d]*\s97\n/);
    expect(r.out).toMatch(/closed form exact at every n/);
    expect(readFileSync(file, 'utf8')).toMatch(/^<svg[\s\S]*<\/svg>$/);
  });
  it('bad scenario settings are one-line errors', async () => {
    const r = await run(['simulate', 'lower-bound', '--set', 'max=abc']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--set max must be an integer, got 'abc'/);
    const u = await run(['simulate', 'no-such-scenario']);
    expect(u.code).toBe(2);
    expect(u.err).toMatch(/unknown scenario 'no-such-scenario'/);
  });
});

describe('gdcheck report', () => {
  it('writes an HTML report with the table, statements and mutants', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'gdcheck-')), 'r.html');
    const r = await run(['report', '--html', file, 'tyurin2024/T5.1-counts', 'tyurin2024/T3.3', '--runs', '20']);
    expect(r.code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('tyurin2024/T5.1-counts');
    expect(html).toContain('no-factor-n');
    expect(html).toMatch(/verified/);
  });
  it('an unwritable path fails at once, before any claim runs', async () => {
    const r = await run(['report', '--html', '/nonexistent-dir/r.html']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--html \/nonexistent-dir\/r\.html: the folder \/nonexistent-dir does not exist/);
  });
});

describe('reproducibility', () => {
  it('the same seed gives the same report (timings aside), a different seed may not', async () => {
    const strip = (out: string) => JSON.stringify(JSON.parse(out).claims.map((c: { mutants: object[] }) => ({ ...c, seconds: 0, mutants: c.mutants.map((m) => ({ ...m, seconds: 0 })) })));
    const args = ['check', 'tyurin2024/T3.3', 'tyurin2024/T6.1', '--mutants', '--json', '--runs', '15', '--seed', '7'];
    const a = strip((await run(args)).out);
    const b = strip((await run(args)).out);
    expect(a).toBe(b);
    expect(JSON.parse(a)[0].seed).toBe(7);
  });
});
