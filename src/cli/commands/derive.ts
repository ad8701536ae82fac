/**
 * `gdcheck derive [file or id] [--json] [--twins]`: checks derivations step by step and prints each
 * step with ✓ (proved symbolically and numerically), ✗ (broken: rule and witness), ? (unproven or
 * undecided) or · (given). The target is a derivation id (`paper/name`, or `paper/name~twin` for a
 * broken twin), a paper id, or a file under proofs/; none means every derivation.
 * Exit codes: 0 every derivation verified (and, with --twins, every twin broken at its step),
 * 1 a derivation broken or not verified, 2 bad input.
 */
import { sourceText } from '../../report/source.ts';
import { existsSync } from 'node:fs';
import { checkUserFile } from '../../core/userFile.ts';
import { Option, type Command } from 'commander';
import type { AddCommand } from '../extensions.ts';
import { join } from 'node:path';
import { resolveTargets, ROOT, UserError, type LoadError } from '../../core/registry.ts';
import { loadProject } from '../../core/config.ts';
import { errorRows } from '../main.ts';
import { showLoadError } from '../../core/loadError.ts';
import type { Claim } from '../../core/claim.ts';
import { ruleOption, defaultSeed } from '../options.ts';
import { RUN_OPTIONS } from '../../core/runOptions.ts';
import { isDerivationClaim, matchesDeclared, summarize, type DerivationClaim } from '../../symbolic/claim.ts';
import { applyTwin, checkDerivation, type Derivation, type Step, type StepResult } from '../../symbolic/derivation.ts';

interface DeriveOpts { json?: boolean; twins?: boolean; seed?: number; digits: number; budget: number }

const MARK: Record<StepResult['status'], string> = { given: '·', proved: '✓', unproven: '?', inconclusive: '?', broken: '✗' };

/**
 * The derivations to check: [derivation, is it a twin]. Targets are files, folders, derivation ids,
 * paper ids or id~twin (resolveTargets finds them; none: the config's folders, else the registry).
 * Files that fail to load are returned as errors; claims that are not derivations are skipped.
 */
async function targets(names: string[]): Promise<{ list: { d: Derivation; twin: boolean }[]; errors: LoadError[] }> {
  const twins = names.filter((n) => n.includes('~') && !existsSync(n));
  const plain = names.filter((n) => !twins.includes(n));
  const list: { d: Derivation; twin: boolean }[] = [];
  const errors: LoadError[] = [];
  const derivations = (cs: readonly Claim[]) => cs.filter(isDerivationClaim);
  // derive takes files, not folders: each named file must be a regular file of bounded size.
  for (const n of plain) if (existsSync(n)) checkUserFile(n);
  if (plain.length > 0 || twins.length === 0) {
    // With no names and no config, the registry's derivations are its proofs/ folder.
    const t = await resolveTargets(plain.length === 0 && !(await loadProject()).configFile ? [join(ROOT, 'proofs')] : plain);
    errors.push(...t.errors);
    const ds = derivations(t.claims);
    // Nothing loaded but errors: the first one is the answer, one line (exit 2).
    if (ds.length === 0 && t.errors.length > 0 && twins.length === 0) throw new UserError(showLoadError(t.errors[0]!) + (t.errors.length > 1 ? ` (and ${t.errors.length - 1} more file(s) failed to load)` : ''));
    if (ds.length === 0 && t.errors.length === 0) throw new UserError(`no derivation in ${plain.length ? plain.join(', ') : t.sources.join(', ')} (a derivation file default-exports derivationClaim({...}))`);
    list.push(...ds.map((c) => ({ d: c.derivation, twin: false })));
  }
  for (const name of twins) {
    const [id, twinId] = name.split('~') as [string, string];
    const t = await resolveTargets([id]);
    errors.push(...t.errors.filter((e) => !errors.some((x) => x.file === e.file)));
    const c = derivations(t.claims).find((x) => x.id === id);
    const tw = c?.derivation.twins.find((x) => x.id === twinId);
    if (!c || !tw) throw new UserError(`derivation '${id}' has no twin '${twinId}'${c ? ` (twins: ${c.derivation.twins.map((x) => x.id).join(', ')})` : ''}`);
    list.push({ d: applyTwin(c.derivation, tw), twin: true });
  }
  return { list, errors };
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
  const out = [`  ${String(r.n).padStart(2)} ${MARK[r.status]} ${ruleText(s)}${s.uses?.length ? ` [uses ${s.uses.join(', ')}]` : ''}${s.why ? `: ${s.why}` : ''}`, `       ${s.expr}`, `       parsed: ${r.parsed}`];
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
    .description('check derivations step by step (all, or the given files, folders, derivation ids, paper ids or id~twin)')
    .argument('[targets...]', 'files, folders, derivation ids, paper ids, id~twin')
    .option('--json', 'print JSON')
    .option('--twins', 'also check every broken twin: each must be broken at its step')
    .addOption(new Option('--seed <n>', 'random seed (default: $CHECK_SEED or 20261122)').argParser(ruleOption('--seed', RUN_OPTIONS.seed)))
    .addOption(new Option('--digits <n>', 'significant digits of the numeric checks').argParser(ruleOption('--digits', RUN_OPTIONS.digits)).default(50))
    .addOption(new Option('--budget <x>', 'multiplier for the number of random points').argParser(ruleOption('--budget', RUN_OPTIONS.deriveBudget)).default(1))
    .action(async (names: string[], o: DeriveOpts) => {
      const seed = o.seed ?? defaultSeed();
      const opts = { seed, digits: o.digits, pointsPerStep: Math.max(2, Math.round(8 * o.budget)) };
      const { list, errors } = await targets(names);
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
        text.push(`  [${sourceText(d.source, d.provenance)}]`);
        const sizes = Object.entries(d.sizes).map(([k, v]) => `${k} = ${v}`).join(', ');
        text.push(`  [${sizes ? `sizes ${sizes}; ` : ''}assumptions: ${d.assume.join(', ') || 'none'}${d.models?.length ? `; numeric models: ${d.models.map((m) => m.name).join(', ')}` : ''}]`);
        const ss = steps(d, rs);
        rs.forEach((r, k) => text.push(...stepBlock(ss[k]!, r)));
        const declared = d.expected === 'refuted' ? ` (expected refuted at step ${d.brokenAt})` : '';
        text.push(`  ${asExpected ? '✓' : '✗'} ${sum.verdict}${declared}: ${sum.reason}`);
        for (const t of twinRows ?? []) text.push(`  twin ${t.id}: ${t.caught ? '✓' : '✗'} ${t.brokenStep === null ? 'not broken' : `broken at step ${t.brokenStep}`} (expected step ${t.expectedStep}): ${t.description}`);
        text.push('');
      }
      if (o.json) io.write(JSON.stringify({ seed, digits: o.digits, derivations: json, errors }, null, 2));
      else {
        if (errors.length) text.push(errorRows(errors), '');
        io.write(text.join('\n').trimEnd() + `\n\n${list.length} derivation(s) checked${errors.length ? `; ${errors.length} file(s) failed to load` : ''} (seed ${seed}, digits ${o.digits})`);
      }
      io.setExit(errors.length ? 2 : ok ? 0 : 1);
    });
};

export default add;
