import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/domain/config/parse.js';
import { DatasetValidator } from '../../../src/domain/validation/dataset-validator.js';
import { ParquetSource } from '../../../src/io/data/parquet/source.js';

const NOW = Date.UTC(2026, 11, 6);
const ROWS = 3000;

/** A Parquet file whose rows fail each check now and then, with duplicate rows and repeated ids. */
function writeFile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-warm-up-'));
  const file = path.join(dir, 'd.parquet');
  // Row k repeats row k - 1 whole now and then (a duplicate row, and a repeated id).
  const rows = Array.from({ length: ROWS }, (_, k) => (k % 250 === 5 ? k - 1 : k));
  const id = rows.map(BigInt);
  const age = rows.map((k) => (k % 97 === 0 ? null : k % 131 === 0 ? 150 : k % 80));
  const email = rows.map((k) => (k % 211 === 0 ? `bad ${k}` : k % 333 === 0 ? `é${k}@x.org` : `u${k % 900}@x.org`));
  const country = rows.map((k) => ['US', 'DE', 'FR', 'XX'][k % 4 === 3 && k % 7 !== 0 ? 0 : k % 4]!);
  const score = rows.map((k) => (k % 401 === 0 ? -1 : (k % 100) / 100));
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: 'id', data: id, type: 'INT64' },
      { name: 'age', data: age, type: 'INT32' },
      { name: 'email', data: email, type: 'STRING' },
      { name: 'country', data: country, type: 'STRING' },
      { name: 'score', data: score, type: 'DOUBLE' },
    ],
    rowGroupSize: 1000,
  });
  writeFileSync(file, Buffer.from(buffer));
  return file;
}

const CONFIG = `version: 1
datasets:
  - name: d
    path: d.parquet
    max_examples: 3
    columns:
      id: { type: integer, unique: true }
      age: { type: integer, min: 0, max: 120, max_null_fraction: 0.001 }
      email: { type: string, pattern: '^[^@\\s]+@[^@\\s]+$' }
      country: { type: category, in: [US, DE, FR] }
      score: { type: number, min: 0, max: 1 }
    duplicates: 0
`;

async function run(file: string, warm: boolean): Promise<{ result: unknown; first: number }> {
  const dataset = parseConfig(CONFIG, 'mlgate.yml').datasets[0]!;
  const validator = new DatasetValidator(dataset, { now: NOW, maxExamples: 3 });
  const source = new ParquetSource(file, 'd.parquet');
  const columns = validator.startFile('d.parquet', await source.columnNames());
  let first = 0;
  for await (const batch of source.batches({ columns, batchRows: 700, firstBatchRows: warm ? 64 : undefined })) {
    if (first === 0) {
      first = batch.length;
      if (warm) validator.warmUp(batch);
    }
    validator.consume(batch);
  }
  return { result: validator.finish(), first };
}

describe('the warm-up before the real pass (DatasetValidator.warmUp, a small first batch)', () => {
  it('leaves every count and example as the plain pass finds them', async () => {
    const file = writeFile();
    const plain = await run(file, false);
    const warmed = await run(file, true);
    expect([plain.first, warmed.first]).toEqual([700, 64]);
    expect(warmed.result).toEqual(plain.result);
    const checks = (plain.result as { checks: { check: string; column?: string; failing?: number }[] }).checks;
    // The file does fail these checks: the comparison is not between two empty results.
    const failing = (check: string, column?: string): number | undefined => checks.find((c) => c.check === check && c.column === column)?.failing;
    expect([failing('unique', 'id'), failing('pattern', 'email'), failing('in', 'country'), failing('max', 'age'), failing('min', 'score'), failing('duplicates')].every((n) => (n ?? 0) > 0)).toBe(true);
  });
});
