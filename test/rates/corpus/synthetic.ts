/**
 * Synthetic series of the rate corpus: known laws with realistic lower-order terms, rounded and
 * perturbed at float64 level (relative noise of a few ulps from a seeded generator), on log-spaced
 * checkpoints (10 per decade) or linear ones for e^(-ct).
 */
import { logTimes } from './runs.ts';

/** Deterministic xorshift noise in [−1, 1). */
function noise(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 2 ** 31 - 1; };
}

export interface Synthetic { name: string; how: string; t: number[]; gap: number[] }

/** f on log-spaced checkpoints up to T, times (1 + ε·u), u uniform in [−1, 1), ε = `rel` (default 4 ulps). */
export function logSeries(name: string, how: string, f: (t: number) => number, T: number, seed: number, rel = 4 * 2 ** -52): Synthetic {
  const r = noise(seed);
  const t = logTimes(T, 10).filter((v) => v >= 10);
  return { name, how, t, gap: t.map((v) => f(v) * (1 + rel * r())) };
}

/** f on `n` equally spaced checkpoints in (0, T]. */
export function linSeries(name: string, how: string, f: (t: number) => number, T: number, n: number, seed: number, rel = 4 * 2 ** -52): Synthetic {
  const r = noise(seed);
  const t = Array.from({ length: n }, (_, k) => Math.round(((k + 1) * T) / n));
  return { name, how, t, gap: t.map((v) => f(v) * (1 + rel * r())) };
}
