/**
 * J-LEM-ODE (inequality). Jakhmola, arXiv 2509.23887v1, the step from the output dynamics to the
 * rate of Theorem 3.1. Provenance: secondary (the dynamics are READ-AI; the bound is the catalogue's
 * standard derivation [INFERRED]):
 *
 *   rᵀGr ≥ 2 λ_min(G) L, hence  L(t) ≤ L(0) · exp(−2 ∫₀ᵗ λ_min(G(s)) ds),
 *   checked as log L(t) − log L(0) + 2 ∫λ_min ≤ 0.
 *
 * How it is checked: the flows of _flow.ts, with ∫λ_min(G) integrated as a state component (Jacobi
 * eigenvalues at every stage). Tolerance SAFETY·(‖∇L‖₁·E/L(t) + 2E), E the integrator's error
 * estimate: the error of log L and of the integral. Mutant: λ_max in place of λ_min (the wrong
 * eigenvalue; refuted as soon as the residual is not a top eigenvector, i.e. at once).
 */
import { decideAlong, SAFETY, type Check } from './_flow.ts';
import { defineClaim } from 'gdcheck';

const bound = (useMax: boolean): Check => (run, p, p0) => {
  const A = run.A, E = run.flow.run.errorSum;
  const L = A.toNumber(p.loss);
  const q = A.toNumber(useMax ? p.q3 : p.q2);
  const value = Math.log(L) - Math.log(A.toNumber(p0.loss)) + 2 * q;
  return { value, tol: SAFETY * ((p.gradL1 * E) / L + 2 * E) + 1e-12 };
};

export default defineClaim({
  id: 'jakhmola2025/J-LEM-ODE-bound',
  title: 'L(t) ≤ L(0)·exp(−2∫λ_min(G)) along gradient flow',
  statement: 'Along gradient flow, L(t) ≤ L(0) exp(−2 ∫₀ᵗ λ_min(G(s)) ds), G = JJᵀ; checked within the integrator\'s error.',
  source: { arxiv: '2509.23887', version: 'v1', where: 'proof of Theorem 3.1', catalogue: 'J-LEM-ODE [READ-AI] + [INFERRED]' },
  provenance: 'secondary',
  kind: 'upper',
  expected: 'holds',
  run: (ctx) => decideAlong(ctx, bound(false), 'log L(t) − log L(0) + 2∫λ_min'),
  mutants: [{ id: 'lambda-max', description: 'λ_max(G) in place of λ_min(G) (the wrong eigenvalue)', run: (ctx) => decideAlong(ctx, bound(true), 'log L(t) − log L(0) + 2∫λ_max') }],
});
