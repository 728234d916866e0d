/**
 * Whether `JSON.parse` can be trusted with a JSON Lines line: it silently keeps the last of two equal
 * keys and rounds integers beyond 2^53. The test may say "no" wrongly (the exact reader, `exact-json.ts`,
 * then reads the line and finds nothing), never "yes" wrongly: `countMembers(value) === memberBound(text)`.
 */

/**
 * An upper bound of the object members on the line: colons after a quote (spaces between allowed).
 * Every member has one; a colon inside a string can only add to the count.
 */
export function memberBound(text: string): number {
  let n = 0;
  for (let p = text.indexOf(':'); p >= 0; p = text.indexOf(':', p + 1)) {
    let q = p - 1;
    let c = text.charCodeAt(q);
    while (c === 32 || c === 9 || c === 13) c = text.charCodeAt(--q);
    if (c === 34) n++;
  }
  return n;
}

/**
 * Members of every object in a parsed value; NaN when a number is 2^53 or more in magnitude (an integer
 * token beyond 2^53 that `JSON.parse` rounded, or a large double) or past a depth the exact reader
 * should handle.
 */
export function countMembers(v: unknown, depth = 0): number {
  if (typeof v === 'number') return v <= Number.MAX_SAFE_INTEGER && v >= -Number.MAX_SAFE_INTEGER ? 0 : NaN;
  if (v === null || typeof v !== 'object') return 0;
  if (depth > 200) return NaN;
  let n = 0;
  if (Array.isArray(v)) {
    for (const x of v) n += countMembers(x, depth + 1);
    return n;
  }
  for (const k in v) {
    n++;
    const x = (v as Record<string, unknown>)[k];
    if (typeof x === 'number') {
      if (!(x <= Number.MAX_SAFE_INTEGER && x >= -Number.MAX_SAFE_INTEGER)) return NaN;
    } else if (x !== null && typeof x === 'object') n += countMembers(x, depth + 1);
  }
  return n;
}

/** `countMembers` of a line's top object, adding each key not in `known` to it and to `order` (first appearance). */
export function countRowMembers(row: Record<string, unknown>, known: Set<string>, order: string[]): number {
  let n = 0;
  for (const k in row) {
    n++;
    if (!known.has(k)) {
      known.add(k);
      order.push(k);
    }
    const x = row[k];
    if (typeof x === 'number') {
      if (!(x <= Number.MAX_SAFE_INTEGER && x >= -Number.MAX_SAFE_INTEGER)) return NaN;
    } else if (x !== null && typeof x === 'object') n += countMembers(x, 1);
  }
  return n;
}
