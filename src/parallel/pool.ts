/**
 * Runs a list of independent jobs: with --jobs 1 in this process, with --jobs N in N child
 * processes: the claims and mutants of `check` (tasks.ts), the sweep points of `simulate`
 * (sweep.ts). This process hands the jobs out in list order, a group at a time (claims and
 * mutants of one paper), and once every child has a job, one more in reserve; results are kept by job index, so what is printed does not depend on the schedule. Jobs are
 * deterministic in their inputs, so a job run in a child gives the outcome it gives here
 * (test/parallel compares the JSON of --jobs 1 and --jobs 2, for check and for simulate).
 *
 * Why processes and not worker threads: the threads of one process share V8's platform (its
 * background threads for garbage collection and compilation), and on this workload two threads ran
 * each job about 2x slower than one, for no gain; two processes run side by side at about 1.4x the
 * throughput of one (README, "Parallel and sharded runs").
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { COMPILED, PACKAGE_ROOT } from '../core/packageRoot.ts';
import { UserError } from '../core/errors.ts';
import { asyncErrorLine, isReportedImportError } from '../core/userFile.ts';
import { exitNow } from '../core/exitGuard.ts';
import { firstLine } from '../core/printable.ts';
import { join } from 'node:path';

/** The default of --jobs: the number of cores this process may use. */
export const defaultJobs = (): number => Math.max(1, availableParallelism());

/** A job: its position in the run's list. */
export interface Job { index: number }

export interface PoolOptions<J extends Job, R> {
  jobs: number;
  /** The worker's module (compiled or source, as this module is), which calls serveJobs. */
  entry: string;
  /** What a worker needs besides the jobs (structured-cloneable: files to load, the run's settings). */
  init: object;
  /** Runs one job on this thread. */
  runHere(job: J, progress: (message: string) => void): Promise<R>;
  /** A job's name, for a worker's failure. */
  label(job: J): string;
  /**
   * Jobs next to each other in the list with the same group run in the same process (the claims and
   * mutants of one paper): they run the same code, and a process that has compiled and warmed it up
   * runs the rest faster than one that has not. A group is cut into pieces of at most
   * ⌈jobs / (2·N)⌉, so that a run of one paper is still shared among the N processes.
   */
  group?(job: J): string;
  /** Stops taking new jobs and terminates the workers; the results finished so far are returned. */
  signal?: AbortSignal;
  /** A job started. */
  start?(job: J): void;
  /** A line of progress from inside a running job. */
  sub?(job: J, message: string): void;
  /** A job finished. */
  done?(job: J, r: R): void;
  /**
   * Seconds a job may run (0 or absent: no limit). With a limit every job runs in a child process,
   * even at `jobs` 1, and a child whose job overruns is killed and replaced (inChildren).
   */
  timeLimit?: number;
  /**
   * The result of a job that overran the time limit (a claim's inconclusive report). Absent, or
   * throwing a UserError, the run ends with one line instead (a sweep point: its report needs every point).
   */
  overran?(job: J, seconds: number): R;
}
/** Messages from a child. */
export type FromChild<R> =
  | { type: 'ready' }
  | { type: 'start'; index: number }
  | { type: 'result'; index: number; result: R }
  | { type: 'progress'; index: number; message: string }
  | { type: 'finished' }
  | { type: 'error'; index?: number; message: string; user?: boolean };

/** Messages to a child: the jobs and the pool's `init` first, then positions in that list to run, then the end. */
export type ToChild<J extends Job> =
  | { type: 'init'; jobs: J[]; init: object }
  | { type: 'run'; positions: number[] }
  | { type: 'end' };

const yieldToEvents = () => new Promise<void>((r) => setImmediate(r));
/**
 * How a child ended, for the one line that reports it: gdcheck's own one-line message when the child
 * wrote one, out of memory (V8's report: exit 134 after "heap out of memory"), killed by a signal, or
 * its exit code with the last line it wrote that says something (not a stack or native frame).
 */
function deathOf(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const own = lines.filter((l) => l.startsWith('gdcheck: ')).pop();
  if (own) return own.slice('gdcheck: '.length);
  if (/heap out of memory|Allocation failed/i.test(stderr)) return 'its worker process ran out of memory (JavaScript heap); no report (Node\'s --max-old-space-size sets the limit)';
  if (signal) return `its worker process was killed by ${signal}${signal === 'SIGKILL' ? ' (by the system when out of memory, or by a user)' : ''}; no report`;
  const said = lines.filter((l) => !l.startsWith('at ') && !/^\d+: 0x[0-9a-f]+/i.test(l) && !l.startsWith('Node.js v') && !l.startsWith('<---') && !/^\[\d+:0x/.test(l)).pop();
  return `its worker process exited with code ${code}${said ? ` (its last words: ${said.slice(0, 200)})` : ''}; no report`;
}

/** Starts one child on the pool's entry module (bin/job-process.mjs installs the loaders from src/). */
function startChild(entry: string): ChildProcess {
  return fork(join(PACKAGE_ROOT, 'bin', 'job-process.mjs'), [entry, COMPILED ? 'dist' : 'src'], {
    // Structured clone, as between threads: BigInt, Map, typed arrays cross as they are.
    serialization: 'advanced',
    // Not the parent's flags: under a test runner they name its own loaders.
    execArgv: [],
    // What a claim prints goes where it goes with --jobs 1: to gdcheck's stderr (stdout holds only
    // the result, bin/gdcheck.mjs). stderr is also read, for the last words of a child that dies.
    stdio: ['ignore', 2, 'pipe', 'ipc'],
  });
}

/**
 * Whether a run of `tasks` jobs goes to child processes: with more than one job at a time, or with a
 * time limit, since only a process of its own can be stopped in a synchronous loop (`for (;;) {}`)
 * or in a run whose timers keep it busy forever. Without either, everything runs in this process.
 */
export function inChildren(jobs: number, timeLimit: number | undefined, tasks: number): boolean {
  return tasks > 0 && ((timeLimit ?? 0) > 0 || (jobs > 1 && tasks > 1));
}

/** What a job that overran its time limit says, after its label (a claim's reason, a sweep's one line). */
export const overranText = (seconds: number): string => `did not finish within ${seconds} s (--time-limit)`;

/** One child process of the pool, and the positions handed to it and not yet finished, in its order. */
interface Slot {
  child: ChildProcess;
  queue: number[];
  ready: boolean;
  /** Told there is no more work ('end'): never fed again. */
  ending: boolean;
  /** Done for good: finished, failed, or stopped with no work left. */
  closed: boolean;
  /** The deadline of the job at the head of `queue` (with a time limit). */
  timer?: NodeJS.Timeout;
}

/** Runs every job; resolves with the results by job index (a subset when aborted). */
export async function runJobs<J extends Job, R>(jobs: readonly J[], o: PoolOptions<J, R>): Promise<Map<number, R>> {
  const results = new Map<number, R>();
  const limit = o.timeLimit ?? 0;
  let next = 0; // the next position in `jobs` to hand out, to this process or a child
  // Positions handed to a child that was stopped (a job of its overran) before it ran them: handed out first.
  let returned: number[] = [];
  // The next group of positions (one, without `group`), or undefined when all are handed out.
  const piece = Math.max(1, Math.ceil(jobs.length / (2 * Math.max(1, o.jobs))));
  const take = (): number[] | undefined => {
    if (returned.length) return returned.splice(0, piece);
    if (next >= jobs.length) return undefined;
    const first = next++;
    const key = o.group?.(jobs[first]!);
    const positions = [first];
    while (key !== undefined && next < jobs.length && positions.length < piece && o.group!(jobs[next]!) === key) positions.push(next++);
    return positions;
  };
  // With one job at a time and no time limit everything runs here. Otherwise N children run them and
  // this process only hands them out and keeps their time: a process busy with a job of its own
  // answers a child's request only when that job ends, and children left waiting idled a quarter of the run.
  const extra = inChildren(o.jobs, limit, jobs.length) ? Math.min(Math.max(1, o.jobs), jobs.length) : 0;
  const slots: Slot[] = [];
  const live = new Set<ChildProcess>();
  let failure: Error | undefined;
  let stop = () => {};
  const stopped = new Promise<void>((r) => { stop = r; });
  const fail = (message: string, user = false) => { failure ??= user ? new UserError(message) : new Error(message); next = jobs.length; returned = []; stop(); };
  const onAbort = () => { next = jobs.length; returned = []; stop(); };
  o.signal?.addEventListener('abort', onAbort, { once: true });
  // A signal aborted already (SIGTERM while the claim files loaded) fires no event: nothing starts.
  if (o.signal?.aborted) onAbort();
  const byIndex = new Map(jobs.map((j) => [j.index, j]));
  const kill = (c: ChildProcess) => { live.delete(c); if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL'); };

  // A send to a child that is dying fails (EPIPE): its 'exit' then says how it died, so the send's
  // own error is dropped here rather than reported first, as a less telling line.
  const sendTo = (c: ChildProcess, m: ToChild<J>) => { if (c.connected) c.send(m, () => {}); };
  // The job at the head of slot k's queue runs from now (the child runs its queue in order): its deadline.
  const arm = (k: number) => {
    const s = slots[k]!;
    clearTimeout(s.timer);
    s.timer = limit > 0 && s.queue.length > 0 ? setTimeout(() => overran(k), limit * 1000) : undefined;
  };
  // Hands slot k one more group, or says there are none left.
  const feed = (k: number): void => {
    const s = slots[k]!;
    const p = take();
    if (p === undefined) { s.ending = true; sendTo(s.child, { type: 'end' }); return; }
    const idle = s.queue.length === 0;
    s.queue.push(...p);
    if (idle) arm(k);
    sendTo(s.child, { type: 'run', positions: p });
  };
  // Every ready child gets a job; then, once every ready child has one and none is starting, each
  // gets one more in reserve, so that it never waits for a message to go on. (A reserve handed out
  // earlier left the second child idle on a short list, and a job stuck behind a slow one.)
  const open = (s: Slot) => s.ready && !s.ending && !s.closed;
  const topUp = () => {
    for (let k = 0; k < slots.length; k++) if (open(slots[k]!) && slots[k]!.queue.length === 0) feed(k);
    if (!slots.every((s) => s.ready || s.closed)) return;
    for (let k = 0; k < slots.length; k++) if (open(slots[k]!) && slots[k]!.queue.length === 1) feed(k);
  };

  // Slots still busy; the run is over when this process is done and this is zero.
  let busy = extra;
  let allFinished = () => {};
  const allDone = new Promise<void>((resolve) => { allFinished = resolve; if (busy === 0) resolve(); });
  const close = (k: number) => {
    const s = slots[k]!;
    if (s.closed) return;
    s.closed = true;
    clearTimeout(s.timer);
    if (--busy === 0) allFinished(); else topUp();
  };

  // Slot k's job overran the limit: its child is stopped (nothing else can stop a synchronous loop),
  // the job gets `overran`'s result (or the run ends, when it throws), the jobs queued behind it go
  // back to the list, and a fresh child takes the slot when work is left.
  const overran = (k: number) => {
    const s = slots[k]!;
    const job = jobs[s.queue.shift()!]!;
    returned = [...s.queue, ...returned];
    s.queue = [];
    kill(s.child);
    try {
      if (!o.overran) throw new UserError(`${o.label(job)}: ${overranText(limit)}`);
      const r = o.overran(job, limit);
      results.set(job.index, r);
      o.done?.(job, r);
    } catch (e) {
      fail(firstLine(e), e instanceof UserError);
      close(k);
      return;
    }
    if (returned.length || next < jobs.length) spawn(k); else close(k);
  };

  // Starts the child of slot k (again, after an overrun).
  const spawn = (k: number) => {
    const c = startChild(o.entry);
    live.add(c);
    slots[k] = { child: c, queue: [], ready: false, ending: false, closed: false };
    const s = slots[k]!;
    // Events of a child stopped and replaced are not the slot's any more.
    const mine = () => s.child === c && slots[k] === s;
    let stderr = '';
    c.stderr!.setEncoding('utf8').on('data', (d: string) => { process.stderr.write(d); stderr = (stderr + d).slice(-4000); });
    let current: J | undefined;
    c.on('message', (msg: FromChild<R>) => {
      if (!mine()) return;
      if (msg.type === 'ready') { s.ready = true; topUp(); }
      else if (msg.type === 'start') { current = byIndex.get(msg.index); if (current) o.start?.(current); }
      else if (msg.type === 'progress') { if (current) o.sub?.(current, msg.message); }
      else if (msg.type === 'result') { results.set(msg.index, msg.result); if (current) o.done?.(current, msg.result); current = undefined; s.queue.shift(); arm(k); topUp(); }
      else if (msg.type === 'finished') { close(k); kill(c); }
      else if (msg.type === 'error') { fail(msg.user ? msg.message : current ? `${o.label(current)}: ${msg.message}` : `a worker failed: ${msg.message}`, msg.user); close(k); }
    });
    c.on('error', (e) => { if (mine()) { fail(`a worker failed: ${firstLine(e)}`); close(k); } });
    c.on('exit', (code, signal) => {
      live.delete(c);
      if (!mine()) return;
      if (!s.closed && !o.signal?.aborted && !failure) {
        const died = deathOf(code, signal, stderr);
        fail(current ? `${o.label(current)}: ${died}` : died, true);
      }
      close(k);
    });
    sendTo(c, { type: 'init', jobs: [...jobs], init: o.init });
  };
  for (let k = 0; k < extra; k++) spawn(k);

  // SIGTERM or SIGHUP (a cancelled CI job, a scheduler's time limit, a closed terminal): the children
  // are stopped at once. When the command handles the signal (src/cli/interrupt.ts aborts the run and
  // keeps the finished work), that is all; else the signal then has its default effect, so no child
  // is left running, orphaned. Any other exit stops them too.
  const killAll = () => { for (const c of [...live]) kill(c); };
  const onSignal = (sig: NodeJS.Signals) => { killAll(); detach(); if (process.listenerCount(sig) === 0) process.kill(process.pid, sig); };
  const detach = () => { process.off('SIGTERM', onSignal); process.off('SIGHUP', onSignal); process.off('exit', killAll); };
  if (extra) { process.on('SIGTERM', onSignal); process.on('SIGHUP', onSignal); process.on('exit', killAll); }

  try {
    for (let group = extra ? undefined : take(); group !== undefined; group = take()) {
      for (const i of group) {
        const j = jobs[i]!;
        o.start?.(j);
        const r = await o.runHere(j, (m) => o.sub?.(j, m));
        results.set(j.index, r);
        o.done?.(j, r);
        await yieldToEvents(); // let a Ctrl-C (its handler aborts the run) through between jobs
      }
    }
    await Promise.race([allDone, stopped]);
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
    detach();
    for (const s of slots) clearTimeout(s.timer);
    killAll();
  }
  if (failure) throw failure;
  return results;
}

/**
 * The child's side: `prepare` loads what the jobs need (from the pool's `init`) and returns the
 * function that runs one; then it runs the positions the parent hands out, in the order received,
 * each result (and each progress line) sent back, until the parent says there are no more.
 */
export async function serveJobs<J extends Job, R>(prepare: (init: object) => Promise<(job: J, progress: (message: string) => void) => Promise<R>>): Promise<void> {
  const post = (m: FromChild<R>) => { if (process.connected) process.send!(m); };
  // An error a claim throws from a timer or an unhandled promise ends the run as it does with
  // --jobs 1 (bin/gdcheck.mjs): one line naming the claim file's line, exit 2, never a stack trace.
  const uncaught = (e: unknown) => {
    const m: FromChild<R> = { type: 'error', message: asyncErrorLine(e), user: true };
    if (process.connected) process.send!(m, () => exitNow(2));
    else exitNow(2);
  };
  process.on('uncaughtException', uncaught);
  // (an import failure already reported where it was caught, which Node raises again: bin/gdcheck.mjs)
  process.on('unhandledRejection', (e) => { if (!isReportedImportError(e)) uncaught(e); });
  const queue: number[] = [];
  let ended = false;
  let wake = () => {};
  let setup: (m: { jobs: J[]; init: object }) => void = () => {};
  const initial = new Promise<{ jobs: J[]; init: object }>((r) => { setup = r; });
  process.on('message', (m: ToChild<J>) => {
    if (m.type === 'init') setup(m);
    else if (m.type === 'run') queue.push(...m.positions);
    else ended = true;
    wake();
  });
  const { jobs, init } = await initial;
  let run: (job: J, progress: (message: string) => void) => Promise<R>;
  try {
    run = await prepare(init);
  } catch (e) {
    post({ type: 'error', message: firstLine(e) });
    return;
  }
  post({ type: 'ready' });
  for (;;) {
    if (queue.length === 0) {
      if (ended) break;
      await new Promise<void>((r) => { wake = r; });
      continue;
    }
    const j = jobs[queue.shift()!]!;
    post({ type: 'start', index: j.index });
    // While a job runs, the channel to the parent does not keep this process alive: a run awaiting
    // a promise that can never settle must leave the event loop empty, as in a process of its own,
    // for the runner to see it ('beforeExit', src/core/runner.ts) and report it as not finished.
    process.channel?.unref();
    try {
      const result = await run(j, (message) => post({ type: 'progress', index: j.index, message }));
      process.channel?.ref();
      post({ type: 'result', index: j.index, result });
    } catch (e) {
      process.channel?.ref();
      post({ type: 'error', index: j.index, message: firstLine(e), user: e instanceof UserError }); // a UserError reads as it does with --jobs 1
      return;
    }
  }
  // A timer a job left behind (a throw from setTimeout(…, 0), say) fires before this child reports
  // that it is done and is stopped, as it would in a --jobs 1 process that has not exited yet.
  await new Promise<void>((r) => setTimeout(r, 0));
  post({ type: 'finished' });
}
