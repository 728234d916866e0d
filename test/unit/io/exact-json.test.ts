import { describe, expect, it } from 'vitest';
import { parseExactJson } from '../../../src/io/data/jsonl/exact-json.js';
import { countMembers, memberBound } from '../../../src/io/data/jsonl/line-scan.js';

describe('the exact JSON reader', () => {
  it('reads what JSON.parse reads when nothing is repeated or beyond 2^53', () => {
    const texts = [
      '{"a": 1, "b": -2.5e-3, "c": "x\\"y\\\\", "d": [true, false, null, [], {}], "e": {"f": {"g": "\\u00e9\\ud83d\\ude00"}}}',
      ' { "s" : "a:b" ,"t":[ 1 , 2 ] } ',
      '{"n": 9007199254740991, "m": -9007199254740991, "z": -0, "big": 1e300, "frac": 12345678901234567.5}',
      '{"__proto__": {"x": 1}, "constructor": 2}',
    ];
    for (const text of texts) {
      const exact = parseExactJson(text);
      expect(exact.duplicateKeys, text).toEqual([]);
      expect(exact.value, text).toStrictEqual(JSON.parse(text));
    }
  });

  it('keeps integer tokens beyond 2^53 as exact bigints, wherever they are, and doubles as doubles', () => {
    const { value } = parseExactJson('{"a": 9007199254740993, "l": [-123456789012345678901234567890, 1.5e20], "o": {"b": 18446744073709551615}}');
    expect(value).toStrictEqual({ a: 9007199254740993n, l: [-123456789012345678901234567890n, 1.5e20], o: { b: 18446744073709551615n } });
  });

  it('names every repeated key with its path, keeping the last value', () => {
    const { value, duplicateKeys } = parseExactJson('{"a": 1, "a": 2, "o": {"x": [{"k": 1, "k": 3}]}, "o": {"y": 1, "y": 2}}');
    expect(duplicateKeys).toEqual(['a', 'o.x[0].k', 'o', 'o.y']);
    expect(value).toStrictEqual({ a: 2, o: { y: 2 } });
  });

  it('reads 100,000 levels of nesting without running out of stack', () => {
    const depth = 100_000;
    const text = `{"a": ${'['.repeat(depth)}1${']'.repeat(depth)}, "a": 2}`;
    const { duplicateKeys } = parseExactJson(text);
    expect(duplicateKeys).toEqual(['a']);
  });
});

describe('when the JSON Lines reader asks for the exact reader', () => {
  it('counts no more members than a line has, and at least as many', () => {
    const cases: [string, number][] = [
      ['{"a": 1, "b": {"c": 2}}', 3],
      ['{"t": "10:00:00", "u": "\\":"}', 2],
      ['{"a" :1, "b"\t: [ {"c" : 1} ]}', 3],
    ];
    for (const [text, members] of cases) {
      expect(countMembers(JSON.parse(text)), text).toBe(members);
      expect(memberBound(text), text).toBeGreaterThanOrEqual(members);
    }
    expect(memberBound('{"a": 1, "a": 2}')).toBeGreaterThan(countMembers(JSON.parse('{"a": 1, "a": 2}')));
  });

  it('marks a number JSON.parse may have rounded', () => {
    expect(countMembers({ a: 9007199254740991 })).toBe(1);
    expect(countMembers({ a: [9007199254740992] })).toBeNaN();
    expect(countMembers({ a: -1e300 })).toBeNaN();
  });
});
