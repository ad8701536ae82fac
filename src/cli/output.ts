/**
 * Output files (`--plot`, `--html`, and any later `--csv` or JSON file): every path is checked before
 * the work starts, so a typo costs a second rather than a whole run, and every file is written to a
 * temporary file beside it and renamed into place, so an error or a Ctrl-C never leaves an existing
 * report empty or half-written.
 */
import { accessSync, constants, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../core/registry.ts';

/**
 * Throws a UserError naming `option` when `path` cannot be written: empty, a directory, a missing or
 * unwritable folder, or an existing file that cannot be replaced. Creates nothing.
 */
export function checkOutputPath(option: string, path: string): void {
  if (path.trim() === '') throw new UserError(`${option}: the file name is empty`);
  if (path.includes('\0')) throw new UserError(`${option}: the file name contains a NUL byte`);
  if (path.length > 4096) throw new UserError(`${option}: the file name is longer than 4096 characters`);
  const full = resolve(path);
  const dir = dirname(full);
  let d;
  try { d = statSync(dir); } catch { throw new UserError(`${option} ${path}: the folder ${dirname(path)} does not exist`); }
  if (!d.isDirectory()) throw new UserError(`${option} ${path}: ${dirname(path)} is not a folder`);
  try { accessSync(dir, constants.W_OK); } catch { throw new UserError(`${option} ${path}: the folder ${dirname(path)} is not writable`); }
  let f;
  try { f = statSync(full); } catch { return; } // a new file: the folder is writable, that is enough
  if (f.isDirectory()) throw new UserError(`${option} ${path}: is a folder, not a file`);
  if (!f.isFile()) throw new UserError(`${option} ${path}: is not a regular file`);
  try { accessSync(full, constants.W_OK); } catch { throw new UserError(`${option} ${path}: the file is not writable`); }
}

/** Writes `text` to `path` through a temporary file in the same folder, renamed into place on success. */
export function writeFileAtomic(option: string, path: string, text: string): void {
  const full = resolve(path);
  const tmp = join(dirname(full), `.${basename(full)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, full);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* it was never created */ }
    throw new UserError(`${option} ${path}: cannot write: ${(e as Error).message.split('\n')[0]}`);
  }
}
