/**
 * `gdcheck derive [file or id] [--json] [--twins]`: checks derivations step by step and prints each
 * step with ✓ (proved symbolically and numerically), ✗ (broken: rule and witness), ? (unproven or
 * undecided) or · (given). The target is a derivation id (`paper/name`, or `paper/name~twin` for a
 * broken twin), a paper id, or a file under proofs/; none means every derivation.
 * Exit codes: 0 every derivation verified (and, with --twins, every twin broken at its step),
 * 1 a derivation broken or not verified, 2 bad input.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { importUserFile } from '../../core/userFile.ts';
import { MAX_CHECK_DIGITS } from '../../numeric/highPrecision.ts';
import { Option, type Command } from 'commander';
import type { AddCommand } from '../extensions.ts';
import { ROOT, UserError } from '../../core/registry.ts';
import type { Claim } from '../../core/claim.ts';
import { intOption, numberOption, defaultSeed } from '../options.ts';
import { isDerivationClaim, matchesDeclared, summarize, type DerivationClaim } from '../../symbolic/claim.ts';
import { applyTwin, checkDerivation, type Derivation, type Step, type StepResult } from '../../symbolic/derivation.ts';

interface DeriveOpts { json?: boolean; twins?: boolean; seed?: number; digits: number; budget: number }

const MARK: Record<StepResult['status'], string> = { given: '·', proved: '✓', unproven: '?', inconclusive: '?', broken: '✗' };

async function fromFile(path: string): Promise<DerivationClaim[]> {
  const mod = await importUserFile(path);
  const list = (Array.isArray(mod.default) ? mod.default : [mod.default]) as Claim[];
  const out = list.filter((c) => c && typeof c === 'object' && isDerivationClaim(c)) as DerivationClaim[];
  if (out.length === 0) throw new UserError(`${path}: default export is not a derivation (use derivationClaim)`);
  return out;
}

/** Every derivation under proofs/ (only there: a claim file in progress elsewhere cannot stop derive). */
async function proofClaims(dir = join(ROOT, 'proofs')): Promise<DerivationClaim[]> {
  let names: string[];
  try { names = readdirSync(dir).sort(); } catch { return []; }
  const out: DerivationClaim[] = [];
  for (const name of names) {
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...(await proofClaims(full)));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(...(await fromFile(full)));
  }
  return out;
}

/** The derivations to check: [derivation, is it a twin]. */
async function targets(target: string | undefined): Promise<{ d: Derivation; twin: boolean }[]> {
  if (target && (target.endsWith('.ts') || existsSync(target))) return (await fromFile(target)).map((c) => ({ d: c.derivation, twin: false }));
  const all = await proofClaims();
  if (!target) return all.map((c) => ({ d: c.derivation, twin: false }));
  const [id, twinId] = target.split('~');
  const hits = all.filter((c) => c.id === id || c.paper === id);
  if (hits.length === 0) throw new UserError(`unknown derivation or paper id '${id}' (derivations: ${all.map((c) => c.id).join(', ')})`);
  if (twinId === undefined) return hits.map((c) => ({ d: c.derivation, twin: false }));
  const c = hits.find((x) => x.id === id);
  const t = c?.derivation.twins.find((x) => x.id === twinId);
  if (!c || !t) throw new UserError(`derivation '${id}' has no twin '${twinId}'${c ? ` (twins: ${c.derivation.twins.map((x) => x.id).join(', ')})` : ''}`);
  return [{ d: applyTwin(c.derivation, t), twin: true }];
}

function ruleText(s: Step): string {
  switch (s.rule) {
    case 'derivative': return `derivative wrt ${s.wrt}`;
    case 'substitute': return `substitute ${Object.entries(s.subs ?? {}).map(([k, v]) => `${k} → ${v}`).join(', ')}`;
    case 'into': return `into ${s.template}`;
    case 'limit': return `limit ${s.limit} → ∞${s.assume?.length ? ` (${s.assume.join(', ')})` : ''}`;
    case 'le': return 'inequality: previous ≤ this';
    case 'ge': return 'inequality: previous ≥ this';
    default: return s.assume?.length ? `${s.rule} (${s.assume.join(', ')})` : s.rule;
  }
}

function stepBlock(s: Step, r: StepResult): string[] {
  const out = [`  ${String(r.n).padStart(2)} ${MARK[r.status]} ${ruleText(s)}${s.uses?.length ? ` [uses ${s.uses.join(', ')}]` : ''}: ${s.why}`, `       ${s.expr}`, `       parsed: ${r.parsed}`];
  if (r.status === 'broken' && r.witness) {
    const w = r.witness;
    const [a, b] = s.rule === 'limit' ? [`the limit of the previous step as ${s.limit} → ∞ (limit algebra)`, 'the claimed limit'] : ['the previous step (by the rule)', 'this step'];
    out.push(`       ✗ step ${r.n} broken: ${r.reason}`);
    out.push(`         witness: ${w.point || '(no variables: the step is a constant)'}`);
    out.push(`         ${a} gives ${w.expected}, ${b} gives ${w.got} (gap ${w.gap}; ${w.verifiedWith})`);
  } else if (r.status === 'unproven' || r.status === 'inconclusive') {
    out.push(`       ? ${r.reason}`);
  } else if (r.status === 'proved' && r.reason.includes('(numeric: ')) {
    out.push(`       ✓ ${r.reason}`); // how the numbers supported it (a slow limit: where they were sampled)
  }
  return out;
}

function steps(d: Derivation, rs: StepResult[]): Step[] { return rs.map((r) => d.steps[r.n - 1]!); }

const add: AddCommand = (program: Command, io) => {
  program.command('derive')
    .description('check derivations step by step (all, or a derivation id, paper id, id~twin, or a file under proofs/)')
    .argument('[target]', 'derivation id, paper id, id~twin, or file')
    .option('--json', 'print JSON')
    .option('--twins', 'also check every broken twin: each must be broken at its step')
    .addOption(new Option('--seed <n>', 'random seed (default: $CHECK_SEED or 20261122)').argParser(intOption('--seed', -(2 ** 31), 2 ** 31 - 1)))
    .addOption(new Option('--digits <n>', 'significant digits of the numeric checks').argParser(intOption('--digits', 20, MAX_CHECK_DIGITS)).default(50))
    .addOption(new Option('--budget <x>', 'multiplier for the number of random points').argParser(numberOption('--budget', 0.01, 100)).default(1))
    .action(async (target: string | undefined, o: DeriveOpts) => {
      const seed = o.seed ?? defaultSeed();
      const opts = { seed, digits: o.digits, pointsPerStep: Math.max(2, Math.round(8 * o.budget)) };
      const list = await targets(target);
      let ok = true;
      const json: object[] = [];
      const text: string[] = [];
      for (const { d, twin } of list) {
        const rs = checkDerivation(d, opts);
        const sum = summarize(rs, o.digits, d.brokenAt);
        const asExpected = matchesDeclared(d, sum);
        if (!asExpected) ok = false;
        const twinRows = o.twins && !twin ? d.twins.map((t) => {
          const trs = checkDerivation(applyTwin(d, t), { ...opts, stopAtBroken: true });
          const b = trs.find((r) => r.status === 'broken');
          const caught = b?.n === t.at;
          if (!caught) ok = false;
          return { id: t.id, description: t.description, expectedStep: t.at, brokenStep: b?.n ?? null, caught, witness: b?.witness ?? null };
        }) : undefined;
        if (o.json) { json.push({ id: d.id, title: d.title, provenance: d.provenance, source: d.source, expected: d.expected ?? 'holds', brokenAt: d.brokenAt ?? null, verdict: sum.verdict, asExpected, reason: sum.reason, steps: rs, twins: twinRows ?? [] }); continue; }
        text.push(`${d.id}: ${d.title}`);
        text.push(`  [${d.source.catalogue}; provenance ${d.provenance}; ${d.source.arxiv} ${d.source.where}]`);
        const sizes = Object.entries(d.sizes).map(([k, v]) => `${k} = ${v}`).join(', ');
        text.push(`  [${sizes ? `sizes ${sizes}; ` : ''}assumptions: ${d.assume.join(', ') || 'none'}${d.models?.length ? `; numeric models: ${d.models.map((m) => m.name).join(', ')}` : ''}]`);
        const ss = steps(d, rs);
        rs.forEach((r, k) => text.push(...stepBlock(ss[k]!, r)));
        const declared = d.expected === 'refuted' ? ` (expected refuted at step ${d.brokenAt})` : '';
        text.push(`  ${asExpected ? '✓' : '✗'} ${sum.verdict}${declared}: ${sum.reason}`);
        for (const t of twinRows ?? []) text.push(`  twin ${t.id}: ${t.caught ? '✓' : '✗'} ${t.brokenStep === null ? 'not broken' : `broken at step ${t.brokenStep}`} (expected step ${t.expectedStep}): ${t.description}`);
        text.push('');
      }
      if (o.json) io.write(JSON.stringify({ seed, digits: o.digits, derivations: json }, null, 2));
      else io.write(text.join('\n').trimEnd() + `\n\n${list.length} derivation(s) checked (seed ${seed}, digits ${o.digits})`);
      io.setExit(ok ? 0 : 1);
    });
};

export default add;
