/**
 * A set of 64-bit hashes (two uint32 lanes) in one typed array: open addressing, linear probing,
 * load factor at most 3/4, doubling. The two lanes of a slot sit side by side, so a probe of a big
 * set costs one cache miss, not two. 8 bytes per slot, so 10M distinct values take 128 MiB, where a
 * JS Set of strings would fail at 2^24 entries. See src/io/hash.ts for the collision probability.
 */
export class HashSet64 {
  /** hi at 2 * slot, lo at 2 * slot + 1; (0, 0) marks an empty slot. */
  private slots: Uint32Array;
  private mask: number;
  size = 0;

  constructor(initialCapacity = 1024) {
    this.slots = new Uint32Array(2 * slotsFor(initialCapacity));
    this.mask = this.slots.length / 2 - 1;
  }

  /** Makes room for `count` values in all without growing (a set that will be big skips the rehashes). */
  reserve(count: number): void {
    const cap = slotsFor(count);
    if (cap > this.mask + 1) this.rehash(cap);
  }

  /** Adds the hash; true when it was not there yet. */
  add(h: Uint32Array): boolean {
    const hi = h[0]!;
    let lo = h[1]!;
    if (hi === 0 && lo === 0) lo = 1;
    const { slots, mask } = this;
    let slot = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask;
    for (;;) {
      const sh = slots[2 * slot]!;
      const sl = slots[2 * slot + 1]!;
      if (sh === 0 && sl === 0) break;
      if (sh === hi && sl === lo) return false;
      slot = (slot + 1) & mask;
    }
    slots[2 * slot] = hi;
    slots[2 * slot + 1] = lo;
    this.size++;
    if (this.size * 4 > (mask + 1) * 3) this.rehash(2 * (mask + 1));
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
      this.reserve(this.size + (e - b));
      const { slots, mask } = this;
      let touched = 0;
      for (let i = b; i < e; i++) touched |= slots[2 * ((hi[i]! ^ Math.imul(lo[i]!, 0x9e3779b1)) & mask)]!;
      this.touched = touched;
      for (let i = b; i < e; i++) {
        const h = hi[i]!;
        let l = lo[i]!;
        if (h === 0 && l === 0) l = 1;
        let slot = (h ^ Math.imul(l, 0x9e3779b1)) & mask;
        let isNew = 1;
        for (;;) {
          const sh = slots[2 * slot]!;
          const sl = slots[2 * slot + 1]!;
          if (sh === 0 && sl === 0) break;
          if (sh === h && sl === l) {
            isNew = 0;
            break;
          }
          slot = (slot + 1) & mask;
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
    const { slots, mask } = this;
    let slot = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask;
    for (;;) {
      const sh = slots[2 * slot]!;
      const sl = slots[2 * slot + 1]!;
      if (sh === 0 && sl === 0) return false;
      if (sh === hi && sl === lo) return true;
      slot = (slot + 1) & mask;
    }
  }

  private rehash(cap: number): void {
    const old = this.slots;
    const slots = new Uint32Array(2 * cap);
    const mask = cap - 1;
    for (let i = 0; i < old.length; i += 2) {
      const hi = old[i]!;
      const lo = old[i + 1]!;
      if (hi === 0 && lo === 0) continue;
      let slot = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask;
      while (slots[2 * slot] !== 0 || slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = hi;
      slots[2 * slot + 1] = lo;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** Values per touching pass of `addMany`: their home slots' cache lines (256 KiB) stay in the core's cache. */
const TOUCH_BLOCK = 4096;

/** The power of two of slots that holds `count` values at load factor 3/4 (at least 1024). */
function slotsFor(count: number): number {
  let cap = 1024;
  while (cap * 3 < count * 4) cap *= 2;
  return cap;
}
