/**
 * One pass over the bytes of a JSON Lines line, outside its strings, telling whether `JSON.parse` can
 * be trusted with it: `JSON.parse` silently keeps the last of two equal keys and rounds integers beyond
 * 2^53. The line's members (colons outside strings) are counted, to compare with the keys the parsed
 * value has; an integer of 16 digits or more (possibly beyond 2^53) is flagged. Either sends the line
 * to the exact reader (`exact-json.ts`).
 */
export interface LineScan {
  /** Nothing but spaces and tabs. */
  blank: boolean;
  /** Object members on the line (colons outside strings). */
  members: number;
  /** An integer token of 16 digits or more. */
  longInteger: boolean;
}

const scan: LineScan = { blank: true, members: 0, longInteger: false };

/** Scans b[s, e) into `scan` (one shared result: read it before the next call). */
export function scanLine(b: Uint8Array, s: number, e: number): LineScan {
  let members = 0;
  let longInteger = false;
  let blank = true;
  let run = 0;
  let prev = 0;
  for (let p = s; p < e; p++) {
    const c = b[p]!;
    if (c >= 48 && c <= 57) {
      if (run === 0) prev = p > s ? b[p - 1]! : 0;
      run++;
      blank = false;
      continue;
    }
    // A run of digits ended: an integer unless a fraction or exponent is part of it.
    if (run >= 16 && prev !== 46 && c !== 46 && c !== 101 && c !== 69) longInteger = true;
    run = 0;
    if (c === 34) {
      // Skip the string, escapes included.
      for (p++; p < e; p++) {
        const d = b[p]!;
        if (d === 34) break;
        if (d === 92) p++;
      }
      blank = false;
    } else if (c === 58) members++;
    else if (c !== 32 && c !== 9) blank = false;
  }
  if (run >= 16 && prev !== 46) longInteger = true;
  scan.blank = blank;
  scan.members = members;
  scan.longInteger = longInteger;
  return scan;
}

/** Members of every object in a parsed value (NaN past a depth where the exact reader should count). */
export function countMembers(v: unknown, depth = 0): number {
  if (v === null || typeof v !== 'object') return 0;
  if (depth > 200) return NaN;
  let n = 0;
  if (Array.isArray(v)) {
    for (const x of v) if (x !== null && typeof x === 'object') n += countMembers(x, depth + 1);
    return n;
  }
  for (const k in v) {
    n++;
    const x = (v as Record<string, unknown>)[k];
    if (x !== null && typeof x === 'object') n += countMembers(x, depth + 1);
  }
  return n;
}
