import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/domain/config/parse.js';
import { MlgateError } from '../../../src/domain/errors.js';
import { DatasetValidator } from '../../../src/domain/validation/dataset-validator.js';
import { LegacyJsonlSource } from './jsonl-legacy-source.js';
import { readForValidation } from '../../../src/io/data/read-dataset.js';
import { badFile, validFile, type GeneratedFile } from './jsonl-files.js';

/**
 * Big JSON Lines files go through the chunk pipeline (one pass, keys gathered as chunks are folded):
 * its findings against the line-by-line reader's, with tiny chunks so that a file makes many.
 */

const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-jsonl-chunks-'));
const NOW = Date.UTC(2026, 5, 1);

const CONFIG = (extra: string): string => `version: 1
datasets:
  - name: d
    path: x.jsonl
    max_examples: 3
    strict_columns: true
    columns:
      id: { type: integer, unique: true, min: -500, max: 500 }
      name: { type: string, pattern: '^[a-z ]+$', max_length: 5, in: [x, US, DE, 'hello world'] }
      score: { type: number, min: 0, max: 5, mostly: 0.5 }
      when: { type: datetime, max_age: 400d }
      flag: { type: boolean }
      tags: { type: category, not_in: ['[]', '1'] }
      "1": { unique: true, nullable: false }
      "10": { type: integer, max_null_fraction: 0.1 }
      never: { type: integer, required: false }
${extra}`;

type Outcome = { ok: true; value: unknown } | { ok: false; error: string };

async function outcome(read: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    if (!(error instanceof MlgateError)) throw error;
    return { ok: false, error: error.oneLine() };
  }
}

async function oracle(p: string, name: string, yaml: string): Promise<unknown> {
  const gzip = name.endsWith('.gz');
  const config = parseConfig(yaml, 'mlgate.yml').datasets[0]!;
  const validator = new DatasetValidator(config, { now: NOW, maxExamples: 3 });
  const source = new LegacyJsonlSource(p, name, gzip);
  const columns = validator.startFile(name, await source.columnNames());
  for await (const batch of source.batches({ columns })) validator.consume(batch);
  return validator.finish();
}

async function chunked(p: string, name: string, yaml: string): Promise<unknown> {
  const config = parseConfig(yaml, 'mlgate.yml').datasets[0]!;
  const validator = new DatasetValidator(config, { now: NOW, maxExamples: 3 });
  expect(validator.parallelizable).toBe(true);
  await readForValidation([{ path: p, name }], config, validator, { env: { MLGATE_PARALLEL_MIN_BYTES: '1', MLGATE_CHUNK_BYTES: '1024' }, now: NOW, maxExamples: 3 });
  return validator.finish();
}

async function compare(f: GeneratedFile, yaml: string): Promise<Outcome> {
  const p = path.join(dir, f.name);
  writeFileSync(p, f.bytes);
  const expected = await outcome(() => oracle(p, f.name, yaml));
  const got = await outcome(() => chunked(p, f.name, yaml));
  expect(got, f.name).toEqual(expected);
  return got;
}

describe('big JSON Lines files in chunks', () => {
  it('find what the line-by-line reader finds: counts, examples, keys met late, repeated keys, duplicate rows', async () => {
    for (let seed = 200; seed < 230; seed++) {
      const got = await compare(validFile(seed, 40 + (seed % 6) * 60), CONFIG(seed % 2 === 0 ? '    duplicates: 0.5\n' : ''));
      expect(got, JSON.stringify(got).slice(0, 300)).toMatchObject({ ok: true });
    }
  }, 120_000);

  it('duplicate rows keyed by the unique column, and rows equal but for key order, spacing, number spelling and escapes', async () => {
    const rows = ['{"id": 1, "a": 1.0, "b": "x"}', '{"b":"x","id":1,"a":1}', '{"id": 2, "a": 1e0, "b": "x", "c": null}', '{"id":2,"b":"x","a":1}', '{"a":[1, {"k": 2}],"id":3}', '{"id":3,"a":[1,{"k":2}]}', '{"id":4,"a":9007199254740993}', '{"id":4,"a":9007199254740992}', '{"id":5,"a":5,"t":true}', '{"id":5,"a":"5","t":"true"}', '{"id":6,"a":-0}', '{"id":6,"a":0.0}'];
    // Strings equal once their escapes are read (the byte scan hashes them without building them), and ones that only look alike.
    rows.push('{"id":7,"s":"A\\"B"}', '{"s":"\\u0041\\u0022B","id":7}', '{"id":8,"s":"é😀/"}', '{"id":8,"s":"\\u00e9\\ud83d\\ude00\\/"}', '{"id":9,"s":"\\ud800"}', '{"id":9,"s":"\\ufffd"}', '{"id":10,"s":"a\\nb"}', '{"id":10,"s":"a\\\\nb"}');
    const text = Array.from({ length: 60 }, (_, i) => rows[i % rows.length]).join('\n');
    const got = await compare({ name: 'dups.jsonl', bytes: Buffer.from(text) }, 'version: 1\ndatasets:\n  - name: d\n    path: x.jsonl\n    columns:\n      id: { type: integer, unique: true }\n    duplicates: 0.9\n');
    expect(JSON.stringify(got)).toContain('"check":"duplicates"');
  });

  it('report the same error for a bad line, or bad UTF-8, as the line-by-line reader', async () => {
    for (let seed = 300; seed < 340; seed++) await compare(badFile(seed, 30), CONFIG(''));
  }, 120_000);

  it('gzip-compressed files too', async () => {
    for (const seed of [401, 402, 403]) {
      const f = validFile(seed, 300);
      const got = await compare({ name: `${f.name}.gz`, bytes: gzipSync(f.bytes) }, CONFIG('    duplicates: 0.5\n'));
      expect(got.ok).toBe(true);
    }
  });

  it('an empty file (blank lines only) is an error', async () => {
    const got = await compare({ name: 'blank.jsonl', bytes: Buffer.from('\n  \n\t\n') }, CONFIG(''));
    expect(got.ok).toBe(false);
    expect(got.ok ? '' : got.error).toMatch(/^blank\.jsonl:1: empty file/);
  });
});
