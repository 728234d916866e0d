import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { PageReader, type ReadAt } from '../../../src/io/data/parquet/page-reader.js';

const file = path.resolve(import.meta.dirname, '../../fixtures/data/parquet/duckdb-snappy.parquet');
const bytes = readFileSync(file);

/** Each column chunk's [start, end) in the fixture. */
function chunks(): [number, number][] {
  return parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)).row_groups[0]!.columns.map((c) => {
    const m = c.meta_data!;
    const data = Number(m.data_page_offset);
    const dict = Number(m.dictionary_page_offset ?? 0);
    const start = dict > 0 && dict < data ? dict : data;
    return [start, start + Number(m.total_compressed_size)];
  });
}

/** A ReadAt over the fixture that logs each read, answering only when `release` is called. */
function gatedReads(): { read: ReadAt; log: [number, number][]; release: () => void } {
  const log: [number, number][] = [];
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  const read: ReadAt = async (position, length) => {
    log.push([position, length]);
    await gate;
    return new Uint8Array(bytes.subarray(position, position + length));
  };
  return { read, log, release: () => open() };
}

describe("PageReader reads a chunk's first window when it is made", () => {
  it("so a row group's chunks are read side by side, before any page is asked for, and read the same pages", async () => {
    const { read, log, release } = gatedReads();
    const readers = chunks().map(([start, end]) => new PageReader(read, start, end, 1 << 30));
    expect(log).toEqual(chunks().map(([start, end]) => [start, Math.min(end - start, 4 << 20)]));
    release();
    for (const [k, r] of readers.entries()) {
      const [start, end] = chunks()[k]!;
      let total = 0;
      for (let page = await r.next(); page; page = await r.next()) total += page.bytes.length;
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThan(end - start);
    }
    // No read beyond the first windows (each chunk fits in one).
    expect(log).toHaveLength(chunks().length);
  });

  it('a failed first read is the error of the first page asked for, and unhandled nowhere when never asked', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown): void => void unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const failing: ReadAt = () => Promise.reject(new Error('EIO: i/o error, read'));
      const [start, end] = chunks()[0]!;
      new PageReader(failing, start, end, 1 << 30);
      const used = new PageReader(failing, start, end, 1 << 30);
      await expect(used.next()).rejects.toThrow('EIO: i/o error, read');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('an empty chunk reads nothing', async () => {
    const { read, log, release } = gatedReads();
    const r = new PageReader(read, 100, 100, 1 << 30);
    release();
    expect(await r.next()).toBeUndefined();
    expect(log).toEqual([]);
  });
});
