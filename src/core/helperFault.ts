/**
 * When loading a claim file fails inside a file it imports (a helper), the fault is the helper's: the
 * error row names the helper's file and line, and a module-format hint speaks of the helper, not of
 * the claim file. The usual case: a CommonJS helper (`module.exports = …`) in a folder whose
 * package.json says "type": "module", so Node loads it as an ES module; the claim file itself is fine.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGE_ROOT } from './packageRoot.ts';
import { codeOnly } from './codeText.ts';

/** CommonJS exports in code (`module.exports`, `exports.x =`). */
export const COMMONJS_EXPORT = /\bmodule\.exports\b|\bexports\.\w+\s*=/;

const shown = (file: string): string => {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
};

/** gdcheck's own modules and installed packages: their frames are not the user's helper. */
const isEngine = (file: string): boolean =>
  file.startsWith(join(PACKAGE_ROOT, 'src') + sep) || file.startsWith(join(PACKAGE_ROOT, 'dist') + sep) || file.split(sep).includes('node_modules');

/**
 * The first frame of `stack` in a user's file: its path, line and column; undefined when there is none
 * (Node's internals, gdcheck's own modules and node_modules are skipped).
 */
export function firstUserFrame(stack: string): { file: string; line: number; column: number } | undefined {
  for (const m of stack.matchAll(/(?:^|[\s(])(file:\/\/[^\s()]+|\/[^\s():]+):(\d+):(\d+)/gm)) {
    let file: string;
    try { file = m[1]!.startsWith('file:') ? fileURLToPath(m[1]!) : m[1]!; } catch { continue; }
    if (!isEngine(file)) return { file: resolve(file), line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}

/** Why `file` loads as an ES module: its package.json's "type": "module", or its name or syntax. */
export function whyEsm(file: string): string {
  if (/\.m[jt]s$/.test(file)) return 'its name ends in .mjs or .mts';
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { type?: unknown }).type === 'module') return `${shown(pkg)} says "type": "module"`;
      } catch { /* unreadable: say nothing about it */ }
      break;
    }
    if (dirname(dir) === dir) break;
  }
  return 'it has import or export syntax';
}

/** "<helper> is loaded as an ES module (why), so module.exports is not its export: name it .cjs, or use export". */
export const cjsHelperHint = (file: string): string => `${shown(file)} is loaded as an ES module (${whyEsm(file)}), so module.exports is not its export: name it .cjs, or use 'export'`;

/**
 * For "The requested module './x.js' does not provide an export named 'y'", raised while loading
 * `importer`: a hint naming './x.js' when it is a CommonJS file loaded as an ES module; else undefined.
 */
export function missingExportHint(message: string, importer: string): string | undefined {
  const m = /The requested module '([^']+)' does not provide an export named/.exec(message);
  if (!m || !m[1]!.startsWith('.')) return undefined;
  const target = resolve(dirname(importer), m[1]!);
  let text: string;
  try { text = readFileSync(target, 'utf8'); } catch { return undefined; }
  return COMMONJS_EXPORT.test(codeOnly(text)) ? cjsHelperHint(target) : undefined;
}

/**
 * The message of a load failure whose fault is in a file that `absPath` imports, or undefined when
 * the fault is the file's own: a missing export of a CommonJS helper ('<first>: <helper> is loaded as
 * an ES module …'), or an error thrown while the helper runs ('in <helper>:L:C: <first>', with the
 * module-format hint about the helper). `first`: the error's first line; `hinted`: it with the general
 * hint (loadError.ts withHint); `stack`: the error's stack.
 */
export function helperFaultMessage(first: string, stack: string, absPath: string, hinted = first): string | undefined {
  const exportHint = missingExportHint(first, absPath);
  if (exportHint) return `${first}: ${exportHint}`;
  const user = firstUserFrame(stack);
  if (!user || user.file === resolve(absPath)) return undefined;
  const esm = /^(module|exports) is not defined in ES module scope/.test(first);
  return `in ${shown(user.file)}:${user.line}:${user.column}: ${esm ? `${first}: ${cjsHelperHint(user.file)}` : hinted}`;
}
