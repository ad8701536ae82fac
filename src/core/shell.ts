/**
 * Quoting for the command lines gdcheck prints for the user to paste (replay lines, init's next
 * step): each argument as one word of a POSIX shell, so a folder named `new paper dir`, a claim id
 * with `$`, `;` or `(`, or a path with a quote runs as printed instead of splitting or expanding.
 */

/**
 * `s` as one shell word: as is when it holds only characters no shell treats specially (`~` too,
 * except where a shell expands it: first, or after `=` or `:`, as bash does in `a=~/x`), else in
 * single quotes (a quote inside closed, escaped and reopened).
 */
export function shellWord(s: string): string {
  return /^[\w./@%+,:=~-]+$/.test(s) && !/(^|[=:])~/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A command line from its words, each quoted as needed: shellLine(['npx', 'gdcheck', 'init', 'my dir']) is "npx gdcheck init 'my dir'". */
export const shellLine = (words: readonly string[]): string => words.map(shellWord).join(' ');
