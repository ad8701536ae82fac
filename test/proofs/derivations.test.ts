import { describe, expect, it, vi, afterEach } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runWithMutants, claimById, testContext, runCli } from '../helpers.ts';
import { applyTwin, checkDerivation } from '../../src/symbolic/derivation.ts';
import { isDerivationClaim } from '../../src/symbolic/claim.ts';

const IDS = ['tyurin2025/sigmoid-limit', 'tyurin2025/logistic-gradient', 'tyurin2024/linear-rescaling', 'tyurin2025/two-layer-homogeneous', 'tyurin2025/degree-k-rescaling', 'tyurin2025/scaled-pair-linear-count'];

const cli = runCli;

afterEach(() => vi.restoreAllMocks());

describe.each(IDS)('%s', (id) => {
  it('is verified and every broken twin (mutant) is refuted', async () => {
    const { claim, outcome, mutants } = await runWithMutants(id);
    expect(claim.kind).toBe('identity');
    expect(outcome.verdict, outcome.reason).toBe('verified');
    expect(outcome.instances).toBeGreaterThan(0);
    expect(claim.mutants.length).toBeGreaterThan(0);
    for (const [m, o] of Object.entries(mutants)) expect(o.verdict, `${m}: ${o.reason}`).toBe('refuted');
  });

  it('reports each twin broken at exactly its step, with a witness', async () => {
    const claim = await claimById(id);
    if (!isDerivationClaim(claim)) throw new Error('not a derivation');
    const ctx = testContext();
    for (const t of claim.derivation.twins) {
      const rs = checkDerivation(applyTwin(claim.derivation, t), { seed: ctx.seed, digits: ctx.digits, stopAtBroken: true });
      const broken = rs.filter((r) => r.status === 'broken');
      expect(broken.map((r) => r.n), t.id).toEqual([t.at]);
      expect(rs.slice(0, -1).every((r) => r.status === 'given' || r.status === 'proved'), t.id).toBe(true);
      expect(broken[0]!.witness!.expected).not.toBe(broken[0]!.witness!.got);
    }
  });
});

describe('gdcheck derive', () => {
  it('checks every derivation: all ✓, exit 0', async () => {
    const r = await cli(['derive']);
    expect(r.code, r.out + r.err).toBe(0);
    for (const id of IDS) expect(r.out).toContain(`${id}: `);
    expect(r.out).not.toContain('✗');
    expect(r.out).toMatch(new RegExp(`${IDS.length} derivation\\(s\\) checked`));
  });

  it('prints a broken twin by step number, rule and witness, exit 1', async () => {
    const r = await cli(['derive', 'tyurin2024/linear-rescaling~gamma-squared']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/ {3}4 ✗ substitute v\[r\] → gamma\*u\[r\]/);
    expect(r.out).toMatch(/✗ step 4 broken: rule 'substitute'/);
    expect(r.out).toMatch(/witness: .*gamma=/);
    expect(r.out).toMatch(/✗ refuted: step 4 broken/);
  });

  it('--twins checks every twin at its step; --json gives the steps', async () => {
    const t = await cli(['derive', 'tyurin2025/degree-k-rescaling', '--twins']);
    expect(t.code, t.out).toBe(0);
    expect(t.out).toMatch(/twin clean-limit: ✓ broken at step 7 \(expected step 7\)/);
    const byFile = await cli(['derive', fileURLToPath(new URL('../../proofs/tyurin2025/sigmoid-limit.ts', import.meta.url))]);
    expect(byFile.code, byFile.out).toBe(0);
    expect(byFile.out).toMatch(/ {2}✓ verified: all 6 steps proved/);
    const j = await cli(['derive', 'tyurin2025/sigmoid-limit', '--json']);
    const parsed = JSON.parse(j.out) as { derivations: { id: string; verdict: string; steps: { n: number; status: string }[] }[] };
    expect(parsed.derivations[0]!.verdict).toBe('verified');
    expect(parsed.derivations[0]!.steps.map((s) => s.status)).toContain('proved');
  });

  it('rejects bad input in one line with exit 2', async () => {
    const unknown = await cli(['derive', 'tyurin2025/nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.err.trim().split('\n')).toHaveLength(1);
    expect(unknown.err).toMatch(/unknown claim or paper id 'tyurin2025\/nope'/);
    const file = fileURLToPath(new URL('./fixtures/bad-expression.ts', import.meta.url));
    const bad = await cli(['derive', file]);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect(bad.err).toMatch(/step 2: function 'import' is not allowed/);
    const twin = await cli(['derive', 'tyurin2025/sigmoid-limit~nope']);
    expect(twin.code).toBe(2);
    expect(twin.err).toMatch(/has no twin 'nope'/);
  });
});
