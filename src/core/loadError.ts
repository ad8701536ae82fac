/**
 * A claim file that cannot be loaded becomes one error row: the file, the line and column of the
 * fault when they can be found, and the first meaningful line of the message. esbuild (through tsx)
 * reports "Transform failed with 1 error:\n<file>:<line>:<col>: ERROR: <message>"; Node's own parser
 * puts "<url>:<line>" and a caret line in the stack; a runtime error has a stack frame in the file;
 * a missing package is found by its specifier in the source text.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { codeOnly } from './codeText.ts';
import { helperFaultMessage } from './helperFault.ts';

export interface LoadError {
  /** The file as given or discovered (relative to the working directory where possible). */
  file: string;
  line?: number;
  column?: number;
  /** One line. */
  message: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** file:line:column: message (line and column when known). */
export function showLoadError(e: LoadError): string {
  return `${e.file}${e.line !== undefined ? `:${e.line}${e.column !== undefined ? `:${e.column}` : ''}` : ''}: ${e.message}`;
}

/** Locates the fault of `err`, thrown while importing `absPath`, shown as `shown`. */
export function locateLoadError(err: unknown, absPath: string, shown: string): LoadError {
  const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');
  const text = plain(err instanceof Error ? `${err.message}` : String(err));
  const stack = plain(err instanceof Error ? err.stack ?? '' : '');
  const url = pathToFileURL(absPath).href;
  // esbuild: "<path>:L:C: ERROR: message"
  const esb = new RegExp(`^(?:${escape(absPath)}|${escape(url)}|[^\\n]*?):(\\d+):(\\d+): ERROR: (.*)$`, 'm').exec(text);
  if (esb) return { file: shown, line: Number(esb[1]), column: Number(esb[2]) + 1, message: `syntax error: ${esb[3]!.trim()}` };
  const first = withHint(firstLine(text), text);
  // vite/oxc (under vitest): "[PARSE_ERROR] message" then "╭─[ <path>:L:C ]".
  const oxc = /\[ *([^\]\s]+):(\d+):(\d+) *\]/.exec(text);
  if (oxc && absPath.endsWith(oxc[1]!.replace(/^(\.\.\/)+/, '').replace(/^\.\//, ''))) return { file: shown, line: Number(oxc[2]), column: Number(oxc[3]), message: `syntax error: ${first}` };
  // The fault in a file this one imports (a helper): the message names it, and a module-format hint is about it.
  const message = helperFaultMessage(firstLine(text), stack, absPath, first) ?? first;
  // Node's parser: the stack starts "<url>:L\n<source line>\n   ^^^".
  const parse = new RegExp(`^(?:${escape(url)}|${escape(absPath)}):(\\d+)\\n[^\\n]*\\n( *)\\^`, 'm').exec(stack);
  if (parse) return { file: shown, line: Number(parse[1]), column: parse[2]!.length + 1, message };
  // A runtime error: the first frame in the file itself.
  const frame = new RegExp(`(?:${escape(url)}|${escape(absPath)}):(\\d+):(\\d+)`).exec(stack);
  if (frame) return { file: shown, line: Number(frame[1]), column: Number(frame[2]), message };
  // A missing module or export: the import that names it.
  const spec = /(?:Cannot find (?:package|module) '([^']+)'|does not provide an export named '([^']+)')/.exec(text);
  if (spec) {
    const where = findInSource(absPath, spec[1] !== undefined ? `'${spec[1]}'` : spec[2]!) ?? findInSource(absPath, `"${spec[1]}"`);
    if (where) return { file: shown, ...where, message };
  }
  return { file: shown, message };
}

/**
 * `first` (the first line of `text`, an error raised while loading a user's file) with what to do
 * when the error is one of the module-format mix-ups: CommonJS exports in a file that has import or
 * export syntax (gdcheck loads such a file as an ES module, whatever package.json says), or a
 * CommonJS require() of a package the resolve hook serves only to `import`.
 */
export function withHint(first: string, text: string): string {
  if (/^(module|exports) is not defined in ES module scope/.test(first)) return `${first}: the file is an ES module (it has import/export syntax, or its package.json says "type": "module"); use 'export', not module.exports`;
  if (/^Cannot find module '(gdcheck|fast-check|decimal\.js|mathjs)(\/[^']*)?'/.test(first) && /Require stack/.test(text)) return `${first} (from require() in a CommonJS file, which does not see gdcheck's own copies: use import, or install the package in the project)`;
  return first;
}

/** The first line of a message that says something: not esbuild's "Transform failed with 1 error:". */
function firstLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim().replace(/^(Error: )?(\[[A-Z_]+\] )?/, '')).filter((l) => l && !/^Transform failed with \d+ errors?:?$/.test(l));
  return lines[0] ?? 'unknown error';
}

/** Line and column (1-based) of the first occurrence of `needle` in the file (in its code only, outside comments and literals, with `codeOnly`), if any. */
export function findInSource(absPath: string, needle: string, opts: { codeOnly?: boolean } = {}): { line: number; column: number } | undefined {
  let src: string;
  try { src = readFileSync(absPath, 'utf8'); } catch { return undefined; }
  if (opts.codeOnly) src = codeOnly(src);
  const k = src.indexOf(needle);
  if (k < 0) return undefined;
  const before = src.slice(0, k).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}
