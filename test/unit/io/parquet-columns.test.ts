import { readdirSync } from 'node:fs';
import path from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema, type SchemaTree } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { describe, expect, it } from 'vitest';
import { ValueColumn } from '../../../src/io/data/columns.js';
import { openTable } from '../../../src/io/data/open.js';
import { float32Decimal } from '../../../src/io/data/parquet/float32.js';
import { decimalScale, PARSERS } from '../../../src/io/data/parquet/values.js';
import type { Column, RecordBatch } from '../../../src/domain/table/record-batch.js';
import { decodeNumbers, decodeTimes } from '../../../src/domain/validation/cell-kinds.js';
import { hashRows } from '../../../src/domain/validation/dataset-validator.js';
import { hashDuplicateRows } from '../../../src/domain/table/row-hash.js';
import { uniqueInteger } from '../../../src/domain/validation/distinct.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/data/parquet');
/**
 * Left out: hyparquet cannot read the old parquet-mr file (it lacks Arrow's PARQUET-816 work-around; that
 * file is compared with DuckDB) nor the one whose writer wrote wrong levels (parquet-corrupt.test.ts).
 */
const unreadableByHyparquet = new Set(['parquet-mr-old-nation.dict-malformed.parquet', 'parquet-cpp-example-bad-levels.parquet']);
const files = readdirSync(dir).filter((f) => f.endsWith('.parquet') && !f.startsWith('corrupt-') && !unreadableByHyparquet.has(f));

/** Everything a consumer can ask a column about row i. */
function answers(c: Column, i: number): unknown[] {
  const h = new Uint32Array(2);
  c.hash(i, h);
  return [c.isNull(i), c.number(i), c.isInteger(i), c.datetime(i, false), c.datetime(i, true), c.text(i), c.value(i), h[0], h[1]];
}

/** Batches whose column hashed duplicate rows in bulk (`mixRowHashes`), over every file: that path must be taken. */
let mixRowHashCalls = 0;

/** Cells read from their bytes (`textBytes`), over every file: the pattern check's fast path must be taken. */
let cellsFromBytes = 0;

/** The text `textBytes` gives (decoded as UTF-8), or text(i) where it gives none. */
function textOfBytes(c: Column, i: number): string | null {
  const span = new Int32Array(2);
  const b = c.textBytes?.(i, span);
  if (b === undefined) return c.text(i);
  cellsFromBytes++;
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8', span[0], span[1]);
}

/** What the checks ask a batch's column in bulk (the optional fast paths, or cell by cell without them), over its n rows. */
function bulkAnswers(c: Column, n: number): unknown[] {
  const numbers = new Float64Array(n);
  const kinds = new Uint8Array(n);
  decodeNumbers(c, n, numbers, kinds);
  const [times, dates] = [new Float64Array(n), new Float64Array(n)];
  const timeKinds = new Uint8Array(n);
  decodeTimes(c, n, false, times, timeKinds);
  decodeTimes(c, n, true, dates, timeKinds);
  const [hi, lo] = [new Uint32Array(n).fill(0x12345678), new Uint32Array(n).fill(0x9abcdef0)];
  const batch = { length: n, column: () => c } as unknown as RecordBatch;
  hashRows(batch, [c.name], hi, lo, new Uint32Array(2), new Uint32Array(2));
  // Duplicate-row hashes: the typed columns' bulk path (mixRowHashes) against valueWords over the values.
  const [dupHi, dupLo] = [new Uint32Array(n), new Uint32Array(n)];
  hashDuplicateRows(batch, [c.name], dupHi, dupLo, new Uint32Array(2));
  if (c.mixRowHashes) mixRowHashCalls++;
  const keys = Array.from({ length: n }, (_, i) => (c.isNull(i) ? null : uniqueInteger(c, i)));
  const views = Array.from({ length: n }, (_, i) => (c.textView ? c.textView(i) : c.text(i)));
  return [[...numbers], [...kinds], [...times], [...dates], [...hi], [...lo], [...dupHi], [...dupLo], keys, views, Array.from({ length: n }, (_, i) => textOfBytes(c, i))];
}

/**
 * Where mlgate reads values differently from hyparquet on purpose (parquet-writers.test.ts compares them
 * with DuckDB): decimals (divided by 10^scale, not multiplied by 10^-scale) and the empty lists of
 * parquet-mr's legacy layouts (hyparquet reads them as nulls).
 */
function differsOnPurpose(file: string, column: SchemaTree): boolean {
  return decimalScale(column.element) !== undefined || (file === 'derived-legacy-lists.parquet' && column.element.name !== 'id');
}

/**
 * The typed columns (src/io/data/parquet/) must answer exactly as ValueColumn does over the values hyparquet
 * itself decodes (the reader mlgate used before, with times floored: see values.ts): same nulls,
 * numbers, texts, values and hashes, cell by cell and through the bulk paths the checks use.
 */
describe('Parquet typed columns', () => {
  for (const name of files) {
    it(`answer like hyparquet's values in ${name}`, async () => {
      const file = path.join(dir, name);
      const buffer = await asyncBufferFromFile(file);
      const rows = await parquetReadObjects({ file: buffer, compressors, parsers: PARSERS });
      const table = openTable(file);
      const schema = parquetSchema(await parquetMetadataAsync(buffer)).children;
      const skip = new Set(schema.filter((c) => differsOnPurpose(name, c)).map((c) => c.element.name));
      const floats = new Set(schema.filter((c) => c.element.type === 'FLOAT').map((c) => c.element.name));
      let seen = 0;
      // An odd batch size, so batches start inside pages.
      for await (const batch of table.batches({ batchRows: 37 })) {
        for (const col of batch.columns) {
          if (skip.has(col.name)) continue;
          const values = rows.slice(batch.rowOffset, batch.rowOffset + batch.length).map((r) => r[col.name] as unknown);
          // FLOATs are read as the shortest decimal that reads back as the float (parquet-float32.test.ts)
          const reference = new ValueColumn(col.name, col.kind, floats.has(col.name) ? values.map((v) => (typeof v === 'number' ? float32Decimal(v) : v)) : values, 0, batch.length);
          for (let i = 0; i < batch.length; i++) expect(answers(col, i), `${col.name} row ${batch.rowOffset + i}`).toEqual(answers(reference, i));
          expect(bulkAnswers(col, batch.length), `${col.name} rows ${batch.rowOffset}+`).toEqual(bulkAnswers(reference, batch.length));
        }
        seen += batch.length;
      }
      expect(seen).toBe(rows.length);
    });
  }
  it('string cells were read from their bytes', () => {
    expect(cellsFromBytes).toBeGreaterThan(1000);
  });
  it('duplicate rows were hashed through the columns\' bulk path', () => {
    expect(mixRowHashCalls).toBeGreaterThan(100);
  });
});
