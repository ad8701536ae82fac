/**
 * A WebAssembly SIMD (f64x2) kernel for one float64 GD step on linear logistic regression, assembled
 * here from a short instruction list (no toolchain, no binary in the repository). V8 does not
 * vectorise JavaScript loops; this kernel does two lanes per instruction and has no bounds checks,
 * several times the fused JavaScript loop. Results are the same up to summation order (tested to
 * 1e-12). σ is computed inside the module (no call into JavaScript per row). The rows of a run can be
 * split between threads that share the module's memory (gdKernel(threads)).
 *
 *   partial(Z, v, S, rows, d):  S = Σ_{i<rows} σ(−z_iᵀv) z_i      (byte offsets; d % 8 = 0; rows % 4 = 0,
 *                                in blocks of four rows: blockLayout)
 *   update(v, S, parts, d, c):  v += c·(S_0 + … + S_{parts−1})
 *   sig(m), sigmas(P, count):    σ(−m), scalar and two lanes at a time in place (exported for the tests)
 */
import { Worker } from 'node:worker_threads';
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
/** v128.load / v128.store at a constant byte offset from the address on the stack (memarg offset: no add). */
const loadAt = (off: number) => [...simd(0), 3, ...leb(off)], storeAt = (off: number) => [...simd(11), 3, ...leb(off)];
const zero = [...simd(12), ...new Array<number>(16).fill(0)];
const splat = simd(20), vadd = simd(240), vsub = simd(241), vmul = simd(242);
const inc = (local: number, by: number | number[]) => [...get(local), ...(typeof by === 'number' ? i32(by) : by), ...add32, ...set(local)];
/** A loop: `exit` pushes an i32 that ends it when nonzero (checked before each pass), then `body`. */
const loop = (exit: number[], body: number[]) => [0x02, 0x40, 0x03, 0x40, ...exit, 0x0d, 1, ...body, 0x0c, 0, 0x0b, 0x0b];
const f64x2c = (x: number) => [...simd(12), ...new Uint8Array(new Float64Array([x, x]).buffer)];
const i64x2c = (x: number) => [...simd(12), ...new Uint8Array(new BigInt64Array([BigInt(x), BigInt(x)]).buffer)];
/** i8x16.shuffle picking 64-bit lane a of the first operand and lane b of the second (2, 3: the second's lanes). */
const pick = (a: number, b: number) => [...simd(13), ...[a, b].flatMap((l) => Array.from({ length: 8 }, (_, k) => l * 8 + k))];

const LN2_HI = 0.6931471803691238, LN2_LO = 1.9082149292705877e-10;
const factorial = (i: number): number => { let f = 1; for (let q = 2; q <= i; q++) f *= q; return f; };

/**
 * The body of sig2(m: v128) → v128: σ(−m) = 1/(1 + e^m) for both lanes. It is a function of its own,
 * called by `partial`: inlined there, V8 11's code for the axpy pass that follows became 3× slower.
 * With x = max(−|m|, −708), e = e^x: σ(−m) = e/(1 + e) for m ≥ 0 and 1/(1 + e) for m < 0. e^x: k =
 * round(x·log2 e), r = x − k·ln2 (ln2 in two parts, k·LN2_HI exact), e^r by its Taylor polynomial of
 * degree 13 on |r| ≤ ln2/2 (truncation < 5e-18), 2^k built from its bits. At −708, 2^k is still
 * normal: σ then errs by less than 1e-307 absolutely, far below every sum it enters. The same
 * operations in the same order as the scalar `sig`, lane by lane, so the results are the same bits.
 */
function sig2Body(): number[] {
  const [m, out, X, K, R, P, E] = [0, 1, 2, 3, 4, 5, 6];
  const st: number[][] = [
    [...get(m), ...simd(236), ...simd(237), ...f64x2c(-708), ...simd(245), ...set(X)],
    [...get(X), ...f64x2c(Math.LOG2E), ...vmul, ...simd(148), ...set(K)],
    [...get(X), ...get(K), ...f64x2c(LN2_HI), ...vmul, ...vsub, ...get(K), ...f64x2c(LN2_LO), ...vmul, ...vsub, ...set(R)],
    [...f64x2c(1 / factorial(13)), ...set(P)],
  ];
  for (let i = 12; i >= 0; i--) st.push([...get(P), ...get(R), ...vmul, ...f64x2c(1 / factorial(i)), ...vadd, ...set(P)]);
  st.push(
    // 2^k: k (integral, −1022 ≤ k ≤ 0) to i32 lanes, widened to i64, biased, shifted into the exponent field.
    [...get(P), ...get(K), ...simd(252), ...simd(199), ...i64x2c(1023), ...simd(206), ...i32(52), ...simd(203), ...vmul, ...set(E)],
    [...get(E), ...f64x2c(1), ...get(m), ...f64x2c(0), ...simd(76), ...simd(82), ...f64x2c(1), ...get(E), ...vadd, ...simd(243), ...set(out)],
  );
  return [...vec([[6, V128]]), ...st.flat(), ...get(out), 0x0b];
}
/** Function indices of the module. */
const [SIG, PARTIAL, UPDATE, SIGMAS, SIG2] = [0, 1, 2, 3, 4];
const call = (f: number) => [0x10, ...leb(f)];

/** Rows per block of the data layout and of `partial`. */
export const BLOCK_ROWS = 4;

/**
 * The module's bytes, assembled when the kernel is first used (not at import: every command imports
 * this module through the public entry, and assembling costs milliseconds at start-up).
 */
function moduleBytes(): Uint8Array {
  /*
   * partial(Z, V, S, rows, d): S = Σ_{i < rows} σ(−z_iᵀv) z_i over `rows` rows (a multiple of 4) from
   * byte offset Z, in blocks of four rows interleaved in pairs of columns (blockLayout): z_{4b+r}[2c..2c+1]
   * at Z + b·32d + 64c + 16r. One pass per block computes the four dot products (eight accumulators,
   * each v load used four times: eight independent addition chains keep both floating-point ports
   * busy), σ of the four margins, two lanes at a time and inline, and then a second pass, over the
   * same 32·d bytes while they are still in cache, adds the four rows to S: one load and one store
   * of S per four rows. Each element of S receives s_0 z_0, …, s_3 z_3 in row order.
   */
  // Parameters 0..4: Z (advanced block by block), V, S, rows, d. Locals: i32 5 bytes, 6 block, 7 p, 8 q, 9 end, 10 i; v128 from 11.
  const [PZ, PV, PS, PROWS, PD, PBYTES, PBLK, PP, PQ, PEND, PI] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const A = [11, 12, 13, 14, 15, 16, 17, 18], [VV0, VV1, M01, M23, S01, S23] = [19, 20, 21, 22, 23, 24];
  const SR = [25, 26, 27, 28];
  const acc = (r: number, h: number) => A[2 * r + h]!;
  const partialCode = [
    ...get(PD), ...i32(3), 0x74, ...set(PBYTES), ...get(PBYTES), ...i32(2), 0x74, ...set(PBLK),
    ...get(PS), ...set(PQ), ...get(PS), ...get(PBYTES), ...add32, ...set(PEND),
    ...loop([...get(PQ), ...get(PEND), ...geU], [...[0, 16, 32, 48].flatMap((o) => [...get(PQ), ...zero, ...storeAt(o)]), ...inc(PQ, 64)]),
    ...i32(0), ...set(PI),
    ...loop([...get(PI), ...get(PROWS), ...geU], [
      ...A.flatMap((a) => [...zero, ...set(a)]),
      ...get(PZ), ...set(PP), ...get(PV), ...set(PQ), ...get(PZ), ...get(PBLK), ...add32, ...set(PEND),
      ...loop([...get(PP), ...get(PEND), ...geU], [
        ...get(PQ), ...loadAt(0), ...set(VV0), ...get(PQ), ...loadAt(16), ...set(VV1),
        ...[0, 1].flatMap((h) => [0, 1, 2, 3].flatMap((r) => [...get(acc(r, h)), ...get(PP), ...loadAt(64 * h + 16 * r), ...get(h ? VV1 : VV0), ...vmul, ...vadd, ...set(acc(r, h))])),
        ...inc(PP, 128), ...inc(PQ, 32),
      ]),
      // The margins of rows (0, 1) and (2, 3), one per lane: the sum of each row's four lanes.
      ...[[M01, 0], [M23, 2]].flatMap(([m, r]) => [
        ...get(acc(r!, 0)), ...get(acc(r!, 1)), ...vadd, ...get(acc(r! + 1, 0)), ...get(acc(r! + 1, 1)), ...vadd, ...set(VV0),
        ...set(VV1), ...get(VV1), ...get(VV0), ...pick(0, 2), ...get(VV1), ...get(VV0), ...pick(1, 3), ...vadd, ...set(m!),
      ]),
      ...get(M01), ...call(SIG2), ...set(S01), ...get(M23), ...call(SIG2), ...set(S23),
      ...[[S01, 0], [S01, 1], [S23, 0], [S23, 1]].flatMap(([s, l], r) => [...get(s!), ...get(s!), ...pick(l!, l! + 2), ...set(SR[r]!)]),
      ...get(PZ), ...set(PP), ...get(PS), ...set(PQ),
      ...loop([...get(PP), ...get(PEND), ...geU], [
        ...[0, 1].flatMap((h) => [
          ...get(PQ), ...get(PQ), ...loadAt(16 * h),
          ...[0, 1, 2, 3].flatMap((r) => [...get(SR[r]!), ...get(PP), ...loadAt(64 * h + 16 * r), ...vmul, ...vadd]),
          ...storeAt(16 * h),
        ]),
        ...inc(PP, 128), ...inc(PQ, 32),
      ]),
      ...inc(PZ, get(PBLK)), ...inc(PI, BLOCK_ROWS),
    ]),
    0x0b,
  ];
  const partialBody = [...vec([[6, I32], [18, V128]]), ...partialCode];

  /*
   * sigmas(P, count): σ(−m) in place for `count` (even) doubles from byte offset P, two lanes at a
   * time: the vector σ of `partial`, exported so that its test compares it with the scalar `sig`.
   */
  const [QP, QCOUNT, QEND] = [0, 1, 2];
  const sigmasCode = [
    ...get(QP), ...get(QCOUNT), ...i32(3), 0x74, ...add32, ...set(QEND),
    ...loop([...get(QP), ...get(QEND), ...geU], [
      ...get(QP), ...get(QP), ...loadAt(0), ...call(SIG2), ...storeAt(0), ...inc(QP, 16),
    ]),
    0x0b,
  ];
  const sigmasBody = [...vec([[1, I32]]), ...sigmasCode];
  const sig2 = sig2Body();

  /*
   * update(V, S, parts, d, c): v += c·(s_0 + … + s_{parts−1}), the partial sums laid out one after the
   * other from S, added in that fixed order (so every thread computes the same v).
   */
  // Parameters 0..4: V, S, parts, d (i32), c (f64). Locals: 5 bytes, 6 o, 7 k, 8 r (i32); 9 sum, 10 cv (v128).
  const [UV, US, UPARTS, UD, UC, UBYTES, UO, UK, UR, USUM, UCV] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const updateCode = [
    ...get(UD), ...i32(3), 0x74, ...set(UBYTES), ...get(UC), ...splat, ...set(UCV), ...i32(0), ...set(UO),
    0x02, 0x40, 0x03, 0x40, ...get(UO), ...get(UBYTES), ...geU, 0x0d, 1,
    ...get(US), ...get(UO), ...add32, ...loadAt(0), ...set(USUM),
    ...get(US), ...get(UO), ...add32, ...get(UBYTES), ...add32, ...set(UR), ...i32(1), ...set(UK),
    0x02, 0x40, 0x03, 0x40, ...get(UK), ...get(UPARTS), ...geU, 0x0d, 1,
    ...get(USUM), ...get(UR), ...loadAt(0), ...vadd, ...set(USUM), ...inc(UR, get(UBYTES)), ...inc(UK, 1), 0x0c, 0, 0x0b, 0x0b,
    ...get(UV), ...get(UO), ...add32, ...get(UV), ...get(UO), ...add32, ...loadAt(0), ...get(UCV), ...get(USUM), ...vmul, ...vadd, ...storeAt(0),
    ...inc(UO, 16), 0x0c, 0, 0x0b, 0x0b,
    0x0b,
  ];
  const updateBody = [...vec([[4, I32], [2, V128]]), ...updateCode];

  /*
   * sig(m): the scalar σ(−m), the same operations as sig2 on one lane (the reference that
   * the vector σ is tested against, bit for bit, and that is tested against float64.sigmoidNeg).
   */
  const f64c = (x: number) => [0x44, ...new Uint8Array(new Float64Array([x]).buffer)];
  const [M, X, K, R, E] = [0, 1, 2, 3, 4];
  const horner: number[] = [...f64c(1 / factorial(13))];
  for (let i = 12; i >= 0; i--) horner.push(...get(R), 0xa2, ...f64c(1 / factorial(i)), 0xa0);
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
  // The memory is imported and shared (a SharedArrayBuffer), so that worker threads run the same
  // module on the same data: 1 page at least, 65536 (4 GiB) at most.
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([
      [0x60, ...vec([[F64]]), ...vec([[F64]])],
      [0x60, ...vec([[I32], [I32], [I32], [I32], [I32]]), 0],
      [0x60, ...vec([[I32], [I32], [I32], [I32], [F64]]), 0],
      [0x60, ...vec([[I32], [I32]]), 0],
      [0x60, ...vec([[V128]]), ...vec([[V128]])],
    ])),
    ...section(2, vec([[...name('env'), ...name('mem'), 0x02, 0x03, ...leb(1), ...leb(65536)]])),
    ...section(3, vec([[0], [1], [2], [3], [4]])),
    ...section(7, vec([[...name('sig'), 0x00, SIG], [...name('partial'), 0x00, PARTIAL], [...name('update'), 0x00, UPDATE], [...name('sigmas'), 0x00, SIGMAS]])),
    ...section(10, vec([[...leb(sigBody.length), ...sigBody], [...leb(partialBody.length), ...partialBody], [...leb(updateBody.length), ...updateBody], [...leb(sigmasBody.length), ...sigmasBody], [...leb(sig2.length), ...sig2]])),
  ]);
}

/** The few WebAssembly calls used (the global exists in Node; its types live in lib.dom, not loaded here). */
interface WasmMemory { buffer: ArrayBuffer | SharedArrayBuffer }
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Memory: new (desc: { initial: number; maximum: number; shared: true }) => WasmMemory;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
const Wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

let compiled: object | null | undefined;
function module(): object | null {
  if (compiled === undefined) { const bytes = moduleBytes(); compiled = Wasm && Wasm.validate(bytes) ? new Wasm.Module(bytes) : null; }
  return compiled;
}
const sharedMemory = (bytes: number): WasmMemory => {
  const pages = Math.ceil(bytes / 65536) + 1;
  return new Wasm!.Memory({ initial: pages, maximum: pages, shared: true });
};

/**
 * The kernel's σ(−m) for every element of `ms` (its vector σ, two lanes at a time), for the test
 * that it gives the scalar σ's bits.
 */
export function wasmSigmoidNegs(ms: Float64Array): Float64Array | null {
  const m = module();
  if (!m) return null;
  const count = ms.length + (ms.length & 1), memory = sharedMemory(8 * count);
  new Float64Array(memory.buffer).set(ms);
  (new Wasm!.Instance(m, { env: { mem: memory } }).exports.sigmas as (p: number, count: number) => void)(0, count);
  return new Float64Array(memory.buffer, 0, ms.length).slice();
}

/** The kernel's σ(−m), for its test against float64.sigmoidNeg. */
export function wasmSigmoidNeg(): ((m: number) => number) | null {
  const m = module();
  if (!m) return null;
  return new Wasm!.Instance(m, { env: { mem: sharedMemory(1) } }).exports.sig as (m: number) => number;
}

export const wasmAvailable = (): boolean => module() !== null;

/**
 * One thread's share of a run, as JavaScript source: the worker threads receive it as text (they
 * load no TypeScript), and this thread evaluates the same text, so every thread runs the same loop.
 * Thread k of N: v_k = 0 (each thread clears its own copy: a worker may still be finishing the
 * previous run when this thread starts the next), then T times: S_k = its rows' partial sum (buffer
 * t mod 2), publish step t + 1 in flags[k], wait until every other thread has too, then v_k += c·(S_0 + … + S_{N−1}). Every thread
 * keeps its own copy of v and updates it in the same order, so the copies stay identical, and one
 * barrier per step suffices: a thread overwrites buffer t mod 2 at step t + 2 only after every thread
 * has published step t + 1, which it does after reading step t's sums. The wait spins briefly
 * (a step at d = 64 takes microseconds, less than waking a sleeping thread), then sleeps; a thread
 * that makes no progress for `timeoutMs` ends the run with an error instead of a hang.
 */
const SHARE_LOOP = `(ex, flags, a, buffer) => {
  const { k, N, T, c, z, rows, v, s, d, bytes, timeoutMs } = a;
  new Float64Array(buffer, v, d).fill(0);
  for (let t = 0; t < T; t++) {
    const buf = s + (t & 1) * N * bytes;
    ex.partial(z, v, buf + k * bytes, rows, d);
    Atomics.store(flags, k, t + 1);
    Atomics.notify(flags, k);
    for (let j = 0; j < N; j++) {
      if (j === k) continue;
      let spins = 0, since = Date.now();
      for (;;) {
        const seen = Atomics.load(flags, j);
        if (seen > t || seen < 0) break;
        if (++spins < 20000) continue;
        if (Atomics.wait(flags, j, seen, 50) === 'timed-out' && Date.now() - since > timeoutMs) { Atomics.store(flags, k, -1); throw new Error('a thread of the parallel GD kernel stopped responding'); }
      }
      if (Atomics.load(flags, j) < 0) throw new Error('a thread of the parallel GD kernel failed');
    }
    ex.update(v, buf, N, d, c);
  }
}`;
type ShareArgs = { k: number; N: number; T: number; c: number; z: number; rows: number; v: number; s: number; d: number; bytes: number; timeoutMs: number };
type ShareLoop = (ex: Record<string, unknown>, flags: Int32Array, a: ShareArgs, buffer: ArrayBuffer | SharedArrayBuffer) => void;
let shareLoop: ShareLoop | undefined;
// Indirect eval: the loop's text is evaluated in the global scope, as in a worker.
const loopHere = (): ShareLoop => (shareLoop ??= (0, eval)(SHARE_LOOP) as ShareLoop);

/** A worker thread's whole program (CommonJS, no imports of ours): instantiate, run its share, report. */
const WORKER = `const { parentPort, workerData } = require('node:worker_threads');
const loop = ${SHARE_LOOP};
parentPort.on('message', ({ module, memory, flags, args }) => {
  const f = new Int32Array(flags);
  try {
    loop(new WebAssembly.Instance(module, { env: { mem: memory } }).exports, f, args, memory.buffer);
  } catch (e) {
    Atomics.store(f, args.k, -1); Atomics.notify(f, args.k);
  }
});
const up = new Int32Array(workerData.up);
Atomics.store(up, workerData.k, 1); Atomics.notify(up, workerData.k);`;

/** Doubles of Z per thread below which a run uses fewer threads (at n = 2d: d ≥ 128 on two threads). */
export const MIN_ROWS_WORK = 16_384;

/**
 * Rows r0 ≤ i < r1 of the row-major n×d matrix Z into `heap` from index `at`, in the order `partial`
 * reads them: blocks of BLOCK_ROWS rows (missing rows of the last block are zeros), each stored as
 * d8/2 column pairs, and each pair as the rows' two values in row order; columns d ≤ j < d8 are zeros.
 * Element (i, j) of block b = ⌊(i−r0)/4⌋, row r = (i−r0) mod 4 lands at at + 4·d8·b + 8⌊j/2⌋ + 2r + (j mod 2).
 */
export function blockLayout(Z: Float64Array, d: number, r0: number, r1: number, d8: number, heap: Float64Array, at: number): void {
  for (let i = r0; i < r1; i++) {
    const b = Math.floor((i - r0) / BLOCK_ROWS), r = (i - r0) % BLOCK_ROWS;
    const base = at + BLOCK_ROWS * d8 * b + 2 * r, row = i * d;
    for (let j = 0; j < d; j++) heap[base + 4 * (j & ~1) + (j & 1)] = Z[row + j]!;
  }
}

/** Float64 GD on linear logistic regression, v_{t+1} = v_t + (γ/n) Σ σ(−z_iᵀv_t) z_i from v_0 = 0, on `threads` threads. */
export interface GdKernel {
  /** This thread and threads − 1 workers share the rows of every run. */
  readonly threads: number;
  /**
   * v_T. Equal to the fused JavaScript loop up to summation order (tested to 1e-12): the partial
   * sums of the threads are added in thread order, the same in every run. Any d (rows are padded
   * with zero columns to a multiple of 8, which changes no sum).
   * @throws Error when a worker thread stops responding.
   */
  run(data: FloatData, gamma: number, T: number): Float64Array;
  /**
   * The data laid out for the kernel (blockLayout, in shared memory), for several runs on the same
   * data, or for a caller that times the GD loop alone, as the benchmark's numpy peer prepares its
   * arrays before its timer. run(γ, T) starts from v_0 = 0 each time; kernel.run(data, …) is
   * prepare(data).run(…).
   */
  prepare(data: FloatData): { run(gamma: number, T: number): Float64Array };
  /**
   * Blocks until every worker thread has started (at most timeoutMs), so that a caller timing runs
   * does not time a worker's start-up. Runs work without it: a run then waits for the workers.
   * @throws Error when a worker has not started within timeoutMs.
   */
  ready(timeoutMs?: number): void;
  /** Ends the worker threads. */
  close(): Promise<void>;
}

/**
 * A GD kernel on `threads` threads (1: this thread only), or null without WebAssembly SIMD. The
 * workers start here, not in run, so a caller that times runs (the benchmark) can wait for them
 * (ready) and time the arithmetic, as numpy's thread pool also exists before its peer's timer starts.
 */
export function gdKernel(threads = 1, minWork = MIN_ROWS_WORK): GdKernel | null {
  const m = module();
  if (!m) return null;
  const workers: Worker[] = [];
  // up[k] = 1 once worker k listens for runs (a Node worker takes tens of milliseconds to start).
  const up = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, threads)));
  for (let k = 1; k < threads; k++) {
    const w = new Worker(WORKER, { eval: true, workerData: { up: up.buffer, k } });
    w.unref();
    workers.push(w);
  }
  return {
    threads,
    ready(timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (let k = 1; k < threads; k++) {
        while (Atomics.load(up, k) === 0) {
          if (Date.now() > until) throw new Error('a worker thread of the GD kernel did not start');
          Atomics.wait(up, k, 0, 50);
        }
      }
    },
    run(data, gamma, T) { return this.prepare(data).run(gamma, T); },
    prepare(data) {
      const { n, d } = data;
      const d8 = Math.ceil(d / 8) * 8, bytes = d8 * 8;
      // A thread per minWork doubles of Z at least: below that, the barrier of every step costs more than the share saves.
      const N = Math.max(1, Math.min(threads, Math.ceil(n / BLOCK_ROWS), Math.floor((n * d8) / minWork)));
      // Layout: each thread's rows, padded with zero rows to whole blocks (a zero row adds σ(0)·0 = 0
      // to every sum), in blockLayout; then v_k for each thread; then the partial sums, two buffers of N.
      const shares = Array.from({ length: N }, (_, k) => [Math.floor((k * n) / N), Math.floor(((k + 1) * n) / N)] as const);
      const padded = shares.map(([r0, r1]) => Math.ceil((r1 - r0) / BLOCK_ROWS) * BLOCK_ROWS);
      const zAt = padded.map((_, k) => padded.slice(0, k).reduce((a, r) => a + r, 0) * bytes);
      const vAt = padded.reduce((a, r) => a + r, 0) * bytes, sAt = vAt + N * bytes;
      const memory = sharedMemory(sAt + 2 * N * bytes);
      const heap = new Float64Array(memory.buffer);
      shares.forEach(([r0, r1], k) => blockLayout(data.Z, d, r0, r1, d8, heap, zAt[k]! / 8));
      const exports = new Wasm!.Instance(m, { env: { mem: memory } }).exports;
      return {
        run(gamma, T) {
          const flags = new Int32Array(new SharedArrayBuffer(4 * N));
          const share = (k: number): ShareArgs => ({ k, N, T, c: gamma / n, z: zAt[k]!, rows: padded[k]!, v: vAt + k * bytes, s: sAt, d: d8, bytes, timeoutMs: 60_000 });
          for (let k = 1; k < N; k++) workers[k - 1]!.postMessage({ module: m, memory, flags: flags.buffer, args: share(k) });
          loopHere()(exports, flags, share(0), memory.buffer);
          return new Float64Array(memory.buffer, vAt, d).slice();
        },
      };
    },
    async close() { await Promise.all(workers.map((w) => w.terminate())); },
  };
}

let single: GdKernel | null | undefined;
/** T steps of plain GD from 0 on this thread with the SIMD kernel; the JavaScript loop without WebAssembly. */
export function gdF64Wasm(data: FloatData, gamma: number, T: number, fallback: (data: FloatData, gamma: number, T: number) => Float64Array): Float64Array {
  if (single === undefined) single = gdKernel(1);
  return single ? single.run(data, gamma, T) : fallback(data, gamma, T);
}
