/**
 * Untrusted text (data values, column and metric names, file names, messages quoting them) must never steer the
 * Actions runner or the terminal. Every writer of mlgate's output (console, CLI streams, the action's log) passes
 * what it writes through one neutraliser, so no caller can forget.
 *
 * What the runner treats as a command (actions/runner, ActionCommand.cs): a line (split at \n, \r or \r\n)
 * that starts with `::` after `TrimStart()` (any Unicode white space), and — the legacy form — a line that
 * contains `##[` anywhere. So, per physical line:
 * - control characters (C0 but tab and newline, DEL, C1), U+2028/U+2029 and bidirectional overrides are shown
 *   as visible escapes (`\x1b`, `\r`, `\u202e`): no carriage return starts a new line for the runner or
 *   overwrites one in a terminal, no escape sequence reaches the terminal;
 * - the second colon of a `::` that opens a line (after optional white space) is shown as `\x3a`;
 * - the `[` of every `##[` is shown as `\x5b`.
 * Newlines are kept: mlgate writes multi-line text, and each line is judged on its own.
 * mlgate's own workflow commands go through @actions/core, which writes them itself.
 */

const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
// What the runner's TrimStart skips (.NET char.IsWhiteSpace) is within JS \s once U+0085 is escaped.
const WHITE_SPACE = /^\s$/u;

function needsEscape(code: number): boolean {
  if (code === 0x0a || code === 0x09) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 || BIDI.has(code);
}

function escapeCode(code: number): string {
  if (code === 0x0d) return '\\r';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Where the current physical line stands, carried across chunks written to one stream. */
interface LineState {
  /** Nothing but white space since the line began. */
  blank: boolean;
  /** The line so far is white space and one `:`. */
  oneColon: boolean;
  /** How many `#` end the line so far. */
  hashes: number;
}

/**
 * A neutraliser for one output stream: feed it every chunk in order; it returns what may be written.
 * The state spans chunks, so `write('  :')` then `write(':error::x')` is caught as well.
 */
export function createOutputNeutraliser(): (chunk: string) => string {
  const state: LineState = { blank: true, oneColon: false, hashes: 0 };
  return (chunk) => {
    let out = '';
    let plainFrom = 0;
    const emit = (i: number, replacement: string): void => {
      out += chunk.slice(plainFrom, i) + replacement;
      plainFrom = i + 1;
    };
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (code === 0x0a) {
        state.blank = true;
        state.oneColon = false;
        state.hashes = 0;
        continue;
      }
      if (needsEscape(code)) {
        emit(i, escapeCode(code));
        state.blank = state.oneColon = false;
        state.hashes = 0;
        continue;
      }
      const ch = chunk[i]!;
      if (ch === ':' && state.oneColon) {
        emit(i, '\\x3a');
        state.oneColon = false;
      } else if (ch === ':' && state.blank) {
        state.oneColon = true;
        state.blank = false;
      } else if (ch === '[' && state.hashes >= 2) {
        emit(i, '\\x5b');
      } else if (!(state.blank && WHITE_SPACE.test(ch))) {
        state.blank = state.oneColon = false;
      }
      state.hashes = ch === '#' ? state.hashes + 1 : 0;
    }
    return out + chunk.slice(plainFrom);
  };
}

/** Neutralises a whole text (its lines kept) that is written on its own, e.g. one log message. */
export function neutraliseText(text: string): string {
  return createOutputNeutraliser()(text);
}

/** One line for a place that cannot hold a line break (an annotation's title or file): newlines escaped too. */
export function neutraliseLine(text: string): string {
  return neutraliseText(text.replace(/\n/g, '\\n'));
}
