import { readdirSync } from 'node:fs';
import path from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema, type SchemaTree } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { describe, expect, it } from 'vitest';
import { ValueColumn } from '../../../src/io/columns.js';
import { openTable } from '../../../src/io/open.js';
import { decimalScale, PARSERS } from '../../../src/io/parquet/values.js';
import type { Column } from '../../../src/io/table.js';

const dir = path.resolve(import.meta.dirname, '../../fixtures/data/parquet');
const files = readdirSync(dir).filter((f) => f.endsWith('.parquet') && !f.startsWith('corrupt-'));

/** Everything a consumer can ask a column about row i. */
function answers(c: Column, i: number): unknown[] {
  const h = new Uint32Array(2);
  c.hash(i, h);
  return [c.isNull(i), c.number(i), c.isInteger(i), c.datetime(i, false), c.datetime(i, true), c.text(i), c.value(i), h[0], h[1]];
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
 * The typed columns (src/io/parquet/) must answer exactly as ValueColumn does over the values hyparquet
 * itself decodes (the reader mlgate used before, with times floored: see values.ts): same nulls,
 * numbers, texts, values and hashes.
 */
describe('Parquet typed columns', () => {
  for (const name of files) {
    it(`answer like hyparquet's values in ${name}`, async () => {
      const file = path.join(dir, name);
      const buffer = await asyncBufferFromFile(file);
      const rows = await parquetReadObjects({ file: buffer, compressors, parsers: PARSERS });
      const table = openTable(file);
      const skip = new Set(parquetSchema(await parquetMetadataAsync(buffer)).children.filter((c) => differsOnPurpose(name, c)).map((c) => c.element.name));
      let seen = 0;
      // An odd batch size, so batches start inside pages.
      for await (const batch of table.batches({ batchRows: 37 })) {
        for (const col of batch.columns) {
          if (skip.has(col.name)) continue;
          const reference = new ValueColumn(col.name, col.kind, rows.slice(batch.rowOffset, batch.rowOffset + batch.length).map((r) => r[col.name] as unknown), 0, batch.length);
          for (let i = 0; i < batch.length; i++) expect(answers(col, i), `${col.name} row ${batch.rowOffset + i}`).toEqual(answers(reference, i));
        }
        seen += batch.length;
      }
      expect(seen).toBe(rows.length);
    });
  }
});
