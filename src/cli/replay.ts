/**
 * `gdcheck replay <claim[~mutant]> --seed N --path P`: the id and the path are checked against the
 * claim before anything runs, so a path past the last case, a fast-check path that would draw 10^8
 * instances first, or a path a claim cannot use is one line and exit 2, never a hang or a verdict.
 */
import { UserError, findClaim } from '../core/registry.ts';
import type { Claim, Mutant } from '../core/claim.ts';

export { checkReplayPath } from '../core/replayPath.ts';

/**
 * The claim part of a replay id, checked for form before any file is loaded: `a~b~c`, an empty part
 * or blank text is a UserError (an empty claim part must not become "every file in this folder").
 */
export function replayClaimId(id: string): string {
  const parts = id.split('~');
  if (parts.length > 2 || parts.some((p) => p.trim() === '')) throw new UserError(`replay takes <claim> or <claim>~<mutant>, got '${id.slice(0, 80)}'`);
  // A claim id, never a folder: '.' or '/' would load (and run) every script under it.
  if (!/^[^\s~/]+\/[^\s~]+$/.test(parts[0]!) || /\.([mc]?[jt]s)$/.test(parts[0]!)) throw new UserError(`replay takes a claim id like 'paper/name', got '${id.slice(0, 80)}'`);
  return parts[0]!;
}

/** The claim or mutant that `id` names; `a~b~c` and an empty part are errors, not silently cut. */
export function replayTarget(claims: readonly Claim[], id: string): { claim: Claim; mutant?: Mutant; id: string } {
  replayClaimId(id);
  const { claim, mutant } = findClaim(claims, id);
  const m = mutant === undefined ? undefined : claim.mutants.find((x) => x.id === mutant)!;
  return { claim, mutant: m, id: m ? `${claim.id}~${m.id}` : claim.id };
}
