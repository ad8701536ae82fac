/**
 * `npm run bench [-- --only W1,W3,E2E] [--repeat N] [--scaling] [--no-peer]`: runs each workload of
 * ../shared/bench/README.md in gdcheck and then its Python peer, checks that the results agree, and
 * prints the median time of each side and the ratio ours/peer (lower is better) against the target;
 * then the end-to-end rows: start-up, and check --mutants with --jobs 1 and 2.
 * Peers are looked up in $GDCHECK_PEERS or ../shared/bench/peers beside the repository.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Workload, WorkloadResult } from './workload.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const PEERS = resolve(process.env.GDCHECK_PEERS ?? join(HERE, '..', '..', 'shared', 'bench', 'peers'));
const FILES = ['w1-hp-logistic-gd.ts', 'w2-two-neuron.ts', 'w3-f64-logistic-sweep.ts', 'w4-exact-lower-bound.ts'];

function arg(name: string): string | undefined {
  const k = process.argv.indexOf(name);
  return k >= 0 ? process.argv[k + 1] : undefined;
}
const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };

function pythonReady(): boolean {
  const r = spawnSync('python3', ['-c', 'import numpy, mpmath'], { encoding: 'utf8' });
  return r.status === 0;
}

function runPeer(w: Workload): Record<string, unknown> {
  const env = { ...process.env };
  // A current numpy is slowed by these (see the bench README); unset for the peer run only.
  delete env.OPENBLAS_CORETYPE; delete env.OPENBLAS_L2_SIZE;
  const r = spawnSync('python3', [join(PEERS, w.peer.script), ...(w.peer.args ?? [])], { encoding: 'utf8', env, maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`peer ${w.peer.script} failed: ${(r.stderr || '').trim().split('\n').at(-1)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

const BIN = join(HERE, '..', 'bin', 'gdcheck.mjs');

/** Wall-clock seconds of one `gdcheck` process, and its stdout. */
interface Run { seconds: number; out: string; code: number | null }
function gdcheck(args: string[]): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { seconds: (performance.now() - t0) / 1000, out: r.stdout, code: r.status };
}

// Wall-clock fields, and durations quoted in evidence text ("float64 GD to T = 1e6 in 0.12 s"), aside.
const timingsAside = (x: unknown): unknown => Array.isArray(x) ? x.map(timingsAside)
  : x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).filter(([k]) => k !== 'seconds').map(([k, v]) => [k, timingsAside(v)]))
    : typeof x === 'string' ? x.replace(/\bin \d+(\.\d+)? s\b/g, 'in … s') : x;

/**
 * End to end (`--only E2E`, or with everything): start-up alone (`gdcheck list`, median of `repeat`),
 * and `check --mutants --json --no-db` with --jobs 1 and --jobs 2 (`repeat` runs each, alternated; medians),
 * their speed-up, and whether the two JSON reports are identical timings aside. Returns 1 if not.
 */
function endToEnd(repeat: number): number {
  const list = median(Array.from({ length: Math.max(3, repeat) }, () => gdcheck(['list']).seconds));
  console.log(`E2E start-up: gdcheck list ${list.toFixed(2)} s (median of ${Math.max(3, repeat)}; target < 0.7 s)`);
  // --no-db: with the counterexample database on, the first run saves what it refutes and the second
  // replays it first, so the two reports would differ for a reason that has nothing to do with --jobs.
  // Alternated, `repeat` runs each, so that a change of the machine's load hits both alike.
  const ones: Run[] = [], twos: Run[] = [];
  for (let k = 0; k < repeat; k++) {
    // --time-limit 0: --jobs 1 in gdcheck's own process, the baseline of the speed-up (a time limit puts it in one worker process).
    ones.push(gdcheck(['check', '--mutants', '--json', '--no-db', '--jobs', '1', '--time-limit', '0']));
    twos.push(gdcheck(['check', '--mutants', '--json', '--no-db', '--jobs', '2']));
  }
  const same = [...ones, ...twos].every((r) => JSON.stringify(timingsAside(JSON.parse(r.out))) === JSON.stringify(timingsAside(JSON.parse(ones[0]!.out))));
  const [one, two] = [median(ones.map((r) => r.seconds)), median(twos.map((r) => r.seconds))];
  const all = (rs: Run[]) => rs.map((r) => r.seconds.toFixed(1)).join(', ');
  console.log(`E2E check --mutants: --jobs 1 ${one.toFixed(1)} s (${all(ones)}), --jobs 2 ${two.toFixed(1)} s (${all(twos)}), speed-up ${(one / two).toFixed(2)}× (medians of ${repeat}; target ≥ 1.8×); JSON identical timings aside: ${same ? 'yes' : 'NO'}`);
  return same ? 0 : 1;
}

async function main(): Promise<number> {
  const only = arg('--only')?.split(',').map((s) => s.trim().toUpperCase());
  const repeat = Math.max(1, Number(arg('--repeat') ?? 3));
  const withPeer = !process.argv.includes('--no-peer') && existsSync(PEERS) && pythonReady();
  if (!withPeer) console.log(`(no peer runs: ${existsSync(PEERS) ? 'python3 with numpy and mpmath not found' : `no peers at ${PEERS}`}, or --no-peer)`);
  const workloads: Workload[] = [];
  for (const f of FILES) {
    const p = join(HERE, 'workloads', f);
    if (!existsSync(p)) continue;
    const exported = ((await import(pathToFileURL(p).href)) as { default: Workload | Workload[] }).default;
    // A file may export several workloads (W1 at 50, 200 and 1000 digits); --only W1 selects them all.
    for (const w of Array.isArray(exported) ? exported : [exported]) if (!only || only.includes(w.id) || only.includes(w.id.split('-')[0]!)) workloads.push(w);
  }
  const rows: string[][] = [['workload', 'ours (s)', 'peer (s)', 'ours/peer', 'target', 'agree', 'detail']];
  let bad = 0;
  for (const w of workloads) {
    process.stderr.write(`${w.id} ${w.name}: ours ×${repeat}...\n`);
    const ours: WorkloadResult[] = [];
    for (let k = 0; k < repeat; k++) ours.push(await w.run());
    const tOurs = median(ours.map((r) => r.seconds));
    let tPeer = NaN, agree = '-', detail = '';
    if (withPeer) {
      process.stderr.write(`${w.id} ${w.name}: peer ×${repeat}...\n`);
      const peers: Record<string, unknown>[] = [];
      for (let k = 0; k < repeat; k++) peers.push(runPeer(w));
      tPeer = median(peers.map((p) => Number(p.seconds)));
      const a = w.agree(ours[0]!, peers[0]!);
      agree = a.ok ? 'yes' : 'NO';
      detail = a.detail;
      if (!a.ok) bad++;
    }
    const ratio = tOurs / tPeer;
    rows.push([`${w.id} ${w.name}`, tOurs.toFixed(3), Number.isNaN(tPeer) ? '-' : tPeer.toFixed(3), Number.isNaN(ratio) ? '-' : ratio.toFixed(3), `<= ${w.target}`, agree, detail]);
    if (process.argv.includes('--scaling') && w.scaling) for (const line of await w.scaling()) console.log(`  ${line}`);
  }
  const widths = rows[0]!.map((_, k) => Math.max(...rows.map((r) => r[k]!.length)));
  for (const r of rows) console.log(r.map((c, k) => c.padEnd(widths[k]!)).join('  ').trimEnd());
  if (!only || only.includes('E2E')) bad += endToEnd(repeat);
  return bad ? 1 : 0;
}

// Runs only when invoked (npm run bench), never when something imports this file (claim discovery).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main();
