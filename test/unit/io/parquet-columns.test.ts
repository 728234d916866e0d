import { readdirSync } from 'node:fs';
import path from 'node:path';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { describe, expect, it } from 'vitest';
import { ValueColumn } from '../../../src/io/columns.js';
import { openTable } from '../../../src/io/open.js';
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
 * The typed columns (src/io/parquet/) must answer exactly as ValueColumn does over the values hyparquet
 * itself decodes (the reader mlgate used before): same nulls, numbers, texts, values and hashes.
 */
describe('Parquet typed columns', () => {
  for (const name of files) {
    it(`answer like hyparquet's values in ${name}`, async () => {
      const file = path.join(dir, name);
      const rows = await parquetReadObjects({ file: await asyncBufferFromFile(file), compressors });
      const table = openTable(file);
      let seen = 0;
      // An odd batch size, so batches start inside pages.
      for await (const batch of table.batches({ batchRows: 37 })) {
        for (const col of batch.columns) {
          const reference = new ValueColumn(col.name, col.kind, rows.slice(batch.rowOffset, batch.rowOffset + batch.length).map((r) => r[col.name] as unknown), 0, batch.length);
          for (let i = 0; i < batch.length; i++) expect(answers(col, i), `${col.name} row ${batch.rowOffset + i}`).toEqual(answers(reference, i));
        }
        seen += batch.length;
      }
      expect(seen).toBe(rows.length);
    });
  }
});
