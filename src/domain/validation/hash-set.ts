/**
 * A set of 64-bit hashes (two uint32 lanes) in one typed array: open addressing, linear probing,
 * load factor at most 3/4, doubling. The capacity need not be a power of two (a set sized up front
 * for 1.05M values takes 1.4M slots, not 2M), so the home slot is a multiply-shift of the hash. The two lanes of a slot sit side by side, so a probe of a big
 * set costs one cache miss, not two. 8 bytes per slot, so 10M distinct values take 128 MiB, where a
 * JS Set of strings would fail at 2^24 entries. See src/domain/table/hash.ts for the collision probability.
 */
export class HashSet64 {
  /** hi at 2 * slot, lo at 2 * slot + 1; (0, 0) marks an empty slot. */
  private slots: Uint32Array;
  private cap: number;
  size = 0;

  constructor(initialCapacity = 1024) {
    this.cap = slotsFor(initialCapacity);
    this.slots = new Uint32Array(2 * this.cap);
  }

  /** Makes room for `count` values in all without growing (a set that will be big skips the rehashes). */
  reserve(count: number): void {
    const cap = slotsFor(count);
    if (cap > this.cap) this.rehash(cap);
  }

  /** Adds the hash; true when it was not there yet. */
  add(h: Uint32Array): boolean {
    const hi = h[0]!;
    let lo = h[1]!;
    if (hi === 0 && lo === 0) lo = 1;
    const { slots, cap } = this;
    let slot = home(hi, lo, cap);
    for (;;) {
      const sh = slots[2 * slot]!;
      const sl = slots[2 * slot + 1]!;
      if (sh === 0 && sl === 0) break;
      if (sh === hi && sl === lo) return false;
      if (++slot === cap) slot = 0;
    }
    slots[2 * slot] = hi;
    slots[2 * slot + 1] = lo;
    this.size++;
    if (this.size * 4 > cap * 3) this.rehash(2 * cap);
    return true;
  }

  /**
   * Adds hi[i], lo[i] for i in [start, end) in order; fresh[i - start] = 1 when the value was new.
   * Same result as calling `add` one by one, but faster on a big set: a first pass touches every
   * value's home slot so that the cache misses overlap, instead of one after the other.
   */
  addMany(hi: Uint32Array, lo: Uint32Array, start: number, end: number, fresh: Uint8Array): void {
    for (let b = start; b < end; b += TOUCH_BLOCK) {
      const e = Math.min(end, b + TOUCH_BLOCK);
      if ((this.size + (e - b)) * 4 > this.cap * 3) this.rehash(Math.max(2 * this.cap, slotsFor(this.size + (e - b))));
      const { slots, cap } = this;
      let touched = 0;
      for (let i = b; i < e; i++) touched |= slots[2 * home(hi[i]!, lo[i]!, cap)]!;
      this.touched = touched;
      for (let i = b; i < e; i++) {
        const h = hi[i]!;
        let l = lo[i]!;
        if (h === 0 && l === 0) l = 1;
        let slot = home(h, l, cap);
        let isNew = 1;
        for (;;) {
          const sh = slots[2 * slot]!;
          const sl = slots[2 * slot + 1]!;
          if (sh === 0 && sl === 0) break;
          if (sh === h && sl === l) {
            isNew = 0;
            break;
          }
          if (++slot === cap) slot = 0;
        }
        fresh[i - start] = isNew;
        if (isNew) {
          slots[2 * slot] = h;
          slots[2 * slot + 1] = l;
          this.size++;
        }
      }
    }
  }

  /** Keeps the touching pass of `addMany` from being optimised away. */
  private touched = 0;

  has(h: Uint32Array): boolean {
    const hi = h[0]!;
    let lo = h[1]!;
    if (hi === 0 && lo === 0) lo = 1;
    const { slots, cap } = this;
    let slot = home(hi, lo, cap);
    for (;;) {
      const sh = slots[2 * slot]!;
      const sl = slots[2 * slot + 1]!;
      if (sh === 0 && sl === 0) return false;
      if (sh === hi && sl === lo) return true;
      if (++slot === cap) slot = 0;
    }
  }

  private rehash(cap: number): void {
    const old = this.slots;
    const slots = new Uint32Array(2 * cap);
    for (let i = 0; i < old.length; i += 2) {
      const hi = old[i]!;
      const lo = old[i + 1]!;
      if (hi === 0 && lo === 0) continue;
      let slot = home(hi, lo, cap);
      while (slots[2 * slot] !== 0 || slots[2 * slot + 1] !== 0) if (++slot === cap) slot = 0;
      slots[2 * slot] = hi;
      slots[2 * slot + 1] = lo;
    }
    this.slots = slots;
    this.cap = cap;
  }
}

/** Home slot in [0, cap): a 32-bit mix of both lanes scaled to cap (the guard catches a product rounded up to cap). */
function home(hi: number, lo: number, cap: number): number {
  const slot = Math.floor((((hi ^ Math.imul(lo, 0x9e3779b1)) >>> 0) / 4294967296) * cap);
  return slot < cap ? slot : cap - 1;
}

/** Values per touching pass of `addMany`: their home slots' cache lines (256 KiB) stay in the core's cache. */
const TOUCH_BLOCK = 4096;

/** Slots that hold `count` values at load factor 3/4 (at least 1024). */
function slotsFor(count: number): number {
  return Math.max(1024, Math.ceil((count * 4) / 3));
}
