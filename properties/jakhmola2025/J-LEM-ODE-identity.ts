/**
 * J-LEM-ODE (identity). Jakhmola, arXiv 2509.23887v1, output dynamics behind Theorem 3.1.
 * Provenance: secondary (READ-AI: dF/dt = G(y − F), G = NTK Gram, from AI-written reviews); the
 * loss identity is the standard consequence [INFERRED]:
 *
 *   Along gradient flow dθ/dt = −∇L, L = ½‖F − y‖²:  dL/dt = −rᵀ G r,  r = F − y,  G = J Jᵀ,
 *   checked integrated:  L(t) − L(0) + ∫₀ᵗ rᵀGr ds = 0.
 *
 * How it is checked: adaptive Dormand-Prince 5(4) flows of small polynomial-activation MLPs (see
 * _flow.ts), with ∫rᵀGr integrated as an extra state component, G built from the explicit Jacobian
 * (not from ∇L). The residual must stay below SAFETY·(1 + max‖∇L‖₁)·(integrator error estimate):
 * a state error δ moves L by at most ‖∇L‖₁‖δ‖_∞ and the integral by ‖δ‖_∞.
 * Mutant: dL/dt = −2 rᵀGr (a wrong constant).
 */
import { decideAlong, SAFETY, type Check } from './_flow.ts';
import { defineClaim } from 'gdcheck';

const identity = (c: number): Check => (run, p, p0) => {
  const A = run.A;
  const value = Math.abs(A.toNumber(A.add(A.sub(p.loss, p0.loss), A.mul(A.of(c), p.q1))));
  const gmax = Math.max(...run.flow.points.map((q) => q.gradL1));
  return { value, tol: SAFETY * (1 + gmax) * run.flow.run.errorSum + 64 * A.unit * A.toNumber(p0.loss) };
};

export default defineClaim({
  id: 'jakhmola2025/J-LEM-ODE',
  title: 'dL/dt = −rᵀGr along gradient flow',
  statement: 'Along gradient flow of L = ½Σ‖f(X_j;θ) − y_j‖², dL/dt = −(F − y)ᵀ G (F − y) with G = JJᵀ the NTK Gram; checked as L(t) − L(0) + ∫₀ᵗ rᵀGr = 0 within the integrator\'s error.',
  source: { arxiv: '2509.23887', version: 'v1', where: 'output dynamics (proof of Theorem 3.1)', catalogue: 'J-LEM-ODE [READ-AI] + [INFERRED]' },
  provenance: 'secondary',
  kind: 'identity',
  expected: 'holds',
  run: (ctx) => decideAlong(ctx, identity(1), '|L(t) − L(0) + ∫rᵀGr|'),
  mutants: [{ id: 'factor-2', description: 'dL/dt = −2 rᵀGr (a wrong constant)', run: (ctx) => decideAlong(ctx, identity(2), '|L(t) − L(0) + 2∫rᵀGr|') }],
});
