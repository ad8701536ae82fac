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

/** Runs every job; resolves with the results by job index (a subset when aborted). */
export async function runJobs<J extends Job, R>(jobs: readonly J[], o: PoolOptions<J, R>): Promise<Map<number, R>> {
  const results = new Map<number, R>();
  let next = 0; // the next position in `jobs` to hand out, to this process or a child
  // The next group of positions (one, without `group`), or undefined when all are handed out.
  const piece = Math.max(1, Math.ceil(jobs.length / (2 * Math.max(1, o.jobs))));
  const take = (): number[] | undefined => {
    if (next >= jobs.length) return undefined;
    const first = next++;
    const key = o.group?.(jobs[first]!);
    const positions = [first];
    while (key !== undefined && next < jobs.length && positions.length < piece && o.group!(jobs[next]!) === key) positions.push(next++);
    return positions;
  };
  // With one job at a time everything runs here. With more, N children run them and this process
  // only hands them out: a process busy with a job of its own answers a child's request only when
  // that job ends, and children left waiting idled a quarter of the run.
  const extra = o.jobs > 1 && jobs.length > 1 ? Math.min(o.jobs, jobs.length) : 0;
  const children: ChildProcess[] = [];
  let failure: Error | undefined;
  let stop = () => {};
  const stopped = new Promise<void>((r) => { stop = r; });
  const fail = (message: string, user = false) => { failure ??= user ? new UserError(message) : new Error(message); next = jobs.length; stop(); };
  const onAbort = () => { next = jobs.length; stop(); };
  o.signal?.addEventListener('abort', onAbort, { once: true });
  const byIndex = new Map(jobs.map((j) => [j.index, j]));

  // Per child: jobs handed to it and not yet finished, and whether it has said it is ready.
  const held = new Array<number>(extra).fill(0);
  const ready = new Array<boolean>(extra).fill(false);
  // A send to a child that is dying fails (EPIPE): its 'exit' then says how it died, so the send's
  // own error is dropped here rather than reported first, as a less telling line.
  const sendTo = (k: number, m: ToChild<J>) => { const c = children[k]!; if (c.connected) c.send(m, () => {}); };
  // Hands child k one more group, or says there are none left.
  const feed = (k: number): void => {
    const p = take();
    if (p === undefined) { sendTo(k, { type: 'end' }); return; }
    held[k]! += p.length;
    sendTo(k, { type: 'run', positions: p });
  };
  // Every ready child gets a job; then, once every ready child has one and none is starting, each
  // gets one more in reserve, so that it never waits for a message to go on. (A reserve handed out
  // earlier left the second child idle on a short list, and a job stuck behind a slow one.)
  const topUp = () => {
    for (let k = 0; k < extra; k++) if (ready[k] && held[k] === 0) feed(k);
    if (!ready.every(Boolean)) return;
    for (let k = 0; k < extra; k++) if (ready[k] && held[k] === 1) feed(k);
  };

  // Children still busy; the run is over when this process is done and this is zero.
  let busy = extra;
  const allDone = new Promise<void>((resolve) => {
    if (busy === 0) resolve();
    for (let k = 0; k < extra; k++) {
      const c = startChild(o.entry);
      children.push(c);
      let stderr = '';
      c.stderr!.setEncoding('utf8').on('data', (d: string) => { process.stderr.write(d); stderr = (stderr + d).slice(-4000); });
      let current: J | undefined;
      let over = false;
      const end = () => { if (!over) { over = true; ready[k] = true; held[k] = 2; if (--busy === 0) resolve(); else topUp(); } };
      c.on('message', (msg: FromChild<R>) => {
        if (msg.type === 'ready') { ready[k] = true; topUp(); }
        else if (msg.type === 'start') { current = byIndex.get(msg.index); if (current) o.start?.(current); }
        else if (msg.type === 'progress') { if (current) o.sub?.(current, msg.message); }
        else if (msg.type === 'result') { results.set(msg.index, msg.result); if (current) o.done?.(current, msg.result); current = undefined; held[k]!--; topUp(); }
        else if (msg.type === 'finished') { end(); c.kill(); }
        else if (msg.type === 'error') { fail(msg.user ? msg.message : current ? `${o.label(current)}: ${msg.message}` : `a worker failed: ${msg.message}`, msg.user); end(); }
      });
      c.on('error', (e) => { fail(`a worker failed: ${firstLine(e)}`); end(); });
      c.on('exit', (code, signal) => {
        if (!over && !o.signal?.aborted && !failure) {
          const died = deathOf(code, signal, stderr);
          fail(current ? `${o.label(current)}: ${died}` : died, true);
        }
        end();
      });
      sendTo(k, { type: 'init', jobs: [...jobs], init: o.init });
    }
  });

  // SIGTERM or SIGHUP (a cancelled CI job, a scheduler's time limit, a closed terminal) ends this
  // process by default, and children busy with a job would run on, orphaned: stop them first, then
  // let the signal have its default effect. Any other exit stops them too.
  const killAll = () => { for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL'); };
  const onSignal = (sig: NodeJS.Signals) => { killAll(); detach(); process.kill(process.pid, sig); };
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
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill();
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
