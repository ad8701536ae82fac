/**
 * Whether a replay path fits a claim (or mutant) under a run context: the check `gdcheck replay`
 * makes before it runs (src/cli/replay.ts), and the counterexample database before it replays a
 * saved {seed, path} (src/db/replay.ts, core/property.ts). A path past the last case, a fast-check
 * path that would draw 10^8 instances first, or one a claim cannot use is a UserError, never a hang.
 */
import { UserError } from './errors.ts';
import type { ReplayPaths, RunContext } from './claim.ts';

/** Longest fast-check path accepted: each entry past the first is one shrink step. */
const MAX_DEPTH = 10_000;
const MAX_SHRINK_INDEX = 1_000_000;

const DEFAULT: ReplayPaths = { kind: 'whole', paths: ['0'], why: 'this claim is deterministic in its seed and decided as a whole: replay re-runs the whole check' };

/** Whether `path` has the form of a replay path ('3:1:0', or 's:100:57:0' for the search): digits and colons, at most 200000 characters. */
export function isReplayPathSyntax(path: string): boolean {
  return path.length <= 200_000 && /^(s:)?\d+(:\d+)*$/.test(path);
}

/**
 * Checks `path` against what the claim (or mutant) can replay under `ctx`. Returns a note for the
 * output when the path names no single instance ('whole' claims), else undefined; throws a UserError.
 */
export function checkReplayPath(target: { replay?: (ctx: RunContext) => ReplayPaths }, id: string, path: string, ctx: RunContext): string | undefined {
  if (!isReplayPathSyntax(path)) throw new UserError(`--path must look like '3:1:0' (or 's:100:57:0' for the search), got '${path.slice(0, 60)}${path.length > 60 ? '…' : ''}'`);
  const search = path.startsWith('s:');
  const entries = (search ? path.slice(2) : path).split(':');
  const first = Number(entries[0]);
  const rule = target.replay?.(ctx) ?? DEFAULT;
  switch (rule.kind) {
    case 'fast-check': {
      // A search path s:<random draws>:<candidate>[:<shrink step>…] replays the draws first.
      if (search && entries.length < 2) throw new UserError(`--path ${path}: a search path is s:<random draws>:<candidate>[:<shrink step>…]`);
      if (search && first > rule.drawn) throw new UserError(`--path ${path}: ${id} draws at most ${rule.drawn} instances at --runs ${ctx.runs} --budget ${ctx.budget} before its search`);
      if (search && Number(entries[1]) >= MAX_SHRINK_INDEX) throw new UserError(`--path ${path}: candidate ${entries[1]} is beyond any search budget`);
      if (!search && first >= rule.drawn) throw new UserError(`--path ${entries[0]}…: ${id} draws at most ${rule.drawn} instances at --runs ${ctx.runs} --budget ${ctx.budget} (path entries start at 0)`);
      if (entries.length > MAX_DEPTH) throw new UserError(`--path has ${entries.length} entries; a shrink path has at most ${MAX_DEPTH}`);
      const big = entries.slice(1).find((e) => Number(e) >= MAX_SHRINK_INDEX);
      if (big !== undefined) throw new UserError(`--path entry ${big} is not a shrink step (each is below ${MAX_SHRINK_INDEX})`);
      return undefined;
    }
    case 'index': {
      if (search) throw new UserError(`--path for ${id} is one ${rule.what} index, got '${path.slice(0, 60)}'`);
      if (entries.length !== 1) throw new UserError(`--path for ${id} is one ${rule.what} index, got '${path.slice(0, 60)}'`);
      if (rule.count !== undefined && first >= rule.count) throw new UserError(`--path ${path}: ${id} has ${rule.count} ${rule.what}s (0 to ${rule.count - 1})`);
      return undefined;
    }
    case 'whole': {
      if (!rule.paths.includes(path)) {
        const shown = rule.paths.length > 12 ? `${rule.paths.slice(0, 12).join(', ')}, …` : rule.paths.join(', ');
        throw new UserError(`--path ${path.slice(0, 60)}: ${id} takes the path${rule.paths.length > 1 ? 's' : ''} ${shown} (${rule.why})`);
      }
      return rule.why;
    }
  }
}
