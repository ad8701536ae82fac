import {
  ROOT,
  findConfigFile,
  shownPath
} from "../../chunk-27THDAXQ.js";
import "../../chunk-6LT5EU5C.js";
import {
  UserError
} from "../../chunk-RYYXEEND.js";

// dist/cli/commands/init.js
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
var TEMPLATES = join(ROOT, "templates", "init");
var add = (program, io) => {
  program.command("init").description("write a claims folder with one example of each claim builder, and a gdcheck.config.json").argument("[dir]", "the claims folder to create", "claims").action((dir) => {
    const target = resolve(dir);
    const files = readdirSync(TEMPLATES).filter((f) => f.endsWith(".ts")).sort();
    const clash = files.find((f) => existsSync(join(target, f)));
    if (clash)
      throw new UserError(`${shownPath(join(target, clash))} already exists: init never overwrites (choose another folder: gdcheck init <dir>)`);
    mkdirSync(target, { recursive: true });
    for (const f of files)
      copyFileSync(join(TEMPLATES, f), join(target, f));
    const claims = files.filter((f) => !f.startsWith("_")), helpers = files.filter((f) => f.startsWith("_"));
    io.write(`wrote ${claims.length} example claims to ${shownPath(target)}/: ${claims.join(", ")}`);
    if (helpers.length)
      io.write(`and ${helpers.join(", ")}: a helper they import (a name starting with '_' is never loaded as a claim)`);
    const config = findConfigFile(process.cwd());
    if (!config) {
      const folder = relative(process.cwd(), target) || ".";
      writeFileSync("gdcheck.config.json", JSON.stringify({ claims: [folder] }, null, 2) + "\n");
      io.write(`wrote gdcheck.config.json: { "claims": ["${folder}"] } (gdcheck check with no arguments runs these)`);
    } else {
      io.write(`${shownPath(config)} exists: add "${relative(resolve(config, ".."), target)}" to its "claims" to run these with a bare 'gdcheck check'`);
    }
    io.write(`next: npx gdcheck check ${shownPath(target)} --mutants`);
  });
};
var init_default = add;
export {
  init_default as default
};
