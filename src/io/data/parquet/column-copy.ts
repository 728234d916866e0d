import type { ColumnData } from './columns.js';

/**
 * A copy of one batch's column that owns exactly its rows: typed arrays sliced (the batch's are reused
 * by the next batch), a string column's bytes gathered into one buffer (its pages are not copied
 * whole). Without dictionary entries: the copy is for reading cells' text (examples), not hashing.
 */
export function compactColumn(d: ColumnData): ColumnData {
  const n = d.length;
  switch (d.type) {
    case 'number': {
      let big: Map<number, bigint> | undefined;
      if (d.big) for (const [i, b] of d.big) if (i < n) (big ??= new Map()).set(i, b);
      return { ...d, values: d.values.slice(0, n), nulls: d.nulls.slice(0, n), big, entry: undefined };
    }
    case 'boolean':
      return { ...d, values: d.values.slice(0, n), nulls: d.nulls.slice(0, n) };
    case 'value':
      return { ...d, values: d.values.slice(0, n) };
    case 'string': {
      let total = 0;
      let lossy = false;
      for (let i = 0; i < n; i++) {
        if (d.nulls[i] === 1) continue;
        total += d.end[i]! - d.start[i]!;
        lossy ||= d.lossy[d.seg[i]!]!;
      }
      const buf = Buffer.allocUnsafe(total);
      const start = new Int32Array(n);
      const end = new Int32Array(n);
      let p = 0;
      for (let i = 0; i < n; i++) {
        start[i] = p;
        if (d.nulls[i] !== 1) {
          buf.set(d.segs[d.seg[i]!]!.subarray(d.start[i], d.end[i]), p);
          p += d.end[i]! - d.start[i]!;
        }
        end[i] = p;
      }
      // Text of valid UTF-8 is the same through either decoder: one flag for the gathered bytes.
      return { ...d, segs: [buf], lossy: [lossy], seg: new Int32Array(n), start, end, nulls: d.nulls.slice(0, n), entry: undefined };
    }
  }
}
