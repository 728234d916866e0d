import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../src/cli.js';
import { openTable } from '../../../src/io/data/open.js';

/** Cells a pattern check meets: plain and quoted ASCII, "" escapes, empty and null, non-ASCII, control bytes. */
const CELLS = ['a@b', 'user1@example.com', 'user1.example.com', 'a b@c', 'x@y@z', 'é@b', 'a@😀', 'a\u00a0b@c', '@', 'tab\t@x', 'q"uote@x', 'comma,@x', ''];

function csvField(v: string | null): string {
  if (v === null) return '';
  return /[",\n\r]/.test(v) || v === '' ? `"${v.replaceAll('"', '""')}"` : v;
}

describe('textBytes: the bytes a cell gives decode to its text', () => {
  it('in CSV (unquoted, quoted, with "" escapes, empty, null)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-text-bytes-'));
    const values: (string | null)[] = [...CELLS, null, 'plain'];
    writeFileSync(path.join(dir, 'd.csv'), `v,w\r\n${values.map((v, k) => `${csvField(v)},${k}`).join('\r\n')}\r\n`);
    const span = new Int32Array(2);
    let fromBytes = 0;
    let rows = 0;
    for await (const batch of openTable(path.join(dir, 'd.csv')).batches({ batchRows: 4 })) {
      const col = batch.column('v')!;
      for (let i = 0; i < batch.length; i++) {
        const b = col.textBytes!(i, span);
        const expected = values[batch.rowOffset + i];
        expect(col.text(i)).toBe(expected);
        if (b === undefined) continue;
        fromBytes++;
        expect(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8', span[0], span[1])).toBe(expected);
      }
      rows += batch.length;
    }
    expect(rows).toBe(values.length);
    // All but the escaped quote, the empty unquoted field (null) ... are read from their bytes.
    expect(fromBytes).toBe(values.length - 2);
  });
});

async function failingRows(file: string, pattern: string): Promise<number> {
  const cwd = path.dirname(file);
  writeFileSync(path.join(cwd, 'mlgate.yml'), `version: 1\ndatasets:\n  - name: d\n    path: ${path.basename(file)}\n    columns:\n      v: { pattern: ${JSON.stringify(pattern)} }\n`);
  const io: CliIo = { stdout: () => {}, stderr: () => {}, cwd, env: {} };
  const code = await runCli(['validate', '--json', 'r.json'], io);
  expect(code).toBeLessThan(2);
  const result = JSON.parse(readFileSync(path.join(cwd, 'r.json'), 'utf8')) as { datasets: { checks: { check: string; failing: number }[] }[] };
  return result.datasets[0]!.checks.find((c) => c.check === 'pattern')!.failing;
}

describe('a pattern check counts what RegExp counts, in every format', () => {
  // Many cells, so the chunk readers and the batch paths all run; every tenth a null.
  const values = Array.from({ length: 30_000 }, (_, k) => (k % 10 === 9 ? null : `${CELLS[k % CELLS.length]!}${k % 7 === 0 ? '' : k}`));
  const patterns = ['^[^@\\s]+@[^@\\s]+$', '^\\w+@\\w+\\.com$', '\\d$', '^.{0,3}$'];
  const expected = (pattern: string): number => {
    const js = new RegExp(pattern, 'u');
    return values.filter((v) => v !== null && !js.test(v)).length;
  };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-pattern-formats-'));
  const files = {
    csv: () => writeFileSync(path.join(dir, 'd.csv'), `v\n${values.map(csvField).join('\n')}\n`),
    jsonl: () => writeFileSync(path.join(dir, 'd.jsonl'), values.map((v) => JSON.stringify({ v })).join('\n') + '\n'),
    parquet: () => writeFileSync(path.join(dir, 'd.parquet'), Buffer.from(parquetWriteBuffer({ columnData: [{ name: 'v', data: values, type: 'STRING' }] }))),
  };
  for (const [format, write] of Object.entries(files)) {
    it(`in ${format}`, async () => {
      write();
      for (const pattern of patterns) expect([pattern, await failingRows(path.join(dir, `d.${format}`), pattern)]).toEqual([pattern, expected(pattern)]);
    });
  }
});
