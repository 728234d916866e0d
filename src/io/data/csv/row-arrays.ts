import type { ChunkSummary } from '../../../domain/validation/dataset-validator.js';

export type RowArray = Float64Array | Int32Array | Uint32Array | Uint8Array;
type RowArrayType<T extends RowArray> = { new (length: number): T; new (buffer: ArrayBuffer, byteOffset: number, length: number): T; readonly BYTES_PER_ELEMENT: number };

/**
 * Buffers of a chunk's row arrays (line numbers, record ranges, key hashes) that the thread they went
 * to has finished with and handed back. A chunk's arrays are ~40 bytes a row; allocated afresh, they
 * cost page faults here and, as garbage, memory wherever they end (until a GC gets to them).
 */
const spare: ArrayBuffer[] = [];
/** Enough for the chunks in flight (about eight arrays each); more are left to the GC. */
const MAX_SPARE = 64;

/** A zeroed array of `length` elements, on a spare buffer when one fits (not more than 4 times too big). */
export function rowArray<T extends RowArray>(type: RowArrayType<T>, length: number): T {
  const bytes = length * type.BYTES_PER_ELEMENT;
  for (let k = spare.length - 1; k >= 0; k--) {
    const b = spare[k]!;
    if (b.byteLength < bytes || b.byteLength > 4 * bytes + 4096) continue;
    spare[k] = spare[spare.length - 1]!;
    spare.pop();
    return new type(b, 0, length).fill(0) as T;
  }
  return new type(length);
}

/** Hands back buffers of row arrays nothing refers to any more (the oldest spare ones go when there are too many). */
export function recycleRowArrays(buffers: readonly ArrayBuffer[]): void {
  for (const b of buffers) {
    if (b.byteLength === 0 || spare.includes(b)) continue;
    spare.push(b);
  }
  if (spare.length > MAX_SPARE) spare.splice(0, spare.length - MAX_SPARE);
}

/** Spare buffers held (for tests). */
export function spareRowBuffers(): number {
  return spare.length;
}

/** The buffers of a chunk result's row arrays (`rowArray`): once the result is folded, they can be recycled. */
export function rowArrayBuffers(result: { summary: Pick<ChunkSummary, 'lines' | 'unique' | 'rowHashes'>; records: Int32Array }): ArrayBuffer[] {
  const s = result.summary;
  const out = [s.lines.buffer, result.records.buffer];
  for (const u of Object.values(s.unique)) out.push(u.ints.buffer, u.hi.buffer, u.lo.buffer, u.nulls.buffer);
  if (s.rowHashes) out.push(s.rowHashes.hi.buffer, s.rowHashes.lo.buffer);
  return out as ArrayBuffer[];
}
