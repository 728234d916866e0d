import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmix32, hashRecordBytes, viewOf } from '../../../src/domain/table/hash.js';

/** The record hash written out byte by byte (its definition), to check the word-loading version against. */
function reference(b: Uint8Array, start: number, end: number): [number, number] {
  let h1 = 0x9747b28c ^ (end - start);
  let h2 = 0x85ebca6b ^ (end - start);
  let p = start;
  for (; p + 4 <= end; p += 4) {
    let k = b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16) | (b[p + 3]! << 24);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h1 ^= k;
    h1 = (h1 << 13) | (h1 >>> 19);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
    h2 = (Math.imul(h2 ^ k, 0x01000193) + 0x7f4a7c15) | 0;
  }
  let k = 0;
  for (let s = 0; p < end; p++, s += 8) k |= b[p]! << s;
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h1 ^= Math.imul(k, 0x1b873593);
  h2 = Math.imul(h2 ^ k, 0x01000193);
  return [fmix32(h1), fmix32(h2 ^ h1)];
}

describe('hashRecordBytes', () => {
  it('equals its byte-by-byte definition at every alignment, inside a larger buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.nat(7), fc.nat(7), (bytes, before, after) => {
        const backing = new Uint8Array(3 + before + bytes.length + after);
        backing.set(bytes, 3 + before);
        // A view that does not start at the ArrayBuffer's start, as a Buffer slice of a pooled buffer.
        const b = backing.subarray(3);
        const out = new Uint32Array(2);
        hashRecordBytes(b, viewOf(b), before, before + bytes.length, out);
        expect([out[0], out[1]]).toEqual(reference(b, before, before + bytes.length));
      }),
    );
  });

  it('tells apart records that differ in one byte or in length', () => {
    const out = new Uint32Array(2);
    const hashOf = (s: string): string => {
      const b = Buffer.from(s);
      hashRecordBytes(b, viewOf(b), 0, b.length, out);
      return `${out[0]}:${out[1]}`;
    };
    const texts = ['1,a,b', '1,a,c', '1,a,b,', '2,a,b', '1,a,b\0', 'x'.repeat(40), `${'x'.repeat(39)}y`];
    expect(new Set(texts.map(hashOf)).size).toBe(texts.length);
  });
});
