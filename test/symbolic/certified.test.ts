/**
 * Broken steps the numbers cannot see are certified symbolically: a difference whose normal form
 * is manifestly nonzero (10⁻⁹⁰, below any working precision) breaks an equation, one of the wrong
 * manifest sign an inequality; and the limit algebra computes limits of rational functions of the
 * limit variable (and of exp of it), so a wrong claimed limit is ✗ with a certified difference.
 */
import { describe, expect, it } from 'vitest';
import { checkDerivation, type Derivation, type Step } from '../../src/symbolic/derivation.ts';

const OPTS = { seed: 7, digits: 50 };

function step2(a: string, b: string, rule: Step['rule'], assume: string[] = [], more: Partial<Step> = {}) {
  const d: Derivation = {
    id: 'test/certified', title: 't', statement: 's', provenance: 'reconstructed', source: { arxiv: '-', where: '-', catalogue: '-' },
    sizes: {}, indices: {}, assume, twins: [], steps: [{ expr: a, rule: 'given', why: '' }, { expr: b, rule, why: '', ...more }],
  };
  return checkDerivation(d, OPTS)[1]!;
}

describe('a difference below the working precision', () => {
  it('breaks an equation or inequality when its normal form is manifestly nonzero (of the wrong sign)', () => {
    const a = step2('log(x) + 1e-90', 'log(x)', 'algebra', ['x > 0']);
    expect(a.status).toBe('broken');
    expect(a.witness!.gap).toBe('1e-90 (a rational constant)');
    expect(step2('x^3', '3*x^2 + 1e-80', 'derivative', [], { wrt: 'x' }).status).toBe('broken');
    expect(step2('exp(x)', 'exp(x) + 1e-90', 'substitute', [], { subs: { y: '1' } }).witness!.gap).toBe('1e-90 (a rational constant)');
    expect(step2('log(x)', 'log(x) - 1e-80', 'le', ['x > 0']).status).toBe('broken');
    expect(step2('x', 'x + 1e-80', 'ge').status).toBe('broken');
    expect(step2('sigma(z)', 'sigma(z) + 1e-90*exp(z)', 'algebra').status).toBe('broken');
  });

  it('does not break what holds, nor what the assumptions leave undefined or of unknown sign', () => {
    expect(step2('log(x)', 'log(x) + 1e-80', 'le', ['x > 0']).status).toBe('proved');
    expect(step2('x', 'x - 1e-80', 'ge').status).toBe('proved');
    // log(x)/log(x) is 1 only where log x ≠ 0: no certificate, and the numbers cannot see 1e-90.
    expect(step2('log(x)/log(x) + 1e-90', '1', 'algebra', ['x > 0']).status).toBe('unproven');
    // The sign of 1e-90·log x is not manifest: the difference vanishes at x = 1.
    expect(step2('log(x) + 1e-90*log(x)', 'log(x)', 'algebra', ['x > 0']).status).toBe('unproven');
  });
});

describe('limits of rational functions of γ and of exp(γ)', () => {
  const lim = (a: string, b: string, assume = ['gamma > 0']) => step2(a, b, 'limit', assume, { limit: 'gamma' });

  it('are computed by the limit algebra, so a wrong claimed limit is broken with a certified difference', () => {
    for (const [a, b, L] of [
      ['(gamma + 1)/gamma', '2', '1'], ['(gamma^2 + 1)/gamma^2', '3', '1'], ['(2*gamma + 1)/(gamma + 5)', '0', '2'],
      ['gamma/(gamma + 1)', 'Infinity', '1'], ['exp(gamma)/(exp(gamma) + 1)', '1/2', '1'], ['(gamma + 1)/gamma', '1 + 1e-80', '1'],
    ]) {
      const r = lim(a!, b!);
      expect(r.status, `${a} -> ${b}`).toBe('broken');
      expect(r.reason).toContain(`limit algebra${r.reason.includes('normal form') ? "'s" : ' gives'} ${L}`);
    }
    expect(lim('gamma^3/(gamma + 1)', '1').reason).toMatch(/gives \+∞/);
    expect(lim('(1 - gamma^3)/(gamma + 1)', 'Infinity').reason).toMatch(/gives −∞/);
  });

  it('proves the right limits, and leaves a leading coefficient that may vanish to the point check', () => {
    for (const [a, b] of [['(gamma + 1)/gamma', '1'], ['(2*gamma + 1)/(gamma + 5)', '2'], ['exp(gamma)/(exp(gamma) + 1)', '1'],
      ['gamma^2/(gamma + 1)', 'Infinity'], ['(gamma + 1)/(gamma^2 + 1)', '0'], ['exp(-gamma)*(exp(2*gamma) + 1)/(exp(gamma) + 3)', '1']]) {
      expect(lim(a!, b!).status, `${a} -> ${b}`).toBe('proved');
    }
    expect(lim('(m*gamma + 1)/(gamma + 1)', 'm', ['gamma > 0', 'm > 0']).status).toBe('proved');
    // m may be 0 (then the limit is 1, not m): never proved; a point with m ≠ 0 does not break it.
    expect(lim('(m*gamma + 1)/(gamma + 1)', 'm').status).not.toMatch(/proved|broken/);
  });
});

describe('inequalities that fail only far out', () => {
  it('are broken at a point far out in the assumed domain', () => {
    const far = step2('x^2', '1e12', 'le', ['x >= 0']);
    expect(far.status).toBe('broken');
    expect(Number(/x=(\d+)/.exec(far.witness!.point)![1]!)).toBeGreaterThan(1e6);
    expect(step2('log(x)', '100', 'le', ['x > 0']).status).toBe('broken');
    expect(step2('x', 'x^2/1e6', 'ge', ['x > 0']).status).toBe('broken');
    expect(step2('-y', 'exp(-y)/1e9', 'le').status).toBe('broken');
  });

  it('are not broken by far points where they hold, nor by cancellation of the working digits', () => {
    expect(step2('log(x)', 'x', 'le', ['x > 0']).status).not.toBe('broken');
    expect(step2('exp(x)', '1 + x', 'ge').status).not.toBe('broken');
    // (x+1)² − x² = 2x + 1 exactly; at x = 10^100 the working digits cancel to 0, triple precision does not.
    expect(step2('log(1 + x^2) + (x+1)^2 - x^2', '2*x + 1', 'ge', ['x > 0']).status).not.toBe('broken');
  });
});
