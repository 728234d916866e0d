import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/domain/config/parse.js';
import { MlgateError } from '../../../src/domain/errors.js';
import type { Column, RecordBatch, TableSource } from '../../../src/domain/table/record-batch.js';
import { decodeNumbers } from '../../../src/domain/validation/cell-kinds.js';
import { DatasetValidator } from '../../../src/domain/validation/dataset-validator.js';
import { uniqueInteger } from '../../../src/domain/validation/distinct.js';
import { TextSet } from '../../../src/domain/validation/text-set.js';
import { LegacyJsonlSource } from './jsonl-legacy-source.js';
import { JsonlSource } from '../../../src/io/data/jsonl/source.js';
import { badFile, validFile, type GeneratedFile } from './jsonl-files.js';

/**
 * The byte-level JSON Lines reader against the line-by-line one it replaced (`JSON.parse` of every
 * line, kept as the oracle): on many generated files, the same keys, batches, cells, issues and errors.
 */

const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-jsonl-diff-'));

function write(f: GeneratedFile): string {
  const p = path.join(dir, f.name);
  writeFileSync(p, f.bytes);
  return p;
}

const WORDS = new TextSet(['US', 'x', '12', 'true', '1.5', 'é', '-1', '0', '1e400']);

/** The text `textBytes` gives (decoded as UTF-8), or text(i) where it gives none. */
function textOfBytes(col: Column, i: number): string | null {
  const span = new Int32Array(2);
  const b = col.textBytes?.(i, span);
  return b === undefined ? col.text(i) : Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8', span[0], span[1]);
}

/** Everything a consumer can read from a column, cell by cell. */
function cells(col: Column, n: number): unknown[] {
  const h = new Uint32Array(2);
  const out: unknown[] = [];
  const values = new Float64Array(n);
  const kinds = new Uint8Array(n);
  decodeNumbers(col, n, values, kinds);
  for (let i = 0; i < n; i++) {
    col.hash(i, h);
    const isNull = col.isNull(i);
    out.push([isNull, col.number(i), col.isInteger(i), col.text(i), col.value(i), [...h], col.datetime(i, false), col.datetime(i, true), values[i], kinds[i], isNull ? null : uniqueInteger(col, i), isNull ? null : WORDS.hasCell(col, i), col.textView?.(i) ?? col.text(i), textOfBytes(col, i)]);
  }
  return out;
}

function snapshot(batch: RecordBatch): unknown {
  const n = batch.length;
  return {
    length: n,
    rowOffset: batch.rowOffset,
    lines: Array.from({ length: n }, (_, i) => batch.line(i)),
    issues: batch.issues ?? [],
    columns: batch.columns.map((c) => ({ name: c.name, kind: c.kind, same: batch.column(c.name) === c, cells: cells(c, n) })),
  };
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: string };

async function outcome(read: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    if (!(error instanceof MlgateError)) throw error;
    return { ok: false, error: error.oneLine() };
  }
}

async function readAll(source: TableSource, options: Parameters<TableSource['batches']>[0], namesFirst: boolean): Promise<unknown> {
  const out: unknown[] = [];
  if (namesFirst) out.push(await source.columnNames());
  for await (const batch of source.batches(options)) out.push(snapshot(batch));
  out.push(await source.columnNames());
  return out;
}

const OPTIONS: { options: Parameters<TableSource['batches']>[0]; namesFirst: boolean }[] = [
  { options: {}, namesFirst: true },
  { options: { batchRows: 7 }, namesFirst: false },
  { options: { columns: ['score', 'id', 'missing', 'tags', 'é', '1'], batchRows: 13 }, namesFirst: true },
  { options: { columns: ['when', 'flag', 'name'] }, namesFirst: false },
];

async function compare(f: GeneratedFile): Promise<Outcome> {
  const p = write(f);
  let last: Outcome | undefined;
  for (const { options, namesFirst } of OPTIONS) {
    const oracle = await outcome(() => readAll(new LegacyJsonlSource(p, f.name, false), options, namesFirst));
    const bytes = await outcome(() => readAll(new JsonlSource(p, f.name, false), options, namesFirst));
    expect(bytes, `${f.name} ${JSON.stringify(options)}`).toEqual(oracle);
    last = bytes;
  }
  return last!;
}

const CONFIG = `version: 1
datasets:
  - name: d
    path: x.jsonl
    max_examples: 4
    columns:
      id: { type: integer, unique: true, min: -500, max: 500 }
      name: { type: string, pattern: '^[a-z ]+$', max_length: 5, in: [x, US, DE, 'hello world'] }
      score: { type: number, min: 0, max: 5, mostly: 0.5 }
      when: { type: datetime, max_age: 400d }
      flag: { type: boolean }
      tags: { type: category, not_in: ['[]', '1'] }
      n: { type: integer, nullable: false }
      "1": { unique: true }
    duplicates: 0.5
`;

async function validateWith(source: TableSource): Promise<unknown> {
  const config = parseConfig(CONFIG, 'mlgate.yml').datasets[0]!;
  const validator = new DatasetValidator(config, { now: Date.UTC(2026, 5, 1), maxExamples: 4 });
  const columns = validator.startFile(source.file, await source.columnNames());
  for await (const batch of source.batches({ columns, batchRows: 50 })) validator.consume(batch);
  return validator.finish();
}

describe('the byte-level JSON Lines reader reads as the line-by-line reader did', () => {
  it('valid files: keys, batches, every accessor of every cell, repeated keys', async () => {
    for (let seed = 1; seed <= 60; seed++) expect(await compare(validFile(seed, 10 + (seed % 7) * 23))).toMatchObject({ ok: true });
  }, 120_000);

  it('files with a defect: the same error, naming the same line', async () => {
    const errors = new Set<string>();
    for (let seed = 1; seed <= 80; seed++) {
      const f = badFile(seed, 20 + (seed % 5) * 9);
      await compare(f);
      const got = await outcome(() => readAll(new JsonlSource(write(f), f.name, false), {}, true));
      if (!got.ok) errors.add(got.error);
    }
    // The defects do reach the errors (the comparison is not of two successes only).
    expect(errors.size).toBeGreaterThan(40);
  }, 120_000);

  it('the checks find the same failures, counts, examples and repeated keys', async () => {
    for (let seed = 100; seed < 120; seed++) {
      const f = validFile(seed, 150);
      const p = write(f);
      const oracle = await outcome(() => validateWith(new LegacyJsonlSource(p, f.name, false)));
      const bytes = await outcome(() => validateWith(new JsonlSource(p, f.name, false)));
      expect(bytes, f.name).toEqual(oracle);
      expect(bytes).toMatchObject({ ok: true });
    }
  }, 120_000);

  it('keeps the keys after a number beyond 2^53 on their only line (the line-by-line reader lost them)', async () => {
    const p = write({ name: 'after-big.jsonl', bytes: Buffer.from('{"a": 9007199254740993, "b": 1, "c": {"d": 2}}\n') });
    const source = new JsonlSource(p, 'after-big.jsonl', false);
    expect(await source.columnNames()).toEqual(['a', 'b', 'c']);
    for await (const batch of source.batches()) expect(batch.columns.map((c) => c.value(0))).toEqual([9007199254740993n, 1, { d: 2 }]);
  });

  it('reads a file bigger than one read (rows spanning reads, batches across them)', async () => {
    expect(await compare(validFile(7, 12_000))).toMatchObject({ ok: true });
  }, 120_000);
});
