/**
 * A JSON reader for the lines `JSON.parse` cannot read faithfully: integers beyond 2^53 (JSON.parse
 * rounds them) become bigints with their exact value, and a key repeated within one object (JSON.parse
 * keeps the last one silently) is reported. Only used on text `JSON.parse` already accepted, so it does
 * not re-validate the grammar. Iterative, so deep nesting cannot overflow the stack.
 */

export interface ExactJson {
  value: unknown;
  /** Each repeated key, as a path from the top object (`a`, `a.b`, `list[2].c`). */
  duplicateKeys: string[];
}

/** An open container; `parent` and `at` (its key or index there) give its path when a repeated key needs it. */
type Frame = ({ kind: 'object'; obj: Record<string, unknown>; keys: Set<string>; key: string } | { kind: 'array'; arr: unknown[] }) & { parent: Frame | undefined; at: string | number };

function pathOf(frame: Frame | undefined): string {
  const parts: string[] = [];
  for (let f = frame; f?.parent !== undefined; f = f.parent) parts.push(typeof f.at === 'number' ? `[${f.at}]` : `.${f.at}`);
  return parts.reverse().join('').replace(/^\./, '');
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Parses `text`, valid JSON (as checked by `JSON.parse`). */
export function parseExactJson(text: string): ExactJson {
  const duplicateKeys: string[] = [];
  const stack: Frame[] = [];
  let p = 0;
  let result: unknown;
  const skipSpace = (): void => {
    for (let c = text.charCodeAt(p); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++p));
  };
  const readString = (): string => {
    const start = p;
    p++;
    for (let c = text.charCodeAt(p); c !== 34; c = text.charCodeAt(++p)) if (c === 92) p++;
    p++;
    return JSON.parse(text.slice(start, p)) as string;
  };
  const readNumber = (): number | bigint => {
    const start = p;
    if (text.charCodeAt(p) === 45) p++;
    while (isDigit(text.charCodeAt(p))) p++;
    let integral = true;
    if (text.charCodeAt(p) === 46) {
      integral = false;
      p++;
      while (isDigit(text.charCodeAt(p))) p++;
    }
    const e = text.charCodeAt(p);
    if (e === 101 || e === 69) {
      integral = false;
      p++;
      const sign = text.charCodeAt(p);
      if (sign === 43 || sign === 45) p++;
      while (isDigit(text.charCodeAt(p))) p++;
    }
    const token = text.slice(start, p);
    const n = Number(token);
    return integral && !Number.isSafeInteger(n) ? BigInt(token) : n;
  };
  /** Hands a finished value to the enclosing object or array (or makes it the result). */
  const put = (v: unknown): void => {
    const top = stack[stack.length - 1];
    if (top === undefined) result = v;
    else if (top.kind === 'array') top.arr.push(v);
    else Object.defineProperty(top.obj, top.key, { value: v, writable: true, enumerable: true, configurable: true });
  };
  skipSpace();
  for (;;) {
    const c = text.charCodeAt(p);
    let done: unknown;
    let scalar = true;
    if (c === 123 || c === 91) {
      const parent = stack[stack.length - 1];
      const at = parent === undefined ? '' : parent.kind === 'array' ? parent.arr.length : parent.key;
      p++;
      skipSpace();
      const frame: Frame = c === 123 ? { kind: 'object', obj: {}, keys: new Set(), key: '', parent, at } : { kind: 'array', arr: [], parent, at };
      const close = c === 123 ? 125 : 93;
      if (text.charCodeAt(p) === close) {
        p++;
        done = frame.kind === 'object' ? frame.obj : frame.arr;
      } else {
        stack.push(frame);
        scalar = false;
        if (frame.kind === 'object') readKey(frame);
      }
    } else if (c === 34) done = readString();
    else if (c === 116) {
      p += 4;
      done = true;
    } else if (c === 102) {
      p += 5;
      done = false;
    } else if (c === 110) {
      p += 4;
      done = null;
    } else done = readNumber();
    if (!scalar) continue;
    // Close every container the value completes.
    for (;;) {
      put(done);
      skipSpace();
      const top = stack[stack.length - 1];
      if (top === undefined) return { value: result, duplicateKeys };
      const next = text.charCodeAt(p++);
      if (next === 44) {
        skipSpace();
        if (top.kind === 'object') readKey(top);
        break;
      }
      stack.pop();
      done = top.kind === 'object' ? top.obj : top.arr;
    }
  }

  /** Reads `"key":` of the next member of `frame`, noting a key seen before in the same object. */
  function readKey(frame: Extract<Frame, { kind: 'object' }>): void {
    const key = readString();
    if (frame.keys.has(key)) {
      const path = pathOf(frame);
      duplicateKeys.push(path === '' ? key : `${path}.${key}`);
    }
    else frame.keys.add(key);
    frame.key = key;
    skipSpace();
    p++;
    skipSpace();
  }
}
