/**
 * A rate (rateClaim). GD on a smooth, strongly convex function converges linearly
 * (Nesterov, Introductory Lectures on Convex Optimization, 2004, Theorem 2.1.15).
 *
 *   f(x) = (μ/2)·x² with μ = 2·10⁻³, GD x_{t+1} = x_t − η·f'(x_t) with η = 1 (≤ 1/L, L = μ) from x_0 = 1:
 *   f(x_t) − f* = Θ(e^{−ct}) for some c > 0 (here c = −2·ln(1 − ημ)).
 *
 * How it is checked: float64 GD to t = 10⁵ with log-spaced checkpoints; the rate judge fits A·e^-ct,
 * A·t^-a, A/(ln t + k) and A/√(ln t + k); e^-ct must fit decisively best, and f·e^{ct} must stay
 * within ×1.5 over the last two decades.
 * Mutant: f(x_t) − f* = Θ(1/t), the sublinear rate of GD on a merely convex function.
 */
import { rateClaim, type NamedSeries } from 'gdcheck';

const MU = 2e-3;
const ETA = 1;

/** f(x_t) at log-spaced t (40 per decade) up to 10⁵: f(x_T) ≈ e^{−400}, and a longer run would underflow float64. */
function gapSeries(): NamedSeries[] {
  const T = 1e5;
  const checkpoints = new Set([...Array.from({ length: 40 * Math.log10(T) + 1 }, (_, k) => Math.round(10 ** (k / 40))), T]);
  const t: number[] = [];
  const gap: number[] = [];
  let x = 1;
  for (let k = 1; k <= T; k++) {
    x -= ETA * MU * x;
    if (checkpoints.has(k)) {
      t.push(k);
      gap.push((MU / 2) * x * x);
    }
  }
  return [{ name: `f = (μ/2)x², μ = ${MU}, η = ${ETA}, x_0 = 1`, series: { t, gap } }];
}

export default rateClaim({
  id: 'my-paper/quadratic-rate',
  title: 'GD on a strongly convex quadratic: f(x_t) − f* = Θ(e^{−ct})',
  statement: 'On f(x) = (μ/2)x² with μ = 2e-3, GD with η = 1 from x_0 = 1 gives f(x_t) − f* = Θ(e^{−ct}) for some c > 0.',
  source: { arxiv: '-', where: 'Nesterov (2004), Theorem 2.1.15', catalogue: 'example' },
  provenance: 'read',
  expected: 'holds',
  claimed: { law: 'exp' },
  series: () => gapSeries(),
  precision: 'float64 GD; log-spaced checkpoints',
  mutants: [{ id: 'one-over-t', description: 'f(x_t) − f* = Θ(1/t): the merely convex rate', claimed: { law: 'power', a: 1 } }],
});
