import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkBuffers, recordChunks } from '../../../src/io/csv/record-chunks.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-chunks-'));

/** Records with quoted fields holding newlines and quotes, some far longer than a chunk. */
const record = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.nat(99999), fc.string({ maxLength: 30 })).map(([n, s]) => `${n},"${s.replaceAll('"', '""')}"\n`) },
  { weight: 1, arbitrary: fc.nat(3000).map((n) => `long,"${'x\n'.repeat(n)}"\n`) },
);

async function chunksOf(path: string, gzip: boolean, start: number, buffers: ChunkBuffers): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const chunk of recordChunks({ path, file: 'f.csv', gzip }, start, buffers)) {
    expect(chunk.byteOffset).toBe(0);
    out.push(Buffer.from(chunk));
    // As the chunk pipeline does once a chunk is folded.
    buffers.give(chunk.buffer);
  }
  return out;
}

describe('recordChunks', () => {
  it('yields the bytes after the header in order, cut only after a record, plain and gzip, with records longer than a chunk', async () => {
    let k = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 60 }), fc.boolean(), fc.constantFrom(1024, 1500, 4096), async (records, lastNewline, bytes) => {
        const header = 'id,text\n';
        let body = records.join('');
        if (!lastNewline && body.endsWith('\n')) body = body.slice(0, -1);
        const data = Buffer.from(header + body);
        const path = join(dir, `d${k++}.csv`);
        writeFileSync(path, data);
        writeFileSync(`${path}.gz`, gzipSync(data));
        for (const gzip of [false, true]) {
          const chunks = await chunksOf(gzip ? `${path}.gz` : path, gzip, header.length, new ChunkBuffers(bytes));
          expect(Buffer.concat(chunks).toString()).toBe(body);
          // Every chunk but the last ends a record: the text before its end has balanced quotes and ends with a newline.
          let before = '';
          for (const c of chunks.slice(0, -1)) {
            before += c.toString();
            expect(before.endsWith('\n')).toBe(true);
            expect((before.match(/"/g) ?? []).length % 2).toBe(0);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('reuses the buffers it is given back', async () => {
    const path = join(dir, 'many.csv');
    writeFileSync(path, `h\n${'12345678\n'.repeat(5000)}`);
    const buffers = new ChunkBuffers(1024);
    const seen = new Set<ArrayBufferLike>();
    for await (const chunk of recordChunks({ path, file: 'many.csv', gzip: false }, 2, buffers)) {
      seen.add(chunk.buffer);
      buffers.give(chunk.buffer);
    }
    expect(seen.size).toBeLessThanOrEqual(2);
  });

  it('names the file when it cannot be read', async () => {
    await expect(chunksOf(join(dir, 'missing.csv'), false, 0, new ChunkBuffers(1024))).rejects.toMatchObject({ kind: 'input', message: expect.stringContaining('file not found') as unknown, location: { file: 'f.csv' } });
  });
});
