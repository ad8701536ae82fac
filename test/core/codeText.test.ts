// The checks that read a claim file before running it look at its code only: `export default` in a
// comment or a string once made a script count as a claim file, and it ran.
import { describe, expect, it } from 'vitest';
import { codeOnly } from '../../src/core/codeText.ts';

const DEFAULT_EXPORT = /\bexport\s+default\b/;

describe('codeOnly blanks comments and literals, keeping offsets', () => {
  it.each([
    ['a line comment', '// export default is mentioned only here\nconst x = 1;\n'],
    ['a block comment', '/* export default */ const x = 1;'],
    ['a single-quoted string', "const s = 'export default';"],
    ['a double-quoted string with an escaped quote', 'const s = "a \\" export default";'],
    ['a template', 'const s = `export default ${1 + 1} export default`;'],
    ['a template nested in a substitution', 'const s = `${`export default`}`;'],
    ['a regular expression', "const r = /export default/; const q = x.replace(/'/g, '');"],
    ['a regular expression after return', 'function f() { return /export default/.test(s); }'],
  ])('%s is no export', (_what, text) => {
    const code = codeOnly(text);
    expect(code).toHaveLength(text.length);
    expect(code).not.toMatch(DEFAULT_EXPORT);
  });

  it.each([
    ['plain', "import { defineClaim } from 'gdcheck';\nexport default defineClaim(spec);\n"],
    ['after a division and a TypeScript non-null assertion', 'const a = (b! / 2) / c; const t = `${(R.at(-1)! / 3).toFixed(5)}`;\nexport default claim;'],
    ['after a template with a substitution holding an object', 'const t = `${ { a: 1 }.a }`;\nexport default claim;'],
    ['after a string holding a comment opener', "const u = 'http://x/*';\nexport default claim;"],
  ])('%s: the real export is kept, at its offset', (_what, text) => {
    const code = codeOnly(text);
    expect(code).toMatch(DEFAULT_EXPORT);
    expect(code.indexOf('export default')).toBe(text.indexOf('export default', text.lastIndexOf('\n', text.length - 2)));
  });
});
