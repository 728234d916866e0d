/** Counting a text column's cells per distinct text, a string built once per distinct text (not per cell). */
import type { Column } from '../../domain/table/record-batch.js';

/** Where a tally's counts go: `count` more cells of the text `value`. */
export interface TextCounts {
  add(value: string, count: number): void;
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
  private readonly counts = new Float64Array(TEXT_CACHE_LIMIT);
  /** Texts with a count waiting, in the order their first waiting cell came. */
  private readonly pending = new Int32Array(TEXT_CACHE_LIMIT);
  private pendingLength = 0;
  private readonly h = new Uint32Array(2);

  /** Counts cell i (false when it is null); a text past the cache goes to the sink at once, after what waits. */
  add(col: Column, i: number, sink: TextCounts): boolean {
    const h = this.h;
    col.hash(i, h);
    const h0 = h[0]!;
    const h1 = h[1]!;
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
      this.hi[slot] = h0;
      this.lo[slot] = h1;
      this.index[slot] = k;
      this.counts[k] = 1;
      this.pending[this.pendingLength++] = k;
      this.texts.push(t);
    } else {
      this.flush(sink);
      sink.add(t, 1);
    }
    return true;
  }

  flush(sink: TextCounts): void {
    const { texts, counts, pending } = this;
    for (let p = 0; p < this.pendingLength; p++) {
      const k = pending[p]!;
      sink.add(texts[k]!, counts[k]!);
      counts[k] = 0;
    }
    this.pendingLength = 0;
  }
}

/**
 * The text tallies of a read's columns, by name (for sinks that count texts, not hashes: profiles). A tally keeps
 * only texts by hash (its counts go to the sink at each flush), so one serves every batch of the read: each text of
 * a column is built once per read, not once per batch, and the tables are allocated once.
 */
export class TextTallies {
  private readonly byColumn = new Map<string, TextTally>();

  of(column: string): TextTally {
    let tally = this.byColumn.get(column);
    if (!tally) this.byColumn.set(column, (tally = new TextTally()));
    return tally;
  }
}
