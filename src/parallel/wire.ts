/**
 * What a task returns, as it crosses a thread, a process or a shard file: plain JSON by construction,
 * so any transport carries it (structured clone, a pipe, a file) and every path gives back the same
 * report. Values keep an explicit encoding (src/db/encode.ts: BigInt, exact rationals, Decimal, NaN,
 * ±∞, −0, Float64Array, nested); a value a report cannot hold exactly (a function, a class instance,
 * a cycle) travels as its printed text, which is what the text report shows of it. The refuting
 * instance itself (`refuting`, an objective with its functions, say) is the database's: it is saved
 * inside the task and left out here; the replay line is what reproduces it.
 */
import { decode, encodeTotal, NotDecodable, type Json } from '../db/encode.ts';
import type { ClaimReport, MutantReport } from '../core/runner.ts';

export type { Json };

/**
 * A claim's or a mutant's report as plain JSON (total: never throws), without `refuting`.
 * @param report a ClaimReport or MutantReport.
 */
export function toPlain(report: ClaimReport | MutantReport): Json {
  const { refuting: _instance, ...rest } = report as ClaimReport;
  return encodeTotal(rest);
}

/**
 * The report back from its plain JSON.
 * @throws NotDecodable when the JSON holds a malformed or unknown tag (an edited or foreign file).
 */
export function fromPlain<R extends ClaimReport | MutantReport>(plain: Json): R {
  const v = decode(plain);
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new NotDecodable('a report must be an object');
  return v as R;
}
