/**
 * Escaping of untrusted text (metric, column and file names, data values, reasons) for GitHub-flavoured Markdown.
 *
 * The output of `text()` is safe in a paragraph, a table cell and inside our own inline HTML (`<summary>`, `<code>`):
 * - every ASCII punctuation character that Markdown or HTML gives meaning to becomes a numeric character reference,
 *   which CommonMark never reads as structure (no emphasis, links, images, tables, headings, code, raw HTML, comments);
 * - line breaks and other control characters become spaces, so nothing can start a new block;
 * - a zero-width space after `@`, `#` and before `://` / after `www` stops GitHub's mention, issue-reference and
 *   autolink filters, which run on the rendered text (where references are already decoded);
 * - bidirectional overrides (Trojan-source tricks) are removed; long strings are cut with an ellipsis.
 */

import { truncateWords } from './shorten.js';

const ZWSP = '\u200B';

/** Characters replaced by a numeric character reference. `&` first so references we add are not re-escaped. */
const PUNCTUATION = /[&<>"'`*_[\]()#!|~\\{}+=:$^]/g;

// C0/C1 controls, DEL, line/paragraph separators.
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
// Bidi embeddings/overrides/isolates and the byte-order mark.
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF]/g;

/** Text made only of these needs no escaping (the common case: plain names and numbers). */
const SAFE = /^[A-Za-z0-9 ,.%/-]*$/;

export interface TextOptions {
  /** Longest text kept (in code points) before cutting with `…`. */
  max?: number;
}

export const DEFAULT_MAX = 200;

/** Cuts to `max` code points (never inside a surrogate pair) at a word boundary where there is one, appending `…`. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  return truncateWords(value, max);
}

/** Untrusted text as inert inline Markdown. */
export function text(value: string, options: TextOptions = {}): string {
  if (SAFE.test(value) && !/www\./i.test(value) && value.length <= (options.max ?? DEFAULT_MAX)) return value;
  const clean = truncate(value.replace(BIDI, '').replace(CONTROL, ' '), options.max ?? DEFAULT_MAX);
  return clean
    .replace(/(@|#)/g, `$1${ZWSP}`)
    .replace(/(www)(\.)/gi, `$1${ZWSP}$2`)
    .replace(/:(?=\/\/)/g, `${ZWSP}:`)
    .replace(PUNCTUATION, (c) => `&#${c.charCodeAt(0)};`);
}

/** Any value (a data value, an observed/expected value) as inline text: strings as they are, others as JSON. */
export function valueText(value: unknown, options: TextOptions = {}): string {
  return text(stringify(value), options);
}

/** A value in `<code>`, or an italic placeholder for empty / missing values. */
export function code(value: unknown, options: TextOptions = {}): string {
  if (value === undefined) return '_missing_';
  if (value === null) return '_null_';
  const s = stringify(value);
  if (s === '') return '_empty_';
  return `<code>${text(s, options)}</code>`;
}

export function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/**
 * Text for a quoted Mermaid string (`"…"`), e.g. an axis label or a title. Mermaid reads `#…;` as an entity and
 * renders HTML in labels, and a backtick line could end the code fence: keep a small safe alphabet only.
 */
export function mermaidText(value: string, max = 24): string {
  const kept = value
    .replace(BIDI, '')
    .replace(/[^A-Za-z0-9 ._+/-]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(kept, max) || '_';
}

/**
 * A category value as a Mermaid axis label: letters and digits of any script (NFC) and a few safe marks; quotes,
 * brackets, `%%`, `#`, `;`, line breaks, combining marks, bidi and zero-width characters become `_`.
 */
export function mermaidCategory(value: string, max = 14): string {
  const kept = value
    .normalize('NFC')
    .replace(BIDI, '')
    .replace(/[^\p{L}\p{N} ._+/-]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim();
  return truncate(kept, max) || '_';
}
