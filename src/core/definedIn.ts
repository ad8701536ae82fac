/**
 * Where each claim was defined: the file whose code called the claim's builder, by claim id, read
 * from the call stack when the builder runs. The command line knows the file it loaded a claim from;
 * a claim imported by a researcher's own test (gdcheck/vitest's claimTest) does not, and its replay
 * line needs `--file` when the file is outside the config's folders and the registry.
 */
import { fileURLToPath } from 'node:url';
import { join, sep } from 'node:path';
import { PACKAGE_ROOT } from './packageRoot.ts';

/** gdcheck's own code (src/ in a checkout, dist/ in the installed package): frames there are the builder's. */
const OWN = ['src', 'dist'].map((d) => join(PACKAGE_ROOT, d) + sep);

const sites = new Map<string, string>();

/**
 * The absolute path of a stack frame's file (file URL or path; Node, tsx and vitest frames), or
 * undefined. The location is what the parentheses hold (`at f (/a b/c.ts:1:2)`), or the rest of the
 * frame without them (`at /a b/c.ts:1:2`): a path may contain spaces, so no pattern may stop at one.
 */
export function frameFile(frame: string): string | undefined {
  const t = frame.trim().replace(/^at\s+/, '');
  const open = t.indexOf(' (');
  const loc = t.endsWith(')') && open >= 0 ? t.slice(open + 2, -1) : t;
  const m = /^(file:\/\/.+?|\/.+?|[A-Za-z]:\\.+?)(?:\?[^:]*)?:\d+:\d+$/.exec(loc);
  if (!m) return undefined;
  try { return m[1]!.startsWith('file:') ? fileURLToPath(m[1]!) : m[1]!; } catch { return undefined; }
}

/** Records the caller of the builder that is running as the file defining claim `id` (first definition wins). */
export function noteDefinition(id: string): void {
  if (sites.has(id)) return;
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  for (const f of frames) {
    const file = frameFile(f);
    if (file === undefined || OWN.some((o) => file.startsWith(o)) || file.includes(`${sep}node_modules${sep}`)) continue;
    sites.set(id, file);
    return;
  }
}

/** The absolute path of the file that defined claim (or mutant, `claim~mutant`) `id`, when known. */
export function definedIn(id: string): string | undefined {
  return sites.get(id.split('~')[0]!);
}
