/**
 * The two shape checks every declarative object gdcheck takes shares (claim specs, scenarios, the
 * config file, rate options): a plain object, and no key outside the known ones. No imports, so the
 * config loader and the command's start-up can use them without loading the arithmetic.
 */

/** A plain object (not null, not an array). */
export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** "unknown key 'k' in <what> (known: …)" for the first own key of `o` not in `known`, or undefined. */
export function unknownKeyProblem(what: string, o: Record<string, unknown>, known: readonly string[]): string | undefined {
  const k = Object.keys(o).find((key) => !known.includes(key));
  return k === undefined ? undefined : `unknown key '${k.slice(0, 40)}' in ${what} (known: ${known.join(', ')})`;
}
