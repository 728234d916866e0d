import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../../src/io/open.js';
import type { Column } from '../../../src/io/table.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/data/parquet');

type Cell = string | number | boolean | null | unknown[] | Record<string, unknown>;

/** How a DuckDB type's values are compared: as text, as numbers, as ISO times (ms), as JSON. */
function compareAs(duckType: string): 'text' | 'number' | 'time' | 'json' | 'base64' {
  if (/^DECIMAL/.test(duckType) || duckType === 'DOUBLE' || duckType === 'FLOAT') return 'number';
  if (/^(DATE|TIMESTAMP)/.test(duckType)) return 'time';
  if (/\[\]$|^STRUCT|^MAP/.test(duckType)) return 'json';
  if (duckType === 'BLOB') return 'base64';
  return 'text';
}

/** DuckDB reads the same file: each cell in the form `compareAs` says, rows in file order. */
async function duckdbCells(file: string): Promise<{ types: Map<string, string>; rows: Record<string, Cell>[] }> {
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  const described = (await con.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`)).getRowObjectsJS();
  const types = new Map(described.map((r) => [r.column_name as string, r.column_type as string]));
  const select = [...types].map(([name, type]) => {
    const c = `"${name}"`;
    switch (compareAs(type)) {
      case 'number':
        return `${c}::DOUBLE AS ${c}`;
      case 'time':
        return `strftime(${c}::TIMESTAMP, '%Y-%m-%dT%H:%M:%S.%g') || 'Z' AS ${c}`;
      case 'json':
        return `to_json(${c})::VARCHAR AS ${c}`;
      case 'base64':
        return `base64(${c}) AS ${c}`;
      default:
        return `${c}::VARCHAR AS ${c}`;
    }
  });
  const reader = await con.runAndReadAll(`SELECT ${select.join(', ')} FROM read_parquet('${file}', file_row_number = true) ORDER BY file_row_number`);
  const rows = reader.getRowObjectsJS().map((r) => {
    const row: Record<string, Cell> = {};
    for (const [name, type] of types) {
      const v = r[name];
      row[name] = v === null ? null : compareAs(type) === 'json' ? (JSON.parse(v as string) as Cell) : (v as Cell);
    }
    return row;
  });
  con.closeSync();
  return { types, rows };
}

function cell(c: Column, i: number, how: ReturnType<typeof compareAs>): Cell {
  if (c.isNull(i)) return null;
  switch (how) {
    case 'number':
      return c.number(i);
    case 'json':
      return JSON.parse(c.text(i)!) as Cell;
    default:
      return c.text(i);
  }
}

async function ourCells(file: string, types: Map<string, string>): Promise<Record<string, Cell>[]> {
  const rows: Record<string, Cell>[] = [];
  for await (const batch of openTable(file, { displayName: path.basename(file) }).batches({ batchRows: 50 })) {
    for (let i = 0; i < batch.length; i++) {
      const row: Record<string, Cell> = {};
      for (const c of batch.columns) row[c.name] = cell(c, i, compareAs(types.get(c.name) ?? ''));
      rows.push(row);
    }
  }
  return rows;
}

function expectSameRows(ours: Record<string, Cell>[], theirs: Record<string, Cell>[], types: Map<string, string>): void {
  expect(ours).toHaveLength(theirs.length);
  ours.forEach((row, r) => {
    for (const name of types.keys()) expect(row[name], `${name} row ${r}`).toEqual(theirs[r]![name]);
  });
}

async function createdBy(file: string): Promise<string | undefined> {
  return parquetMetadata(await readFile(file)).created_by;
}

describe('Parquet files of several writers, read like DuckDB reads them', () => {
  it("reads parquet-mr 1.8.1's file (Hive: INT96 timestamps, PLAIN_DICTIONARY pages, v1 pages)", async () => {
    const file = path.join(dir, 'parquet-mr-1.8.1-userdata1.parquet');
    expect(await createdBy(file)).toMatch(/^parquet-mr version 1\.8\.1 /);
    const { types, rows } = await duckdbCells(file);
    expect(types.get('registration_dttm')).toMatch(/^TIMESTAMP/);
    expect(rows).toHaveLength(1000);
    expectSameRows(await ourCells(file, types), rows, types);
  });

  it("reads DuckDB's Parquet 2 file (DELTA_*, BYTE_STREAM_SPLIT, decimals as INT32/INT64/FIXED, unsigned)", async () => {
    const file = path.join(dir, 'duckdb-v2-encodings.parquet');
    const md = parquetMetadata(await readFile(file));
    const encodings = new Set(md.row_groups.flatMap((g) => g.columns.flatMap((c) => c.meta_data!.encodings)));
    for (const e of ['DELTA_BINARY_PACKED', 'DELTA_LENGTH_BYTE_ARRAY', 'BYTE_STREAM_SPLIT', 'RLE_DICTIONARY'] as const) expect(encodings).toContain(e);
    const physical = new Map(md.schema.map((e) => [e.name, e.type]));
    expect([physical.get('dec4'), physical.get('dec18'), physical.get('dec30')]).toEqual(['INT32', 'INT64', 'FIXED_LEN_BYTE_ARRAY']);
    const { types, rows } = await duckdbCells(file);
    expectSameRows(await ourCells(file, types), rows, types);
  });

  it("reads hyparquet-writer's file (DATA_PAGE_V2, RLE booleans, DELTA_BYTE_ARRAY, BYTE_STREAM_SPLIT floats, nanosecond times, Spark's legacy list names)", async () => {
    const file = path.join(dir, 'hyparquet-writer-encodings.parquet');
    const md = parquetMetadata(await readFile(file));
    const pages = new Set(md.row_groups.flatMap((g) => g.columns.flatMap((c) => c.meta_data!.encoding_stats!.map((s) => s.page_type))));
    expect(pages).toContain('DATA_PAGE_V2');
    expect(pages).not.toContain('DATA_PAGE');
    const encodings = new Set(md.row_groups.flatMap((g) => g.columns.flatMap((c) => c.meta_data!.encodings)));
    for (const e of ['RLE', 'DELTA_BYTE_ARRAY', 'BYTE_STREAM_SPLIT', 'DELTA_BINARY_PACKED', 'RLE_DICTIONARY'] as const) expect(encodings).toContain(e);
    const { types, rows } = await duckdbCells(file);
    expectSameRows(await ourCells(file, types), rows, types);
  });

  it('reads BYTE_STREAM_SPLIT integers (which DuckDB 1.5 cannot) as written', async () => {
    const file = path.join(dir, 'hyparquet-writer-bss-int.parquet');
    const seen: [string | null, string | null][] = [];
    for await (const batch of openTable(file).batches({ batchRows: 10 })) {
      for (let i = 0; i < batch.length; i++) seen.push([batch.column('i32')!.text(i), batch.column('i64')!.text(i)]);
    }
    // as generate.mjs writes them
    expect(seen).toEqual(Array.from({ length: 64 }, (_, i) => [String((i - 20) * 65_537), i % 7 === 6 ? null : String(BigInt(i - 20) * 4_294_967_311n)]));
  });

  it("reads parquet-mr's older list layouts (2-level LIST, bare repeated field), empty lists included", async () => {
    const file = path.join(dir, 'derived-legacy-lists.parquet');
    const { types, rows } = await duckdbCells(file);
    expect(rows.some((r) => Array.isArray(r.avro_list) && r.avro_list.length === 0)).toBe(true);
    expectSameRows(await ourCells(file, types), rows, types);
  });
});
