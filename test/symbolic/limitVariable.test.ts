// A limit step whose claimed limit contains the limit variable (given γ, limit γ as γ → ∞) ended
// derive with "internal error: no value for 'gamma'"; it is a one-line bad input naming the step.
import { describe, expect, it } from 'vitest';
import { checkDerivation, type Derivation } from '../../src/symbolic/derivation.ts';
import { UserError } from '../../src/core/registry.ts';

const d: Derivation = {
  id: 'test/limvar', title: 't', statement: 's', provenance: 'reconstructed', source: { arxiv: '-', where: '-', catalogue: '-' },
  sizes: {}, indices: {}, assume: ['gamma > 0'], twins: [],
  steps: [{ expr: '1 + 1/gamma', rule: 'given', why: '' }, { expr: 'gamma/gamma', rule: 'limit', limit: 'gamma', why: '' }],
};

describe('limit steps', () => {
  it('a claimed limit that mentions the limit variable is one line of bad input', () => {
    let err: unknown;
    try { checkDerivation(d, { seed: 1, digits: 50 }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/^test\/limvar step 2: the claimed limit 'gamma\/gamma' contains the limit variable gamma, which goes to ∞$/);
  });
});
