/** Shortening that never cuts a name or a word: lists end in "and N more", text ends at a word boundary. */
import { count } from './format.js';

/**
 * Whole items joined with ", " while they fit in `maxChars` (at least `minItems`), then "and N more".
 * An item is never cut: a list of long names shows fewer names, not pieces of them.
 */
export function listWithMore(items: readonly string[], maxChars: number, minItems = 1): string {
  if (items.length === 0) return '';
  const shown: string[] = [];
  let length = 0;
  for (const item of items) {
    const rest = items.length - shown.length - 1;
    const tail = rest > 0 ? ` and ${count(rest)} more`.length : 0;
    const add = (shown.length ? 2 : 0) + item.length;
    if (shown.length >= minItems && length + add + tail > maxChars) break;
    shown.push(item);
    length += add;
  }
  const more = items.length - shown.length;
  if (more === 0) return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]!}`;
  return `${shown.join(', ')} and ${count(more)} more`;
}

/** Cuts `value` to at most `max` code points at a word boundary (space or punctuation), adding `…`. */
export function truncateWords(value: string, max: number): string {
  const points = Array.from(value);
  if (points.length <= max) return value;
  const head = points.slice(0, Math.max(1, max - 1));
  // Back off to the end of a word in the last third; a single very long token is cut where it must be.
  for (let i = head.length - 1; i >= Math.floor(head.length * 0.66); i--) {
    if (/\s/u.test(points[i + 1] ?? '') && !/\s/u.test(points[i]!)) return `${head.slice(0, i + 1).join('').replace(/[,;:]$/u, '')}…`;
  }
  return `${head.join('')}…`;
}
