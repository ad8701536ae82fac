/**
 * e^x in float64 with a short dependency chain, for serial loops whose every step waits on an
 * exponential (the two-neuron GD of benchmark W2). Math.exp is a call into V8's fdlibm port, with a
 * division on its critical path; this is the table method of Tang (ACM TOMS 15, 1989), as in musl
 * and ARM's optimized-routines: x = k·ln2/128 + r with |r| ≤ ln2/256, e^x = 2^(k>>7) · 2^((k&127)/128)
 * · (1 + p(r)), p of degree 5 (truncation below 2^-60). Error ≤ about 1 ulp against the exact e^x
 * (test/core/fastExp.test.ts measures it against Math.exp on a dense sample). Outside
 * [−708, 709] (overflow, subnormal results) and for NaN it returns Math.exp(x).
 */

import Decimal from 'decimal.js';

const N = 128;
const LN2_DIGITS = '0.6931471805599453094172321214581765680755';
const LN2_40 = Number(LN2_DIGITS);
const SHIFT = 6755399441055744; // 1.5·2^52: adding and subtracting it rounds to the nearest integer
const INV_LN2_N = N / Math.LN2;
// ln2/N split so that k·LN2_N_HI is exact for |k| < 2^20 (the high part has 20 trailing zero bits).
const D40 = Decimal.clone({ precision: 40 });
const LN2_N_HI = highBits(LN2_40 / N);
// (The high part enters as its exact binary value: a number's shortest decimal string is not exact.)
const LN2_N_LO = new D40(LN2_DIGITS).div(N).minus(new D40(`0b${LN2_N_HI.toString(2)}`)).toNumber();

function highBits(v: number): number {
  const f = new Float64Array([v]);
  const u = new BigUint64Array(f.buffer);
  u[0] = u[0]! & ~((1n << 32n) - 1n); // keep the top 21 bits of the significand
  return f[0]!;
}

/**
 * 2^(j/N) for j = 0 … N−1 (exported for its test), correctly rounded: the bits of each double, as
 * musl's exp_data.c keeps its table. Written out rather than computed at import, which took a
 * noticeable part of the command's start-up (test/core/fastExp.test.ts checks every entry against
 * 2^(j/128) at 40 digits).
 */
const TABLE_BITS =
  '3ff00000000000003ff0163da9fb33353ff02c9a3e7780613ff04315e86e7f853ff059b0d31585743ff0706b29ddf6de' +
  '3ff0874518759bc83ff09e3ecac6f3833ff0b5586cf9890f3ff0cc922b7247f73ff0e3ec32d3d1a23ff0fb66affed31b' +
  '3ff11301d0125b513ff12abdc06c31cc3ff1429aaea92de03ff15a98c8a58e513ff172b83c7d517b3ff18af9388c8dea' +
  '3ff1a35beb6fcb753ff1bbe084045cd43ff1d4873168b9aa3ff1ed5022fcd91d3ff2063b88628cd63ff21f49917ddc96' +
  '3ff2387a6e7562383ff251ce4fb2a63f3ff26b4565e27cdd3ff284dfe1f563813ff29e9df51fdee13ff2b87fd0dad990' +
  '3ff2d285a6e4030b3ff2ecafa93e2f563ff306fe0a31b7153ff32170fc4cd8313ff33c08b26416ff3ff356c55f929ff1' +
  '3ff371a7373aa9cb3ff38cae6d05d8663ff3a7db34e59ff73ff3c32dc313a8e53ff3dea64c1234223ff3fa4504ac801c' +
  '3ff4160a21f72e2a3ff431f5d950a8973ff44e086061892d3ff46a41ed1d00573ff486a2b5c13cd03ff4a32af0d7d3de' +
  '3ff4bfdad5362a273ff4dcb299fddd0d3ff4f9b2769d2ca73ff516daa2cf66423ff5342b569d4f823ff551a4ca5d920f' +
  '3ff56f4736b527da3ff58d12d497c7fd3ff5ab07dd4854293ff5c9268a5946b73ff5e76f15ad21483ff605e1b976dc09' +
  '3ff6247eb03a55853ff6434634ccc3203ff66238825522253ff68155d44ca9733ff6a09e667f3bcd3ff6c012750bdabf' +
  '3ff6dfb23c651a2f3ff6ff7df95194843ff71f75e8ec5f743ff73f9a48a581743ff75feb564267c93ff780694fde5d3f' +
  '3ff7a11473eb01873ff7c1ed0130c1323ff7e2f336cf4e623ff80427543e1a123ff82589994cce133ff8471a4623c7ad' +
  '3ff868d99b4492ed3ff88ac7d98a66993ff8ace5422aa0db3ff8cf3216b5448c3ff8f1ae991577363ff9145b0b91ffc6' +
  '3ff93737b0cdc5e53ff95a44cbc8520f3ff97d829fde4e503ff9a0f170ca07ba3ff9c49182a3f0903ff9e86319e32323' +
  '3ffa0c667b5de5653ffa309bec4a2d333ffa5503b23e255d3ffa799e1330b3583ffa9e6b5579fdbf3ffac36bbfd3f37a' +
  '3ffae89f995ad3ad3ffb0e07298db6663ffb33a2b84f15fb3ffb59728de5593a3ffb7f76f2fb5e473ffba5b030a1064a' +
  '3ffbcc1e904bc1d23ffbf2c25bd71e093ffc199bdd85529c3ffc40ab5fffd07a3ffc67f12e57d14b3ffc8f6d9406e7b5' +
  '3ffcb720dcef90693ffcdf0b555dc3fa3ffd072d4a07897c3ffd2f87080d89f23ffd5818dcfba4873ffd80e316c98398' +
  '3ffda9e603db32853ffdd321f301b4603ffdfc97337b9b5f3ffe264614f5a1293ffe502ee78b3ff63ffe7a51fbc74c83' +
  '3ffea4afa2a490da3ffecf482d8e67f13ffefa1bee615a273fff252b376bba973fff50765b6e45403fff7bfdad9cbe14' +
  '3fffa7c1819e90d83fffd3c22b8f71f1';
export const TABLE = new Float64Array(BigUint64Array.from({ length: N }, (_, j) => BigInt(`0x${TABLE_BITS.slice(16 * j, 16 * j + 16)}`)).buffer);

/** 2^e for e = −1022 … 1023, indexed by e + 1022: scaling by a power of two is exact. */
const POW2 = new Float64Array(2046);
for (let e = -1022; e <= 1023; e++) POW2[e + 1022] = 2 ** e;

const C2 = 1 / 2, C3 = 1 / 6, C4 = 1 / 24, C5 = 1 / 120;

/** e^x, within about 1 ulp; see the module comment. */
export function fastExp(x: number): number {
  if (!(x > -708 && x < 709)) return Math.exp(x);
  const kf = x * INV_LN2_N + SHIFT - SHIFT;
  const r = x - kf * LN2_N_HI - kf * LN2_N_LO;
  const k = kf | 0;
  const r2 = r * r;
  // Estrin's scheme: p = r + r²(1/2 + r/6) + r⁴(1/24 + r/120), depth 3 multiplications.
  const p = r + r2 * (C2 + r * C3) + r2 * r2 * (C4 + r * C5);
  const s = TABLE[k & (N - 1)]! * POW2[(k >> 7) + 1022]!;
  return s + s * p;
}
