/**
 * The search's own deterministic random source (splitmix32), seeded from the claim's seed, so a search
 * is replayed move for move. It also serves as a fast-check RandomGenerator (clone / next / getState),
 * which lets the search draw fresh values with their shrink contexts from any arbitrary.
 */
export class SearchRng {
  private s: number;
  constructor(seed: number) { this.s = seed | 0; }

  /** A uniform int32, as fast-check's generators expect. */
  next(): number {
    this.s = (this.s + 0x9e3779b9) | 0;
    let z = this.s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return z ^ (z >>> 16);
  }
  clone(): SearchRng { return new SearchRng(this.s); }
  getState(): readonly number[] { return [this.s]; }

  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number { return min + ((this.next() >>> 0) % (max - min + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[this.int(0, xs.length - 1)]!; }
  /** Up to k elements of xs, in a random order, without repetition. */
  sample<T>(xs: readonly T[], k: number): T[] {
    const a = xs.slice();
    for (let i = a.length - 1; i > 0; i--) { const j = this.int(0, i); [a[i], a[j]] = [a[j]!, a[i]!]; }
    return a.slice(0, k);
  }
}
