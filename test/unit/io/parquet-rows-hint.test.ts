import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parquetRowsHint } from '../../../src/io/data/read-dataset.js';

/** A file of `bytes` bytes (sparse: no disk is used for it). */
function fileOf(bytes: number): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'mlgate-rows-hint-')), 'd.parquet');
  writeFileSync(file, '');
  truncateSync(file, bytes);
  return file;
}

const claiming = (rows: number | undefined) => ({ knownRowCount: () => Promise.resolve(rows) });

describe('parquetRowsHint: the footer row count that sizes the id windows and hash sets', () => {
  it('is the claimed count for a file that can hold it: past 4M rows too (10M rows in 380 MB)', async () => {
    expect(await parquetRowsHint(claiming(1_000_000), fileOf(38_000_000))).toBe(1_000_000);
    expect(await parquetRowsHint(claiming(10_000_000), fileOf(380_000_000))).toBe(10_000_000);
  });

  it('is bounded by one row per byte of the file, or 4M rows, whichever is more (a damaged footer)', async () => {
    expect(await parquetRowsHint(claiming(1e12), fileOf(1_000_000))).toBe(1 << 22);
    expect(await parquetRowsHint(claiming(1e12), fileOf(50_000_000))).toBe(50_000_000);
  });

  it('is 0 for a footer without a usable count', async () => {
    for (const rows of [undefined, 0, -5]) expect(await parquetRowsHint(claiming(rows), fileOf(1000))).toBe(0);
  });
});
