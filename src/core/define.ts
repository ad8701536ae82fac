/** For claims that are neither a property nor a case list (fits of rates and complexities): the run is theirs. */
import type { Claim, ClaimMeta, Mutant, Outcome, RunContext } from './claim.ts';
import { checkClaimSpec } from './validate.ts';

export interface ComputedSpec extends ClaimMeta {
  run(ctx: RunContext): Outcome | Promise<Outcome>;
  mutants: Mutant[];
  /** What a replay path means (see ReplayPaths); absent: the whole check, path '0'. */
  replay?: Claim['replay'];
}

export function defineClaim(spec: ComputedSpec): Claim {
  checkClaimSpec('defineClaim', spec, { list: 'mutants', functions: ['run'], keys: ['run', 'replay', 'matchesExpected'], mutantKeys: ['run', 'replay'] });
  return { ...spec, paper: spec.id.split('/')[0]! };
}
