/**
 * A small seeded generator (sfc32) with Gaussian draws, for building network instances from a
 * claim's seed. Properties never call Math.random: the same seed gives the same data and init.
 */
export interface Rng { uniform(): number; gauss(): number; int(lo: number, hi: number): number }

export function rng(seed: number): Rng {
  let a = 0x9e3779b9 ^ seed, b = 0x243f6a88 ^ Math.imul(seed, 0x85ebca6b), c = 0xb7e15162, d = 1;
  const next = (): number => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let k = 0; k < 15; k++) next();
  let spare: number | null = null;
  return {
    uniform: next,
    gauss() {
      if (spare !== null) { const s = spare; spare = null; return s; }
      let u = 0;
      while (u === 0) u = next();
      const v = next(), r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    },
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
  };
}
