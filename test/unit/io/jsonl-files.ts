/** Random JSON Lines files for the differential test of the byte-level reader (`jsonl-differential.test.ts`). */

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMBERS = ['0', '-0', '1', '-1', '42', '1.5', '-2.25', '0.1', '1e400', '-1e400', '1E-7', '1e-7', '2.5E+3', '1e2', '1.0', '-0.0', '5e-324', '1e22', '1e23', '123456789012345', '1234567890123456', '9007199254740991', '-9007199254740991', '9007199254740992', '-9007199254740992', '9007199254740993', '18446744073709551615', '-123456789012345678901234567890', '12345678901234567.5', '0.30000000000000004', '1.7976931348623157e308', '3.14159265358979323846', '100000000000000000000.0'];
const STRINGS = ['', 'x', 'US', 'DE', 'hello world', 'a:b', 'é', 'naïve café', '😀', '日本語', '2026-01-02', '2026-01-02T03:04:05Z', '2026-02-30', '12', '-7', '007', 'true', 'yes', 'N', '1.5'];
const ESCAPED = ['"x\\"y"', '"back\\\\slash"', '"line\\nbreak"', '"tab\\there"', '"\\u00e9t\\u00e9"', '"\\ud83d\\ude00"', '"lone \\ud800 surrogate"', '"\\/slash"', '"\\u0041BC"', '"quote\\":colon"', '"\\b\\f\\r"', '"2026-01-0\\u0032"'];
const NESTED = ['[]', '{}', '[1, 2, 3]', '[1.5, "x", null, true]', '{"a": 1}', '{"a": {"b": [1, {"c": 2}]}}', '[9007199254740993, 1e400]', '{"k": "v\\"", "n": -0}', '[[[[]]]]', '{"x": 1, "y": {"x": 2}}', '[{"a": 1}, {"a": 2}]', '{"s": "a:b", "t": [1,2]}', '{"big": 123456789012345678901234567890}', '{"\\u0061": 1, "b": 2}', '{"a": 1, "a": 2}', '[{"k": 1, "k": 3}]'];
const KEYS = ['id', 'name', 'score', 'when', 'flag', 'tags', 'n', 'é', '1', '10', 'a b', '"q"'];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

function space(rnd: () => number): string {
  const r = rnd();
  return r < 0.8 ? '' : r < 0.9 ? ' ' : r < 0.95 ? '\t ' : '  \r ';
}

/** A random JSON value as text. */
function value(rnd: () => number, column: number): string {
  const r = rnd();
  // Columns lean towards one type, so batches see both one kind and mixed kinds.
  const lean = column % 5;
  if (r < 0.5) {
    if (lean === 0) return String(Math.floor(rnd() * 2000) - 1000);
    if (lean === 1) return JSON.stringify(pick(rnd, STRINGS));
    if (lean === 2) return (rnd() * 10).toFixed(3);
    if (lean === 3) return rnd() < 0.5 ? 'true' : 'false';
    return pick(rnd, ['"2026-03-04"', '"2026-03-04 05:06:07"', '"not a date"', '"2025-12-31T23:59:59Z"']);
  }
  if (r < 0.62) return pick(rnd, NUMBERS);
  if (r < 0.72) return JSON.stringify(pick(rnd, STRINGS));
  if (r < 0.8) return pick(rnd, ESCAPED);
  if (r < 0.86) return pick(rnd, ['true', 'false', 'null']);
  if (r < 0.93) return pick(rnd, NESTED);
  return 'null';
}

/** A line: an object with some of the keys in a random order, sometimes a key twice or written with escapes. */
function line(rnd: () => number, keys: readonly string[]): string {
  const members: string[] = [];
  const order = [...keys].sort(() => rnd() - 0.5);
  for (const [k, key] of order.entries()) {
    if (rnd() < 0.15) continue;
    const name = rnd() < 0.03 && key === 'id' ? '"\\u0069d"' : JSON.stringify(key);
    members.push(`${space(rnd)}${name}${space(rnd)}:${space(rnd)}${value(rnd, keys.indexOf(key) + k * 0)}${space(rnd)}`);
    if (rnd() < 0.01) members.push(`${JSON.stringify(key)}:${value(rnd, 0)}`);
  }
  return `${space(rnd)}{${members.join(',')}}${space(rnd)}`;
}

export interface GeneratedFile {
  name: string;
  bytes: Buffer;
}

/** A valid JSON Lines file: random rows, blank lines, CRLF or LF, with or without a BOM and a final line feed. */
export function validFile(seed: number, rows: number): GeneratedFile {
  const rnd = prng(seed);
  const keyCount = 2 + Math.floor(rnd() * (KEYS.length - 2));
  const keys = KEYS.slice(0, keyCount);
  const crlf = rnd() < 0.3;
  const parts: string[] = [];
  for (let i = 0; i < rows; i++) {
    // Keys that first appear late in the file.
    const here = i < rows / 3 ? keys.slice(0, Math.max(1, keyCount - 2)) : keys;
    parts.push(line(rnd, here));
    if (rnd() < 0.05) parts.push(pick(rnd, ['', ' ', '\t', ' \t ']));
  }
  let text = parts.join(crlf ? '\r\n' : '\n');
  if (rnd() < 0.7) text += crlf ? '\r\n' : '\n';
  const bom = rnd() < 0.2 ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0);
  return { name: `valid-${seed}.jsonl`, bytes: Buffer.concat([bom, Buffer.from(text, 'utf8')]) };
}

const DEFECTS = ['{"a": 1,}', '{"a": 01}', '{"a": "\\x"}', '{"a": "raw\u0001control"}', '{"a": tru}', '[1, 2]', '5', '"text"', 'null', '{"a": 1} {"b": 2}', '{"a": -}', '{"a": 1.}', '{"a": 1e}', '{"a": [1, 2}', '{"a": {"b": 1]}', '{a: 1}', '{"a" 1}', '\ufeff{"a": 1}', '{"a": "\\u12"}', '{"a": .5}', '{"a": +1}', '{"a": NaN}', '{"a": [1,]}', '{"a": {"b": }}', '\r\r'];

/** A file with one defect (invalid JSON, a line that is not an object, or invalid UTF-8) on a random line. */
export function badFile(seed: number, rows: number): GeneratedFile {
  const base = validFile(seed, rows).bytes;
  const rnd = prng(seed ^ 0x5bd1e995);
  const lines = base.toString('latin1').split('\n');
  const at = Math.floor(rnd() * lines.length);
  const k = Math.floor(rnd() * (DEFECTS.length + 1));
  lines[at] = k < DEFECTS.length ? Buffer.from(DEFECTS[k]!, 'utf8').toString('latin1') : `{"a": "bad \xff byte"}`;
  return { name: `bad-${seed}-${k}.jsonl`, bytes: Buffer.from(lines.join('\n'), 'latin1') };
}
