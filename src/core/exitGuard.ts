/**
 * A claim that calls process.exit would end gdcheck with the claim's exit code and no report: with
 * process.exit(0), a silent pass. While a claim runs, process.exit throws instead (the run ends as a
 * throw, wherever the claim catches it), and the call is recorded, so the runner reports the claim
 * inconclusive, naming the call, whatever the run returned afterwards. gdcheck's own exits (a second
 * Ctrl-C, a closed pipe) go through `exitNow`, Node's process.exit as it was before any claim ran.
 */

/** Node's own process.exit. */
export const exitNow: (code?: number) => never = process.exit.bind(process);

/** Thrown into a claim's code by its call of process.exit. */
export class ClaimExitError extends Error {}

/**
 * Runs `run` with process.exit replaced by a throw. Resolves with what it returned, and with the
 * codes of the process.exit calls it made, if any (outermost call in nested runs).
 */
export async function withExitGuard<T>(run: () => Promise<T>): Promise<{ value?: T; error?: unknown; exits: number[] }> {
  const saved = process.exit;
  const exits: number[] = [];
  process.exit = ((code?: number | string | null) => {
    const c = typeof code === 'number' ? code : Number(code ?? process.exitCode ?? 0) || 0;
    exits.push(c);
    throw new ClaimExitError(`process.exit(${code ?? ''}) was called by the claim's code`);
  }) as typeof process.exit;
  try {
    return { value: await run(), exits };
  } catch (error) {
    return { error, exits };
  } finally {
    process.exit = saved;
  }
}

/** The reason of an inconclusive verdict for a run that called process.exit. */
export const exitReason = (exits: readonly number[]): string =>
  `the claim's code called process.exit(${exits[0]}) during its run${exits.length > 1 ? ` (and ${exits.length - 1} more time(s))` : ''}; gdcheck stopped the exit, so no verdict (a claim must return its result, not end the process)`;
