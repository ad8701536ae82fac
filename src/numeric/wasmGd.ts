/**
 * A WebAssembly SIMD (f64x2) kernel for one float64 GD step on linear logistic regression, assembled
 * here from a short instruction list (no toolchain, no binary in the repository). V8 does not
 * vectorise JavaScript loops; this kernel does two lanes per instruction and has no bounds checks,
 * about 3× the fused JavaScript loop. Results are the same up to summation order (tested to 1e-12).
 * σ is computed inside the module (no call into JavaScript per row).
 *
 *   gdstep(Z, v, step, n, d, c):  step = Σ_i σ(−z_iᵀv) z_i;  v += c·step      (byte offsets; d % 4 = 0)
 */
import type { FloatData } from '../models/linearLogistic.ts';

const leb = (x: number): number[] => { const o: number[] = []; do { let b = x & 0x7f; x >>>= 7; if (x) b |= 0x80; o.push(b); } while (x); return o; };
const sleb = (x: number): number[] => { const o: number[] = []; for (;;) { const b = x & 0x7f; x >>= 7; if ((x === 0 && !(b & 0x40)) || (x === -1 && b & 0x40)) { o.push(b); return o; } o.push(b | 0x80); } };
const vec = (items: number[][]): number[] => [...leb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...leb(body.length), ...body];
const name = (s: string): number[] => [...leb(s.length), ...[...s].map((c) => c.charCodeAt(0))];

const I32 = 0x7f, F64 = 0x7c, V128 = 0x7b;
const get = (i: number) => [0x20, ...leb(i)], set = (i: number) => [0x21, ...leb(i)];
const i32 = (x: number) => [0x41, ...sleb(x)];
const add32 = [0x6a], geU = [0x4f], f64add = [0xa0];
const simd = (op: number) => [0xfd, ...leb(op)];
const load = [...simd(0), 3, 0], store = [...simd(11), 3, 0], zero = [...simd(12), ...new Array<number>(16).fill(0)];
const splat = simd(20), lane = (k: number) => [...simd(33), k], vadd = simd(240), vmul = simd(242);

// Parameters 0..5: Z, v, step, n, d (i32), c (f64). Locals: 6 i, 7 j, 8 row, 9 bytes (i32); 10 acc, 11 acc2, 12 sv (v128).
const [Z, V, STEP, N, D, C, I, J, ROW, BYTES, ACC, ACC2, SV] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** for (j = 0; j < bytes; j += stride) body */
const forJ = (stride: number, body: number[]) => [
  ...i32(0), ...set(J), 0x02, 0x40, 0x03, 0x40,
  ...get(J), ...get(BYTES), ...geU, 0x0d, 1, ...body, ...get(J), ...i32(stride), ...add32, ...set(J), 0x0c, 0, 0x0b, 0x0b,
];
const at = (base: number, extra = 0) => [...get(base), ...get(J), ...add32, ...(extra ? [...i32(extra), ...add32] : []), ...load];

const code = [
  ...get(D), ...i32(3), 0x74, ...set(BYTES),
  ...forJ(16, [...get(STEP), ...get(J), ...add32, ...zero, ...store]),
  ...i32(0), ...set(I), ...get(Z), ...set(ROW),
  0x02, 0x40, 0x03, 0x40, ...get(I), ...get(N), ...geU, 0x0d, 1,
  // Two accumulators (four lanes) for z_iᵀv: independent chains the CPU overlaps.
  ...zero, ...set(ACC), ...zero, ...set(ACC2),
  ...forJ(32, [
    ...get(ACC), ...at(ROW), ...at(V), ...vmul, ...vadd, ...set(ACC),
    ...get(ACC2), ...at(ROW, 16), ...at(V, 16), ...vmul, ...vadd, ...set(ACC2),
  ]),
  ...get(ACC), ...get(ACC2), ...vadd, ...set(ACC),
  ...get(ACC), ...lane(0), ...get(ACC), ...lane(1), ...f64add, 0x10, 0, ...splat, ...set(SV),
  ...forJ(16, [...get(STEP), ...get(J), ...add32, ...at(STEP), ...get(SV), ...at(ROW), ...vmul, ...vadd, ...store]),
  ...get(I), ...i32(1), ...add32, ...set(I), ...get(ROW), ...get(BYTES), ...add32, ...set(ROW), 0x0c, 0, 0x0b, 0x0b,
  ...get(C), ...splat, ...set(SV),
  ...forJ(16, [...get(V), ...get(J), ...add32, ...at(V), ...get(SV), ...at(STEP), ...vmul, ...vadd, ...store]),
  0x0b,
];
const body = [...vec([[4, I32], [3, V128]]), ...code];

/*
 * σ(−m) = 1/(1 + e^m) inside the module, so a row costs no call into JavaScript: with x = −|m|,
 * e = e^x, σ(−m) = e/(1 + e) for m ≥ 0 and 1/(1 + e) for m < 0. e^x: k = round(x·log2 e),
 * r = x − k·ln2 (ln2 in two parts, k·LN2_HI exact), e^r by its Taylor polynomial of degree 13 on
 * |r| ≤ ln2/2 (truncation < 5e-18), and 2^k built from its bits. x is clamped at −708, where
 * 2^k is still normal: σ then errs by less than 1e-307 absolutely, far below every sum it enters.
 */
const f64c = (x: number) => [0x44, ...new Uint8Array(new Float64Array([x]).buffer)];
const LN2_HI = 0.6931471803691238, LN2_LO = 1.9082149292705877e-10;
const [M, X, K, R, E] = [0, 1, 2, 3, 4];
const horner: number[] = [...f64c(1 / 6227020800)]; // 1/13!
for (let i = 12; i >= 0; i--) {
  let f = 1; for (let q = 2; q <= i; q++) f *= q;
  horner.push(...get(R), 0xa2, ...f64c(1 / f), 0xa0);
}
const sigCode = [
  ...get(M), 0x99, 0x9a, ...f64c(-708), 0xa5, ...set(X),
  ...get(X), ...f64c(Math.LOG2E), 0xa2, 0x9e, ...set(K),
  ...get(X), ...get(K), ...f64c(LN2_HI), 0xa2, 0xa1, ...get(K), ...f64c(LN2_LO), 0xa2, 0xa1, ...set(R),
  ...horner,
  ...get(K), 0xb0, 0x42, ...sleb(1023), 0x7c, 0x42, ...sleb(52), 0x86, 0xbf, 0xa2, ...set(E),
  ...get(E), ...f64c(1), ...get(M), ...f64c(0), 0x66, 0x1b,
  ...f64c(1), ...get(E), 0xa0, 0xa3,
  0x0b,
];
const sigBody = [...vec([[4, F64]]), ...sigCode];
const BYTES_OF_MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, vec([[0x60, ...vec([[F64]]), ...vec([[F64]])], [0x60, ...vec([[I32], [I32], [I32], [I32], [I32], [F64]]), 0]])),
  ...section(2, vec([[...name('env'), ...name('mem'), 0x02, 0x00, ...leb(1)]])),
  ...section(3, vec([[0], [1]])),
  ...section(7, vec([[...name('gdstep'), 0x00, 1], [...name('sig'), 0x00, 0]])),
  ...section(10, vec([[...leb(sigBody.length), ...sigBody], [...leb(body.length), ...body]])),
]);

/** The few WebAssembly calls used (the global exists in Node; its types live in lib.dom, not loaded here). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Memory: new (desc: { initial: number }) => { buffer: ArrayBuffer };
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
const Wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

let compiled: object | null | undefined;
function module(): object | null {
  if (compiled === undefined) compiled = Wasm && Wasm.validate(BYTES_OF_MODULE) ? new Wasm.Module(BYTES_OF_MODULE) : null;
  return compiled;
}

/** The kernel's σ(−m), for its test against float64.sigmoidNeg. */
export function wasmSigmoidNeg(): ((m: number) => number) | null {
  const m = module();
  if (!m) return null;
  return new Wasm!.Instance(m, { env: { mem: new Wasm!.Memory({ initial: 1 }) } }).exports.sig as (m: number) => number;
}

export const wasmAvailable = (): boolean => module() !== null;

/** T steps of plain GD from 0 with the SIMD kernel; falls back to the JavaScript loop when d % 4 ≠ 0. */
export function gdF64Wasm(data: FloatData, gamma: number, T: number, fallback: (data: FloatData, gamma: number, T: number) => Float64Array): Float64Array {
  const m = module();
  if (!m || data.d % 4 !== 0) return fallback(data, gamma, T);
  const { Z, n, d } = data;
  const memory = new Wasm!.Memory({ initial: Math.ceil(((n + 2) * d * 8) / 65536) + 1 });
  const inst = new Wasm!.Instance(m, { env: { mem: memory } });
  const heap = new Float64Array(memory.buffer);
  heap.set(Z, 0);
  const vAt = n * d * 8, stepAt = vAt + d * 8;
  const step = inst.exports.gdstep as (z: number, v: number, s: number, n: number, d: number, c: number) => void;
  for (let t = 0; t < T; t++) step(0, vAt, stepAt, n, d, gamma / n);
  return new Float64Array(memory.buffer, vAt, d).slice();
}
