import { fmix32, hashDouble, hashRecordBytes, viewOf } from '../../../domain/table/hash.js';
import { valueText } from '../columns.js';

/**
 * The row hash of a JSON Lines line (duplicate rows) is the sum of what each non-null member adds,
 * so any member order gives the same. A member's value is hashed in the class its column hash puts it
 * in (`Column.hash`): its text's UTF-8 bytes (strings, integers as digits, booleans, nested values as
 * JSON), hashed with the key's hash as seeds, or a double's bits, mixed with the key's hash. Only
 * equality matters within a file, so the bytes go through the word-at-a-time record hash.
 */

let scratch = new Uint8Array(256);
let scratchView = viewOf(scratch);

/** Room for n bytes in `scratch`. */
export function memberScratch(n: number): Uint8Array {
  if (scratch.length < n) {
    scratch = new Uint8Array(2 * n);
    scratchView = viewOf(scratch);
  }
  return scratch;
}

/** What the text whose UTF-8 bytes are scratch[0, n) adds, under the key hashed (keyHi, keyLo); into out. */
export function scratchMember(n: number, keyHi: number, keyLo: number, out: Uint32Array): void {
  hashRecordBytes(scratch, scratchView, 0, n, out, keyHi, keyLo);
}

/** What text `text` adds under the key hashed (keyHi, keyLo). */
export function textMember(text: string, keyHi: number, keyLo: number, out: Uint32Array): void {
  const n = Buffer.byteLength(text, 'utf8');
  const n2 = Buffer.from(memberScratch(n).buffer).write(text, 0, 'utf8');
  scratchMember(n2, keyHi, keyLo, out);
}

/** What double `v` adds under the key hashed (keyHi, keyLo). */
export function doubleMember(v: number, keyHi: number, keyLo: number, out: Uint32Array): void {
  hashDouble(v, out);
  const m0 = fmix32((keyHi ^ Math.imul(out[0]!, 0x9e3779b1)) >>> 0);
  out[1] = fmix32((keyLo + Math.imul(out[1]!, 0x85ebca77) + m0) >>> 0);
  out[0] = m0;
}

/** What a value read by `readLineObject` (not null) adds, in the class the byte scan puts the same text in. */
export function valueMember(v: unknown, keyHi: number, keyLo: number, out: Uint32Array): void {
  if (typeof v === 'number' && !Number.isSafeInteger(v)) doubleMember(v, keyHi, keyLo, out);
  else textMember(typeof v === 'string' ? v : valueText(v)!, keyHi, keyLo, out);
}

/** The row hash of `members` members whose additions sum to (sum0, sum1) (as int32 or uint32); into out. */
export function finishRowHash(sum0: number, sum1: number, members: number, out: Uint32Array): void {
  out[0] = fmix32((sum0 ^ Math.imul(members, 0x27d4eb2d)) >>> 0);
  out[1] = fmix32((sum1 + out[0]) >>> 0);
}
