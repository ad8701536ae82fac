/**
 * Claim discovery: every file under properties/ and proofs/ whose name does not start with '_'
 * exports a claim (or an array of claims) as its default export. No hand registry to keep in sync.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isClaim, type Claim } from './claim.ts';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
export const CLAIM_DIRS = ['properties', 'proofs'];

export class UserError extends Error {}

function claimFiles(dir: string): string[] {
  let names: string[];
  try { names = readdirSync(dir); } catch { return []; }
  const out: string[] = [];
  for (const name of names.sort()) {
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...claimFiles(full));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

export async function loadClaims(root = ROOT): Promise<Claim[]> {
  const claims: Claim[] = [];
  const seen = new Map<string, string>();
  for (const dir of CLAIM_DIRS) {
    for (const file of claimFiles(join(root, dir))) {
      const rel = relative(root, file);
      let mod: { default?: unknown };
      try {
        mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
      } catch (e) {
        throw new UserError(`${rel}: cannot load the claim file: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
      }
      const exported = Array.isArray(mod.default) ? mod.default : [mod.default];
      for (const c of exported) {
        if (!isClaim(c)) throw new UserError(`${rel}: default export is not a claim (use propertyClaim, casesClaim or defineClaim)`);
        if (c.expected === 'inconclusive' && !c.open) throw new UserError(`${rel}: claim '${c.id}' expects 'inconclusive' but does not say why in 'open'`);
        const prev = seen.get(c.id);
        if (prev) throw new UserError(`claim id '${c.id}' is defined twice: ${prev} and ${rel}`);
        seen.set(c.id, rel);
        claims.push(c);
      }
    }
  }
  return claims;
}

/** Claims matching the given ids or paper ids (all claims when none given). Unknown names are an error. */
export function select(claims: readonly Claim[], names: readonly string[]): Claim[] {
  if (names.length === 0) return [...claims];
  const picked = new Set<Claim>();
  for (const name of names) {
    const hits = claims.filter((c) => c.id === name || c.paper === name);
    if (hits.length === 0) {
      const papers = [...new Set(claims.map((c) => c.paper))].join(', ');
      throw new UserError(`unknown claim or paper id '${name}' (papers: ${papers}; see 'gdcheck list')`);
    }
    hits.forEach((c) => picked.add(c));
  }
  return claims.filter((c) => picked.has(c));
}

export function findClaim(claims: readonly Claim[], id: string): { claim: Claim; mutant?: string } {
  const [cid, mid] = id.split('~');
  const claim = claims.find((c) => c.id === cid);
  if (!claim) throw new UserError(`unknown claim id '${cid}' (see 'gdcheck list')`);
  if (mid !== undefined && !claim.mutants.some((m) => m.id === mid)) throw new UserError(`claim '${cid}' has no mutant '${mid}' (mutants: ${claim.mutants.map((m) => m.id).join(', ')})`);
  return { claim, mutant: mid };
}
