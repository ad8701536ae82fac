import { describe, expect, it } from 'vitest';
import { loadClaims, select, UserError } from '../../src/core/registry.ts';
import { fileTree } from '../helpers.ts';

const tree = (files: Record<string, string>): string => fileTree(files, 'gdcheck-');

describe('claim discovery', () => {
  it('a file that does not export a claim is named in a one-line error', async () => {
    const root = tree({ 'properties/p/a.ts': 'export default { id: 1 };' });
    await expect(loadClaims(root)).rejects.toThrow(/properties\/p\/a\.ts:1:1: default export is not a claim/);
  });
  it('a file with a syntax error is named with its line and column, not a stack trace', async () => {
    const root = tree({ 'properties/p/b.ts': 'export default (' });
    await expect(loadClaims(root)).rejects.toBeInstanceOf(UserError);
    await expect(loadClaims(root)).rejects.toThrow(/^properties\/p\/b\.ts:1:1[78]: syntax error: (Unexpected end of file|Expected `\)` but found `EOF`)$/);
  });
  it('files starting with _ are not loaded; duplicate ids are an error', async () => {
    const claim = (id: string) => `export default { id: '${id}', paper: 'p', mutants: [], run: () => ({ verdict: 'holds', reason: '', instances: 1, precision: '' }) };`;
    const ok = tree({ 'properties/p/_helper.ts': 'export default 1;', 'properties/p/c.ts': claim('p/c') });
    expect((await loadClaims(ok)).map((c) => c.id)).toEqual(['p/c']);
    const dup = tree({ 'properties/p/c.ts': claim('p/c'), 'proofs/p/d.ts': claim('p/c') });
    await expect(loadClaims(dup)).rejects.toThrow(/claim id 'p\/c' is already defined in properties\/p\/c\.ts/);
    const loaded = await loadClaims(ok);
    expect(() => select(loaded, ['q'])).toThrow(/unknown claim or paper id 'q'/);
  });
});

describe('open cases', () => {
  it("a claim that expects 'inconclusive' must say why", async () => {
    const root = tree({ 'properties/p/o.ts': "export default { id: 'p/o', paper: 'p', expected: 'inconclusive', mutants: [], run: () => ({ verdict: 'inconclusive', reason: '', instances: 0, precision: '' }) };" });
    await expect(loadClaims(root)).rejects.toThrow(/expects 'inconclusive' but does not say why/);
  });
});
