/** Counting a text column's cells per distinct text, a string built once per distinct text (not per cell). */
import type { Column } from '../../domain/table/record-batch.js';

export interface CategoricalSink {
  /** `count` more cells of this text; `hash`, when given, is the high word of the 64-bit hash of its UTF-8 bytes. */
  add(value: string, count: number, hash?: number): void;
  addNulls(count: number): void;
  /**
   * When present: counts `count` cells of the value whose hash has high word `hash` and returns true if the sink
   * would only pool that value (no string needed); false: the caller adds the text.
   */
  pooled?(hash: number, count: number): boolean;
}

/**
 * Distinct texts per column looked up by the 64-bit hash of their bytes, so a string is built once
 * per value, not per cell (two distinct values share a hash with probability ~4096² / 2^65). Past
 * this many distinct texts every further new text is read cell by cell.
 */
const TEXT_CACHE_LIMIT = 4096;
const TEXT_TABLE_SLOTS = 8192;

/**
 * Counts a text column's cells per distinct text. Counts wait in the table and go to the sink in
 * `flush`, in the order the texts became pending, so a text new to the sink arrives in data order.
 */
export class TextTally {
  private readonly hi = new Uint32Array(TEXT_TABLE_SLOTS);
  private readonly lo = new Uint32Array(TEXT_TABLE_SLOTS);
  private readonly index = new Int32Array(TEXT_TABLE_SLOTS).fill(-1);
  private readonly texts: string[] = [];
  private readonly hashes = new Uint32Array(TEXT_CACHE_LIMIT);
  private readonly counts = new Float64Array(TEXT_CACHE_LIMIT);
  /** Texts with a count waiting, in the order their first waiting cell came. */
  private readonly pending = new Int32Array(TEXT_CACHE_LIMIT);
  private pendingLength = 0;
  private readonly h = new Uint32Array(2);

  /** Counts cell i (false when it is null); a text past the cache goes to the sink at once, after what waits. */
  add(col: Column, i: number, sink: CategoricalSink): boolean {
    const h = this.h;
    col.hash(i, h);
    const h0 = h[0]!;
    const h1 = h[1]!;
    // A value the sink only pools costs no string (most cells of a value-per-row column past the cap).
    if (sink.pooled?.(h0, 1)) return true;
    let slot = (h0 ^ Math.imul(h1, 0x9e3779b1)) & (TEXT_TABLE_SLOTS - 1);
    for (;;) {
      const k = this.index[slot]!;
      if (k < 0) break;
      if (this.hi[slot] === h0 && this.lo[slot] === h1) {
        if (this.counts[k]!++ === 0) this.pending[this.pendingLength++] = k;
        return true;
      }
      slot = (slot + 1) & (TEXT_TABLE_SLOTS - 1);
    }
    const k = this.texts.length;
    const t = col.text(i);
    if (t === null) return false;
    if (k < TEXT_CACHE_LIMIT) {
      this.hashes[k] = h0;
      this.hi[slot] = h0;
      this.lo[slot] = h1;
      this.index[slot] = k;
      this.counts[k] = 1;
      this.pending[this.pendingLength++] = k;
      this.texts.push(t);
    } else {
      this.flush(sink);
      sink.add(t, 1, h0);
    }
    return true;
  }

  /** Whether counts wait for a flush. */
  get waiting(): boolean {
    return this.pendingLength > 0;
  }

  /** Drops the counts waiting (a chunk given up half-way must not leave them to the next). */
  clear(): void {
    for (let p = 0; p < this.pendingLength; p++) this.counts[this.pending[p]!] = 0;
    this.pendingLength = 0;
  }

  flush(sink: CategoricalSink): void {
    const { texts, hashes, counts, pending } = this;
    for (let p = 0; p < this.pendingLength; p++) {
      const k = pending[p]!;
      sink.add(texts[k]!, counts[k]!, hashes[k]);
      counts[k] = 0;
    }
    this.pendingLength = 0;
  }
}

/**
 * The text tallies of a read's columns, by name. A tally keeps only texts by hash (its counts go to the
 * sink at each flush), so one may serve every chunk a thread reads: each text of a column is then
 * built once per thread, not once per chunk, and the tables are allocated once.
 */
export class TextTallies {
  private readonly byColumn = new Map<string, TextTally>();

  of(column: string): TextTally {
    let tally = this.byColumn.get(column);
    if (!tally) this.byColumn.set(column, (tally = new TextTally()));
    return tally;
  }

  /** The tallies, by column. */
  entries(): IterableIterator<[string, TextTally]> {
    return this.byColumn.entries();
  }

  clear(): void {
    for (const t of this.byColumn.values()) t.clear();
  }
}

