/**
 * Issue 9 §2–4 and the symbolic items of issue 13: what a user types is what is checked (exact
 * literals, implicit multiplication, constants, reserved and JS built-in names), limit steps are
 * broken only by a certified difference (slow limits are proved), derivations expected 'refuted',
 * and every evaluation, printing and expansion is bounded.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parseExpr } from '../../src/symbolic/parse.ts';
import { UserError } from '../../src/core/registry.ts';
import { checkDerivation, type Derivation, type Step } from '../../src/symbolic/derivation.ts';
import { derivationClaim } from '../../src/symbolic/claim.ts';
import { runClaim } from '../../src/core/runner.ts';
import { runCli, testContext } from '../helpers.ts';
import { withDeadline } from '../../src/symbolic/budget.ts';

const OPTS = { seed: 7, digits: 50 };

function chain(steps: Step[], extra: Partial<Derivation> = {}): Derivation {
  return {
    id: 'test/chain', title: 't', statement: 's', provenance: 'reconstructed', source: { arxiv: '-', where: '-', catalogue: '-' },
    sizes: {}, indices: {}, assume: [], twins: [], ...extra, steps,
  };
}

/** Status of step 2 of `given a` → `rule b`. */
function step2(a: string, b: string, rule: Step['rule'] = 'algebra', more: Partial<Step> = {}, extra: Partial<Derivation> = {}) {
  const rs = checkDerivation(chain([{ expr: a, rule: 'given', why: '' }, { expr: b, rule, why: '', ...more }], extra), OPTS);
  return rs[1]!;
}

function userError(f: () => unknown): string {
  try { f(); } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    const msg = (e as Error).message;
    expect(msg.split('\n')).toHaveLength(1);
    return msg;
  }
  throw new Error('no error');
}

const file = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

describe('literals are exact', () => {
  it('x*9007199254740993 → x*9007199254740992 is broken, by exact rationals', () => {
    const r = step2('x*9007199254740993', 'x*9007199254740992');
    expect(r.status).toBe('broken');
    expect(r.witness!.verifiedWith).toBe('exact rationals');
  });

  it('decimals, tiny and huge literals are exact rationals', () => {
    expect(step2('0.1 + 0.2', '3/10').status).toBe('proved');
    expect(step2('x + 1e-400', 'x').status).toBe('broken');
    expect(step2('x*1e-400', 'x/10^400').status).toBe('proved');
    const big = '9'.repeat(4900);
    expect(step2(`${big}*x`, `(10^4900 - 1)*x`).status).toBe('proved');
    expect(step2(`${big}*x`, `10^4900*x`).status).toBe('broken');
    expect(userError(() => parseExpr('1e100000'))).toMatch(/literal '1e\+100000' is out of range/);
  });
});

describe('implicit multiplication', () => {
  it("rejects 'L/2 x^2' with both readings", () => {
    const msg = userError(() => parseExpr('L/2 x^2'));
    expect(msg).toContain('mathjs reads L / (2 * (x ^ 2))');
    expect(msg).toContain('left to right it is (L / 2) * (x ^ 2)');
    expect(userError(() => parseExpr('x/y z'))).toMatch(/ambiguous/);
    expect(userError(() => parseExpr('a/b c d'))).toMatch(/ambiguous/);
  });

  it('accepts only unambiguous forms, and the explicit form is checked as typed', () => {
    for (const s of ['2x', '2 x y', '1/2x', 'a b/c', '-2x^2', 'x y^2']) expect(() => parseExpr(s), s).not.toThrow();
    expect(step2('L/2*x^2', 'L*x', 'derivative', { wrt: 'x' }).status).toBe('proved');
    expect(step2('1/2x', 'x/2').status).toBe('proved');
  });

  it('prints the parsed form beside the typed text, in the report and in --json', async () => {
    const r = await runCli(['derive', file('language.ts')]);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain('L/2*x^2\n       parsed: (L / 2) * (x ^ 2)');
    expect(r.out).toContain('parsed: 1 / (1 + exp(-z))');
    const j = await runCli(['derive', file('language.ts'), '--json']);
    const steps = JSON.parse(j.out).derivations[0].steps;
    expect(steps[0]).toMatchObject({ expr: 'L/2*x^2', parsed: '(L / 2) * (x ^ 2)' });
  });
});

describe('constants e and pi', () => {
  it('sigma(z) → 1/(1 + e^(-z)) is proved; e is exp(1) numerically', () => {
    expect(step2('sigma(z)', '1/(1 + e^(-z))').status).toBe('proved');
    expect(step2('e^2*e', 'exp(3)').status).toBe('proved');
    expect(step2('e', '2.718281828459045').status).toBe('broken');
    expect(step2('e', '271828182845904523536028747/10^26').status).toBe('broken');
    // Agreement to 40 digits at --digits 50 is numeric agreement only, never a proof.
    expect(step2('e', '2718281828459045235360287471352662497757/10^39').status).toBe('unproven');
  });

  it('pi is a positive constant, symbolically and numerically', () => {
    expect(step2('pi*x/pi', 'x').status).toBe('proved');
    expect(step2('pi', '3.14159265358979323846').status).toBe('broken');
    expect(step2('sqrt(pi)^2', 'pi').status).not.toBe('broken');
  });
});

describe('reserved names and JS built-in names', () => {
  it('reserved names give one line naming the problem', () => {
    expect(userError(() => parseExpr('NaN + x'))).toMatch(/NaN/);
    expect(userError(() => parseExpr('PI*x'))).toMatch(/'PI' is reserved .*write pi/);
    expect(userError(() => parseExpr('Infinity - x'))).toMatch(/'Infinity' is reserved \(only a limit value/);
    expect(userError(() => parseExpr('sum(e, 1, 3, x)'))).toMatch(/sum: 'e' is reserved/);
    expect(userError(() => parseExpr('exp + 1'))).toMatch(/'exp' is a function/);
    expect(userError(() => step2('x', 'x', 'algebra', {}, { assume: ['pi > 0'] }))).toMatch(/assumption 'pi > 0': 'pi' is reserved \(the constant π\)/);
    expect(userError(() => step2('x', 'x', 'algebra', {}, { sizes: { e: 2 } }))).toMatch(/size: 'e' is reserved/);
    expect(userError(() => step2('x', 'x', 'algebra', {}, { indices: { pi: [1, 2] } }))).toMatch(/index: 'pi' is reserved/);
    expect(userError(() => step2('x', 'x', 'algebra', {}, { functions: { exp: {} } }))).toMatch(/function: 'exp' is reserved/);
    expect(userError(() => step2('x', 'x', 'limit', { limit: 'e' }))).toMatch(/limit variable: 'e' is reserved/);
  });

  it('variables named like JS built-ins are ordinary variables', () => {
    for (const n of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'toLocaleString', 'propertyIsEnumerable']) {
      expect(step2(`${n}*(x + 1)`, `x*${n} + ${n}`).status, n).toBe('proved');
      expect(step2(`${n}*(x + 1)`, `x*${n}`).status, n).toBe('broken');
    }
    expect(step2('x[constructor]', 'x[constructor]', 'algebra', {}, { indices: { constructor: [1, 2] as [number, number] } }).status).toBe('proved');
    expect(userError(() => step2('x', 'x', 'algebra', {}, { indices: { i: [1, 'toString'] as [number, string] } }))).toMatch(/index bound 'toString' of 'i' is not a size/);
    expect(userError(() => parseExpr('__proto__ + 1'))).toMatch(/'__proto__' is not allowed \(names are letters and digits\)/);
    expect(userError(() => parseExpr('valueOf(x)'))).toMatch(/unknown function 'valueOf'/);
  });
});

describe('limit steps: numbers support or leave undecided, only a certified difference breaks', () => {
  const lim = (a: string, b: string, assume = ['t > 0']) => step2(a, b, 'limit', { limit: 't' }, { assume });

  it('slow limits are proved, with numeric evidence where they move', () => {
    const r = lim('2/log(t)', '0');
    expect(r.status, r.reason).toBe('proved');
    expect(r.reason).toContain('t = exp(exp(k))');
    for (const [a, b] of [['1/log(log(t))', '0'], ['log(t)^(-1/2)', '0'], ['1/sqrt(log(t))', '0'], ['log(log(t))', 'Infinity'], ['sqrt(log(t))', 'Infinity'], ['3 + 1/log(log(log(t)))', '3'], ['log(log(t))^(1/3)', 'Infinity']]) {
      const s = lim(a!, b!);
      expect(s.status, `${a} → ${b}: ${s.reason}`).toBe('proved');
    }
  });

  it('a wrong limit is broken only with a certified difference', () => {
    for (const [a, b] of [['2/log(t)', '1/10'], ['1 + 1/log(t)', '1/2'], ['log(log(t))', '5'], ['1/log(t)', 'Infinity'], ['-log(t)', 'Infinity']]) {
      const s = lim(a!, b!);
      expect(s.status, `${a} → ${b}`).toBe('broken');
      expect(s.reason).toMatch(/the limit algebra (at this point )?gives/);
    }
  });

  it('when the algebra cannot decide, the numbers never break a limit', () => {
    expect(lim('log(t)/t', '1').status).not.toBe('broken');
    expect(lim('log(t)/t', '0').status).toBe('unproven');
  });

  it('derive says where a slow limit was sampled', async () => {
    const r = await runCli(['derive', file('slow-limits.ts')]);
    expect(r.code, r.out + r.err).toBe(1);
    expect(r.out).toMatch(/2 ✓ limit t → ∞[^\n]*\n.*\n.*\n\s+✓ proved symbolically; agrees at \d+ points \(numeric: [^\n]*t = exp\(exp\(k\)\), k = 2, 4, 8, 16/);
    expect(r.out).toContain('4 ✗ limit');
    expect(r.out).toContain('the limit algebra gives 1');
    expect(r.out).toMatch(/6 \? limit/);
  });
});

describe("derivations expected 'refuted'", () => {
  it('are ✓ when broken at the declared step, ✗ otherwise', async () => {
    const claim = (await import('./fixtures/known-broken.ts')).default;
    const rep = await runClaim(claim, testContext(), { mutants: true });
    expect(rep.verdict).toBe('refuted');
    expect(rep.asExpected).toBe(true);
    expect(rep.mutants!.every((m) => m.verdict === 'refuted')).toBe(true);
    const wrongStep = derivationClaim({ ...claim.derivation, brokenAt: 3 });
    expect((await runClaim(wrongStep, testContext())).asExpected).toBe(false);
    const fixed = derivationClaim({ ...claim.derivation, twins: [], steps: [claim.derivation.steps[0]!, { ...claim.derivation.steps[1]!, expr: '1/(1 + exp(-z))' }] });
    expect((await runClaim(fixed, testContext())).asExpected).toBe(false);
    expect(userError(() => derivationClaim({ ...claim.derivation, brokenAt: undefined }))).toMatch(/needs brokenAt/);
    const r = await runCli(['derive', file('known-broken.ts')]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('✓ refuted (expected refuted at step 2)');
  });
});

describe('bounded resources', () => {
  it('10^10^10 is evaluated and printed in bounded space; beyond 10^±1e12 it is not finite', () => {
    const r = step2('x + 10^10^10', 'x');
    expect(r.status).toBe('broken');
    expect(r.witness!.expected.length).toBeLessThan(60);
    expect(step2('10^10^10*x', 'x*10^10^10').status).toBe('proved');
    for (const huge of ['10^10^20', 'exp(exp(exp(10)))', '2^(2^(2^(2^(2^2))))', 'exp(10^15)*x']) {
      const s = step2(`${huge} + x`, `x + ${huge}`);
      expect(['proved', 'inconclusive', 'unproven'], huge).toContain(s.status);
    }
  });

  it('nested sums over large ranges and huge index ranges end in one line', () => {
    expect(userError(() => step2('sum(i, 1, 10000, sum(j, 1, 10000, x))', 'x'))).toMatch(/more than 200000 nodes/);
    expect(userError(() => step2('sum(i, 1, 10^12, x)', 'x'))).toMatch(/has 1000000000000 terms/);
    expect(userError(() => step2('x', 'x', 'algebra', {}, { indices: { i: [1, 1e9] } }))).toMatch(/ranges over 1000000000 values/);
    expect(userError(() => step2('x', 'x', 'algebra', {}, { sizes: { n: NaN } }))).toMatch(/size 'n' must be an integer, got NaN/);
    expect(userError(() => step2('x', 'x', 'algebra', {}, { sizes: { n: 1e300 } }))).toMatch(/must be an integer/);
  });

  it('a step past its time bound is inconclusive, says why, and is not remembered', () => {
    const heavy = chain([{ expr: '(a+b+c+d+f+g+h+k)^6', rule: 'given', why: '' }, { expr: '(k+h+g+f+d+c+b+a)^6', rule: 'algebra', why: '' }]);
    const cut = withDeadline(0.001, () => checkDerivation(heavy, OPTS))[1]!;
    expect(cut.status).toBe('inconclusive');
    expect(cut.reason).toMatch(/exhausted the time bound of 30 s per step/);
    expect(checkDerivation(heavy, OPTS)[1]!.status).toBe('proved');
  });

  it('a normal form too large to build leaves the step unproven, not a crash', () => {
    const s = step2('sum(i, 1, 500, x[i])*sum(j, 1, 500, y[j])', 'sum(j, 1, 500, y[j])*sum(i, 1, 500, x[i])', 'algebra', {}, { sizes: { n: 500 } });
    expect(s.status).toBe('unproven');
    expect(s.reason).toMatch(/normal form too large \(500×500 terms\)/);
  });
});

describe('--digits: only the range that finishes is accepted', () => {
  it('check --digits 2000 and derive --digits 1000 are refused with one line, exit 2', async () => {
    for (const args of [['check', 'tyurin2025/gradient-identity', '--digits', '2000'], ['derive', '--digits', '1000'], ['check', '--digits', '201']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim()).toMatch(/^gdcheck: --digits must be between 20 and 200, got '\d+'$/);
    }
  });
});
