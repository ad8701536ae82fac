/**
 * The linear batch perceptron on the scaled-pair family needs exactly d/2 + 1 steps (ours; supports the
 * reconstruction T-ABS2-scaled-pair of Tyurin, arXiv 2512.11587, abstract). Provenance: reconstructed.
 *
 *   Signed points z_1 = (1/d)·1_d, z_2 = −(2, 0, 2, 0, …): z_1ᵀz_1 = 1/d, z_1ᵀz_2 = −1, z_2ᵀz_2 = 2d.
 *   From û_0 = 0 the first step (weights 1/2, n = 2) gives û_1 = (z_1 + z_2)/4; then only point 1 is
 *   misclassified, so after k more steps û_{1+k} = (1/4 + k/2)·z_1 + (1/4)·z_2, with margins
 *     m_1(k) = (1/4 + k/2)/d − 1/4 = (2k + 1 − d)/(4d),   m_2(k) = −(1/4 + k/2) + 2d/4 = (2d − 1 − 2k)/4.
 *   For even d: m_1(d/2 − 1) < 0 < m_1(d/2), and m_2 > 0 up to k = d/2: the count is 1 + d/2.
 *
 * Steps: the two margins in closed form (algebra), then the signs at k = d/2 − 1 and k = d/2
 * (substitution, then inequalities; for point 2, d = 2 + 2g with g ≥ 0). Twins: the count d/2 (the sign at k = d/2 − 1
 * claimed ≥ 0), a wrong Gram entry z_1ᵀz_2 = +1, a wrong first-step weight 1.
 */
import { derivationClaim } from 'gdcheck';

export default derivationClaim({
  id: 'tyurin2025/scaled-pair-linear-count',
  title: 'Scaled pair: the linear batch perceptron needs exactly d/2 + 1 steps',
  statement: 'Ours (supports the reconstruction T-ABS2-scaled-pair): on b_1 = (1/d)·1_d (+1), b_2 = (2,0,2,0,…) (−1), the batch perceptron iterate after 1 + k steps is (1/4 + k/2)·z_1 + (1/4)·z_2, its margins are (2k + 1 − d)/(4d) and (2d − 1 − 2k)/4, so for even d it separates first at step 1 + d/2.',
  source: { arxiv: '2512.11587', where: 'abstract (minimalistic example, linear models)', catalogue: 'T-ABS2 [READ, claim only]; family INFERRED (ours)' },
  provenance: 'reconstructed',
  sizes: {},
  indices: {},
  assume: ['d > 1', 'k > -1'],
  steps: [
    { expr: '(1/4 + k/2)*(1/d) + (1/4)*(-1)', rule: 'given', why: 'm_1 = z_1ᵀû_{1+k} with û_{1+k} = (1/4 + k/2)z_1 + (1/4)z_2, z_1ᵀz_1 = 1/d, z_1ᵀz_2 = −1' },
    { expr: '(2*k + 1 - d)/(4*d)', rule: 'algebra', why: 'one fraction' },
    { expr: '(2*(d/2 - 1) + 1 - d)/(4*d)', rule: 'substitute', subs: { k: 'd/2 - 1' }, why: 'one step before k = d/2' },
    { expr: '-1/(4*d)', rule: 'algebra', why: 'the k = d/2 − 1 margin of point 1' },
    { expr: '0', rule: 'le', why: 'd > 0: point 1 is still misclassified after d/2 corrective steps minus one' },
    { expr: '(2*k + 1 - d)/(4*d)', rule: 'given', why: 'm_1 again' },
    { expr: '(2*(d/2) + 1 - d)/(4*d)', rule: 'substitute', subs: { k: 'd/2' }, why: 'k = d/2' },
    { expr: '1/(4*d)', rule: 'algebra', why: 'the k = d/2 margin of point 1' },
    { expr: '0', rule: 'ge', why: 'd > 0: point 1 is correct at k = d/2' },
    { expr: '-(1/4 + k/2)*(-1) * (-1) + (1/4)*(2*d)', rule: 'given', why: 'm_2 = z_2ᵀû_{1+k}: z_2ᵀz_1 = −1, z_2ᵀz_2 = 2d' },
    { expr: '(2*d - 1 - 2*k)/4', rule: 'algebra', why: 'one fraction' },
    { expr: '(2*d - 1 - 2*(d/2))/4', rule: 'substitute', subs: { k: 'd/2' }, why: 'k = d/2: the largest k the count uses' },
    { expr: '(d - 1)/4', rule: 'algebra', why: 'the k = d/2 margin of point 2' },
    { expr: '(1 + 2*g)/4', rule: 'substitute', subs: { d: '2 + 2*g' }, why: 'd even, d ≥ 2: d = 2 + 2g with g ≥ 0' },
    { expr: '0', rule: 'ge', assume: ['g >= 0'], why: 'point 2 stays correct, so the count is 1 + d/2' },
  ],
  twins: [
    { id: 'count-d-over-2', description: 'the count d/2 (point 1 claimed correct one step earlier)', at: 5, step: { expr: '0', rule: 'ge' } },
    { id: 'gram-sign', description: 'z_1ᵀz_2 = +1 instead of −1', at: 2, step: { expr: '(2*k + 1 + d)/(4*d)' } },
    { id: 'first-step-weight-1', description: 'a first step of weight 1: û_1 = (z_1 + z_2)/2', at: 11, step: { expr: '(4*d - 2 - 2*k)/4' } },
  ],
});
