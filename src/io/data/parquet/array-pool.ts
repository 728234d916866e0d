import type { Arrays } from './scratch.js';

/** Bytes of handed-back buffers a pool keeps (what the worker keeps in flight, and as much again). */
const POOL_BYTES = 64 << 20;

/** Smallest buffer a pool makes: 4 KiB, a memory page. */
const MIN_CLASS = 12;

/**
 * Arrays for the pages a worker thread decodes and moves to the reading thread (page-feed.ts): each on a buffer
 * of its own, so it can be moved whole, and buffers the reader hands back once it is done with a page are used
 * again. Fresh memory costs a page fault per 4 KiB the first time it is written (~10 us on the bench machine):
 * the arrays of 1M rows' pages came to about 20,000 faults. Buffers come in power-of-two sizes, so a handed-back
 * buffer fits the next page of about the same size; the tail of a buffer a page does not fill is never touched.
 */
export class ArrayPool implements Arrays {
  private readonly free = new Map<number, ArrayBuffer[]>();
  private readonly made = new WeakSet<ArrayBuffer>();
  private held = 0;

  private take(bytes: number): ArrayBuffer {
    const size = sizeClass(bytes);
    const buffer = this.free.get(size)?.pop();
    if (buffer) {
      this.held -= buffer.byteLength;
      return buffer;
    }
    const made = new ArrayBuffer(2 ** size);
    this.made.add(made);
    return made;
  }

  f64(_slot: string, n: number): Float64Array {
    return new Float64Array(this.take(8 * n), 0, n);
  }

  i32(_slot: string, n: number): Int32Array {
    return new Int32Array(this.take(4 * n), 0, n);
  }

  u8(_slot: string, n: number): Uint8Array {
    return new Uint8Array(this.take(n), 0, n);
  }

  /** Whether `buffer` is one of this pool's (its arrays are the only views of it: it can be moved whole). */
  owns(buffer: ArrayBufferLike): boolean {
    return buffer instanceof ArrayBuffer && this.made.has(buffer);
  }

  /** Takes back buffers the reader is done with (moved back here: new objects, the same memory). */
  give(buffers: readonly ArrayBuffer[]): void {
    for (const buffer of buffers) {
      const size = Math.log2(buffer.byteLength);
      if (!Number.isInteger(size) || size < MIN_CLASS || this.held + buffer.byteLength > POOL_BYTES) continue;
      this.made.add(buffer);
      this.held += buffer.byteLength;
      let list = this.free.get(size);
      if (!list) this.free.set(size, (list = []));
      list.push(buffer);
    }
  }
}

/** The power of two a buffer of `bytes` bytes is made with. */
function sizeClass(bytes: number): number {
  return Math.max(MIN_CLASS, Math.ceil(Math.log2(Math.max(1, bytes))));
}
