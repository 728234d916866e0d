import { HashSet64 } from './hash-set.js';
import type { UniqueKeys } from './distinct.js';

/**
 * The rows seen so far, as 64-bit row hashes, for the `duplicates` check. Two equal rows hold the
 * same value in every column, so when the dataset has a `unique` column (the key) whose value is a
 * canonical integer, the first row with each key keeps its hash in a slot for that key: a later row is
 * a repeat of it when its hash equals the slot's. A row whose slot holds another hash (the key repeats
 * but the row differs), and every row without a usable key, goes to a hash set. The slots are one
 * array read and written mostly in order (ids mostly grow), where a hash-set insert is a cache miss.
 * Each row is compared with every earlier row of its key either way, so the result is the hash set's.
 */
export class DuplicateRows {
  private readonly others = new HashSet64();
  /** hi at 2 * k, lo at 2 * k + 1 for the key base + k; (0, 0) empty. */
  private slots: Uint32Array | undefined;
  private base = 0;
  private expected = 0;
  private readonly h = new Uint32Array(2);

  /** `keyed`: the dataset has a key column (the hash set then only holds the exceptions). */
  constructor(private readonly keyed: boolean) {}

  /** About `rows` rows in all will come. */
  reserve(rows: number): void {
    this.expected = Math.max(this.expected, rows);
    if (!this.keyed) this.others.reserve(rows);
  }

  /** Adds the row with hash (hi, lo) whose key is `key` (NaN: none); true when no earlier row had this hash. */
  add(hi: number, lo: number, key: number): boolean {
    if (hi === 0 && lo === 0) lo = 1;
    if (key === key) {
      let slots = this.slots;
      if (slots === undefined) {
        const size = Math.max(1 << 16, Math.ceil(this.expected * 1.05));
        // A little room below the first key, most of it above.
        this.base = key - (size >> 4);
        slots = this.slots = new Uint32Array(2 * size);
      }
      const k = key - this.base;
      if (k >= 0 && 2 * k < slots.length) {
        const sh = slots[2 * k]!;
        const sl = slots[2 * k + 1]!;
        if (sh === 0 && sl === 0) {
          slots[2 * k] = hi;
          slots[2 * k + 1] = lo;
          return true;
        }
        if (sh === hi && sl === lo) return false;
      }
    }
    this.h[0] = hi;
    this.h[1] = lo;
    return this.others.add(this.h);
  }

  /**
   * `add` for rows [0, n) in order: row r has hash (hi[r], lo[r]) and its key in `keys` (the key
   * column's unique keys; none when undefined). fresh[r] = 1 when row r was new.
   */
  addRows(hi: Uint32Array, lo: Uint32Array, keys: UniqueKeys | undefined, n: number, fresh: Uint8Array): void {
    if (keys === undefined) {
      this.others.addMany(hi, lo, 0, n, fresh);
      return;
    }
    for (let r = 0; r < n; r++) fresh[r] = this.add(hi[r]!, lo[r]!, keys.nulls[r] === 0 ? keys.ints[r]! : NaN) ? 1 : 0;
  }
}
