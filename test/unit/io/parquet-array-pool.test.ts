import { describe, expect, it } from 'vitest';
import { ArrayPool } from '../../../src/io/data/parquet/array-pool.js';

describe('ArrayPool (arrays of the pages a worker moves to the reading thread)', () => {
  it('gives arrays of the length asked for, each the only view of a power-of-two buffer of its own', () => {
    const pool = new ArrayPool();
    const a = pool.f64('values', 1000);
    const b = pool.i32('start', 1000);
    const c = pool.u8('present', 5);
    expect([a.length, b.length, c.length]).toEqual([1000, 1000, 5]);
    expect([a.buffer.byteLength, b.buffer.byteLength, c.buffer.byteLength]).toEqual([8192, 4096, 4096]);
    expect(new Set([a.buffer, b.buffer, c.buffer]).size).toBe(3);
    for (const x of [a, b, c]) expect(pool.owns(x.buffer)).toBe(true);
    expect(pool.owns(new ArrayBuffer(4096))).toBe(false);
    expect(pool.owns(new SharedArrayBuffer(4096))).toBe(false);
  });

  it('decodes later pages into the buffers handed back, by size, and makes new ones when none fits', () => {
    const pool = new ArrayPool();
    const first = pool.f64('values', 100_000);
    const back = first.buffer as ArrayBuffer;
    pool.give([back]);
    // A page of about the same size gets the same memory; another size does not.
    expect(pool.f64('values', 90_000).buffer).toBe(back);
    expect(pool.f64('values', 90_000).buffer).not.toBe(back);
    pool.give([back]);
    expect(pool.i32('start', 10).buffer).not.toBe(back);
    expect(pool.u8('present', 1 << 20).buffer).toBe(back);
  });

  it('keeps only buffers it could give out again, up to its bound', () => {
    const pool = new ArrayPool();
    const odd = new ArrayBuffer(5000);
    const small = new ArrayBuffer(1024);
    pool.give([odd, small]);
    expect(pool.owns(odd)).toBe(false);
    expect(pool.owns(small)).toBe(false);
    // 64 MiB kept at most: the 65th buffer of 1 MiB is left to the garbage collector.
    const many = Array.from({ length: 65 }, () => new ArrayBuffer(1 << 20));
    pool.give(many);
    const taken = new Set(Array.from({ length: 65 }, () => pool.u8('x', 1 << 20).buffer));
    expect(many.filter((b) => taken.has(b))).toHaveLength(64);
  });
});
