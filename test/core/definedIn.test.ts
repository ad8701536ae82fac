import { describe, expect, it } from 'vitest';
import { frameFile } from '../../src/core/definedIn.ts';

describe('frameFile: the file of a stack frame, for claimTest replay lines', () => {
  it('keeps spaces in a path (a claim under "my paper/" printed --file /sq.ts before)', () => {
    expect(frameFile('    at Object.<anonymous> (/home/u/my paper/sq.ts:3:15)')).toBe('/home/u/my paper/sq.ts');
    expect(frameFile('    at /home/u/my paper/sq.ts:3:15')).toBe('/home/u/my paper/sq.ts');
    expect(frameFile('    at async f (file:///home/u/my%20paper/sq.ts:3:15)')).toBe('/home/u/my paper/sq.ts');
  });
  it('reads plain frames, drops a query string, and refuses frames with no file', () => {
    expect(frameFile('    at f (/a/b.ts:1:2)')).toBe('/a/b.ts');
    expect(frameFile('    at file:///a/b.ts?v=3:1:2')).toBe('/a/b.ts');
    expect(frameFile('    at new Promise (<anonymous>)')).toBeUndefined();
    expect(frameFile('    at node:internal/modules/run_main:1:2')).toBeUndefined();
  });
});
