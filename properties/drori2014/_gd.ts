/** Shared by the drori2014 claims: GD with step h/L run exactly, and the Drori–Teboulle bound. */
import { classes, linalg, methods, rationals } from 'gdcheck';
const { QA } = linalg;
const { Q } = rationals;
const { dist2, gap } = classes;
const { gd, run } = methods;
type Q = rationals.Q;
type Objective = classes.Objective;

export interface GdInstance { f: Objective; x0: Q[]; N: number; h: Q }

/** f(x_N) − f* after N exact GD steps of size h/L, and R² = ‖x0 − x*‖². */
export function gdGap(i: GdInstance): { gap: Q; R2: Q } {
  const r = run(QA, gd(i.h.div(i.f.L)), i.f, i.x0, i.N);
  return { gap: gap(QA, i.f, r.xs[i.N]!), R2: dist2(QA, i.x0, i.f.xStar!) };
}

/** Drori & Teboulle (2014), Theorem 3.1: L R²/(4Nh + 2) for 0 < h ≤ 1. */
export const dtBound = (L: Q, R2: Q, N: number, h: Q): Q => L.mul(R2).div(Q.of(4 * N).mul(h).add(Q.of(2)));

export const showInstance = (i: GdInstance): string => `${i.f.show()} x0=(${i.x0.join(', ')}) N=${i.N} h=${i.h} (η = h/L, L = ${i.f.L})`;
