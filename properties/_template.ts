/**
 * <CATALOGUE-ID>. <Author>, arXiv <id>, <Theorem N / section>. Provenance: <read | secondary | reconstructed>.
 *
 *   <The statement in words, then as a formula.>
 *   (A reconstruction says which claim of the paper it stands in for, and that it is not the paper's text.)
 *
 * How it is checked: <instances, measure, precision>. Mutant(s): <what is wrong with each>.
 *
 * Copy this file to properties/<paper-id>/<claim-id>.ts; files starting with '_' are not loaded.
 */
import fc from 'fast-check';
import { propertyClaim } from 'gdcheck';

interface Instance { x: number }

export default propertyClaim<Instance>({
  id: 'paper/claim-id',
  title: 'one line',
  statement: 'words and formula',
  source: { arxiv: '0000.00000', where: 'Theorem 1', catalogue: 'ID [TAG]' },
  provenance: 'reconstructed',
  kind: 'upper',
  expected: 'holds',
  instances: fc.integer({ min: 1, max: 100 }).map((x) => ({ x })),
  measure: ({ x }) => ({ measured: x, claimed: 100 }),
  relation: 'le',
  tolerance: { abs: 0, reason: 'exact integers' },
  show: ({ x }) => `x=${x}`,
  precision: { search: 'exact', verify: 'exact' },
  mutants: [{ id: 'wrong-constant', description: 'bound 50 instead of 100', measure: ({ x }) => ({ measured: x, claimed: 50 }) }],
});
