/**
 * The engine's layers import downward only: no module of src/ reaches itself again through its
 * value imports (type-only imports are erased and do not count). A loop makes the load order decide
 * which binding is still undefined, the fault the guide found between symbolic/derivation and numeric.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const files: string[] = [];
const walk = (d: string): void => {
  for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.ts')) files.push(p); }
};
walk('src');

const imports = new Map<string, string[]>(files.map((f) => {
  const text = readFileSync(f, 'utf8');
  const deps = [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+['"](\.[^'"]+)['"]/gms)].map((m) => normalize(join(dirname(f), m[1]!)));
  return [f, deps];
}));

describe('import graph of src/', () => {
  it('has no cycles', () => {
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    const cycles: string[] = [];
    const visit = (u: string): void => {
      state.set(u, 1); stack.push(u);
      for (const v of imports.get(u) ?? []) {
        if (!imports.has(v)) continue;
        if (state.get(v) === 1) cycles.push([...stack.slice(stack.indexOf(v)), v].join(' → '));
        else if (!state.has(v)) visit(v);
      }
      stack.pop(); state.set(u, 2);
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(files.length).toBeGreaterThan(100);
    expect(cycles).toEqual([]);
  });
});
