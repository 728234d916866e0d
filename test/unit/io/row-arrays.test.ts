import { describe, expect, it } from 'vitest';
import { recycleRowArrays, rowArray, spareRowBuffers } from '../../../src/io/data/csv/row-arrays.js';

describe('row arrays of CSV chunk results', () => {
  it('reuse a handed-back buffer that fits, zeroed, and leave ones far too big or too small', () => {
    const first = rowArray(Float64Array, 1000);
    first.fill(7);
    const small = rowArray(Uint8Array, 10);
    recycleRowArrays([first.buffer, small.buffer]);
    const held = spareRowBuffers();
    const again = rowArray(Uint32Array, 1500);
    expect(again.buffer).toBe(first.buffer);
    expect(again.length).toBe(1500);
    expect([...again].every((v) => v === 0)).toBe(true);
    expect(spareRowBuffers()).toBe(held - 1);
    // 10 bytes do not hold 100 elements; 8,000 bytes are too many for 4 bytes
    expect(rowArray(Uint8Array, 100).buffer).not.toBe(small.buffer);
    recycleRowArrays([again.buffer]);
    expect(rowArray(Uint8Array, 4).buffer).not.toBe(first.buffer);
  });

  it('hand a buffer out once, however often it was handed back', () => {
    const b = new ArrayBuffer(3 * 4096);
    recycleRowArrays([b, b]);
    expect(rowArray(Uint8Array, 3 * 4096).buffer).toBe(b);
    expect(rowArray(Uint8Array, 3 * 4096).buffer).not.toBe(b);
  });

  it('keep at most 64 spare buffers', () => {
    recycleRowArrays(Array.from({ length: 80 }, () => new ArrayBuffer(64)));
    expect(spareRowBuffers()).toBe(64);
  });
});
