import {
  UserError
} from "./chunk-RYYXEEND.js";

// dist/cli/output.js
import { accessSync, constants, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
function checkOutputPath(option, path) {
  if (path.trim() === "")
    throw new UserError(`${option}: the file name is empty`);
  if (path.includes("\0"))
    throw new UserError(`${option}: the file name contains a NUL byte`);
  if (path.length > 4096)
    throw new UserError(`${option}: the file name is longer than 4096 characters`);
  const full = resolve(path);
  const dir = dirname(full);
  let d;
  try {
    d = statSync(dir);
  } catch {
    throw new UserError(`${option} ${path}: the folder ${dirname(path)} does not exist`);
  }
  if (!d.isDirectory())
    throw new UserError(`${option} ${path}: ${dirname(path)} is not a folder`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new UserError(`${option} ${path}: the folder ${dirname(path)} is not writable`);
  }
  let f;
  try {
    f = statSync(full);
  } catch {
    return;
  }
  if (f.isDirectory())
    throw new UserError(`${option} ${path}: is a folder, not a file`);
  if (!f.isFile())
    throw new UserError(`${option} ${path}: is not a regular file`);
  try {
    accessSync(full, constants.W_OK);
  } catch {
    throw new UserError(`${option} ${path}: the file is not writable`);
  }
}
function writeFileAtomic(option, path, text) {
  const full = resolve(path);
  const tmp = join(dirname(full), `.${basename(full)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, full);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
    }
    throw new UserError(`${option} ${path}: cannot write: ${e.message.split("\n")[0]}`);
  }
}

export {
  checkOutputPath,
  writeFileAtomic
};
