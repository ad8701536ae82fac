/**
 * Subcommands contributed by other layers (derive, simulate, ...). Each module adds itself here, so
 * main.ts stays the same when a layer is added.
 */
import type { Command } from 'commander';

export interface CliIO { write: (s: string) => void; setExit: (code: number) => void }
export type AddCommand = (program: Command, io: CliIO) => void;

export const extraCommands: AddCommand[] = [];
