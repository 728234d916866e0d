import { hashRecordBytes, hashString, viewOf } from '../../../domain/table/hash.js';
import type { FastSlice } from '../fast-slice.js';
import { valueText } from '../columns.js';
import { BIGINT, ESCAPED, FALSE, NESTED, NUMBER, STRING, TRUE, VALUE, type JsonlCells } from './cells.js';
import { lastNumber, lastString, literalEnd, nestedEnd, numberEnd, skipSpace, stringEnd } from './json-bytes.js';
import { unescapeString } from './json-unescape.js';
import { readLineObject, readNestedValue, type LineObject } from './line-object.js';
import { doubleMember, finishRowHash, memberScratch, scratchMember, textMember, valueMember } from './member-hash.js';

/** Whether a key's UTF-8 bytes are its JSON text (no quote, backslash or control byte to escape). */
const writtenAsIs = (bytes: Uint8Array): boolean => bytes.every((c) => c !== 34 && c !== 92 && c >= 32);

/**
 * Reads the lines of a JSON Lines file into the cells of the requested columns, straight from the
 * bytes: each line's top-level object is scanned once, the requested members' values are located
 * (numbers decoded, strings left as byte ranges), every other value is validated and skipped. A
 * line the scan does not take on (invalid JSON or not an object, a key it has not seen in this chunk,
 * a repeated key, an escaped key inside a nested object) is read by `readLineObject`, as the reader
 * has always read lines: same values, same errors, same key order.
 */
export class JsonlLineReader {
  /** Every key met, in order of first appearance (as `readLineObject` orders the keys of a line). */
  readonly known = new Set<string>();
  readonly order: string[] = [];
  private readonly ids = new Map<string, number>();
  private keyBytes: Uint8Array[] = [];
  /** Per key: 1 when its bytes are its JSON text (a key written so can be matched without scanning it first). */
  private keyAsIs: Uint8Array = new Uint8Array(16);
  private readonly slotOf: number[] = [];
  /** Per key: its hash, the seeds of its members' hashes. */
  private keyHi: Int32Array = new Int32Array(16);
  private keyLo: Int32Array = new Int32Array(16);
  /** Per key: the last row it was met in (a repeat in the same row is left to the exact reader). */
  private rowSeen: Int32Array = new Int32Array(16);
  /** Per key: the last chunk it was met in. */
  private chunkSeen: Int32Array = new Int32Array(16);
  /** Per member position: the key found there in the last row (the usual case: the same as this row's). */
  private predicted: Int32Array = new Int32Array(16).fill(-1);
  private row = 0;
  private chunk = 0;
  /** Keys of the current chunk, in order of first appearance in it. */
  chunkKeys: string[] = [];
  private readonly h = new Uint32Array(2);
  /** The whole-row hash of the last line read (when `rowHashes`). */
  readonly rowHash = new Uint32Array(2);

  /** The columns read into cells, slot by slot: the ones asked for, or (none asked for) every key met so far. */
  readonly requested: string[];

  constructor(
    columns: readonly string[] | undefined,
    /** Also hash every row (all its members), for duplicate rows. */
    private readonly rowHashes: boolean,
  ) {
    this.requested = columns ? [...columns] : [];
    this.everyColumn = columns === undefined;
  }

  private readonly everyColumn: boolean;

  /** A new chunk: each key is met anew (the first line with it is read by `readLineObject`, fixing its place in the chunk's key order). */
  startChunk(): void {
    this.chunk++;
    this.chunkKeys = [];
  }

  private register(name: string): void {
    const id = this.keyBytes.length;
    this.ids.set(name, id);
    const bytes = Buffer.from(name, 'utf8');
    this.keyBytes.push(bytes);
    if (this.everyColumn) this.requested.push(name);
    this.slotOf.push(this.requested.indexOf(name));
    if (id >= this.rowSeen.length) {
      const grow = <T extends Int32Array | Uint8Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(2 * a.length);
        b.set(a);
        return b;
      };
      this.rowSeen = grow(this.rowSeen);
      this.chunkSeen = grow(this.chunkSeen);
      this.keyAsIs = grow(this.keyAsIs);
      this.keyHi = grow(this.keyHi);
      this.keyLo = grow(this.keyLo);
    }
    this.keyAsIs[id] = writtenAsIs(bytes) ? 1 : 0;
    hashString(name, this.h);
    this.keyHi[id] = this.h[0]!;
    this.keyLo[id] = this.h[1]!;
  }

  /** A key known before reading (found by an earlier pass over the file). */
  know(name: string): void {
    if (this.known.has(name)) return;
    this.known.add(name);
    this.order.push(name);
    this.register(name);
  }

  /** Where the key read by `keyAt` ends (its closing quote). */
  private keyEnd = 0;

  /**
   * The id of the key whose opening quote is at b[p], the m-th member of its line (its closing quote
   * in `keyEnd`); -1 when it is new to this chunk, -2 when it is not a valid string. The key found
   * at m in the last line is matched first, byte for byte up to its closing quote.
   */
  private keyAt(b: Buffer, p: number, e: number, m: number): number {
    const guess = m < this.predicted.length ? this.predicted[m]! : -1;
    if (guess >= 0 && this.keyAsIs[guess] === 1) {
      const kb = this.keyBytes[guess]!;
      const n = kb.length;
      const s = p + 1;
      if (s + n < e && b[s + n] === 34) {
        let k = 0;
        while (k < n && kb[k] === b[s + k]) k++;
        if (k === n) {
          this.keyEnd = s + n;
          return this.chunkSeen[guess] === this.chunk ? guess : -1;
        }
      }
    }
    const end = stringEnd(b, p, e);
    if (end < 0) return -2;
    this.keyEnd = end;
    return this.keyId(b, p + 1, end, lastString.escaped, m);
  }

  /** The id of the key at b[s, e) (`escaped`: written with escapes), the m-th member of its line; -1 when it is new to this chunk. */
  private keyId(b: Buffer, s: number, e: number, escaped: boolean, m: number): number {
    const guess = m < this.predicted.length ? this.predicted[m]! : -1;
    if (guess >= 0 && !escaped) {
      const kb = this.keyBytes[guess]!;
      let same = kb.length === e - s;
      for (let k = 0; same && k < kb.length; k++) same = kb[k] === b[s + k];
      if (same) return this.chunkSeen[guess] === this.chunk ? guess : -1;
    }
    const text = (b as unknown as FastSlice).utf8Slice(s, e);
    const id = this.ids.get(escaped ? (JSON.parse(`"${text}"`) as string) : text);
    if (id === undefined || this.chunkSeen[id] !== this.chunk) return -1;
    if (m >= this.predicted.length) {
      const p = new Int32Array(2 * m + 2).fill(-1);
      p.set(this.predicted);
      this.predicted = p;
    }
    this.predicted[m] = id;
    return id;
  }

  private viewBuf: Buffer | undefined;
  private dataView: DataView | undefined;

  /**
   * The lines to come are read from b: its DataView is made now, not on the first line read from it
   * (a branch taken once per buffer inside the hot `read` has no type feedback when compiled, and
   * threw the compiled code away at each new chunk).
   */
  useBuffer(b: Buffer): void {
    this.view(b);
  }

  /** A DataView of b (the buffer of the lines being read). */
  private view(b: Buffer): DataView {
    if (b !== this.viewBuf) {
      this.viewBuf = b;
      this.dataView = viewOf(b);
    }
    return this.dataView!;
  }

  /**
   * Reads line b[s, e) (no line feed, CR and BOM removed, not blank) into row r of `cells` (whose
   * cells are null). False, with the row's cells possibly written, when the line is left to `readObject`.
   */
  read(b: Buffer, s: number, e: number, cells: JsonlCells, r: number): boolean {
    const base = r * cells.slots;
    const { tags, nums, starts, ends } = cells;
    const h = this.h;
    const hashing = this.rowHashes;
    // The row hash's sums (`member-hash.ts`): locals stay machine integers.
    let sum0 = 0;
    let sum1 = 0;
    let members = 0;
    const row = ++this.row;
    let p = skipSpace(b, s, e);
    if (p >= e || b[p] !== 123) return false;
    p = skipSpace(b, p + 1, e);
    if (p < e && b[p] === 125) p++;
    else {
      for (let m = 0; ; m++) {
        if (p >= e || b[p] !== 34) return false;
        const id = this.keyAt(b, p, e, m);
        if (id < 0 || this.rowSeen[id] === row) return false;
        this.rowSeen[id] = row;
        p = skipSpace(b, this.keyEnd + 1, e);
        if (p >= e || b[p] !== 58) return false;
        p = skipSpace(b, p + 1, e);
        const slot = this.slotOf[id]!;
        const k = base + slot;
        const keyHi = this.keyHi[id]!;
        const keyLo = this.keyLo[id]!;
        const c = p < e ? b[p]! : -1;
        let isNull = false;
        if (c === 34) {
          const end = stringEnd(b, p, e);
          if (end < 0) return false;
          const escaped = lastString.escaped;
          if (slot >= 0) {
            tags[k] = escaped ? ESCAPED : STRING;
            starts[k] = p + 1;
            ends[k] = end;
          }
          if (hashing) {
            if (escaped) scratchMember(unescapeString(b, p + 1, end, memberScratch(end - p - 1)), keyHi, keyLo, h);
            else hashRecordBytes(b, this.view(b), p + 1, end, h, keyHi, keyLo);
          }
          p = end + 1;
        } else if (c === 45 || (c >= 48 && c <= 57)) {
          const end = numberEnd(b, p, e);
          if (end < 0) return false;
          const v = lastNumber.value;
          if (slot >= 0) {
            tags[k] = lastNumber.big ? BIGINT : NUMBER;
            nums[k] = v;
            starts[k] = p;
            ends[k] = end;
          }
          if (hashing) {
            // An integer hashes as its digits: a plain integer token is them, but for -0.
            if (lastNumber.big || (lastNumber.plain && (v !== 0 || b[p] !== 45))) hashRecordBytes(b, this.view(b), p, end, h, keyHi, keyLo);
            else if (!Number.isSafeInteger(v)) doubleMember(v, keyHi, keyLo, h);
            else textMember(valueText(v)!, keyHi, keyLo, h);
          }
          p = end;
        } else if (c === 123 || c === 91) {
          const end = nestedEnd(b, p, e);
          if (end < 0) return false;
          if (slot >= 0) {
            tags[k] = NESTED;
            starts[k] = p;
            ends[k] = end;
          }
          if (hashing) textMember(valueText(readNestedValue((b as unknown as FastSlice).utf8Slice(p, end)))!, keyHi, keyLo, h);
          p = end;
        } else {
          const end = literalEnd(b, p, e);
          if (end < 0) return false;
          isNull = c === 110;
          if (slot >= 0 && !isNull) tags[k] = c === 116 ? TRUE : FALSE;
          // true and false hash as their text, which they are.
          if (hashing && !isNull) hashRecordBytes(b, this.view(b), p, end, h, keyHi, keyLo);
          p = end;
        }
        if (hashing && !isNull) {
          sum0 = (sum0 + h[0]!) | 0;
          sum1 = (sum1 + h[1]!) | 0;
          members++;
        }
        p = skipSpace(b, p, e);
        if (p < e && b[p] === 44) {
          p = skipSpace(b, p + 1, e);
          continue;
        }
        if (p < e && b[p] === 125) {
          p++;
          break;
        }
        return false;
      }
    }
    if (skipSpace(b, p, e) !== e) return false;
    if (hashing) finishRowHash(sum0, sum1, members, this.rowHash);
    return true;
  }

  /**
   * Reads line `text` with `readLineObject` into row r of `cells` (throwing the input error of a
   * line that is not a JSON object); its keys join the key order.
   */
  readObject(text: string, where: { file: string; line: number }, cells: JsonlCells, r: number): LineObject {
    const before = this.order.length;
    const object = readLineObject(text, where, this.known, this.order);
    for (let j = before; j < this.order.length; j++) this.register(this.order[j]!);
    while (cells.slots < this.requested.length) cells.addSlot();
    const { row } = object;
    cells.clearRow(r);
    const base = r * cells.slots;
    this.requested.forEach((name, slot) => {
      const v = Object.hasOwn(row, name) ? row[name] : null;
      if (v === null || v === undefined) return;
      cells.tags[base + slot] = VALUE;
      cells.values.set(base + slot, v);
    });
    let sum0 = 0;
    let sum1 = 0;
    let members = 0;
    for (const key in row) {
      const id = this.ids.get(key)!;
      if (this.chunkSeen[id] !== this.chunk) {
        this.chunkSeen[id] = this.chunk;
        this.chunkKeys.push(key);
      }
      const v = row[key];
      if (!this.rowHashes || v === null || v === undefined) continue;
      valueMember(v, this.keyHi[id]!, this.keyLo[id]!, this.h);
      sum0 = (sum0 + this.h[0]!) | 0;
      sum1 = (sum1 + this.h[1]!) | 0;
      members++;
    }
    if (this.rowHashes) finishRowHash(sum0, sum1, members, this.rowHash);
    return object;
  }
}
