import { describe, expect, it } from 'vitest';
import { stringEnd } from '../../../src/io/data/jsonl/json-bytes.js';
import { unescapeString } from '../../../src/io/data/jsonl/json-unescape.js';

/** What the reader used to hash for a string written `json` (quotes included): its value's UTF-8 bytes. */
const expected = (json: string): Buffer => Buffer.from(JSON.parse(json) as string, 'utf8');

/** unescapeString over the body of the string `json` (quotes included), checked as the reader checks it first. */
function decoded(json: string): Buffer {
  const b = Buffer.from(json, 'utf8');
  const end = stringEnd(b, 0, b.length);
  expect(end, json).toBe(b.length - 1);
  const out = new Uint8Array(b.length);
  const n = unescapeString(b, 1, end, out);
  expect(n, json).toBeLessThanOrEqual(b.length - 2);
  return Buffer.from(out.subarray(0, n));
}

describe('unescapeString', () => {
  it('gives the UTF-8 bytes of the value JSON.parse reads, for every kind of escape', () => {
    const texts = [
      '"x\\"y"',
      '"back\\\\slash"',
      '"\\/slash"',
      '"line\\nbreak\\r\\n"',
      '"tab\\there\\b\\f"',
      '"\\u0041BC"',
      '"\\u00e9t\\u00E9"',
      '"\\u20ac and \\uFFFF"',
      '"raw é € 😀 then \\"quoted\\""',
      '"\\u0000 nul"',
      '"\\\\u0041 is no escape"',
      '"New \\"York\\""',
    ];
    for (const text of texts) expect(decoded(text), text).toEqual(expected(text));
  });

  it('joins a surrogate pair and writes a lone surrogate as U+FFFD, as Buffer.from encodes it', () => {
    const texts = ['"\\ud83d\\ude00"', '"\\uD83D\\uDE00x"', '"lone \\ud800 surrogate"', '"\\ud800"', '"\\udc00\\ud800"', '"\\ud800\\u0041"', '"\\ud83d\\ud83d\\ude00"', '"end \\ude00"', '"\\ud800\\n"'];
    for (const text of texts) expect(decoded(text), text).toEqual(expected(text));
  });

  it('agrees with JSON.parse on random strings of any code units, as JSON.stringify writes them and with every character escaped', () => {
    let seed = 7;
    const rnd = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const pool = [0x22, 0x5c, 0x2f, 0x41, 0x7a, 0x0a, 0x09, 0x01, 0x1f, 0xe9, 0x20ac, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xfffd, 0xffff];
    for (let t = 0; t < 2000; t++) {
      const units: number[] = [];
      for (let k = Math.floor(rnd() * 8); k > 0; k--) units.push(rnd() < 0.7 ? pool[Math.floor(rnd() * pool.length)]! : Math.floor(rnd() * 0x10000));
      const value = String.fromCharCode(...units);
      const written = JSON.stringify(value);
      expect(decoded(written), written).toEqual(expected(written));
      const allEscaped = `"${units.map((u) => `\\u${u.toString(16).padStart(4, '0')}`).join('')}"`;
      expect(decoded(allEscaped), allEscaped).toEqual(expected(allEscaped));
    }
  });
});
