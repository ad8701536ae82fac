import { describe, expect, it } from 'vitest';
import { parseExpr, MAX_LENGTH } from '../../src/symbolic/parse.ts';
import { UserError } from '../../src/core/registry.ts';
import { show } from '../../src/symbolic/ast.ts';

/** The error a bad expression gives: must be a one-line UserError. */
function errorOf(src: string): string {
  try {
    parseExpr(src);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    const msg = (e as Error).message;
    expect(msg.split('\n')).toHaveLength(1);
    expect(msg.length).toBeLessThan(300);
    return msg;
  }
  throw new Error(`'${src.slice(0, 40)}' was accepted`);
}

describe('parseExpr: allow-listed mathjs parsing', () => {
  it('accepts the derivation language and prints it back', () => {
    const e = parseExpr('sum(i, 1, n, sigma(-gamma*y[i]*b[i,k])) + exp(-x)^2/3');
    expect(show(e)).toContain('sum(i, 1, n, sigma(');
    expect(show(parseExpr(show(e)))).toBe(show(e));
  });

  it('rejects an unknown function, naming it', () => {
    expect(errorOf('foo(x) + 1')).toMatch(/unknown function 'foo'/);
  });

  it('rejects import(...) and the other dangerous names', () => {
    expect(errorOf('import({x: 1}, {override: true})')).toMatch(/function 'import' is not allowed/);
    expect(errorOf('createUnit("foo")')).toMatch(/'createUnit' is not allowed/);
    expect(errorOf('evaluate("1+1")')).toMatch(/'evaluate' is not allowed/);
    expect(errorOf('x + parse')).toMatch(/symbol 'parse' is not allowed/);
  });

  it('rejects unbalanced parentheses, naming the bracket and its position', () => {
    expect(errorOf('sigma(-gamma*(m + 1)')).toMatch(/unbalanced parentheses: '\(' at char 6 is never closed/);
    expect(errorOf('x + 1)')).toMatch(/unbalanced parentheses: '\)' at char 6/);
  });

  it('rejects a 100 kB expression before parsing it', () => {
    const big = 'x+'.repeat(50_000) + 'x';
    expect(big.length).toBeGreaterThan(100_000);
    expect(errorOf(big)).toMatch(new RegExp(`expression too long: ${big.length} characters \\(limit ${MAX_LENGTH}\\)`));
  });

  it('rejects deep nesting, assignments, strings, matrices and unknown operators', () => {
    expect(errorOf('('.repeat(300) + 'x' + ')'.repeat(300))).toMatch(/brackets nested deeper than 100 at char 101/);
    expect(() => parseExpr('x+'.repeat(900) + 'x')).not.toThrow();
    expect(errorOf('x+'.repeat(1200) + 'x')).toMatch(/expression nested deeper than 1000/);
    expect(errorOf('x = 1')).toMatch(/assignment 'x = 1' is not allowed/);
    expect(errorOf('f(x) = x')).toMatch(/not allowed/);
    expect(errorOf('"abc"')).toMatch(/constant 'abc' is not allowed/);
    expect(errorOf('[1, 2]')).toMatch(/array '\[1, 2\]' is not allowed/);
    expect(errorOf('x > 1')).toMatch(/operator '>' is not allowed/);
    expect(errorOf('sigma(x, y)')).toMatch(/'sigma' takes 1 argument\(s\), got 2/);
    expect(errorOf('1 +')).toMatch(/malformed expression/);
  });
});
