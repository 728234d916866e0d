import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeNumbers, isIntegerBytes, parseNumberBytes } from '../../../src/io/data/csv/numbers.js';
import { CsvTokenizer } from '../../../src/io/data/csv/tokenizer.js';

/** Number-like texts: the shapes the fast path reads, and the ones it must hand on. */
const numberText = fc.oneof(
  fc.tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,18}$/), fc.option(fc.stringMatching(/^[0-9]{0,18}$/))).map(([neg, a, b]) => `${neg ? '-' : ''}${a}${b === null ? '' : `.${b}`}`),
  fc.double({ noNaN: true }).map(String),
  fc.constantFrom('', '-', '.', '.5', '1.', '+3', ' 12 ', '1e3', '-0', '007', '0x10', '1,5', 'abc', '1.2.3', '--1', '12345678901234567890', '0.1', '-0.0'),
);

describe('decodeNumbers', () => {
  it('gives each cell the value of parseNumberBytes and the kind of isIntegerBytes (0 null, 1 integer, 2 number, 3 not a number)', () => {
    fc.assert(
      fc.property(fc.array(numberText, { minLength: 1, maxLength: 50 }), (texts) => {
        const buf = Buffer.from(texts.map((t) => `x,${t.includes(',') ? `"${t}"` : t}\n`).join(''));
        const tok = new CsvTokenizer(44, 2, Int32Array.of(-1, 0), 1, texts.length + 1);
        expect(tok.tokenize(buf, 0, buf.length, true).rows).toBe(texts.length);
        const out = new Float64Array(texts.length);
        const kinds = new Uint8Array(texts.length);
        decodeNumbers(buf, tok.offsets, tok.flags, 0, 1, texts.length, out, kinds);
        texts.forEach((t, i) => {
          if (t === '') {
            expect(kinds[i]).toBe(0);
            return;
          }
          const b = Buffer.from(t);
          const v = parseNumberBytes(b, 0, b.length);
          expect(Object.is(out[i], v), `${t}: ${out[i]} vs ${v}`).toBe(true);
          expect(kinds[i], t).toBe(isIntegerBytes(b, 0, b.length) ? 1 : Number.isNaN(v) ? 3 : 2);
        });
      }),
      { numRuns: 300 },
    );
  });
});
