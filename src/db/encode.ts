/**
 * Exact JSON encoding of claim instances for the counterexample database: numbers (with NaN, ±∞ and
 * −0), BigInt, exact rationals Q, decimal.js values (every digit), typed float arrays, arrays and plain
 * objects. A value of another class cannot be saved exactly: `encode` throws NotEncodable, and the
 * database then keeps only the seed, the path and the printed instance.
 */
import Decimal from 'decimal.js';
import { Q } from '../numeric/rational.ts';

export class NotEncodable extends Error {}
/** A saved value that no longer decodes (edited by hand, or written by an incompatible version). */
export class NotDecodable extends Error {}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * The exact JSON of `v`. A value with no exact encoding (a function, a class instance, a cycle) throws
 * NotEncodable, unless `other` is given: it then encodes that value instead (the reports of
 * src/parallel/wire.ts use its printed text), so the encoding is total.
 */
export function encode(v: unknown, other?: (v: unknown, cyclic: boolean) => Json, path: Set<object> = new Set()): Json {
  const fail = (why: string, cyclic = false): Json => { if (other) return other(v, cyclic); throw new NotEncodable(why); };
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (v === undefined) return { $undefined: true };
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0) ? v : { $number: Object.is(v, -0) ? '-0' : String(v) };
  if (typeof v === 'bigint') return { $bigint: v.toString() };
  if (v instanceof Q) return { $Q: `${v.num}/${v.den}` };
  if (Decimal.isDecimal(v)) return { $decimal: (v as Decimal).toString() };
  if (v instanceof Float64Array) return { $Float64Array: Array.from(v, (x) => encode(x)) };
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v);
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return fail(`an instance of ${proto?.constructor?.name ?? 'an unknown class'} has no exact encoding`);
    // A value that contains itself has no finite JSON (a shared, acyclic part is simply written twice).
    if (path.has(v)) return fail('a value that contains itself has no exact encoding', true);
    path.add(v);
    try {
      if (Array.isArray(v)) return v.map((x) => encode(x, other, path));
      const out: { [k: string]: Json } = {};
      for (const [k, x] of Object.entries(v)) out[k.startsWith('$') ? `$${k}` : k] = encode(x, other, path);
      return out;
    } finally {
      path.delete(v);
    }
  }
  return fail(`a ${typeof v} has no exact encoding`);
}

/** A value with no exact encoding: its JSON if it has a toJSON, else as text (a function by its name, an object by its own toString). */
function printed(v: unknown): Json {
  if (typeof v === 'function') return `[function ${v.name || 'anonymous'}]`;
  if (typeof v === 'object' && v !== null) {
    const toJSON = (v as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') {
      try {
        const j: unknown = toJSON.call(v);
        if (j !== v) return encodeTotal(j);
      } catch { /* fall through */ }
    }
    const own = (v as { toString?: unknown }).toString;
    if (typeof own === 'function' && own !== Object.prototype.toString) {
      try { return String(v); } catch { /* fall through */ }
    }
    return `[${(v.constructor as { name?: string } | undefined)?.name ?? 'object'}]`;
  }
  return String(v);
}

/**
 * `encode` made total, for values that are reported rather than saved (a task's report, a sweep
 * point's result): what has no exact encoding travels as its printed text, a cycle as '[circular]'.
 * Never throws.
 */
export function encodeTotal(v: unknown): Json {
  return encode(v, (x, cyclic) => (cyclic ? '[circular]' : printed(x)));
}

const BIGINT = /^-?\d+$/;

export function decode(j: Json): unknown {
  if (j === null || typeof j !== 'object') return j;
  if (Array.isArray(j)) return j.map(decode);
  const keys = Object.keys(j);
  if (keys.length === 1 && keys[0]!.startsWith('$') && !keys[0]!.startsWith('$$')) {
    const [k] = keys as [string];
    const x = j[k];
    switch (k) {
      case '$undefined': return undefined;
      case '$number': {
        if (x === '-0') return -0;
        if (x === 'NaN' || x === 'Infinity' || x === '-Infinity') return Number(x);
        break;
      }
      case '$bigint': if (typeof x === 'string' && BIGINT.test(x)) return BigInt(x); break;
      case '$Q': {
        const m = typeof x === 'string' ? /^(-?\d+)\/(\d+)$/.exec(x) : null;
        if (m && m[2] !== '0') return new Q(BigInt(m[1]!), BigInt(m[2]!));
        break;
      }
      case '$decimal': {
        if (typeof x === 'string') {
          try { return new Decimal(x); } catch { /* reported below */ }
        }
        break;
      }
      case '$Float64Array': if (Array.isArray(x)) return Float64Array.from(x.map((e) => decodeNumber(e))); break;
      default: throw new NotDecodable(`unknown tag '${k}'`);
    }
    throw new NotDecodable(`malformed ${k}: ${JSON.stringify(x).slice(0, 60)}`);
  }
  const out: Record<string, unknown> = {};
  // An own property even for '__proto__': assigning it would set the object's prototype, and fields a
  // file never held would then be read through it (a report's verdict, say).
  for (const [k, x] of Object.entries(j)) Object.defineProperty(out, k.startsWith('$$') ? k.slice(1) : k, { value: decode(x), enumerable: true, writable: true, configurable: true });
  return out;
}

function decodeNumber(e: Json): number {
  const v = decode(e);
  if (typeof v !== 'number') throw new NotDecodable(`a Float64Array entry is not a number: ${JSON.stringify(e)}`);
  return v;
}
