import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkBuffers, lastRecordEnd, recordChunks } from '../../../src/io/data/csv/record-chunks.js';

const dir = mkdtempSync(join(tmpdir(), 'mlgate-chunks-'));

/** Records with quoted fields holding newlines and quotes, some far longer than a chunk. */
const record = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.nat(99999), fc.string({ maxLength: 30 })).map(([n, s]) => `${n},"${s.replaceAll('"', '""')}"\n`) },
  { weight: 1, arbitrary: fc.nat(3000).map((n) => `long,"${'x\n'.repeat(n)}"\n`) },
);

async function chunksOf(path: string, gzip: boolean, start: number, buffers: ChunkBuffers): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const chunk of recordChunks({ path, file: 'f.csv', gzip }, start, 44, buffers)) {
    expect(chunk.byteOffset).toBe(0);
    out.push(Buffer.from(chunk));
    // As the chunk pipeline does once a chunk is folded.
    buffers.give(chunk.buffer);
  }
  return out;
}

/**
 * The end of the last record in b[0, end), one byte at a time as the tokenizer reads quotes: a quote
 * opens a field only at its start, `""` inside one is a quote, a quote elsewhere is a character.
 */
function referenceEnd(b: Uint8Array, end: number): number {
  let inQuotes = false;
  let fieldStart = true;
  let last = 0;
  for (let p = 0; p < end; p++) {
    const c = b[p];
    if (inQuotes) {
      if (c === 34) {
        if (p + 1 < end && b[p + 1] === 34) p++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === 34 && fieldStart) inQuotes = true;
    else if (c === 10) last = p + 1;
    fieldStart = c === 44 || c === 10 || c === 13;
  }
  return last;
}

describe('lastRecordEnd', () => {
  it('finds the last line feed outside quoted fields, with literal quotes inside unquoted ones, whatever lies past the end', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(34, 10, 13, 44, 97), { maxLength: 300 }), fc.nat(300), (bytes, endAt) => {
        const b = Buffer.from(bytes);
        const end = Math.min(endAt, b.length);
        expect(lastRecordEnd(b, end, 44)).toBe(referenceEnd(b, end));
      }),
      { numRuns: 2000 },
    );
  });
});

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
    for await (const chunk of recordChunks({ path, file: 'many.csv', gzip: false }, 2, 44, buffers)) {
      seen.add(chunk.buffer);
      buffers.give(chunk.buffer);
    }
    expect(seen.size).toBeLessThanOrEqual(2);
  });

  it('shares one pool per chunk size between reads: the next read takes the buffers the last gave back', async () => {
    const path = join(dir, 'shared.csv');
    writeFileSync(path, `h\n${'12345678\n'.repeat(5000)}`);
    expect(ChunkBuffers.shared(2048)).toBe(ChunkBuffers.shared(2048));
    expect(ChunkBuffers.shared(4096)).not.toBe(ChunkBuffers.shared(2048));
    const read = async (): Promise<Set<ArrayBufferLike>> => {
      const buffers = ChunkBuffers.shared(2048);
      const seen = new Set<ArrayBufferLike>();
      for await (const chunk of recordChunks({ path, file: 'shared.csv', gzip: false }, 2, 44, buffers)) {
        seen.add(chunk.buffer);
        buffers.give(chunk.buffer);
      }
      return seen;
    };
    const first = await read();
    const second = await read();
    expect([...second].every((b) => first.has(b))).toBe(true);
  });

  it('names the file when it cannot be read', async () => {
    await expect(chunksOf(join(dir, 'missing.csv'), false, 0, new ChunkBuffers(1024))).rejects.toMatchObject({ kind: 'input', message: expect.stringContaining('file not found') as unknown, location: { file: 'f.csv' } });
  });
});
