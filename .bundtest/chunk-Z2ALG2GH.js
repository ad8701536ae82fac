// dist/cli/progress.js
function showDuration(seconds) {
  if (!Number.isFinite(seconds) || seconds < 0)
    return "unknown";
  if (seconds < 10)
    return `${seconds.toFixed(1)} s`;
  if (seconds < 60)
    return `${Math.round(seconds)} s`;
  if (seconds < 3600)
    return `${Math.floor(seconds / 60)} min ${String(Math.round(seconds % 60)).padStart(2, "0")} s`;
  if (seconds < 86400 * 2)
    return `${Math.floor(seconds / 3600)} h ${String(Math.round(seconds % 3600 / 60)).padStart(2, "0")} min`;
  return `${Math.round(seconds / 86400)} days`;
}
function progressLine(stream = process.stderr, now = () => performance.now()) {
  const tty = stream.isTTY === true;
  const t0 = now();
  let shown = false;
  return {
    update(message, fraction) {
      if (!tty)
        return;
      let line = message;
      if (fraction !== void 0 && fraction > 0 && fraction <= 1) {
        const elapsed = (now() - t0) / 1e3;
        line += ` (${(100 * fraction).toFixed(fraction < 0.1 ? 1 : 0)}%, ${showDuration(elapsed)} elapsed, about ${showDuration(elapsed * (1 - fraction) / fraction)} left)`;
      }
      const width = stream.columns ?? 100;
      if ([...line].length > width - 1)
        line = [...line].slice(0, width - 2).join("") + "\u2026";
      stream.write(`\r\x1B[K${line}`);
      shown = true;
    },
    done() {
      if (tty && shown)
        stream.write("\r\x1B[K");
    }
  };
}

export {
  showDuration,
  progressLine
};
