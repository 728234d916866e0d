import { inputError } from '../../../domain/errors.js';
import { parseExactJson } from './exact-json.js';
import { countMembers, countRowMembers, memberBound } from './line-scan.js';

/** One line of JSON Lines read as an object, the way the reader has always read a line. */
export interface LineObject {
  row: Record<string, unknown>;
  /** Paths of the keys repeated in the line (`exact-json.ts`); empty when none. */
  duplicateKeys: string[];
}

/**
 * Reads the text of one non-blank line (CR and BOM already removed) with `JSON.parse`, and again with
 * the exact reader when `JSON.parse` may have rounded a number or dropped a repeated key. Keys not in
 * `known` are added to it and to `order`, in the object's own key order. Throws the input error of a
 * line that is not JSON or not an object.
 */
export function readLineObject(text: string, where: { file: string; line: number }, known: Set<string>, order: string[]): LineObject {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (error) {
    throw inputError(`invalid JSON: ${(error as Error).message}`, where, error);
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw inputError(`expected a JSON object on each line, found ${Array.isArray(v) ? 'an array' : JSON.stringify(v)?.slice(0, 40)}`, where);
  // Fewer keys than members on the line (maybe a key was repeated) or a number JSON.parse may have rounded.
  if (countRowMembers(v as Record<string, unknown>, known, order) !== memberBound(text)) {
    const exact = parseExactJson(text);
    const row = exact.value as Record<string, unknown>;
    // countRowMembers stops at the first number beyond 2^53: the keys after it are the file's too.
    for (const key in row) addKey(key, known, order);
    return { row, duplicateKeys: exact.duplicateKeys };
  }
  return { row: v as Record<string, unknown>, duplicateKeys: [] };
}

function addKey(key: string, known: Set<string>, order: string[]): void {
  if (known.has(key)) return;
  known.add(key);
  order.push(key);
}

/** A nested value's text (valid JSON) as `readLineObject` would have read it inside its line. */
export function readNestedValue(text: string): unknown {
  const v: unknown = JSON.parse(text);
  return countMembers(v, 1) === memberBound(text) ? v : parseExactJson(text).value;
}
