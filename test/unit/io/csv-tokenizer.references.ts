/** Python's csv module as the reference parser of csv-tokenizer.property.test.ts (see test/references/reference.ts). */
import fc from 'fast-check';
import { pythonReference } from '../../references/reference.js';

/** A field's text: letters, delimiters, quotes, CR/LF, spaces and non-ASCII, often empty. */
const field = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...'ab yz09,";\n\r\t|é€😀'.match(/./gsu)!), { maxLength: 12 }).map((cs) => cs.join('')) },
);

export interface Case {
  records: string[][];
  delimiter: string;
  lineEnd: string;
  forceQuote: boolean[];
  trailingNewline: boolean;
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({ width: fc.integer({ min: 1, max: 5 }), height: fc.integer({ min: 1, max: 8 }), delimiter: fc.constantFrom(',', ';', '\t', '|'), lineEnd: fc.constantFrom('\n', '\r\n'), trailingNewline: fc.boolean() })
  .chain(({ width, height, delimiter, lineEnd, trailingNewline }) =>
    fc.record({
      records: fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: height, maxLength: height }),
      delimiter: fc.constant(delimiter),
      lineEnd: fc.constant(lineEnd),
      forceQuote: fc.array(fc.boolean(), { minLength: width * height, maxLength: width * height }),
      trailingNewline: fc.constant(trailingNewline),
    }),
  );

/** RFC 4180 writer: quote when needed (or when asked), double the quotes. */
function encode(c: Case): string {
  const lines = c.records.map((rec, r) =>
    rec
      .map((f, k) => {
        const needs = f.includes(c.delimiter) || f.includes('"') || f.includes('\n') || f.includes('\r') || (rec.length === 1 && f === '');
        return needs || c.forceQuote[r * rec.length + k] ? `"${f.replaceAll('"', '""')}"` : f;
      })
      .join(c.delimiter),
  );
  return lines.join(c.lineEnd) + (c.trailingNewline ? c.lineEnd : '');
}

/** 300 generated cases (fixed seed), each with where the streaming reader's input is cut into chunks. */
export const samples = fc.sample(fc.tuple(caseArb, fc.array(fc.nat({ max: 400 }), { maxLength: 6 })), { numRuns: 300, seed: 4180 });
export const texts = samples.map(([c]) => ({ text: encode(c), delimiter: c.delimiter }));

export const pythonCsv = pythonReference<string[][][]>(
  'io/python-csv-reader',
  `import csv, io
out = []
for c in INPUT:
    out.append([r for r in csv.reader(io.StringIO(c['text'], newline=''), delimiter=c['delimiter'], strict=True) if r != []])
emit(out)`,
  () => texts,
);
