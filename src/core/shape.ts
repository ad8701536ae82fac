/**
 * The shape checks every declarative object gdcheck takes shares (claim specs, scenarios, the config
 * file, rate options, objectives): a plain object, no key outside the known ones, and members that
 * are data (a getter or a Proxy may answer the check one thing and the run another). Nothing heavy
 * imported, so the config loader and the command's start-up can use them.
 */
import { types } from 'node:util';

/** A plain object (not null, not an array). */
export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** "unknown key 'k' in <what> (known: …)" for the first own key of `o` not in `known`, or undefined. */
export function unknownKeyProblem(what: string, o: Record<string, unknown>, known: readonly string[]): string | undefined {
  const k = Object.keys(o).find((key) => !known.includes(key));
  return k === undefined ? undefined : `unknown key '${k.slice(0, 40)}' in ${what} (known: ${known.join(', ')})`;
}

/** The descriptor of `key` on `o` or on the first prototype that has it. */
export function descriptorOf(o: object, key: string): PropertyDescriptor | undefined {
  for (let p: object | null = o; p !== null; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, key);
    if (d) return d;
  }
  return undefined;
}

/**
 * "<what> is a Proxy …" or "<what>.<key> is a getter …" when `o` is a Proxy, or one of its own keys
 * or of `keys` (own or inherited) is an accessor property; undefined when every one is plain data.
 * What gdcheck checks it reads again when it runs: only data reads the same both times.
 */
export function accessorProblem(what: string, o: object, keys: readonly string[] = []): string | undefined {
  if (types.isProxy(o)) return `${what} is a Proxy: it must be a plain object (a Proxy may answer each read differently, so what is checked would not be what runs)`;
  for (const k of new Set([...Object.keys(o), ...keys])) {
    const d = descriptorOf(o, k);
    if (d && !('value' in d)) return `${what}.${k} is a getter (an accessor property): it must be a plain value (a getter may return another one on the next read, so what is checked would not be what runs)`;
  }
  return undefined;
}
