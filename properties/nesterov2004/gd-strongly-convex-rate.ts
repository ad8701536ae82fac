/**
 * GD's linear rate on μ-strongly convex L-smooth functions. Nesterov, "Introductory Lectures on Convex
 * Optimization" (2004), Theorem 2.1.15. Provenance: read (published statement; a book).
 *
 *   If f is μ-strongly convex and L-smooth and 0 < η ≤ 2/(μ + L), GD x_{k+1} = x_k − η∇f(x_k) gives
 *   ‖x_N − x*‖² ≤ (1 − 2ημL/(μ + L))^N ‖x0 − x*‖²; at η = 2/(μ + L) the factor is ((L − μ)/(L + μ))².
 *
 * How it is checked: instances of the class by construction (L = 4, μ in {1/2, 1, 2}: rotated
 * quadratics with spectrum in [μ, L], rotated separable piecewise quadratics with curvatures in
 * [μ, L]), N in 1..10, η = j/4 · 2/(μ + L); every GD step and both distances in exact rationals, so the
 * comparison is exact. The tight-case search tries the quadratic with spectrum {μ, L} at η = 2/(μ + L)
 * first, where the rate is attained exactly (worst ratio 1). Scope: piecewise-quadratic members only.
 * Mutants: one step too many, (…)^{N+1}, and the factor squared again, (…)^{2N} (a norm/squared-norm
 * slip): both are beaten by the two-mode quadratic, which attains the true rate.
 */
import { classes, rationals } from 'gdcheck';
import { distances, factor, pow, rateClassBound, type Instance } from './_stronglyConvex.ts';

const withPower = (i: Instance, power: number): { measured: rationals.Q; bound: rationals.Q } => {
  const { dN, d0 } = distances(i);
  return { measured: dN, bound: pow(factor(i), power).mul(d0) };
};

export default classes.classBoundClaim<Instance>({
  bound: rateClassBound,
  id: 'nesterov2004/gd-strongly-convex-rate',
  title: 'GD on μ-strongly convex L-smooth f: ‖x_N − x*‖² ≤ (1 − 2ημL/(μ + L))^N ‖x0 − x*‖²',
  statement: 'For μ-strongly convex L-smooth f and 0 < η ≤ 2/(μ + L), GD gives ‖x_N − x*‖² ≤ (1 − 2ημL/(μ + L))^N ‖x0 − x*‖² (Nesterov 2004, Theorem 2.1.15).',
  source: { arxiv: 'book (Nesterov 2004)', where: 'Theorem 2.1.15', catalogue: 'user results (issue 12): strongly convex GD rate' },
  provenance: 'read',
  kind: 'upper',
  expected: 'holds',
  hypotheses: (i) => (i.mu.sign() > 0 && i.f.mu.cmp(i.mu) >= 0 && i.f.L.cmp(i.L) <= 0 && i.j >= 1 && i.j <= 4) || 'needs f μ-strongly convex and L-smooth, 0 < η ≤ 2/(μ + L)',
  weight: 0.5,
  mutants: [
    { id: 'one-step-more', description: 'the rate to the power N + 1', measure: (i) => withPower(i, i.N + 1) },
    { id: 'factor-squared', description: 'the squared-distance factor squared again, to the power 2N', measure: (i) => withPower(i, 2 * i.N) },
  ],
});
