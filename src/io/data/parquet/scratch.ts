/** Where page and batch decoding get their typed arrays, by slot name. */
export interface Arrays {
  f64(slot: string, n: number): Float64Array;
  i32(slot: string, n: number): Int32Array;
  u8(slot: string, n: number): Uint8Array;
}

/** New arrays every time (for what outlives a page, such as dictionaries). */
export const freshArrays: Arrays = {
  f64: (_slot, n) => new Float64Array(n),
  i32: (_slot, n) => new Int32Array(n),
  u8: (_slot, n) => new Uint8Array(n),
};

/**
 * Arrays reused from page to page or batch to batch: each call returns a view of `n` elements on
 * storage that only grows, valid until its slot is asked for again. Saves the garbage collector most
 * of the work of a read.
 */
export class Scratch implements Arrays {
  private readonly f64s = new Map<string, Float64Array>();
  private readonly i32s = new Map<string, Int32Array>();
  private readonly u8s = new Map<string, Uint8Array>();

  private static take<T extends Float64Array | Int32Array | Uint8Array>(slots: Map<string, T>, slot: string, n: number, make: (n: number) => T): T {
    let a = slots.get(slot);
    if (!a || a.length < n) {
      a = make(Math.max(n, Math.ceil((a?.length ?? 0) * 1.5)));
      slots.set(slot, a);
    }
    return a.subarray(0, n) as T;
  }

  f64(slot: string, n: number): Float64Array {
    return Scratch.take(this.f64s, slot, n, (k) => new Float64Array(k));
  }

  i32(slot: string, n: number): Int32Array {
    return Scratch.take(this.i32s, slot, n, (k) => new Int32Array(k));
  }

  u8(slot: string, n: number): Uint8Array {
    return Scratch.take(this.u8s, slot, n, (k) => new Uint8Array(k));
  }
}
