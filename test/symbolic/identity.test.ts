import { describe, expect, it } from 'vitest';
import { parseExpr } from '../../src/symbolic/parse.ts';
import { expand } from '../../src/symbolic/expand.ts';
import { Normalizer, proveIdentity, proveLe } from '../../src/symbolic/normalize.ts';
import { limitAtInfinity } from '../../src/symbolic/limit.ts';
import { differentiate } from '../../src/symbolic/derivative.ts';
import { show } from '../../src/symbolic/ast.ts';
import type { Sign } from '../../src/symbolic/poly.ts';
import { checkDerivation, type Derivation } from '../../src/symbolic/derivation.ts';
import { summarize } from '../../src/symbolic/claim.ts';

const e = (s: string) => expand(parseExpr(s, { functions: { phi: 1, dphi: 1 } }), new Map());
const nz = (signs: Record<string, Sign> = {}) => new Normalizer({ symbolSign: (n) => signs[n] ?? 'unknown' });

describe('normal form', () => {
  it('proves rational and exponential identities that mathjs simplify leaves alone', () => {
    expect(proveIdentity(nz({ x: 'pos' }), e('x/(1+x)'), e('1/(1+1/x)')).status).toBe('proved');
    expect(proveIdentity(nz(), e('exp(-z)/(1+exp(-z))'), e('sigma(-z)')).status).toBe('proved');
    expect(proveIdentity(nz(), e('sigma(z) + sigma(-z)'), e('1')).status).toBe('proved');
  });

  it('does not cancel (x-1)/(x-1) silently: the denominator must be nonzero by assumption', () => {
    const r = proveIdentity(nz(), e('(x-1)/(x-1)'), e('1'));
    expect(r.status).toBe('unproven');
    expect(r.status === 'unproven' && r.reason).toMatch(/denominator .* is nonzero, which the assumptions do not give/);
    expect(proveIdentity(nz({ x: 'pos' }), e('x/x'), e('1')).status).toBe('proved');
  });

  it('never accepts a false identity', () => {
    expect(proveIdentity(nz(), e('sigma(z)'), e('sigma(-z)')).status).toBe('unproven');
    expect(proveIdentity(nz(), e('exp(x+y)'), e('exp(x)+exp(y)')).status).toBe('unproven');
  });

  it('proves inequalities by manifest sign', () => {
    expect(proveLe(nz(), e('sigma(-z)'), e('exp(-z)')).status).toBe('proved');
    expect(proveLe(nz(), e('exp(-z)'), e('sigma(-z)')).status).toBe('unproven');
  });

  it('applies a cited homogeneity lemma only for a positive scale', () => {
    const lemma = new Map([['phi', { scale: 'g', degree: 1 }]]);
    const pos = new Normalizer({ symbolSign: (n) => (n === 'g' ? 'pos' : 'unknown'), homogeneous: lemma });
    expect(proveIdentity(pos, e('phi(g*a + g*b)'), e('g*phi(a+b)')).status).toBe('proved');
    const unknown = new Normalizer({ symbolSign: () => 'unknown', homogeneous: lemma });
    expect(proveIdentity(unknown, e('phi(g*a + g*b)'), e('g*phi(a+b)')).status).toBe('unproven');
  });
});

describe('derivative and limits', () => {
  it('differentiates σ and opaque functions by the chain rule', () => {
    const d = differentiate(e('sigma(w*x) + phi(w)'), { wrt: 'w', derivatives: new Map([['phi', 'dphi']]) });
    expect(proveIdentity(nz(), d, e('sigma(w*x)*(1 - sigma(w*x))*x + dphi(w)')).status).toBe('proved');
  });

  it('computes lim σ(−γm) by sign case, and refuses indeterminate forms', () => {
    const lim = (s: string, m: Sign) => limitAtInfinity(e(s), 'gamma', nz({ gamma: 'pos', m }));
    const one = lim('1/(1+exp(gamma*m))', 'neg');
    expect(one.t === 'fin' && show(one.e)).toBe('1');
    const zero = lim('1/(1+exp(gamma*m))', 'pos');
    expect(zero.t === 'fin' && proveIdentity(nz(), zero.e, e('0')).status).toBe('proved');
    expect(lim('gamma*sigma(-gamma^2*m)', 'neg')).toEqual({ t: 'inf', sign: 1 });
    // A polynomial in γ is decided by its leading term; γ against exp(γ) (two generators) is not.
    expect(lim('gamma - gamma^2', 'neg')).toEqual({ t: 'inf', sign: -1 });
    expect(() => lim('gamma - exp(gamma)', 'neg')).toThrow(/∞ − ∞/);
  });
});

const tiny = (steps: Derivation['steps']): Derivation => ({
  id: 'test/tiny', title: 't', statement: 's', source: { arxiv: '-', where: '-', catalogue: '-' }, provenance: 'reconstructed',
  sizes: {}, indices: {}, assume: [], steps, twins: [],
});

describe('derivation checking', () => {
  it("reports 'unproven: numeric agreement only' when the normal form cannot decide but the numbers agree", () => {
    const rs = checkDerivation(tiny([{ expr: 'exp(x/2)^2', rule: 'given', why: '' }, { expr: 'exp(x)', rule: 'algebra', why: '' }]), { seed: 1, digits: 50 });
    expect(rs[1]!.status).toBe('unproven');
    expect(rs[1]!.reason).toMatch(/^unproven: numeric agreement only/);
    expect(summarize(rs, 50).verdict).toBe('inconclusive');
  });

  it('reports a broken step with a witness and both values', () => {
    const rs = checkDerivation(tiny([{ expr: 'log(1 + exp(z))', rule: 'given', why: '' }, { expr: 'sigma(-z)', rule: 'derivative', wrt: 'z', why: '' }]), { seed: 1, digits: 50 });
    expect(rs[1]!.status).toBe('broken');
    expect(rs[1]!.witness!.point).toMatch(/^z=-?\d+(\/\d+)?$/);
    expect(Number(rs[1]!.witness!.gap)).toBeGreaterThan(0);
    const s = summarize(rs, 50);
    expect(s.verdict).toBe('refuted');
    expect(s.reason).toMatch(/^step 2 broken: rule 'derivative'/);
  });
});

describe('numeric evaluation', () => {
  it('gives perc a tie weight 1/2 even at −0 (decimal.js has a negative zero)', async () => {
    const { evaluate } = await import('../../src/symbolic/evaluate.ts');
    const { precision } = await import('../../src/numeric/highPrecision.ts');
    const C = precision(50);
    expect(evaluate(e('perc(y*x)'), new Map([['y', new C(-1)], ['x', new C(0)]]), C).toString()).toBe('0.5');
  });

  it('treats an activation at its kink as outside the domain', async () => {
    const { HOMOGENEOUS_ACTIVATIONS } = await import('../../src/symbolic/activations.ts');
    const { NotFinite } = await import('../../src/symbolic/evaluate.ts');
    const { precision } = await import('../../src/numeric/highPrecision.ts');
    const C = precision(50);
    for (const m of HOMOGENEOUS_ACTIVATIONS) {
      expect(() => m.fns.dphi!(C, new C(0))).toThrow(NotFinite);
      expect(m.fns.phi!(C, new C(2)).toString()).toBe('2');
    }
  });
});
