import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MlgateError } from '../../../src/domain/errors.js';
import { isIntegerBytes, parseNumberBytes } from '../../../src/io/data/csv/numbers.js';
import { resolveDataFiles } from '../../../src/io/data/files.js';
import { openTable } from '../../../src/io/data/open.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-readers-'));
function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
}

async function rows(p: string, options: { columns?: string[]; batchRows?: number } = {}): Promise<{ line: number | undefined; cells: (string | null)[] }[]> {
  const out: { line: number | undefined; cells: (string | null)[] }[] = [];
  for await (const b of openTable(p, { displayName: path.basename(p) }).batches(options)) {
    for (let i = 0; i < b.length; i++) out.push({ line: b.line(i), cells: b.columns.map((c) => c.text(i)) });
  }
  return out;
}

async function failure(p: string): Promise<MlgateError> {
  try {
    await rows(p);
  } catch (e) {
    if (e instanceof MlgateError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('CSV reader', () => {
  it('handles BOM, CRLF, quotes, embedded newlines, blank lines and a missing final newline, with source lines', async () => {
    const p = file('a.csv', '\ufeffid,name,score\r\n1,"a ""q"", b",1.5\r\n2,"multi\nline",\r\n\r\n3,plain,-2e3');
    const t = openTable(p);
    expect(await t.columnNames()).toEqual(['id', 'name', 'score']);
    expect(await rows(p)).toEqual([
      { line: 2, cells: ['1', 'a "q", b', '1.5'] },
      { line: 3, cells: ['2', 'multi\nline', null] },
      { line: 6, cells: ['3', 'plain', '-2e3'] },
    ]);
  });

  it('detects ; tab and | delimiters, and reads .tsv and .csv.gz', async () => {
    expect((await rows(file('semi.csv', 'a;b\n1;2\n'))).map((r) => r.cells)).toEqual([['1', '2']]);
    expect((await rows(file('pipe.csv', 'a|b\n1|2\n'))).map((r) => r.cells)).toEqual([['1', '2']]);
    expect((await rows(file('t.tsv', 'a\tb\n1,5\t2\n'))).map((r) => r.cells)).toEqual([['1,5', '2']]);
    expect((await rows(file('z.csv.gz', gzipSync('a,b\n1,2\n3,4\n')))).map((r) => r.cells)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('returns only the requested columns, across many small batches, with correct lines', async () => {
    const body = Array.from({ length: 1000 }, (_, i) => `${i},"x${i}\ny",${i * 2}`).join('\n');
    const p = file('many.csv', `a,b,c\n${body}\n`);
    const got = await rows(p, { columns: ['c', 'a'], batchRows: 7 });
    expect(got).toHaveLength(1000);
    expect(got[999]).toEqual({ line: 2 + 999 * 2, cells: ['1998', '999'] });
  });

  it('reads a file larger than one read chunk', async () => {
    const n = 60_000;
    const p = file('big.csv', `id,text\n${Array.from({ length: n }, (_, i) => `${i},"${'z'.repeat(i % 40)}, ok"`).join('\n')}\n`);
    let count = 0;
    let sum = 0;
    for await (const b of openTable(p).batches()) {
      const id = b.column('id')!;
      for (let i = 0; i < b.length; i++) {
        sum += id.number(i);
        count++;
      }
    }
    expect(count).toBe(n);
    expect(sum).toBe((n * (n - 1)) / 2);
  });

  it('reports bad input as input errors naming file and line', async () => {
    const ragged = await failure(file('ragged.csv', 'a,b\n1,2\n3,4,5\n'));
    expect(ragged.oneLine()).toBe('ragged.csv:3: ragged row: 3 fields where the header has 2');
    const utf8 = await failure(file('latin1.csv', Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0xe9, 0x0a])])));
    expect(utf8.oneLine()).toMatch(/^latin1\.csv:3: invalid UTF-8/);
    expect((await failure(file('empty.csv', ''))).oneLine()).toBe('empty.csv:1: empty file: expected a header line with column names');
    expect((await failure(file('quote.csv', 'a,b\n1,"never closed\n2,3\n'))).oneLine()).toMatch(/^quote\.csv:2: unterminated quoted field/);
    expect((await failure(file('dup.csv', 'a,a\n1,2\n'))).oneLine()).toMatch(/^dup\.csv:1: duplicate column name "a"/);
    expect((await failure(file('bad.csv.gz', 'not gzip at all'))).oneLine()).toMatch(/^bad\.csv\.gz: not valid gzip data/);
    expect((await failure(path.join(dir, 'absent.csv'))).oneLine()).toBe('absent.csv: file not found');
  });

  it('reads a header-only file as zero rows', async () => {
    expect(await rows(file('header.csv', 'a,b\n'))).toEqual([]);
  });
});

describe('JSON Lines reader', () => {
  it('reads objects, missing keys as null, nested values as JSON, and skips blank lines', async () => {
    const p = file('a.jsonl', '{"a":1,"b":"x"}\n\n{"a":2.5,"c":[1,2]}\r\n');
    expect(await openTable(p).columnNames()).toEqual(['a', 'b', 'c']);
    expect(await rows(p)).toEqual([
      { line: 1, cells: ['1', 'x', null] },
      { line: 3, cells: ['2.5', null, '[1,2]'] },
    ]);
  });

  it('names the line of invalid JSON or a non-object', async () => {
    expect((await failure(file('bad.jsonl', '{"a":1}\n{"a":\n'))).oneLine()).toMatch(/^bad\.jsonl:2: invalid JSON/);
    expect((await failure(file('arr.ndjson', '{"a":1}\n[1]\n'))).oneLine()).toMatch(/^arr\.ndjson:2: expected a JSON object on each line, found an array/);
    expect((await failure(file('none.jsonl', '\n\n'))).oneLine()).toMatch(/empty file/);
  });
});

describe('number parsing from bytes', () => {
  it('agrees with Number() on decimal renderings of doubles', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('plain', 'fixed', 'exp', 'precision'), (x, style) => {
        const text = style === 'fixed' && Math.abs(x) < 1e21 ? x.toFixed(6) : style === 'exp' ? x.toExponential(8) : style === 'precision' ? x.toPrecision(12) : String(x);
        const b = Buffer.from(text);
        const ours = parseNumberBytes(b, 0, b.length);
        return Object.is(ours, Number(text)) || (ours === 0 && Number(text) === 0);
      }),
      { seed: 11, numRuns: 3000 },
    );
  });

  it('rejects what is not a decimal number and recognises integers', () => {
    for (const t of ['', 'abc', '1,5', '0x10', 'inf', 'NaN', '1e', '--1', '1.2.3', '.']) expect(parseNumberBytes(Buffer.from(t), 0, t.length), t).toBeNaN();
    for (const [t, v] of [[' 12 ', 12], ['+3', 3], ['1.', 1], ['.5', 0.5], ['-0.25e2', -25], ['12345678901234567890', 12345678901234567890]] as const) expect(parseNumberBytes(Buffer.from(t), 0, t.length)).toBe(v);
    expect(isIntegerBytes(Buffer.from('-42'), 0, 3)).toBe(true);
    expect(isIntegerBytes(Buffer.from('4.0'), 0, 3)).toBe(false);
  });
});

describe('file discovery', () => {
  it('expands globs (*, **, {a,b}) sorted, and fails clearly when nothing matches', async () => {
    for (const f of ['g/x/1.csv', 'g/x/2.csv', 'g/y/deep/3.csv', 'g/y/4.jsonl']) file(f, 'a\n1\n');
    const found = await resolveDataFiles('g/**/*.{csv,jsonl}', dir, 'datasets[0].path', dir);
    expect(found.map((f) => f.name)).toEqual(['g/x/1.csv', 'g/x/2.csv', 'g/y/4.jsonl', 'g/y/deep/3.csv']);
    expect((await resolveDataFiles(['g/x/*.csv', 'g/x/1.csv'], dir, 'p', dir)).map((f) => f.name)).toEqual(['g/x/1.csv', 'g/x/2.csv']);
    await expect(resolveDataFiles('g/*.parquet', dir, 'datasets[0].path (train)')).rejects.toThrow(/datasets\[0\]\.path \(train\): the glob 'g\/\*\.parquet' matches no file/);
    await expect(resolveDataFiles('g/none.csv', dir, 'datasets[1].path')).rejects.toThrow(/data file 'g\/none\.csv' does not exist/);
  });
});

describe('hashes', () => {
  it('hash integers exactly like their text, so keys match across formats', async () => {
    const { hashInteger, hashString } = await import('../../../src/domain/table/hash.js');
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const a = new Uint32Array(2);
        const b = new Uint32Array(2);
        hashInteger(n, a);
        hashString(String(n), b);
        return a[0] === b[0] && a[1] === b[1];
      }),
      { seed: 5, numRuns: 2000 },
    );
  });
});
