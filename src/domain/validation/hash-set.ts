/**
 * A set of 64-bit hashes (two uint32 lanes) in typed arrays: open addressing, linear probing, load
 * factor at most 3/4, doubling. 8 bytes per slot, so 10M distinct values take 128 MiB, where a JS
 * Set of strings would fail at 2^24 entries. See src/io/hash.ts for the collision probability.
 */
export class HashSet64 {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private mask: number;
  size = 0;

  constructor(initialCapacity = 1024) {
    let cap = 1024;
    while (cap < initialCapacity) cap *= 2;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.mask = cap - 1;
  }

  /** Adds the hash; true when it was not there yet. */
  add(h: Uint32Array): boolean {
    const hi = h[0]!;
    let lo = h[1]!;
    if (hi === 0 && lo === 0) lo = 1; // (0,0) marks an empty slot
    const mask = this.mask;
    let slot = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask;
    for (;;) {
      const sh = this.hi[slot]!;
      const sl = this.lo[slot]!;
      if (sh === 0 && sl === 0) break;
      if (sh === hi && sl === lo) return false;
      slot = (slot + 1) & mask;
    }
    this.hi[slot] = hi;
    this.lo[slot] = lo;
    this.size++;
    if (this.size * 4 > (mask + 1) * 3) this.grow();
    return true;
  }

  has(h: Uint32Array): boolean {
    const hi = h[0]!;
    let lo = h[1]!;
    if (hi === 0 && lo === 0) lo = 1;
    const mask = this.mask;
    let slot = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask;
    for (;;) {
      const sh = this.hi[slot]!;
      const sl = this.lo[slot]!;
      if (sh === 0 && sl === 0) return false;
      if (sh === hi && sl === lo) return true;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const oldHi = this.hi;
    const oldLo = this.lo;
    const cap = oldHi.length * 2;
    this.hi = new Uint32Array(cap);
    this.lo = new Uint32Array(cap);
    this.mask = cap - 1;
    const mask = this.mask;
    for (let i = 0; i < oldHi.length; i++) {
      const hi = oldHi[i]!;
      const lo = oldLo[i]!;
      if (hi === 0 && lo === 0) continue;
      let slot = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask;
      while (this.hi[slot] !== 0 || this.lo[slot] !== 0) slot = (slot + 1) & mask;
      this.hi[slot] = hi;
      this.lo[slot] = lo;
    }
  }
}
