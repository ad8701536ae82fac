/**
 * A labelled dataset {(b_i, y_i)} with exact rational features. Claims state their instances exactly,
 * so a counterexample prints as the numbers that produced it; float64 and high-precision views are
 * derived from the exact values.
 */
import { Q, qvec, commonDenominator, type QVec } from '../numeric/rational.ts';
import { precision, type D, type DecimalCtor } from '../numeric/highPrecision.ts';

export type Label = 1 | -1;

export interface Dataset {
  readonly b: readonly QVec[];
  readonly y: readonly Label[];
}

export const n = (ds: Dataset): number => ds.b.length;
export const dim = (ds: Dataset): number => ds.b[0]?.length ?? 0;

export function dataset(rows: readonly (readonly (number | string | Q)[])[], labels: readonly number[]): Dataset {
  if (rows.length !== labels.length) throw new RangeError('rows and labels differ in length');
  if (rows.length === 0) throw new RangeError('empty dataset');
  const d = rows[0]!.length;
  const toQ = (x: number | string | Q): Q => (x instanceof Q ? x : typeof x === 'string' ? Q.parse(x) : Q.fromNumber(x));
  const b = rows.map((r) => {
    if (r.length !== d) throw new RangeError('rows of different lengths');
    return r.map(toQ);
  });
  const y = labels.map((l) => {
    if (l !== 1 && l !== -1) throw new RangeError(`label must be +1 or -1, got ${l}`);
    return l as Label;
  });
  return { b, y };
}

/** The signed points z_i = y_i b_i: every margin statement is about z_iᵀu. */
export function signedPoints(ds: Dataset): QVec[] {
  return ds.b.map((bi, i) => (ds.y[i] === 1 ? bi : bi.map((x) => x.neg())));
}

/**
 * The signed points scaled to integers, Z_i = L·z_i with L the common denominator. Signs of
 * margins are then decided on BigInt dot products with no rational normalisation.
 */
export function integerSignedPoints(ds: Dataset): { Z: bigint[][]; L: bigint } {
  const z = signedPoints(ds);
  const L = commonDenominator(z.flat());
  return { Z: z.map((zi) => zi.map((x) => (x.num * L) / x.den)), L };
}

/** Row-major float64 matrix of the signed points. */
export function signedMatrix(ds: Dataset): Float64Array {
  const d = dim(ds);
  const Z = new Float64Array(n(ds) * d);
  signedPoints(ds).forEach((zi, i) => zi.forEach((x, j) => { Z[i * d + j] = x.toNumber(); }));
  return Z;
}

export function signedDecimal(ds: Dataset, C: DecimalCtor): D[][] {
  return signedPoints(ds).map((zi) => zi.map((x) => x.toDecimal(C)));
}

/** R² = max_i ‖b_i‖², exact. */
export function radiusSquared(ds: Dataset): Q {
  return ds.b.reduce((m, bi) => { const r = qvec.dot(bi, bi); return r.cmp(m) > 0 ? r : m; }, Q.ZERO);
}

/** Does u classify every point strictly correctly (y_i b_iᵀu > 0 for all i)? Exact. */
export function separatesExactly(ds: Dataset, u: QVec): boolean {
  return signedPoints(ds).every((zi) => qvec.dot(zi, u).sign() > 0);
}

export function showDataset(ds: Dataset): string {
  const pts = ds.b.map((bi, i) => `${ds.y[i] === 1 ? '+' : '-'}${qvec.show(bi)}`);
  return `n=${n(ds)} d=${dim(ds)} {${pts.join(' ')}}`;
}

export { precision };
