/**
 * Subcommands contributed by other layers (derive, simulate, ...): every module in src/cli/commands/
 * default-exports an AddCommand and is picked up here, so main.ts stays the same when a layer is added.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Command } from 'commander';
import { COMPILED, PACKAGE_ROOT_URL } from '../core/packageRoot.ts';

export interface CliIO { write: (s: string) => void; setExit: (code: number) => void }
export type AddCommand = (program: Command, io: CliIO) => void;

const DIR = fileURLToPath(new URL(`${COMPILED ? 'dist' : 'src'}/cli/commands/`, PACKAGE_ROOT_URL));

/** A module of a discovered folder: .ts from the sources, .js in the compiled package (dist/), not .d.ts. */
export const isModuleFile = (f: string): boolean => !f.startsWith('_') && ((f.endsWith('.ts') && !f.endsWith('.d.ts')) || f.endsWith('.js'));
/** A module's name without its extension ('scenario.ts' and 'scenario.js' are both 'scenario'). */
export const moduleName = (f: string): string => f.replace(/\.(ts|js)$/, '');

export async function loadCommands(): Promise<AddCommand[]> {
  const files = readdirSync(DIR).filter(isModuleFile).sort();
  const out: AddCommand[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(DIR, f)).href)) as { default?: AddCommand };
    if (typeof mod.default !== 'function') throw new Error(`src/cli/commands/${f}: default export must be an AddCommand`);
    out.push(mod.default);
  }
  return out;
}
