/**
 * Text from a user's run or a file, made safe to print on one terminal line: control characters
 * (newlines, carriage returns, ANSI escape sequences' ESC, C1 controls) would break the report's
 * layout or drive the terminal, so each becomes a space.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** `s` with every control character (C0, DEL, C1) replaced by a space. */
export const printable = (s: string): string => s.replace(CONTROL, ' ');

/** The first line of what was thrown, printable (a throw need not be an Error, and its message may be a getter that throws). */
export function firstLine(e: unknown): string {
  try {
    return printable((e instanceof Error ? e.message : String(e)).split('\n')[0]!);
  } catch {
    return 'a value that cannot be shown';
  }
}
