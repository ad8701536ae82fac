/**
 * Loading a user's TypeScript file (a claim or derivation file) so that every failure is one line
 * naming the file: only a regular file of bounded size is read (`/dev/zero` or a FIFO would hang the
 * loader), a syntax error is reported as file:line:col with esbuild's message (tsx transforms the
 * file; its error's first line is only "Transform failed with 1 error:"), and an error thrown while
 * the module runs points at its line in that file.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from './errors.ts';
import { importModule } from './moduleLoading.ts';
export { isReportedImportError } from './moduleLoading.ts';
import { withHint } from './loadError.ts';
import { helperFaultMessage } from './helperFault.ts';

/** A claim or derivation file is source code: a megabyte is far beyond any real one. */
export const MAX_USER_FILE_BYTES = 1_000_000;

/** Throws a one-line UserError unless `path` is a regular file of at most MAX_USER_FILE_BYTES. */
export function checkUserFile(path: string): void {
  let st;
  try { st = statSync(path); } catch { throw new UserError(`${path}: no such file`); }
  if (!st.isFile()) throw new UserError(`${path}: not a regular file (${st.isDirectory() ? 'a directory' : 'a device, socket or pipe'})`);
  if (st.size > MAX_USER_FILE_BYTES) throw new UserError(`${path}: ${st.size} bytes, more than a claim file can be (limit ${MAX_USER_FILE_BYTES})`);
}

/** The first frame of `stack` inside `file`, as file:line:col. */
function frameIn(stack: string | undefined, file: string): string | undefined {
  if (!stack) return undefined;
  for (const line of stack.split('\n')) {
    const m = /(?:\(|\s|file:\/\/)(\/[^():\s]+):(\d+):(\d+)\)?\s*$/.exec(line);
    if (m && resolve(m[1]!) === resolve(file)) return `${m[1]}:${m[2]}:${m[3]}`;
  }
  return undefined;
}

/** One line for an error raised while loading `file`: file:line:col and the message. */
export function loadErrorLine(file: string, e: unknown): string {
  // eslint-disable-next-line no-control-regex
  const msg = (e instanceof Error ? e.message : String(e)).replace(/\u001b\[[0-9;]*m/g, '');
  // esbuild (through tsx): "Transform failed with 1 error:\n/path/f.ts:3:12: ERROR: Expected ..."
  const syntax = /^(.+?):(\d+):(\d+): ERROR: (.*)$/m.exec(msg);
  if (syntax) return `${syntax[1]}:${syntax[2]}:${syntax[3]}: syntax error: ${syntax[4]}`;
  // oxc (through vite): "[PARSE_ERROR] Unexpected token ... [ path/f.ts:4:44 ]"
  const oxc = /\[PARSE_ERROR\]\s*(.*)[\s\S]*?\[\s*(.+?):(\d+):(\d+)\s*\]/.exec(msg);
  if (oxc) return `${file}:${oxc[3]}:${oxc[4]}: syntax error: ${oxc[1]!.trim()}`;
  const line = msg.split('\n').find((l) => l.trim() !== '') ?? 'unknown error';
  const first = helperFaultMessage(line, e instanceof Error ? e.stack ?? '' : '', resolve(file), withHint(line, msg)) ?? withHint(line, msg);
  const at = frameIn(e instanceof Error ? e.stack : undefined, file);
  return `${at ?? file}: cannot load: ${first}`;
}

/** Seconds a claim file may take to load (its top-level code: imports, await, precomputation). */
export const LOAD_SECONDS = 60;

/**
 * The module of a file (importModule: its registry twin, or the file through the loaders) with a deadline. A module whose top-level await never settles would otherwise end
 * the process silently (Node's exit code 13) with every other claim unreported; a module that
 * computes for minutes at import would stall every command.
 * @throws UserError after LOAD_SECONDS.
 */
export class LoadTimeout extends UserError {}

export async function importWithDeadline(path: string, seconds = LOAD_SECONDS): Promise<{ default?: unknown }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LoadTimeout(`did not finish loading within ${seconds} s (a top-level await that never settles, or heavy work at import?)`)), seconds * 1000);
  });
  try {
    return await Promise.race([importModule(path), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Imports a user file after checking it; any failure is a one-line UserError naming file:line:col. */
export async function importUserFile(path: string): Promise<{ default?: unknown }> {
  checkUserFile(path);
  loaded.add(resolve(path));
  try {
    return await importWithDeadline(path);
  } catch (e) {
    if (e instanceof UserError) throw new UserError(`${path}: ${e.message}`);
    throw new UserError(loadErrorLine(path, e));
  }
}

const loaded = new Set<string>();

/** Records a user file as loaded, so an error it throws later (a timer, a promise) is traced to it. */
export function markLoaded(path: string): void { loaded.add(resolve(path)); }

/**
 * The line for an error nobody caught (thrown from a timer or an unhandled promise of a user file):
 * the CLI entry prints it and exits 2 instead of Node's stack trace.
 */
export function asyncErrorLine(e: unknown): string {
  const msg = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  const stack = e instanceof Error ? e.stack : undefined;
  for (const f of loaded) {
    const at = frameIn(stack, f);
    if (at) return `${at}: error thrown asynchronously: ${msg}`;
  }
  return `error thrown asynchronously${loaded.size ? ` (while running ${[...loaded].join(', ')})` : ''}: ${msg}`;
}
