import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { ByteWriter } from 'hyparquet-writer';
import { writeMetadata } from 'hyparquet-writer/src/metadata.js';
import { describe, expect, it } from 'vitest';
import { MlgateError } from '../../../src/domain/errors.js';
import { openTable } from '../../../src/io/data/open.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/data/parquet');
const out = mkdtempSync(path.join(tmpdir(), 'mlgate-parquet-corrupt-'));

/** A small seeded PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads every row of every column; returns the error, if any. */
async function readAll(file: string, name: string): Promise<unknown> {
  try {
    for await (const batch of openTable(file, { displayName: name }).batches({ batchRows: 100 })) {
      for (const c of batch.columns) for (let i = 0; i < batch.length; i++) c.text(i);
    }
    return undefined;
  } catch (error) {
    return error;
  }
}

/**
 * Damaged files of every writer (pages with bytes flipped, footers with a byte changed, files cut
 * short): each either reads (the damage hit values only) or fails with an input error naming the file
 * and Parquet, never with another error or a hang.
 */
describe('damaged Parquet files', () => {
  for (const fixture of [
    'duckdb-snappy.parquet',
    'duckdb-v2-encodings.parquet',
    'hyparquet-writer-encodings.parquet',
    'derived-legacy-lists.parquet',
    'parquet-mr-1.8.1-userdata1.parquet',
    'spark-parquet-mr-1.8.2-fixed_length_decimal.parquet',
    'impala-1.3-alltypes_plain.snappy.parquet',
    'parquet-mr-old-nation.dict-malformed.parquet',
  ]) {
    it(`are read or rejected with an input error: ${fixture}`, async () => {
      const good = readFileSync(path.join(fixtures, fixture));
      const footerStart = good.length - 8 - parquetMetadata(good).metadata_length;
      const random = prng(fixture.length * 7919);
      const outcomes = { read: 0, rejected: 0 };
      for (let k = 0; k < 120; k++) {
        const bad = Buffer.from(good);
        let damaged: Buffer = bad;
        if (k % 6 === 5) damaged = bad.subarray(0, Math.floor(random() * good.length));
        else if (k % 6 === 4) {
          const at = footerStart + Math.floor(random() * (good.length - 8 - footerStart));
          bad[at] = bad[at]! ^ (1 + Math.floor(random() * 255));
        } else {
          const at = 4 + Math.floor(random() * (footerStart - 4));
          for (let b = at; b < Math.min(footerStart, at + 1 + Math.floor(random() * 32)); b++) bad[b] = Math.floor(random() * 256);
        }
        const name = `${fixture.replace(/\.parquet$/, '')}-damaged-${k}.parquet`;
        const file = path.join(out, name);
        writeFileSync(file, damaged);
        const error = await readAll(file, name);
        if (error === undefined) {
          outcomes.read++;
          continue;
        }
        outcomes.rejected++;
        expect(error, `${name}: ${error instanceof Error ? error.message : 'not an Error'}`).toBeInstanceOf(MlgateError);
        expect((error as MlgateError).kind).toBe('input');
        expect((error as MlgateError).oneLine()).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')}: .*Parquet`));
      }
      expect(outcomes.rejected).toBeGreaterThan(20);
    }, 60_000);
  }
});

describe('a file its writer got wrong', () => {
  // parquet-cpp's 2016 example program wrote repetition level 1 where each record starts (it must be 0),
  // so the first value continues a list that does not exist. DuckDB fails on it with an internal error.
  const name = 'parquet-cpp-example-bad-levels.parquet';
  const file = path.join(fixtures, name);

  it('is rejected with an input error naming the file, the column and the levels', async () => {
    expect(parquetMetadata(readFileSync(file)).created_by).toBe('Apache parquet-cpp');
    const error = await readAll(file, name);
    expect(error).toBeInstanceOf(MlgateError);
    expect((error as MlgateError).kind).toBe('input');
    expect((error as MlgateError).oneLine()).toMatch(/^parquet-cpp-example-bad-levels\.parquet: .*column "int64_field", row group 0: repetition level 1 .*continues no list/);
  });

  it("still gives the columns it wrote right, when a check needs only those", async () => {
    const seen: (string | null)[] = [];
    for await (const batch of openTable(file, { displayName: name }).batches({ batchRows: 100, columns: ['int32_field', 'ba_field'] })) {
      for (let i = 0; i < batch.length; i++) seen.push(batch.column('int32_field')!.text(i));
    }
    expect(seen).toHaveLength(500);
  });
});

describe('a codec mlgate does not read', () => {
  it('is named, with the codecs it does read, without calling the file damaged', async () => {
    // DuckDB's uncompressed file, its footer declaring LZO (deprecated in Parquet; no JS decoder)
    const good = readFileSync(path.join(fixtures, 'duckdb-uncompressed.parquet'));
    const md = parquetMetadata(good);
    for (const g of md.row_groups) for (const c of g.columns) c.meta_data!.codec = 'LZO';
    const footer = new ByteWriter();
    writeMetadata(footer, md);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(footer.offset);
    const name = 'lzo.parquet';
    const file = path.join(out, name);
    writeFileSync(file, Buffer.concat([good.subarray(0, good.length - 8 - md.metadata_length), Buffer.from(footer.getBytes()), length, Buffer.from('PAR1')]));
    const error = await readAll(file, name);
    expect(error).toBeInstanceOf(MlgateError);
    expect((error as MlgateError).kind).toBe('input');
    expect((error as MlgateError).oneLine()).toBe(
      'lzo.parquet: cannot read Parquet: column "id" is compressed with LZO, which mlgate cannot read (it reads UNCOMPRESSED, SNAPPY, GZIP, BROTLI, ZSTD, LZ4_RAW, LZ4); write the file with one of those',
    );
  });
});
