/**
 * RFC 4180 tokenizer over bytes: quoted fields, `""` escapes, embedded newlines (counted as lines),
 * CRLF / LF / lone CR record ends, any one-byte delimiter. It never builds strings: it records
 * [start, end) byte offsets of the fields it is asked for and a flag per field (0 unquoted,
 * 1 quoted, 2 quoted with `""` escapes).
 *
 * Strictness: a character other than a delimiter or line end right after a closing quote is an
 * error; a quote inside an unquoted field is kept literally (as pandas and most writers do);
 * completely empty lines are skipped; a record whose field count differs from the header's is an
 * error naming its line.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

export interface TokenizeResult {
  /** Complete records stored. */
  rows: number;
  /** Offset just past the last complete record: bytes from here on must be fed again with more data. */
  consumed: number;
}

export class CsvTokenizer {
  /** 1-based line number of the next byte to read. */
  line = 1;
  /** `[start, end)` per stored field, at `(row * slots + slot) * 2`. */
  offsets: Int32Array;
  /** Per stored field: 0 unquoted, 1 quoted, 2 quoted with `""` escapes. */
  flags: Uint8Array;
  /** Line where each record starts. */
  lines: Float64Array;
  /** Byte range of each record without its line end, at `2 * row`. */
  records: Int32Array;
  /** Fields in the last record read (for the header). */
  lastFieldCount = 0;

  /**
   * @param delimiter byte of the delimiter
   * @param expectedFields fields per record (the header's count), or -1 to accept any (header)
   * @param slotOf for each field index, the slot it is stored in, or -1 to skip it
   * @param capacity maximum records per call
   */
  constructor(
    readonly delimiter: number,
    readonly expectedFields: number,
    readonly slotOf: Int32Array,
    readonly slots: number,
    readonly capacity: number,
  ) {
    this.offsets = new Int32Array(Math.max(1, capacity * slots * 2));
    this.flags = new Uint8Array(Math.max(1, capacity * slots));
    this.lines = new Float64Array(capacity);
    this.records = new Int32Array(2 * capacity);
  }

  /**
   * Tokenizes complete records of b[pos, end). Without `final`, a record that may continue past `end`
   * is left for the next call; with `final`, `end` is the end of input (a last record without a line
   * end is complete; an open quote is an error).
   */
  tokenize(b: Uint8Array, pos: number, end: number, final: boolean): TokenizeResult {
    const { delimiter, slotOf, slots, offsets, flags, lines, records, expectedFields, capacity } = this;
    const nSlotOf = slotOf.length;
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const dRep = Math.imul(delimiter, 0x01010101);
    /** Last position a four-byte word can be read from. */
    const lastWord = Math.min(end, b.length) - 4;
    let line = this.line;
    let rows = 0;
    let consumed = pos;
    records: while (pos < end && rows < capacity) {
      const recStart = pos;
      const recLine = line;
      let c = b[pos]!;
      if (c === LF || c === CR) {
        // an empty line
        if (c === CR) {
          if (pos + 1 < end) pos += b[pos + 1] === LF ? 2 : 1;
          else if (final) pos++;
          else break;
        } else pos++;
        line++;
        consumed = pos;
        continue;
      }
      const base = rows * slots;
      let field = 0;
      let recEnd = pos;
      for (;;) {
        let fs: number;
        let fe: number;
        let flag = 0;
        if (pos < end && b[pos] === QUOTE) {
          flag = 1;
          let p = pos + 1;
          fs = p;
          for (;;) {
            while (p < end) {
              c = b[p]!;
              if (c === QUOTE) break;
              if (c === LF) line++;
              p++;
            }
            if (p >= end) {
              if (final) throw new CsvSyntaxError(`unterminated quoted field (the quote opened on line ${recLine} is never closed)`, recLine);
              line = recLine;
              break records;
            }
            if (p + 1 < end) {
              if (b[p + 1] === QUOTE) {
                flag = 2;
                p += 2;
                continue;
              }
            } else if (!final) {
              line = recLine;
              break records;
            }
            break;
          }
          fe = p;
          pos = p + 1;
          if (pos < end) {
            c = b[pos]!;
            if (c !== delimiter && c !== LF && c !== CR) {
              throw new CsvSyntaxError(`unexpected character '${String.fromCharCode(c)}' after a closing quote (field ${field + 1}); expected a delimiter or the end of the line`, line);
            }
          }
        } else {
          fs = pos;
          // Four bytes at a time: a byte of the word is a delimiter or line end when (word ^ that
          // byte repeated) has a zero byte; the lowest flagged byte is exact.
          while (pos <= lastWord) {
            const w = view.getInt32(pos, true);
            const xd = w ^ dRep;
            const xl = w ^ 0x0a0a0a0a;
            const xc = w ^ 0x0d0d0d0d;
            const m = (((xd - 0x01010101) & ~xd) | ((xl - 0x01010101) & ~xl) | ((xc - 0x01010101) & ~xc)) & 0x80808080;
            if (m === 0) {
              pos += 4;
              continue;
            }
            pos += (31 - Math.clz32(m & -m)) >>> 3;
            break;
          }
          if (pos > lastWord) {
            while (pos < end) {
              c = b[pos]!;
              if (c === delimiter || c === LF || c === CR) break;
              pos++;
            }
          }
          fe = pos;
        }
        if (pos >= end && !final) {
          line = recLine;
          break records;
        }
        if (field < nSlotOf) {
          const slot = slotOf[field]!;
          if (slot >= 0) {
            const k = base + slot;
            offsets[2 * k] = fs;
            offsets[2 * k + 1] = fe;
            flags[k] = flag;
          }
        }
        field++;
        recEnd = pos;
        if (pos >= end) break;
        c = b[pos]!;
        if (c === delimiter) {
          pos++;
          continue;
        }
        if (c === CR) {
          if (pos + 1 < end) pos += b[pos + 1] === LF ? 2 : 1;
          else if (final) pos++;
          else {
            line = recLine;
            break records;
          }
        } else pos++;
        line++;
        break;
      }
      if (expectedFields >= 0 && field !== expectedFields) {
        throw new CsvSyntaxError(`ragged row: ${field} field${field === 1 ? '' : 's'} where the header has ${expectedFields}`, recLine);
      }
      this.lastFieldCount = field;
      lines[rows] = recLine;
      records[2 * rows] = recStart;
      records[2 * rows + 1] = recEnd;
      rows++;
      consumed = pos;
    }
    this.line = line;
    return { rows, consumed };
  }
}

/** Picks the delimiter of a header line: the candidate (`,` `;` tab `|`) seen most often outside quotes; `,` when none. */
export function detectDelimiter(b: Uint8Array, start: number, end: number): number {
  const candidates = [44, 59, 9, 124];
  const counts = [0, 0, 0, 0];
  let inQuotes = false;
  for (let p = start; p < end; p++) {
    const c = b[p]!;
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes) {
      if (c === LF || c === CR) break;
      const k = candidates.indexOf(c);
      if (k >= 0) counts[k]!++;
    }
  }
  let best = 0;
  for (let k = 1; k < 4; k++) if (counts[k]! > counts[best]!) best = k;
  return counts[best]! > 0 ? candidates[best]! : 44;
}
