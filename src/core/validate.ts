/**
 * Shape checks for what a claim file passes to a builder (propertyClaim, casesClaim, rateClaim,
 * complexityClaim, derivationClaim, defineClaim). A claim file is user input: a missing field, a
 * wrong type or an unknown provenance is a UserError that names the field, raised when the file is
 * loaded (so it becomes that file's error row), never a TypeError deep in a run or "undefined" in a
 * report.
 */
import { UserError } from './errors.ts';
import { noteDefinition } from './definedIn.ts';
import { comparisonProblem } from './compare.ts';
import { accessorProblem, isObject, unknownKeyProblem } from './shape.ts';

export { isObject, unknownKeyProblem } from './shape.ts';

const PROVENANCES = ['read', 'secondary', 'reconstructed'] as const;
const EXPECTED = ['holds', 'refuted', 'inconclusive'] as const;
/** paper/name: no blanks and no '~' (it separates a claim from its mutant in replay ids). */
const CLAIM_ID = /^[^\s~/]{1,80}\/[^\s~]{1,120}$/;
const MUTANT_ID = /^[^\s~]{1,80}$/;

export interface MetaRules {
  /** Name of the list of broken variants ('mutants', or 'twins' for a derivation). */
  list: 'mutants' | 'twins';
  /** The list may be absent (a builder that adds its own default mutant). */
  listOptional?: boolean;
  /** Fields that must be functions. */
  functions?: readonly string[];
  /** Fields that may be absent but must be functions when given. */
  optionalFunctions?: readonly string[];
  /** The claim compares measured with claimed: 'relation' and 'tolerance' must be valid (and a mutant's, when it overrides them). */
  comparison?: boolean;
  /** The builder's own keys besides the shared metadata (META_KEYS): any other key is refused (a misspelt key is otherwise silently ignored). */
  keys?: readonly string[];
  /** The keys a mutant (or twin) may have besides id and description. */
  mutantKeys?: readonly string[];
}

/** The metadata keys every claim spec may have (ClaimMeta). */
export const META_KEYS = ['id', 'title', 'statement', 'source', 'provenance', 'kind', 'expected', 'open'] as const;
const SOURCE_KEYS = ['arxiv', 'version', 'where', 'catalogue'];



const shown = (x: unknown): string => (x === undefined ? 'nothing' : typeof x === 'string' ? `'${x.slice(0, 40)}'` : Array.isArray(x) ? 'an array' : x === null ? 'null' : typeof x);

/**
 * Checks the metadata every claim shares (id, title, statement, source, provenance, expected) and
 * the list of mutants or twins (each an object with a unique id and a description).
 * @throws UserError naming the builder, the claim id (when readable) and the first bad field.
 */
export function checkClaimSpec(builder: string, spec: unknown, rules: MetaRules): void {
  if (!isObject(spec)) throw new UserError(`${builder}: expects an object describing the claim, got ${shown(spec)}`);
  const id = spec.id;
  if (typeof id !== 'string' || !CLAIM_ID.test(id)) throw new UserError(`${builder}: id must look like 'paper/name' (no blanks, no '~'), got ${shown(id)}`);
  noteDefinition(id); // the file calling the builder, for replay lines printed outside the command line (claimTest)
  const bad = (m: string): never => { throw new UserError(`${id}: ${m}`); };
  const fail = (p: string | undefined): void => { if (p) bad(p); };
  // Checked here and read again when the claim runs: only plain data reads the same both times.
  fail(accessorProblem('the spec', spec, [...META_KEYS, ...(rules.keys ?? []), rules.list]));
  if (rules.keys) fail(unknownKeyProblem(`the ${builder} spec`, spec, [...META_KEYS, ...rules.keys, rules.list]));
  for (const k of ['title', 'statement'] as const) if (typeof spec[k] !== 'string' || spec[k] === '') bad(`'${k}' must be a non-empty string, got ${shown(spec[k])}`);
  const src = spec.source;
  if (!isObject(src)) bad(`'source' must be an object like { arxiv: '2412.08424', where: 'Theorem 3.3', catalogue: '…' }, got ${shown(src)}`);
  const s = src as Record<string, unknown>;
  if (typeof s.where !== 'string' || s.where === '') bad(`'source.where' must say where in the paper (e.g. 'Theorem 3.3'), got ${shown(s.where)}`);
  fail(accessorProblem("'source'", s));
  fail(unknownKeyProblem("'source'", s, SOURCE_KEYS));
  for (const k of ['arxiv', 'version', 'catalogue']) if (s[k] !== undefined && typeof s[k] !== 'string') bad(`'source.${k}' must be a string, got ${shown(s[k])}`);
  if (!(PROVENANCES as readonly unknown[]).includes(spec.provenance)) bad(`'provenance' must be one of ${PROVENANCES.join(', ')} (how the statement was obtained), got ${shown(spec.provenance)}`);
  if (spec.expected !== undefined && !(EXPECTED as readonly unknown[]).includes(spec.expected)) bad(`'expected' must be one of ${EXPECTED.join(', ')}, got ${shown(spec.expected)}`);
  for (const f of rules.functions ?? []) if (typeof spec[f] !== 'function') bad(`'${f}' must be a function, got ${shown(spec[f])}`);
  for (const f of rules.optionalFunctions ?? []) if (spec[f] !== undefined && typeof spec[f] !== 'function') bad(`'${f}' must be a function, got ${shown(spec[f])}`);
  if (rules.comparison) {
    if (isObject(spec.tolerance)) fail(accessorProblem("'tolerance'", spec.tolerance));
    const p = comparisonProblem(spec.relation, spec.tolerance); if (p) bad(p);
  }
  const list = spec[rules.list];
  if (list === undefined && rules.listOptional) return;
  if (!Array.isArray(list)) bad(`'${rules.list}' must be an array (each broken variant the checker must refute; [] for none), got ${shown(list)}`);
  const seen = new Set<string>();
  (list as unknown[]).forEach((m, k) => {
    if (!isObject(m)) bad(`${rules.list}[${k}] must be an object, got ${shown(m)}`);
    fail(accessorProblem(`${rules.list}[${k}]`, m as object, ['id', 'description', ...(rules.mutantKeys ?? [])]));
    const mid = (m as Record<string, unknown>).id;
    if (typeof mid !== 'string' || !MUTANT_ID.test(mid)) bad(`${rules.list}[${k}].id must be a short name without blanks or '~', got ${shown(mid)}`);
    if (seen.has(mid as string)) bad(`${rules.list}[${k}].id '${mid as string}' is used twice`);
    seen.add(mid as string);
    if (typeof (m as Record<string, unknown>).description !== 'string') bad(`${rules.list}[${k}] ('${mid as string}') needs a 'description' string`);
    const mm = m as Record<string, unknown>;
    if (rules.mutantKeys) fail(unknownKeyProblem(`${rules.list}[${k}] ('${mid as string}')`, mm, ['id', 'description', ...rules.mutantKeys]));
    if (rules.comparison && isObject(mm.tolerance)) fail(accessorProblem(`${rules.list}[${k}].tolerance`, mm.tolerance));
    if (rules.comparison && (mm.relation !== undefined || mm.tolerance !== undefined)) {
      const p = comparisonProblem(mm.relation ?? spec.relation, mm.tolerance ?? spec.tolerance, `${rules.list}[${k}].`);
      if (p) bad(p);
    }
  });
}
