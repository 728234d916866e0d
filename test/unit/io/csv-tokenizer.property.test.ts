import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, CsvTokenizer } from '../../../src/io/data/csv/tokenizer.js';
import { referenceOutput } from '../../references/reference.js';
import { pythonCsv, samples, texts } from './csv-tokenizer.references.js';

/** Tokenizes `bytes` fed in pieces cut at `cuts`, the way the streaming reader does. */
function tokenizeInPieces(bytes: Buffer, delimiter: string, width: number, cuts: number[]): (string | null)[][] {
  const slotOf = Int32Array.from({ length: width }, (_, i) => i);
  const tok = new CsvTokenizer(delimiter.charCodeAt(0), width, slotOf, width, 3);
  const out: (string | null)[][] = [];
  let pending = Buffer.alloc(0);
  const points = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
  let last = 0;
  const pieces = [...points, bytes.length].map((p) => {
    const piece = bytes.subarray(last, Math.max(last, p));
    last = Math.max(last, p);
    return piece;
  });
  pieces.forEach((piece, index) => {
    const final = index === pieces.length - 1;
    const buf = Buffer.concat([pending, piece]);
    let pos = 0;
    for (;;) {
      const res = tok.tokenize(buf, pos, buf.length, final);
      for (let r = 0; r < res.rows; r++) {
        const row: (string | null)[] = [];
        for (let k = 0; k < width; k++) {
          const i = r * width + k;
          const s = tok.offsets[2 * i]!;
          const e = tok.offsets[2 * i + 1]!;
          const flag = tok.flags[i]!;
          row.push(flag === 0 && s === e ? null : flag === 2 ? buf.toString('utf8', s, e).replaceAll('""', '"') : buf.toString('utf8', s, e));
        }
        out.push(row);
      }
      const moved = res.consumed !== pos;
      pos = res.consumed;
      if (res.rows === 0 && !moved) break;
      if (pos >= buf.length) break;
    }
    pending = buf.subarray(pos);
  });
  return out;
}

describe('CSV tokenizer (property-based)', () => {
  it('parses what an RFC 4180 writer wrote, exactly as Python\'s csv module does, however the input is cut into chunks', () => {
    const reference = referenceOutput(pythonCsv);
    samples.forEach(([c, cuts], n) => {
      const bytes = Buffer.from(texts[n]!.text, 'utf8');
      const ours = tokenizeInPieces(bytes, c.delimiter, c.records[0]!.length, cuts);
      const asText = ours.map((r) => r.map((f) => f ?? ''));
      // Round trip: the records that were written...
      expect(asText, `case ${n}: ${JSON.stringify(texts[n]!.text)}`).toEqual(c.records);
      // ...and the independent reference parser agrees.
      expect(asText, `case ${n} vs Python`).toEqual(reference[n]);
    });
  });

  it('tells null (empty unquoted) from the empty string (quoted "")', () => {
    const bytes = Buffer.from('a,b\n,""\n');
    expect(tokenizeInPieces(bytes, ',', 2, [])).toEqual([
      ['a', 'b'],
      [null, ''],
    ]);
  });

  it('fails on a ragged row, naming its line (embedded newlines counted)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 3 }), (goodRows, embedded) => {
        const good = Array.from({ length: goodRows }, (_, i) => (i === 0 ? `"x${'\n'.repeat(embedded)}",1` : `y,${i}`));
        const text = ['h1,h2', ...good, 'a,b,c', 'd,e'].join('\n');
        const slotOf = Int32Array.from([0, 1]);
        const tok = new CsvTokenizer(44, 2, slotOf, 2, 100);
        const expectedLine = 2 + goodRows + (goodRows > 0 ? embedded : 0);
        try {
          tok.tokenize(Buffer.from(text), 0, text.length + 100, true);
          return false;
        } catch (e) {
          return e instanceof CsvSyntaxError && e.line === expectedLine && /ragged row: 3 fields where the header has 2/.test(e.message);
        }
      }),
      { seed: 7, numRuns: 60 },
    );
  });

  it('fails on an unterminated quote and on text after a closing quote', () => {
    const tok = () => new CsvTokenizer(44, 2, Int32Array.from([0, 1]), 2, 10);
    const b1 = Buffer.from('a,b\n1,"open\n2,3\n');
    expect(() => tok().tokenize(b1, 0, b1.length, true)).toThrow(/unterminated quoted field \(the quote opened on line 2/);
    const b2 = Buffer.from('a,b\n1,"x"y\n');
    expect(() => tok().tokenize(b2, 0, b2.length, true)).toThrow(CsvSyntaxError);
  });
});
