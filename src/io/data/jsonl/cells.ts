/**
 * The cells of the requested columns of a batch of JSON Lines rows, as the byte-level reader
 * (`line-reader.ts`) leaves them: a tag per cell, its number, and the byte range of its text in the
 * chunk. Row r, slot s is cell r * slots + s.
 */

/** Missing key or null. */
export const NULL = 0;
/** A number; its double in `nums` (an integer token beyond 2^53 is a BIGINT). */
export const NUMBER = 1;
/** An integer token whose magnitude is 2^53 or more: its digits at [start, end), its rounded double in `nums`. */
export const BIGINT = 2;
export const FALSE = 3;
export const TRUE = 4;
/** A string without escapes: its UTF-8 bytes at [start, end) (quotes excluded). */
export const STRING = 5;
/** A string with escapes: its bytes at [start, end), quotes excluded (decoded by JSON.parse when asked). */
export const ESCAPED = 6;
/** An object or array: its JSON text at [start, end). */
export const NESTED = 7;
/** A value read from a line's object (a line the byte reader left to `readLineObject`): in `values`. */
export const VALUE = 8;

export class JsonlCells {
  tags: Uint8Array;
  nums: Float64Array;
  starts: Int32Array;
  ends: Int32Array;
  /** The VALUE cells' values, by cell index. */
  readonly values = new Map<number, unknown>();

  slots: number;

  constructor(
    slots: number,
    private readonly rows: number,
  ) {
    this.slots = slots;
    const n = Math.max(1, rows * slots);
    this.tags = new Uint8Array(n);
    this.nums = new Float64Array(n);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
  }

  /** Every cell null again, for the next batch. */
  clear(): void {
    this.tags.fill(NULL);
    this.values.clear();
  }

  /** One more column (a key met for the first time, when every column is read): the cells move to their new places. */
  addSlot(): void {
    const from = this.slots;
    const to = from + 1;
    const grown = <T extends Uint8Array | Float64Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(Math.max(1, this.rows * to));
      for (let r = 0; r < this.rows; r++) b.set(a.subarray(r * from, (r + 1) * from), r * to);
      return b;
    };
    this.tags = grown(this.tags);
    this.nums = grown(this.nums);
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    const moved = [...this.values].map(([k, v]) => [Math.floor(k / from) * to + (k % from), v] as const);
    this.values.clear();
    for (const [k, v] of moved) this.values.set(k, v);
    this.slots = to;
  }

  /** Row r's cells null (a line read again another way). */
  clearRow(r: number): void {
    this.tags.fill(NULL, r * this.slots, (r + 1) * this.slots);
  }
}
