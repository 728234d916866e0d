import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../../src/io/data/open.js';
import type { Column } from '../../../src/domain/table/record-batch.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/data/parquet');

type Cell = string | number | boolean | null | unknown[] | Record<string, unknown>;

/**
 * How a DuckDB type's values are compared: as text, as numbers, as float32 (we give the shortest decimal
 * that reads back as the float, parquet-float32.test.ts), as ISO times (ms), as JSON.
 */
function compareAs(duckType: string): 'text' | 'number' | 'float32' | 'time' | 'json' | 'base64' {
  if (duckType === 'FLOAT') return 'float32';
  if (/^DECIMAL/.test(duckType) || duckType === 'DOUBLE') return 'number';
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
      case 'float32':
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
    case 'float32':
      return Math.fround(c.number(i));
    case 'json':
      return JSON.parse(c.text(i)!) as Cell;
    case 'base64':
      // a BYTE_ARRAY without UTF8 annotation: read as text (the fixtures' such values are valid UTF-8)
      return Buffer.from(c.text(i)!, 'utf8').toString('base64');
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

/** Reads `file` as DuckDB does and as we do, and compares every cell; returns DuckDB's rows. */
async function expectReadLikeDuckdb(file: string): Promise<Record<string, Cell>[]> {
  const { types, rows } = await duckdbCells(file);
  expectSameRows(await ourCells(file, types), rows, types);
  return rows;
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

  // Spark 2 through parquet-mr 1.8.2 (spark.sql.parquet.writeLegacyFormat off and on): DECIMAL(4,2) as
  // INT32, DECIMAL(10,2) as INT64, DECIMAL(25,2) as FIXED_LEN_BYTE_ARRAY, and the legacy format's
  // FIXED_LEN_BYTE_ARRAY for a small precision.
  for (const [name, physical] of [
    ['int32_decimal', 'INT32'],
    ['int64_decimal', 'INT64'],
    ['fixed_length_decimal', 'FIXED_LEN_BYTE_ARRAY'],
    ['fixed_length_decimal_legacy', 'FIXED_LEN_BYTE_ARRAY'],
  ] as const) {
    it(`reads Spark's file ${name} (DECIMAL as ${physical})`, async () => {
      const file = path.join(dir, `spark-parquet-mr-1.8.2-${name}.parquet`);
      const md = parquetMetadata(await readFile(file));
      expect(md.created_by).toMatch(/^parquet-mr version 1\.8\.2 /);
      expect(md.schema[0]!.name).toBe('spark_schema');
      expect(md.key_value_metadata?.map((kv) => kv.key)).toContain('org.apache.spark.sql.parquet.row.metadata');
      expect(md.schema[1]).toMatchObject({ name: 'value', type: physical, converted_type: 'DECIMAL' });
      const rows = await expectReadLikeDuckdb(file);
      expect(rows.map((r) => r.value)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    });
  }

  for (const name of ['alltypes_plain', 'alltypes_plain.snappy', 'alltypes_dictionary']) {
    it(`reads Impala 1.3's file ${name} (INT96 timestamps, PLAIN_DICTIONARY, unannotated strings)`, async () => {
      const file = path.join(dir, `impala-1.3-${name}.parquet`);
      expect(await createdBy(file)).toMatch(/^impala version 1\.3\.0/);
      const rows = await expectReadLikeDuckdb(file);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows[0]!.timestamp_col).toMatch(/^2009-0\d-01T00:00:00\.000Z$/);
    });
  }

  it("reads an old parquet-mr file whose chunk sizes leave out the dictionary page header (PARQUET-816), as Arrow and DuckDB do", async () => {
    const file = path.join(dir, 'parquet-mr-old-nation.dict-malformed.parquet');
    expect(await createdBy(file)).toBe('parquet-mr');
    const md = parquetMetadata(await readFile(file));
    const [nationKey, name] = md.row_groups[0]!.columns.map((c) => c.meta_data!);
    // the `name` chunk's stated end falls short of where the next chunk starts: its pages run past it
    expect(Number(name!.data_page_offset) + Number(name!.total_compressed_size)).toBeLessThan(Number(md.row_groups[0]!.columns[2]!.meta_data!.data_page_offset));
    expect(nationKey).toBeDefined();
    const rows = await expectReadLikeDuckdb(file);
    expect(rows).toHaveLength(25);
  });

  // The legacy LZ4 codec (which DuckDB cannot read), derived from DuckDB's LZ4_RAW file by generate.mjs:
  // raw blocks as old Arrow wrote them, and blocks in Hadoop's frames as parquet-mr writes them.
  for (const [name, extra] of [
    ['derived-lz4-raw-blocks.parquet', 0],
    ['derived-lz4-hadoop.parquet', 8],
  ] as const) {
    it(`reads the LZ4 codec: ${name}`, async () => {
      const source = path.join(dir, 'duckdb-lz4_raw.parquet');
      const file = path.join(dir, name);
      const [before, after] = [parquetMetadata(await readFile(source)), parquetMetadata(await readFile(file))];
      const chunks = (md: typeof before) => md.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data!));
      expect(new Set(chunks(after).map((m) => m.codec))).toEqual(new Set(['LZ4']));
      // Hadoop's frame adds 8 bytes to every page
      const grew = chunks(after).map((m, k) => Number(m.total_compressed_size) - Number(chunks(before)[k]!.total_compressed_size));
      expect(grew.every((g) => g >= extra && g % 8 === 0 && (extra === 0 ? g === 0 : g > 0))).toBe(true);
      const { types, rows } = await duckdbCells(source);
      expectSameRows(await ourCells(file, types), rows, types);
    });
  }

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

  it("reads Polars' 3M-row file (ZSTD, RLE_DICTIONARY, Arrow schema; the vega-datasets package) as DuckDB does", async () => {
    const file = path.resolve(import.meta.dirname, '../../../node_modules/vega-datasets/data/flights-3m.parquet');
    expect(await createdBy(file)).toBe('Polars');
    const con = await (await DuckDBInstance.create(':memory:')).connect();
    const one = async (sql: string): Promise<Record<string, unknown>> => (await con.runAndReadAll(sql)).getRowObjectsJS()[0]!;
    const theirs = await one(`SELECT count(*)::DOUBLE AS rows, sum(delay)::DOUBLE AS delay_sum, min(delay)::DOUBLE AS delay_min, max(delay)::DOUBLE AS delay_max,
      sum(distance)::DOUBLE AS distance_sum, count(DISTINCT origin)::DOUBLE AS origins, count(DISTINCT destination)::DOUBLE AS destinations,
      strftime(min(date), '%Y-%m-%dT%H:%M:%S.%g') || 'Z' AS first, strftime(max(date), '%Y-%m-%dT%H:%M:%S.%g') || 'Z' AS last
      FROM read_parquet('${file}')`);
    const step = 9973;
    const sample = (await con.runAndReadAll(`SELECT file_row_number::DOUBLE AS r, strftime(date, '%Y-%m-%dT%H:%M:%S.%g') || 'Z' AS date, delay::DOUBLE AS delay, distance::DOUBLE AS distance, origin, destination
      FROM read_parquet('${file}', file_row_number = true) WHERE file_row_number % ${step} = 0 ORDER BY file_row_number`)).getRowObjectsJS();
    con.closeSync();

    const ours = { rows: 0, delay_sum: 0, delay_min: Infinity, delay_max: -Infinity, distance_sum: 0, first: Infinity, last: -Infinity };
    const origins = new Set<string>();
    const destinations = new Set<string>();
    const seen: Record<string, unknown>[] = [];
    for await (const batch of openTable(file).batches()) {
      const [date, delay, distance, origin, destination] = ['date', 'delay', 'distance', 'origin', 'destination'].map((n) => batch.column(n)!) as [Column, Column, Column, Column, Column];
      for (let i = 0; i < batch.length; i++) {
        const d = delay.number(i);
        ours.delay_sum += d;
        ours.delay_min = Math.min(ours.delay_min, d);
        ours.delay_max = Math.max(ours.delay_max, d);
        ours.distance_sum += distance.number(i);
        const t = date.datetime(i, false);
        ours.first = Math.min(ours.first, t);
        ours.last = Math.max(ours.last, t);
        origins.add(origin.text(i)!);
        destinations.add(destination.text(i)!);
        const r = batch.rowOffset + i;
        if (r % step === 0) seen.push({ r, date: date.text(i), delay: d, distance: distance.number(i), origin: origin.text(i), destination: destination.text(i) });
      }
      ours.rows += batch.length;
    }
    expect({ ...ours, origins: origins.size, destinations: destinations.size, first: new Date(ours.first).toISOString(), last: new Date(ours.last).toISOString() }).toEqual(theirs);
    expect(seen).toEqual(sample);
  }, 60_000);
});
