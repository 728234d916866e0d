import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetMetadata } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { runValidation } from '../../../src/commands/validate.js';
import type { CommandContext } from '../../../src/commands/types.js';
import { parseConfig } from '../../../src/domain/config/parse.js';
import { MlgateError } from '../../../src/domain/errors.js';
import type { CheckResult, DatasetResult } from '../../../src/domain/results.js';

/** SPEC §3 "Bad input": nothing read from a data file is silently lost, rounded or passed over. */

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const parquetFixtures = path.resolve(import.meta.dirname, '../../fixtures/data/parquet');

function context(cwd: string): CommandContext {
  const noop = (): void => undefined;
  return { cwd, env: {}, log: { info: noop, debug: noop, warning: noop, error: noop }, summary: { available: false, write: () => Promise.resolve() }, inActions: false, github: { apiUrl: '', serverUrl: '' } };
}

async function validate(files: Record<string, string | Buffer>, yaml: string): Promise<DatasetResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-lost-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const config = parseConfig(yaml, 'mlgate.yml');
  return (await runValidation({ config, file: path.join(dir, 'mlgate.yml'), root: dir }, { now: NOW }, context(dir))).datasets;
}

async function validationError(files: Record<string, string | Buffer>, yaml: string): Promise<MlgateError> {
  try {
    await validate(files, yaml);
  } catch (error) {
    expect(error).toBeInstanceOf(MlgateError);
    return error as MlgateError;
  }
  throw new Error('validation passed');
}

function check(ds: DatasetResult, name: string, column?: string): CheckResult {
  const found = ds.checks.find((c) => c.check === name && c.column === column);
  if (!found) throw new Error(`no ${column ?? ''}.${name} in ${ds.checks.map((c) => `${c.column ?? ''}.${c.check}`).join(' ')}`);
  return found;
}

const oneDataset = (file: string, columns = ''): string => `version: 1\ndatasets:\n  - name: d\n    path: ${JSON.stringify(file)}\n${columns ? `    columns:\n${columns}` : ''}`;
const jsonl = (rows: readonly unknown[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

describe('JSON Lines: a column of mixed values is checked value by value', () => {
  it('counts the one string among 20,000 numbers once, with its line', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ x: i === 100 ? 'oops' : i * 1.5 }));
    const [ds] = await validate({ 'm.jsonl': jsonl(rows) }, oneDataset('m.jsonl', '      x: { type: number }\n'));
    expect(check(ds!, 'type', 'x')).toMatchObject({ status: 'fail', failing: 1, observed: '1 value not number', examples: [{ file: 'm.jsonl', line: 101, value: 'oops' }] });
  });

  it('fails a boolean and an object among numbers, and still checks the range of the numbers', async () => {
    const rows = [{ x: 1 }, { x: true }, { x: -2.5 }, { x: { n: 3 } }, { x: 4 }];
    const [ds] = await validate({ 'm2.jsonl': jsonl(rows) }, oneDataset('m2.jsonl', '      x: { type: number, min: 0 }\n'));
    expect(check(ds!, 'type', 'x')).toMatchObject({ failing: 2, examples: [{ line: 2, value: 'true' }, { line: 4, value: '{"n":3}' }] });
    expect(check(ds!, 'min', 'x')).toMatchObject({ failing: 1, examples: [{ line: 3, value: '-2.5' }] });
  });

  it('types integers cell by cell in a column that also holds strings and decimals', async () => {
    const rows = [{ k: 1 }, { k: '7' }, { k: 2.5 }, { k: null }, { k: 9 }];
    const [ds] = await validate({ 'm3.jsonl': jsonl(rows) }, oneDataset('m3.jsonl', '      k: { type: integer }\n'));
    expect(check(ds!, 'type', 'k')).toMatchObject({ failing: 2, fraction: 0.5, examples: [{ line: 2, value: '7' }, { line: 3, value: '2.5' }] });
  });
});

describe('integers beyond 2^53 keep their exact value', () => {
  const big = '{"id": 9007199254740993}\n{"id": 9007199254740992}\n{"id": -9007199254740993}\n';

  it('as distinct ids, and as repeated ones, in JSON Lines', async () => {
    const [ds] = await validate({ 'b.jsonl': big }, oneDataset('b.jsonl', '      id: { type: integer, unique: true }\n'));
    expect(check(ds!, 'unique', 'id')).toMatchObject({ status: 'pass', failing: 0 });
    const [again] = await validate({ 'r.jsonl': big + '{"id": 9007199254740993}\n' }, oneDataset('r.jsonl', '      id: { unique: true }\n'));
    expect(check(again!, 'unique', 'id')).toMatchObject({ status: 'fail', failing: 1, examples: [{ line: 4, value: '9007199254740993' }] });
  });

  it('against min and max, in JSON Lines and CSV alike (positive, negative, a bound in quotes)', async () => {
    const columns = '      id: { type: integer, max: 9007199254740992, min: "-9007199254740992" }\n';
    const csv = 'id\n9007199254740993\n9007199254740992\n-9007199254740993\n';
    for (const [file, content] of [['b.jsonl', big], ['b.csv', csv]] as const) {
      const [ds] = await validate({ [file]: content }, oneDataset(file, columns));
      expect(check(ds!, 'max', 'id'), file).toMatchObject({ status: 'fail', failing: 1, examples: [{ line: file === 'b.csv' ? 2 : 1, value: '9007199254740993' }] });
      expect(check(ds!, 'min', 'id'), file).toMatchObject({ status: 'fail', failing: 1, examples: [{ line: file === 'b.csv' ? 4 : 3, value: '-9007199254740993' }] });
    }
    const [inside] = await validate({ 'ok.jsonl': '{"id": 12345678901234567890}\n' }, oneDataset('ok.jsonl', '      id: { type: integer, max: "12345678901234567890", min: "12345678901234567890" }\n'));
    expect(inside!.checks.map((c) => c.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('as leakage keys across CSV and JSON Lines; numbers with a fraction or exponent stay doubles', async () => {
    const [, test, f] = await validate(
      {
        'train.csv': 'id\n12345678901234567890\n-98765432109876543210\n',
        'test.jsonl': '{"id": 12345678901234567891}\n{"id": -98765432109876543210}\n{"id": 12345678901234567890}\n',
        'f.jsonl': '{"x": 1.2345678901234567e19}\n{"x": 0.30000000000000004}\n',
      },
      `version: 1
datasets:
  - name: train
    path: train.csv
  - name: test
    path: test.jsonl
    leakage: { against: train, key: [id] }
  - name: f
    path: f.jsonl
    columns:
      x: { type: integer }
`,
    ).then((d) => [d[0], d[1], d[2]] as const);
    expect(check(test!, 'leakage')).toMatchObject({ status: 'fail', failing: 2, examples: [{ line: 2, value: { id: '-98765432109876543210' } }, { line: 3, value: { id: '12345678901234567890' } }] });
    expect(check(f!, 'type', 'x')).toMatchObject({ failing: 1, examples: [{ line: 2, value: '0.30000000000000004' }] });
  });
});

describe('a key repeated in one JSON object is a finding naming file and line', () => {
  it('at the top level, nested, in a list, and spelled with an escape; colons in strings are not keys', async () => {
    const text = [
      '{"id": 1, "id": 2}',
      '{"id": 3, "a": {"b": 1, "b": 2, "c": 3}}',
      '{"id": 4, "l": [{"q": 1}, {"q": 1, "q": 2}]}',
      '{"id": 5, "ab": 1, "a\\u0062": 2}',
      '{"id": 6, "t": "10:00:00", "s": "\\":x", "u": "a\\" : b"}',
    ].join('\n');
    const [ds] = await validate({ 'k.jsonl': text + '\n' }, oneDataset('k.jsonl', '      id: { type: integer, in: [2, 3, 4, 5, 6] }\n'));
    expect(check(ds!, 'duplicate_keys')).toEqual({
      check: 'duplicate_keys', severity: 'error', status: 'fail', observed: '4 objects with a repeated key (the last value was read)', expected: 'each key once per object', failing: 4, fraction: 0.8,
      examples: [{ file: 'k.jsonl', line: 1, value: 'id' }, { file: 'k.jsonl', line: 2, value: 'a.b' }, { file: 'k.jsonl', line: 3, value: 'l[1].q' }, { file: 'k.jsonl', line: 4, value: 'ab' }],
    });
    // The last value is the one read, as JSON.parse reads it.
    expect(check(ds!, 'in', 'id')).toMatchObject({ status: 'pass', failing: 0 });
  });

  it('is absent when no object repeats a key', async () => {
    const [ds] = await validate({ 'u.jsonl': '{"a": {"a": 1}, "b": [{"a": 2}, {"a": 3}], "c": "a\\":"}\n' }, oneDataset('u.jsonl'));
    expect(ds!.checks.map((c) => c.check)).toEqual(['rows']);
  });
});

describe('a UTF-8 byte order mark before the first JSON object is skipped', () => {
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  const body = '{"id": 1}\n{"id": 2}\n';
  for (const [name, content] of [
    ['plain.jsonl', Buffer.concat([bom, Buffer.from(body)])],
    ['zipped.jsonl.gz', gzipSync(Buffer.concat([bom, Buffer.from(body)]))],
    ['crlf.jsonl', Buffer.concat([bom, Buffer.from(body.replaceAll('\n', '\r\n'))])],
  ] as const) {
    it(name, async () => {
      const [ds] = await validate({ [name]: content }, oneDataset(name, '      id: { type: integer, in: [1] }\n'));
      expect(ds!.rows).toBe(2);
      expect(check(ds!, 'type', 'id')).toMatchObject({ status: 'pass' });
      expect(check(ds!, 'in', 'id')).toMatchObject({ failing: 1, examples: [{ line: 2, value: '2' }] });
    });
  }
});

describe('files of one dataset whose columns differ are a finding naming the files', () => {
  it('CSV headers (the order of columns aside)', async () => {
    const [ds] = await validate({ 'a.csv': 'id,x\n1,2\n', 'b.csv': 'x,id\n3,4\n', 'c.csv': 'id,y,z\n5,6,7\n' }, oneDataset('*.csv'));
    expect(check(ds!, 'same_columns')).toEqual({
      check: 'same_columns', severity: 'error', status: 'fail', observed: '1 of 3 files have other columns than a.csv', expected: 'the columns of a.csv', failing: 1, fraction: 0.333333,
      examples: [{ file: 'c.csv', value: 'missing x; extra y, z' }],
    });
  });

  it('JSON Lines: the keys of each whole file', async () => {
    const [ds] = await validate({ 'a.jsonl': '{"id": 1}\n{"id": 2, "x": null}\n', 'b.jsonl': '{"x": 1, "id": 2}\n', 'c.jsonl': '{"id": 3}\n' }, oneDataset('*.jsonl'));
    expect(check(ds!, 'same_columns')).toMatchObject({ failing: 1, examples: [{ file: 'c.jsonl', value: 'missing x' }] });
  });

  it('Parquet schemas', async () => {
    const files = {
      'a.parquet': readFileSync(path.join(parquetFixtures, 'duckdb-snappy.parquet')),
      'b.parquet': readFileSync(path.join(parquetFixtures, 'duckdb-gzip.parquet')),
      'c.parquet': readFileSync(path.join(parquetFixtures, 'pyarrow-0.17-simple.parquet')),
    };
    const [ds] = await validate(files, oneDataset('*.parquet'));
    expect(check(ds!, 'same_columns')).toMatchObject({ failing: 1, examples: [{ file: 'c.parquet', value: 'missing id, age, score, country, email, active, day, ts, note, pair; extra A, B' }] });
    const [same] = await validate({ 'a.parquet': files['a.parquet'], 'b.parquet': files['b.parquet'] }, oneDataset('*.parquet'));
    expect(same!.checks.map((c) => c.check)).toEqual(['rows']);
  });
});

describe('every file is read whole, even with no column check', () => {
  it('a damaged Parquet page in a column no check reads', async () => {
    const good = readFileSync(path.join(parquetFixtures, 'duckdb-snappy.parquet'));
    const meta = parquetMetadata(good.buffer.slice(good.byteOffset, good.byteOffset + good.length));
    const score = meta.row_groups[0]!.columns.find((c) => c.meta_data?.path_in_schema[0] === 'score')!.meta_data!;
    const bad = Buffer.from(good);
    bad.fill(0xff, Number(score.data_page_offset) + 40, Number(score.data_page_offset) + 80);
    for (const columns of ['', '      id: { type: integer }\n']) {
      const error = await validationError({ 'bad.parquet': bad }, oneDataset('bad.parquet', columns));
      expect(error.kind).toBe('input');
      expect(error.oneLine()).toBe('bad.parquet: cannot read Parquet: column "score", row group 0: missing eof marker (the file is truncated, corrupt or not Parquet)');
    }
  });

  it('a ragged CSV row, invalid UTF-8 in CSV, a broken JSON line', async () => {
    const cases: [string, string | Buffer, string][] = [
      ['rag.csv', 'a,b\n1,2\n3\n', 'rag.csv:3: ragged row: 1 field where the header has 2'],
      ['utf.csv', Buffer.from('a,b\n1,2\n3,\xff\n', 'latin1'), 'utf.csv:3: invalid UTF-8 (expected UTF-8 text; re-encode the file, e.g. iconv -t UTF-8)'],
      ['bad.jsonl', '{"a": 1}\n\n{"a":\n', 'bad.jsonl:3: invalid JSON: Unexpected end of JSON input'],
      ['utf.jsonl', Buffer.from('{"a": 1}\n{"a": "\xff"}\n', 'latin1'), 'utf.jsonl:2: invalid UTF-8 (expected UTF-8 text)'],
    ];
    for (const [name, content, message] of cases) expect((await validationError({ [name]: content }, oneDataset(name))).oneLine()).toBe(message);
  });
});

describe('CSV headers wider than mlgate reads are refused with the limit', () => {
  const wide = (n: number): string => `${Array.from({ length: n }, (_, i) => `c${i}`).join(',')}\n${Array.from({ length: n }, () => '1').join(',')}\n`;

  it('reads 65,536 columns, the last one included', async () => {
    const [ds] = await validate({ 'w.csv': wide(65_536) }, oneDataset('w.csv', '      c65535: { type: integer, in: [1] }\n'));
    expect(check(ds!, 'in', 'c65535')).toMatchObject({ status: 'pass' });
  });

  for (const n of [65_537, 66_000, 100_000]) {
    it(`refuses ${n.toLocaleString('en-US')} columns`, async () => {
      const error = await validationError({ 'w.csv': wide(n) }, oneDataset('w.csv', '      c1: { type: integer }\n'));
      expect(error.oneLine()).toBe(`w.csv:1: the header has ${n.toLocaleString('en-US')} columns; mlgate reads files of at most 65,536 columns`);
    });
  }

  it('quotes a long repeated column name shortly', async () => {
    const long = 'x'.repeat(300_000);
    const error = await validationError({ 'd.csv': `${long},b,${long}\n1,2,3\n` }, oneDataset('d.csv'));
    expect(error.oneLine()).toBe(`d.csv:1: duplicate column name "${'x'.repeat(80)}"… (300,000 characters) in the header (columns 1 and 3)`);
  });
});
