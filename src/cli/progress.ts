/**
 * The progress line of long runs, on stderr and only on a terminal: the current step's label and,
 * when the run knows what fraction is done, the time elapsed and an estimate of the time left.
 */

/** 0.4 s, 12 s, 3 min 20 s, 2 h 05 min, 11 days: a duration a reader takes in at a glance. */
export function showDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return 'unknown';
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`;
  if (seconds < 86400 * 2) return `${Math.floor(seconds / 3600)} h ${String(Math.round((seconds % 3600) / 60)).padStart(2, '0')} min`;
  return `${Math.round(seconds / 86400)} days`;
}

/**
 * The width of a terminal stream in columns, for cutting a progress line to one row. A terminal that
 * reports 0 columns (some CI consoles and emulators) or none has an unknown width: 80 then, never 0.
 */
export function terminalWidth(stream: { columns?: number }): number {
  const c = stream.columns;
  return typeof c === 'number' && Number.isInteger(c) && c > 0 ? c : 80;
}

export interface ProgressLine {
  /** Shows `message`; with `fraction` (0..1 done), also the elapsed time and the estimated time left. */
  update(message: string, fraction?: number): void;
  /** Clears the line. */
  done(): void;
}

/** A progress line on `stream` when it is a terminal; a no-op otherwise (pipes and files stay clean). */
export function progressLine(stream: NodeJS.WriteStream = process.stderr, now: () => number = () => performance.now()): ProgressLine {
  const tty = stream.isTTY === true;
  const t0 = now();
  let shown = false;
  return {
    update(message, fraction) {
      if (!tty) return;
      let line = message;
      if (fraction !== undefined && fraction > 0 && fraction <= 1) {
        const elapsed = (now() - t0) / 1000;
        line += ` (${(100 * fraction).toFixed(fraction < 0.1 ? 1 : 0)}%, ${showDuration(elapsed)} elapsed, about ${showDuration((elapsed * (1 - fraction)) / fraction)} left)`;
      }
      const width = terminalWidth(stream);
      if ([...line].length > width - 1) line = [...line].slice(0, width - 2).join('') + '…';
      stream.write(`\r\x1b[K${line}`);
      shown = true;
    },
    done() { if (tty && shown) stream.write('\r\x1b[K'); },
  };
}
