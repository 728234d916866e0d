import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadataAsync } from 'hyparquet';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../../src/io/data/open.js';
import { MlgateError } from '../../../src/domain/errors.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/data/parquet');
const codecs = { uncompressed: 'UNCOMPRESSED', snappy: 'SNAPPY', gzip: 'GZIP', zstd: 'ZSTD', lz4: 'LZ4_RAW', lz4_raw: 'LZ4_RAW', brotli: 'BROTLI' } as const;

async function readAll(file: string, columns?: string[]): Promise<{ rows: Record<string, string | null>[]; rowIndexes: number[] }> {
  const rows: Record<string, string | null>[] = [];
  const rowIndexes: number[] = [];
  for await (const batch of openTable(file, { displayName: path.basename(file) }).batches({ columns, batchRows: 50 })) {
    for (let i = 0; i < batch.length; i++) {
      const row: Record<string, string | null> = {};
      for (const c of batch.columns) row[c.name] = c.text(i);
      rows.push(row);
      rowIndexes.push(batch.rowOffset + i);
    }
  }
  return { rows, rowIndexes };
}

/** DuckDB reads the same file: the reference values, as text in our formats. */
async function duckdbRows(file: string): Promise<Record<string, string | null>[]> {
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  const reader = await con.runAndReadAll(`SELECT id::VARCHAR AS id, age::VARCHAR AS age, score, country, email, active::VARCHAR AS active,
      strftime(day::TIMESTAMP, '%Y-%m-%dT%H:%M:%S.000Z') AS day, strftime(ts, '%Y-%m-%dT%H:%M:%S.000Z') AS ts, note, to_json(pair)::VARCHAR AS pair FROM read_parquet('${file}', file_row_number = true) ORDER BY file_row_number`);
  const out = reader.getRowObjectsJS().map((r) => {
    const row: Record<string, string | null> = {};
    for (const [k, v] of Object.entries(r)) row[k] = v === null ? null : k === 'score' ? String(Number(v)) : typeof v === 'string' ? v : JSON.stringify(v);
    return row;
  });
  con.closeSync();
  return out;
}

describe('Parquet reader', () => {
  for (const [codec, physical] of Object.entries(codecs)) {
    it(`reads DuckDB's ${codec} file like DuckDB does`, async () => {
      const file = path.join(dir, `duckdb-${codec}.parquet`);
      const bytes = await readFile(file);
      const md = await parquetMetadataAsync(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      expect(new Set(md.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec)))).toEqual(new Set([physical]));
      const ours = await readAll(file);
      const theirs = await duckdbRows(file);
      expect(ours.rows).toHaveLength(300);
      expect(ours.rows).toEqual(theirs);
      expect(ours.rowIndexes).toEqual(Array.from({ length: 300 }, (_, i) => i));
    });
  }

  it('reads only the requested columns, with row indexes as positions', async () => {
    const table = openTable(path.join(dir, 'duckdb-zstd.parquet'));
    expect(await table.columnNames()).toEqual(['id', 'age', 'score', 'country', 'email', 'active', 'day', 'ts', 'note', 'pair']);
    expect(await table.knownRowCount()).toBe(300);
    for await (const batch of table.batches({ columns: ['email', 'nope', 'age'] })) {
      expect(batch.columns.map((c) => c.name)).toEqual(['email', 'age']);
      expect(batch.line(0)).toBeUndefined();
      expect(batch.column('age')!.isNull(3)).toBe(batch.rowOffset === 0);
    }
  });

  it('reads a file written by pyarrow 0.17 (parquet-cpp)', async () => {
    const file = path.join(dir, 'pyarrow-0.17-simple.parquet');
    const { rows } = await readAll(file);
    const inst = await DuckDBInstance.create(':memory:');
    const con = await inst.connect();
    const reference = (await con.runAndReadAll(`SELECT A::VARCHAR AS A, B FROM read_parquet('${file}')`)).getRowObjectsJS();
    con.closeSync();
    expect(rows).toHaveLength(3);
    expect(rows).toEqual(reference);
  });

  for (const name of ['corrupt-truncated', 'corrupt-magic', 'corrupt-pages']) {
    it(`rejects ${name} with an input error naming the file`, async () => {
      const error = await readAll(path.join(dir, `${name}.parquet`)).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MlgateError);
      expect((error as MlgateError).kind).toBe('input');
      expect((error as MlgateError).oneLine()).toContain(`${name}.parquet: `);
      expect((error as MlgateError).message).toMatch(/Parquet/);
    });
  }

  it('reports a missing file as an input error', async () => {
    await expect(readAll(path.join(dir, 'absent.parquet'))).rejects.toThrow(/file not found/);
  });
});
