/**
 * What a rate claim states: a relation (Θ, O, Ω, or → c·law) between a positive quantity Q(t) and a
 * law in t, e.g. "F(w_t) = Θ(1/t)", "γ* − γ(w_t) = Θ(1/ln t)", "‖w_t − w*‖ = Θ(e^{−ct})" with
 * c = −ln(1 − ηλ) on a quadratic. The judge (rateDecide.ts) works on the normalised quantity
 * q(t) = Q(t)/law(t), so every law here gives ln law(t) exactly, without overflow.
 */

/**
 *   power         t^-a · (ln t)^-b   (b defaults to 0; a may carry a tolerance)
 *   inv-log       1/ln t
 *   inv-sqrt-log  1/√(ln t)
 *   log-power     (ln t)^-b
 *   exp           e^(-c·t)  (c named, or any c > 0 when absent; c may carry a tolerance)
 */
export type LawName = 'power' | 'inv-log' | 'inv-sqrt-log' | 'log-power' | 'exp';

/** Θ: c₁·law ≤ Q ≤ c₂·law eventually; O: Q ≤ c₂·law; Ω: Q ≥ c₁·law; limit: Q/law → constant. */
export type Relation = 'Theta' | 'O' | 'Omega' | 'limit';

export interface ClaimedLaw {
  law: LawName;
  /** power: the exponent a of t^-a (required for 'power', finite). */
  a?: number;
  /** power: an extra factor (ln t)^-b; log-power: the exponent b of (ln t)^-b (required). */
  b?: number;
  /** exp: the rate c of e^(-ct); absent means "for some c > 0" (linear convergence). */
  c?: number;
  /**
   * Absolute tolerance on a (power) or on c (exp). With it the claim is about the exponent only:
   * lim −ln Q/ln t ∈ [a − δ, a + δ] (power; log factors allowed), or lim −ln Q/t ∈ [c − δ, c + δ] (exp).
   */
  tolerance?: number;
  /** Default 'Theta'. */
  relation?: Relation;
  /** limit: the claimed constant c₀ in Q/law → c₀ (required for 'limit'). */
  constant?: number;
  /** limit: relative tolerance on c₀ (default 1e-2). */
  limitTolerance?: number;
}

const num = (x: number): string => (Number.isInteger(x) ? String(x) : String(+x.toPrecision(6)));

/** The law as text: 't^-1', 't^-1·(ln t)^-1', '1/ln t', 'e^(-0.1·t)', 'e^(-c·t)'. */
export function lawText(c: ClaimedLaw): string {
  switch (c.law) {
    case 'power': {
      // t^-a·(ln t)^-b with the signs as read: a = 0 drops t, a < 0 is a growth t^|a|, a = b = 0 is 1.
      const pow = (x: string, e: number): string => `${x}^${e > 0 ? '-' : ''}${num(Math.abs(e))}`;
      const parts = [c.a ? pow('t', c.a) : '', c.b ? pow('(ln t)', c.b) : ''].filter(Boolean);
      const tol = c.tolerance ? ` (exponent ± ${num(c.tolerance)})` : '';
      return (parts.join('·') || '1') + tol;
    }
    case 'inv-log': return '1/ln t';
    case 'inv-sqrt-log': return '1/√(ln t)';
    case 'log-power': return `(ln t)^-${num(c.b!)}`;
    case 'exp': return c.c === undefined ? 'e^(-c·t), some c > 0' : `e^(-${num(c.c)}·t)${c.tolerance ? ` (c ± ${num(c.tolerance)})` : ''}`;
  }
}

/** "Θ(1/ln t)", "O(t^-1)", "→ 1.5625·t^-1". */
export function claimedText(c: ClaimedLaw): string {
  const law = lawText(c);
  switch (c.relation ?? 'Theta') {
    case 'Theta': return `Θ(${law})`;
    case 'O': return `O(${law})`;
    case 'Omega': return `Ω(${law})`;
    case 'limit': return `→ ${num(c.constant!)}·${law}`;
  }
}

/** The judge reads ln q against x = ln t for laws in powers of t and ln t, against t for e^(-ct). */
export const scaleOf = (c: ClaimedLaw): 'log' | 'linear' => (c.law === 'exp' ? 'linear' : 'log');

/** ln law(t) for t > 1 (for exp without a named c, the law is the constant 1: see the judge). */
export function lnLaw(c: ClaimedLaw, t: number): number {
  const L = Math.log(t);
  switch (c.law) {
    case 'power': return -c.a! * L - (c.b ?? 0) * Math.log(L);
    case 'inv-log': return -Math.log(L);
    case 'inv-sqrt-log': return -0.5 * Math.log(L);
    case 'log-power': return -c.b! * Math.log(L);
    case 'exp': return c.c === undefined ? 0 : -c.c * t;
  }
}

/** The law's own local exponent −d ln law/d ln t at t (log scale), or its rate −d ln law/dt (linear). */
export function lawExponent(c: ClaimedLaw, t: number): number {
  const L = Math.log(t);
  switch (c.law) {
    case 'power': return c.a! + (c.b ?? 0) / L;
    case 'inv-log': return 1 / L;
    case 'inv-sqrt-log': return 0.5 / L;
    case 'log-power': return c.b! / L;
    case 'exp': return c.c ?? 0;
  }
}

/** One line naming what is wrong with a claimed law, or null. */
export function lawProblem(c: ClaimedLaw): string | null {
  const fin = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x);
  if (!['power', 'inv-log', 'inv-sqrt-log', 'log-power', 'exp'].includes(c.law)) return `unknown law '${String(c.law)}' (power, inv-log, inv-sqrt-log, log-power, exp)`;
  if (c.law === 'power' && !fin(c.a)) return 'a power law needs a finite exponent a';
  if (c.b !== undefined && !fin(c.b)) return 'b must be a finite number';
  if (c.law === 'log-power' && c.b === undefined) return 'a log-power law needs its exponent b';
  if (c.law === 'exp' && c.c !== undefined && !(fin(c.c) && c.c > 0)) return 'an exponential law needs c > 0';
  if (c.tolerance !== undefined && !(fin(c.tolerance) && c.tolerance > 0)) return 'tolerance must be a positive number';
  if (c.tolerance !== undefined && c.law !== 'power' && !(c.law === 'exp' && c.c !== undefined)) return 'a tolerance applies to the exponent of a power law or to a named c of e^(-ct)';
  const rel = c.relation ?? 'Theta';
  if (!['Theta', 'O', 'Omega', 'limit'].includes(rel)) return `unknown relation '${String(rel)}' (Theta, O, Omega, limit)`;
  if (rel === 'limit' && !(fin(c.constant) && c.constant! > 0)) return 'a limit claim needs its constant > 0';
  if (rel === 'limit' && c.tolerance !== undefined) return 'a limit claim takes limitTolerance, not an exponent tolerance';
  if (c.limitTolerance !== undefined && !(fin(c.limitTolerance) && c.limitTolerance > 0)) return 'limitTolerance must be a positive number';
  if (c.law === 'exp' && c.c === undefined && rel === 'limit') return 'a limit claim on e^(-ct) must name c';
  return null;
}
