import { RE2JS } from 're2js';
import type { Column } from '../table/record-batch.js';

/**
 * `pattern:` checks run on every cell, so they run on a linear-time engine (re2js, a port of RE2): no pattern can
 * make a cell take exponential time (`^(a+)+$` on 48 `a` and a `!`). The pattern is written as a JavaScript
 * regular expression (`u` flag, searched anywhere in the value like `RegExp.test`) and translated to RE2's
 * syntax so that it means the same:
 * - `\s`/`\S` and `.` keep JavaScript's meaning (Unicode white space; any character but \n, \r, U+2028, U+2029);
 *   `\d`, `\w`, `\b` are ASCII in both;
 * - `(?<name>…)` becomes `(?P<name>…)`; `\u{…}`, `\uXXXX` (surrogate pairs joined), `\cX`, `\0`, `[\b]`, `[]`, `[^]`
 *   are spelled out;
 * - backreferences (`\1`, `\k<name>`) and lookaround (`(?=`, `(?!`, `(?<=`, `(?<!`) cannot run in linear time:
 *   they are refused with the construct named, as are what RE2 lacks otherwise (repeat counts over 1000,
 *   Unicode property names it does not know).
 */

export interface LinearPattern {
  /** True when the pattern matches somewhere in `text` (like `RegExp.prototype.test`). */
  test(text: string): boolean;
  /**
   * `test` of the text whose UTF-8 bytes are b[start, end), read straight from the bytes while they are ASCII
   * (a byte is then the character): no string is built. Undefined when a non-ASCII byte comes before the answer,
   * or the lazy DFA cannot answer (its state budget); the caller then asks `test`.
   */
  testAscii(b: Uint8Array, start: number, end: number): boolean | undefined;
  /** Which of RE2's matchers answers `test`: its lazy DFA, or the one-pass matcher re2js prefers. */
  readonly engine: 'lazy-dfa' | 'one-pass-or-nfa';
}

export class PatternError extends Error {}

// JavaScript's \s (ECMA-262 WhiteSpace and LineTerminator), as RE2 class ranges.
const JS_SPACE = '\\x09-\\x0D\\x20\\xA0\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}';
const JS_NON_SPACE =
  '\\x00-\\x08\\x0E-\\x1F\\x21-\\x9F\\xA1-\\x{167F}\\x{1681}-\\x{1FFF}\\x{200B}-\\x{2027}\\x{202A}-\\x{202E}\\x{2030}-\\x{205E}\\x{2060}-\\x{2FFF}\\x{3001}-\\x{FEFE}\\x{FF00}-\\x{10FFFF}';
const JS_DOT = '[^\\n\\r\\x{2028}\\x{2029}]';
const ANY = '\\x00-\\x{10FFFF}';

const hex = (code: number): string => `\\x{${code.toString(16).toUpperCase()}}`;
const isHex = (s: string): boolean => /^[0-9A-Fa-f]+$/.test(s);

/** Translates a JavaScript (`u`) pattern to RE2 syntax; throws PatternError naming what RE2 cannot do. */
export function translatePattern(source: string): string {
  let out = '';
  let inClass = false;
  let i = 0;
  const unsupported = (what: string): never => {
    throw new PatternError(`${what} is not supported: patterns run on a linear-time engine (RE2), which has no backreferences or lookaround`);
  };
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next)) unsupported(`the backreference \\${next}`);
      if (next === 'k') unsupported('the named backreference \\k<…>');
      if (next === 's' || next === 'S') {
        const ranges = next === 's' ? JS_SPACE : JS_NON_SPACE;
        out += inClass ? ranges : `[${ranges}]`;
        i += 2;
        continue;
      }
      if (next === 'u') {
        const braced = /^\{([0-9A-Fa-f]+)\}/.exec(source.slice(i + 2));
        if (braced) {
          out += hex(parseInt(braced[1]!, 16));
          i += 2 + braced[0].length;
          continue;
        }
        const unit = source.slice(i + 2, i + 6);
        if (unit.length === 4 && isHex(unit)) {
          let code = parseInt(unit, 16);
          i += 6;
          const low = source.slice(i + 2, i + 6);
          if (code >= 0xd800 && code <= 0xdbff && source.startsWith('\\u', i) && isHex(low) && parseInt(low, 16) >= 0xdc00 && parseInt(low, 16) <= 0xdfff) {
            code = 0x10000 + ((code - 0xd800) << 10) + (parseInt(low, 16) - 0xdc00);
            i += 6;
          }
          out += hex(code);
          continue;
        }
      }
      if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
        const end = source.indexOf('}', i);
        const name = source.slice(i + 3, end).replace(/^(Script|sc|General_Category|gc)=/, '');
        out += `\\${next}{${name}}`;
        i = end + 1;
        continue;
      }
      if (next === 'c' && /[A-Za-z]/.test(source[i + 2] ?? '')) {
        out += hex(source.charCodeAt(i + 2) % 32);
        i += 3;
        continue;
      }
      if (next === '0') out += '\\x00';
      else if (next === 'v') out += '\\x0B';
      else if (next === 'b' && inClass) out += '\\x08';
      else if (next === '/') out += '/';
      else out += `\\${next}`;
      i += 2;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch === '[' ? '\\[' : ch;
      i++;
      continue;
    }
    if (ch === '[') {
      if (source.startsWith('[]', i)) {
        out += `[^${ANY}]`;
        i += 2;
      } else if (source.startsWith('[^]', i)) {
        out += `[${ANY}]`;
        i += 3;
      } else {
        const negated = source[i + 1] === '^';
        inClass = true;
        out += negated ? '[^' : '[';
        i += negated ? 2 : 1;
      }
      continue;
    }
    if (ch === '(' && source[i + 1] === '?') {
      const head = source.slice(i, i + 4);
      if (head.startsWith('(?=') || head.startsWith('(?!')) unsupported(`the lookahead ${head.slice(0, 3)}…)`);
      if (head === '(?<=' || head === '(?<!') unsupported(`the lookbehind ${head}…)`);
      if (head.startsWith('(?<')) {
        out += '(?P<';
        i += 3;
        continue;
      }
    }
    if (ch === '.') out += JS_DOT;
    else out += ch;
    i++;
  }
  return out;
}

/**
 * Patterns compiled in this thread, by source: a column checker is made per chunk of a big file, and
 * its pattern's lazy DFA would otherwise start cold each time (compiling and re-learning its states
 * cost ~25 ms per million rows of emails). A compiled pattern keeps no state between calls but its DFA
 * cache, which only saves work.
 */
const compiled = new Map<string, LinearPattern>();

/** Compiles a JavaScript pattern for the linear-time engine (once per thread); throws PatternError with a message for the config. */
export function compileLinearPattern(source: string): LinearPattern {
  let pattern = compiled.get(source);
  if (pattern === undefined) {
    pattern = compileAnew(source);
    compiled.set(source, pattern);
  }
  return pattern;
}

function compileAnew(source: string): LinearPattern {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    throw new PatternError(`not a valid regular expression (${error instanceof Error ? error.message : String(error)})`);
  }
  const translated = translatePattern(source);
  let re: RE2JS;
  try {
    re = RE2JS.compile(translated);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    throw new PatternError(`not supported by the linear-time engine (RE2): ${detail}`);
  }
  const engine = preferLazyDfa(re);
  return { test: (text) => re.test(text), testAscii: engine === 'lazy-dfa' ? asciiRunner(re) : () => undefined, engine };
}

/**
 * re2js answers `test` with its one-pass matcher whenever the pattern is one-pass (most anchored patterns users
 * write, such as `^[^@\s]+@[^@\s]+$`), and that matcher allocates per call: 1.0 s per million short cells, against
 * 0.2 s for its lazy DFA, which it uses for every other pattern (and which falls back to the NFA by itself when
 * its state budget runs out, so the answer and the linear bound are the same). A match without captures needs no
 * one-pass matcher, so it is dropped. Internal to re2js 2.x: if its shape changes, `test` stays right and only
 * `engine` (checked by a test) tells.
 */
function preferLazyDfa(re: RE2JS): LinearPattern['engine'] {
  const program: unknown = Reflect.get(re, 're2Input');
  if (typeof program !== 'object' || program === null || !('onepass' in program) || !('lazyDFA' in program)) return 'one-pass-or-nfa';
  Reflect.set(program, 'onepass', null);
  return 'lazy-dfa';
}

/** `test` of cell i of `col` (not null): from its bytes while they are ASCII (no string is built), else from its text. */
export function cellMatches(pattern: LinearPattern, col: Column, i: number, span: Int32Array): boolean {
  const b = col.textBytes?.(i, span);
  const ok = b === undefined ? undefined : pattern.testAscii(b, span[0]!, span[1]!);
  return ok ?? pattern.test((col.textView ? col.textView(i) : col.text(i))!);
}

/** The parts of re2js's lazy DFA (re2js 2.x, src/DFA.js) that `asciiRunner` drives. */
interface DfaState {
  isMatch: boolean;
}
interface Dfa {
  failed: boolean;
  numClasses: number;
  latin1Class: Int32Array;
  start(input: { context(pos: number): number }, pos: number): DfaState | null;
  stepOrReset(state: DfaState, cls: number, rune: number, anchor: number, pos: number, search: { resetPos: number }): DfaState | null;
}

// re2js's RE2Flags.UNANCHORED, Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_BEGIN_TEXT (the context at the start of a text) and END_TEXT.
const UNANCHORED = 0;
const BEGIN_OF_TEXT = { context: (): number => 1 | 4 };
const END_TEXT = -1;

function isDfa(x: unknown): x is Dfa {
  if (typeof x !== 'object' || x === null) return false;
  const d = x as Record<string, unknown>;
  return d.latin1Class instanceof Int32Array && typeof d.numClasses === 'number' && typeof d.start === 'function' && typeof d.stepOrReset === 'function';
}

/** States the flat transition table of `asciiRunner` numbers (4 MiB) before it leaves further cells to `test`. */
const TABLE_STATES = 4096;

/**
 * An entry of `walk`'s table (256 a state, one per byte): the target state's first entry (its number times 256), or,
 * at or above STOP as an unsigned number, a reason to stop: not yet learnt, a non-ASCII byte, or MATCH_BIT + the first
 * entry of a match state. One unsigned compare a byte tells all three apart from an ordinary step.
 */
const UNKNOWN = -1;
const NON_ASCII = -2;
const MATCH_BIT = 1 << 30;
const STOP = MATCH_BIT >>> 0;

/** How `walk` stopped. */
const RAN_TO_END = 0;
const MATCHED = 1;
const NOT_ASCII = 2;
const UNKNOWN_STEP = 3;

/**
 * Steps from state at[0] (its first entry) over the bytes b[at[1], end) along `next`; stops at a match state, a
 * non-ASCII byte, or a transition not yet learnt (at[0] and at[1] then say from which state and at which byte). A
 * function of its own, its arrays as arguments: the loop runs on locals (in the closure it ran at half the speed).
 */
function walk(b: Uint8Array, end: number, next: Int32Array, at: Int32Array): number {
  let s = at[0]!;
  for (let p = at[1]!; p < end; p++) {
    const t = next[s + b[p]!]!;
    if (t >>> 0 >= STOP) {
      if (t === UNKNOWN) {
        at[0] = s;
        at[1] = p;
        return UNKNOWN_STEP;
      }
      return t === NON_ASCII ? NOT_ASCII : MATCHED;
    }
    s = t;
  }
  at[0] = s;
  return RAN_TO_END;
}

/**
 * What re2js does for `test` once the one-pass matcher is dropped (RE2.executeEngine with no captures: its lazy
 * DFA, unanchored, answering at the first match state; DFA.run), fed bytes instead of a string's characters. An
 * ASCII byte is the same rune and the same character class as the character it encodes, so every state and the
 * answer are the ones `test` reaches on the string. re2js's prefilter is skipped: it only saves work on a
 * mismatch. Anything else (a non-ASCII byte, a DFA out of budget, an unexpected shape) leaves it to `test`.
 *
 * The states re2js reaches are numbered here, and their transitions copied into one Int32Array as re2js learns
 * them (re2js keeps them in each state object's own array): a step is then one load from that array. Following the
 * state objects took 100-130 ns per e-mail address, a table by character class ~70 ns, by byte (no class lookup, no
 * separate ASCII test) ~55 ns (a million addresses, warm; the e-mail pattern is the largest check on this thread when
 * a big Parquet file's pages are decoded on a worker). A state re2js makes anew after resetting its cache only gets
 * another number; past the table's size the cell goes to `test`.
 */
function asciiRunner(re: RE2JS): LinearPattern['testAscii'] {
  const program: unknown = Reflect.get(re, 're2Input');
  const dfa: unknown = typeof program === 'object' && program !== null && Reflect.get(program, 'prog') !== undefined ? Reflect.get(program, 'dfa') : undefined;
  if (!isDfa(dfa) || dfa.failed) return () => undefined;
  const classes = dfa.latin1Class;
  const width = dfa.numClasses;
  const search = { resetPos: -1 };
  const states: DfaState[] = [];
  const numbers = new Map<DfaState, number>();
  // Per state: its entry for each byte (see UNKNOWN, NON_ASCII, MATCH_BIT), and its answer at the end of the text (-1: not yet).
  let next = new Int32Array(0);
  let atEnd = new Int8Array(0);
  const numberOf = (state: DfaState): number => {
    let n = numbers.get(state);
    if (n !== undefined) return n;
    n = states.length;
    if (n === TABLE_STATES) return -1;
    if (n === atEnd.length) {
      const room = Math.min(TABLE_STATES, Math.max(16, 2 * n));
      const grown = new Int32Array(room * 256).fill(UNKNOWN);
      for (let k = n; k < room; k++) grown.fill(NON_ASCII, k * 256 + 128, k * 256 + 256);
      grown.set(next);
      next = grown;
      const ends = new Int8Array(room).fill(-1);
      ends.set(atEnd);
      atEnd = ends;
    }
    states.push(state);
    numbers.set(state, n);
    return n;
  };
  let first = -2;
  const at = new Int32Array(2);
  return (b, start, end) => {
    search.resetPos = -1;
    if (first === -2) {
      const state = dfa.start(BEGIN_OF_TEXT, 0);
      if (state === null) return undefined;
      first = numberOf(state);
    }
    if (first < 0) return undefined;
    at[0] = first * 256;
    at[1] = start;
    for (;;) {
      const stop = walk(b, end, next, at);
      if (stop !== UNKNOWN_STEP) {
        if (stop !== RAN_TO_END) return stop === MATCHED ? true : undefined;
        break;
      }
      const from = at[0];
      const p = at[1];
      const cls = classes[b[p]!]!;
      const stepped = dfa.stepOrReset(states[from >> 8]!, cls, b[p]!, UNANCHORED, p - start, search);
      if (stepped === null) return undefined;
      const t = numberOf(stepped);
      if (t < 0) return undefined;
      // Every ASCII byte of the class steps the same way.
      const entry = (stepped.isMatch ? MATCH_BIT : 0) | (t * 256);
      for (let c = 0; c < 128; c++) if (classes[c] === cls) next[from + c] = entry;
    }
    const s = at[0] >> 8;
    let answer = atEnd[s]!;
    if (answer < 0) {
      const last = dfa.stepOrReset(states[s]!, width, END_TEXT, UNANCHORED, end - start, search);
      if (last === null) return undefined;
      answer = last.isMatch ? 1 : 0;
      atEnd[s] = answer;
    }
    return answer === 1;
  };
}
