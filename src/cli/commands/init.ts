/**
 * `gdcheck init [dir]`: writes a claims folder (default `claims`) with one commented example of each
 * builder: a bound over datasets (propertyClaim), a rate (rateClaim), an iteration complexity
 * (complexityClaim) and a derivation (derivationClaim), each with a mutant and passing as written,
 * and a helper module (`_perceptron.ts`: a leading '_' keeps discovery from loading it as a claim);
 * and, when the project has none, a gdcheck.config.json naming the folder. Existing files are never
 * overwritten (exit 2, one line). Prints the next command to run.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { AddCommand } from '../extensions.ts';
import { ROOT, UserError, shownPath } from '../../core/registry.ts';
import { findConfigFile } from '../../core/config.ts';
import { shellLine } from '../../core/shell.ts';

const TEMPLATES = join(ROOT, 'templates', 'init');

const add: AddCommand = (program, io) => {
  program.command('init').description('write a claims folder with one example of each claim builder, and a gdcheck.config.json').argument('[dir]', 'the claims folder to create', 'claims')
    .action((dir: string) => {
      const target = resolve(dir);
      const files = readdirSync(TEMPLATES).filter((f) => f.endsWith('.ts')).sort();
      const clash = files.find((f) => existsSync(join(target, f)));
      if (clash) throw new UserError(`${shownPath(join(target, clash))} already exists: init never overwrites (choose another folder: gdcheck init <dir>)`);
      mkdirSync(target, { recursive: true });
      for (const f of files) copyFileSync(join(TEMPLATES, f), join(target, f));
      const claims = files.filter((f) => !f.startsWith('_')), helpers = files.filter((f) => f.startsWith('_'));
      io.write(`wrote ${claims.length} example claims to ${shownPath(target)}/: ${claims.join(', ')}`);
      if (helpers.length) io.write(`and ${helpers.join(', ')}: a helper they import (a name starting with '_' is never loaded as a claim)`);
      const config = findConfigFile(process.cwd());
      if (!config) {
        const folder = relative(process.cwd(), target) || '.';
        writeFileSync('gdcheck.config.json', JSON.stringify({ claims: [folder] }, null, 2) + '\n');
        io.write(`wrote gdcheck.config.json: { "claims": [${JSON.stringify(folder)}] } (gdcheck check with no arguments runs these)`);
      } else {
        io.write(`${shownPath(config)} exists: add ${JSON.stringify(relative(resolve(config, '..'), target))} to its "claims" to run these with a bare 'gdcheck check'`);
      }
      io.write(`next: ${shellLine(['npx', 'gdcheck', 'check', shownPath(target), '--mutants'])}`);
    });
};

export default add;
