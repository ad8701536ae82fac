/**
 * The normal form's rules for log, exp, √ and |·| (src/symbolic/normalize.ts): the identities of a
 * logistic-loss derivation are proved (−log σ(z) = log(1 + e^{−z}), softplus(z) − softplus(−z) = z,
 * log(exp u) = u, √(x²) = x for x > 0, …; each was "numeric agreement only"), and none is proved
 * where the signs it needs are not given.
 */
import { describe, expect, it } from 'vitest';
import { checkDerivation, type Derivation, type Step } from '../../src/symbolic/derivation.ts';

const chain = (steps: Step[], assume: string[]): Derivation => ({
  id: 'test/logexp', title: 't', statement: 's', provenance: 'reconstructed', source: { arxiv: '-', where: '-', catalogue: '-' },
  sizes: {}, indices: {}, assume, twins: [], steps,
});
const step2 = (a: string, b: string, assume: string[] = []) =>
  checkDerivation(chain([{ expr: a, rule: 'given', why: '' }, { expr: b, rule: 'algebra', why: '' }], assume), { seed: 7, digits: 50 })[1]!;

describe('normal form: log, exp, √ and |·|', () => {
  it('proves the identities of the logistic loss and of logs and roots under their sign assumptions', () => {
    const proved: [string, string, string[]?][] = [
      ['-log(sigma(z))', 'log(1 + exp(-z))'], ['log(sigma(z))', '-softplus(-z)'], ['softplus(z) - softplus(-z)', 'z'],
      ['log(exp(z))', 'z'], ['log(2*exp(z))', 'log(2) + z'], ['log(exp(x) + exp(x))', 'log(2) + x'],
      ['log(1 + exp(x))', 'x + log(1 + exp(-x))'], ['log(4)', '2*log(2)'], ['log(x/2)', 'log(x) - log(2)', ['x > 0']],
      ['exp(log(x))', 'x', ['x > 0']], ['exp(2*log(x))', 'x^2', ['x > 0']], ['exp(log(2))', '2'],
      ['log(x*y)', 'log(x) + log(y)', ['x > 0', 'y > 0']], ['log(x/y)', 'log(x) - log(y)', ['x > 0', 'y > 0']],
      ['log((-x)/(-y))', 'log(x) - log(y)', ['x > 0', 'y > 0']], ['log(x^3)', '3*log(x)', ['x > 0']],
      ['sqrt(x^2)', 'x', ['x > 0']], ['sqrt(x^2)', 'abs(x)'], ['sqrt(4*x^2)', '2*x', ['x > 0']],
      ['sqrt(x^2*y^2)', '-x*y', ['x > 0', 'y < 0']], ['sqrt(x)^2', 'x', ['x > 0']],
      ['abs(x)', 'x', ['x > 0']], ['abs(m)', '-m', ['m < 0']],
    ];
    for (const [a, b, assume] of proved) expect(step2(a, b, assume).status, `${a} = ${b} under ${assume ?? 'nothing'}`).toBe('proved');
  });
  it('proves nothing whose sign conditions are missing or which is false', () => {
    const not: [string, string, string[]?][] = [
      ['log(x*y)', 'log(x) + log(y)'], ['log(x^2)', '2*log(x)'], ['log(x^2)', '2*log(x)', ['x != 0']], ['exp(log(x))', 'x'],
      ['sqrt(x)^2', 'x'], ['sqrt(x^2)', 'x'], ['sqrt(x^2*y^2)', 'x*y', ['x > 0', 'y < 0']], ['abs(x - y)', 'x - y', ['x > 0', 'y > 0']],
      ['log(x + y)', 'log(x) + log(y)', ['x > 0', 'y > 0']], ['log(x/2)', 'log(x) - log(3)', ['x > 0']], ['exp(log(x)/2)', 'x', ['x > 0']],
      ['log(4)', '2*log(3)'], ['log(-x)', '-log(x)', ['x > 0']],
    ];
    for (const [a, b, assume] of not) expect(step2(a, b, assume).status, `${a} = ${b} under ${assume ?? 'nothing'}`).not.toBe('proved');
  });
});
