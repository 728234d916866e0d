import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../src/io/data/profile-data.js';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

describe('content hash of data files (the reference cache key)', () => {
  it('is sha256 over each file name and the sha256 of its bytes, in order: empty, small, and files past one 1 MiB read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-content-hash-'));
    const bytes = (n: number, seed: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed * 7 + (i >> 9)) & 0xff));
    const files = [
      { name: 'empty.csv', data: Buffer.alloc(0) },
      { name: 'small.csv', data: Buffer.from('a,b\n1,2\n') },
      { name: 'exactly-1MiB.bin', data: bytes(1 << 20, 1) },
      { name: 'big.bin', data: bytes((5 << 19) + 123, 2) },
    ].map((f) => {
      writeFileSync(path.join(dir, f.name), f.data);
      return { ...f, path: path.join(dir, f.name) };
    });
    for (const chosen of [files, [...files].reverse(), files.slice(3)]) {
      const expected = `sha256:${sha256(chosen.map((f) => `${f.name}\u0000${sha256(f.data)}\n`).join(''))}`;
      expect(await contentHash(chosen.map(({ name, path: p }) => ({ name, path: p })))).toBe(expected);
    }
  });
});
