import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoString } from '../../../src/domain/validation/iso-time.js';

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** Epoch ms by the JS Date (setUTCFullYear: years 0-99 are not shifted to 19xx). */
function expected(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  t.setUTCHours(h, mi, s, 0);
  return t.getTime();
}

describe('ISO 8601 from bytes', () => {
  it('agrees with Date on every valid date of years 0-9999, with and without a time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), (y, mo, d, h, mi, s) => {
        const date = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`;
        const real = expected(y, mo, d, 0, 0, 0);
        // A day past the month's end rolls over in Date: that text is not a date.
        if (new Date(real).getUTCDate() !== d) {
          expect(parseIsoString(date, true)).toBeNaN();
          return;
        }
        expect(parseIsoString(date, true)).toBe(real);
        expect(parseIsoString(`${date}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}Z`, false)).toBe(expected(y, mo, d, h, mi, s));
        expect(parseIsoString(`${date} ${pad(h, 2)}:${pad(mi, 2)}`, false)).toBe(expected(y, mo, d, h, mi, 0));
        expect(parseIsoString(`${date} ${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`, false)).toBe(expected(y, mo, d, h, mi, s));
      }),
      { numRuns: 3000 },
    );
  });

  it('leap days', () => {
    expect(parseIsoString('2024-02-29', true)).toBe(Date.UTC(2024, 1, 29));
    expect(parseIsoString('2000-02-29', true)).toBe(Date.UTC(2000, 1, 29));
    expect(parseIsoString('1900-02-29', true)).toBeNaN();
    expect(parseIsoString('2023-02-29', true)).toBeNaN();
    expect(parseIsoString('2024-03-01', true)).toBe(Date.UTC(2024, 2, 1));
    expect(parseIsoString('2024-12-31T23:59:59+01:00', false)).toBe(Date.UTC(2024, 11, 31, 22, 59, 59));
  });
});
