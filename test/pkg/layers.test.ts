// The layering the package depends on: the engine (src/) never imports paper code (properties/,
// proofs/), and paper code (claims, helpers, scenarios) imports the engine only through the public
// entry 'gdcheck', since the installed package ships dist/ and no src/.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|mts|js|mjs)$/.test(name) ? [full] : [];
  });
}

/** Module specifiers of static imports, re-exports and dynamic imports with a literal (comments, such as docstring examples, left out). */
const specifiers = (file: string): string[] =>
  [...readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

const escapes = (file: string, spec: string, folder: string): boolean =>
  spec.startsWith('.') && relative(join(ROOT, folder), resolve(dirname(file), spec)).startsWith('..');

describe('layers', () => {
  it('src/ imports nothing outside src/ by a relative path', () => {
    const bad = sources(join(ROOT, 'src')).flatMap((f) => specifiers(f).filter((s) => escapes(f, s, 'src')).map((s) => `${relative(ROOT, f)}: ${s}`));
    expect(bad).toEqual([]);
  });
  it('properties/ and proofs/ reach the engine only through gdcheck', () => {
    const bad = ['properties', 'proofs'].flatMap((d) => sources(join(ROOT, d)).flatMap((f) => specifiers(f).filter((s) => escapes(f, s, d) || s.includes('/src/')).map((s) => `${relative(ROOT, f)}: ${s}`)));
    expect(bad).toEqual([]);
  });
  it('the check itself sees imports (a sanity check on the pattern)', () => {
    expect(specifiers(join(ROOT, 'properties/smorodinsky2026/_scenario-two-neuron.ts'))).toEqual(expect.arrayContaining(['gdcheck', './_setting.ts']));
    expect(escapes(join(ROOT, 'src/cli/main.ts'), '../../properties/x.ts', 'src')).toBe(true);
  });
});
