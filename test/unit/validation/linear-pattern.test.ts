import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../src/cli.js';
import { parseConfig } from '../../../src/domain/config/parse.js';
import { MlgateError } from '../../../src/domain/errors.js';
import { compileLinearPattern } from '../../../src/domain/validation/linear-pattern.js';

async function validate(pattern: string, cells: string[]): Promise<{ code: number; ms: number; stderr: string; check: { failing: number; status: string } | undefined }> {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'mlgate-redos-'));
  writeFileSync(path.join(cwd, 'd.csv'), `code\n${cells.join('\n')}\n`);
  writeFileSync(path.join(cwd, 'mlgate.yml'), `version: 1\ndatasets:\n  - name: d\n    path: d.csv\n    columns:\n      code: { pattern: ${JSON.stringify(pattern)} }\n`);
  let stderr = '';
  const io: CliIo = { stdout: () => {}, stderr: (t) => (stderr += t), cwd, env: {} };
  const started = performance.now();
  const code = await runCli(['validate', '--json', 'r.json'], io);
  const ms = performance.now() - started;
  if (code === 2) return { code, ms, stderr, check: undefined };
  const result = JSON.parse(readFileSync(path.join(cwd, 'r.json'), 'utf8')) as { datasets: { checks: { check: string; failing: number; status: string }[] }[] };
  return { code, ms, stderr, check: result.datasets[0]!.checks.find((c) => c.check === 'pattern') };
}

describe('pattern checks run in linear time', () => {
  // The first run loads the validate command and starts its workers; the timed runs measure the check.
  beforeAll(async () => {
    await validate('^a+$', ['a']);
  });

  // Each evil cell is built by a function: RegExp answers quickly for a short one, which tells the answer for the long one.
  it.each([
    ['^(a+)+$', (n: number) => 'a'.repeat(n) + '!', 48],
    ['(a|a)*$', (n: number) => 'a'.repeat(n) + '!', 5000],
    ['^(a|aa)+$', (n: number) => 'a'.repeat(n) + '!', 5000],
    ['^(.*a){20}$', (n: number) => 'a'.repeat(n) + '!', 1000],
    ['^(\\w+\\s?)*$', (n: number) => 'word '.repeat(n) + '!', 2000],
  ] as const)('%s on a long cell that backtracking never finishes gives its answer', async (pattern, cell, long) => {
    const js = new RegExp(pattern, 'u');
    const good = 'a'.repeat(30);
    const expected = (js.test(good) ? 0 : 1) + (js.test(cell(3)) ? 0 : 2);
    const r = await validate(pattern, [good, cell(long), cell(long + 1)]);
    expect(r.code).toBe(expected === 0 ? 0 : 1);
    expect(r.check).toMatchObject({ status: expected === 0 ? 'pass' : 'fail', failing: expected });
    expect(r.ms).toBeLessThan(2000); // generous: backtracking takes hours on these cells
  });

  // What users write keeps its JavaScript meaning: each answer is compared with RegExp on inputs where it is fast.
  it.each([
    ['^C\\d{6}$', ['C123456', 'C12345', 'xC123456', 'C١٢٣٤٥٦']],
    ['^[^@\\s]+@[^@\\s]+$', ['a@b', 'a b@c', 'a\u00a0b@c', 'a\u2003@b', 'a\u000b@b']],
    ['^.$', ['\n', '\r', '\u2028', 'a', '😀', '\u0085']],
    ['^\\S+$', ['abc', 'a\u3000b', '😀x', 'a\ufeffb']],
    ['^(?<year>\\d{4})-\\d\\d$', ['2024-01', '24-01']],
    ['^(?:\\u{1F600}|\\uD83D\\uDE00|\\u00e9)$', ['😀', 'é', 'e']],
    ['^[^]$', ['\n', 'ab']],
    ['[]', ['a', '']],
    ['^[\\b]$', ['\b', 'b']],
    ['\\bfoo\\b', ['a foo b', 'afoob', 'foo']],
    ['^\\p{Script=Greek}+$', ['αβγ', 'abc']],
    ['^\\p{Lu}', ['Ab', 'ab', 'Éa']],
    ['^[[:a]$', ['[', ':', 'b']],
    ['a\\/b', ['a/b', 'ab']],
    ['^\\cJ\\0$', ['\n\0', '\n']],
    ['^a{2,3}?$', ['aa', 'aaaa']],
    ['^[\\s\\d]+$', ['1 2\u00a03', '1_2']],
    ['^[^\\S]$', [' ', 'x']],
  ])('%s means what it means in JavaScript', (pattern, inputs) => {
    const linear = compileLinearPattern(pattern);
    const js = new RegExp(pattern, 'u');
    for (const input of inputs) expect([input, linear.test(input)]).toEqual([input, js.test(input)]);
  });
});

it('a pattern is compiled once per thread (the checker of every chunk gets the same one, its DFA warm), and answers the same after many texts', () => {
  const first = compileLinearPattern('^[a-z]+@[a-z]+$');
  expect(compileLinearPattern('^[a-z]+@[a-z]+$')).toBe(first);
  expect(compileLinearPattern('^[a-z]+@[a-z]+\\.com$')).not.toBe(first);
  const js = /^[a-z]+@[a-z]+$/u;
  for (const text of ['a@b', 'a@b.c', '@b', 'abc@', 'x@y', 'é@b', 'a@b\n']) expect([text, compileLinearPattern('^[a-z]+@[a-z]+$').test(text)]).toEqual([text, js.test(text)]);
  // A pattern that does not compile is refused each time it is asked for.
  for (let k = 0; k < 2; k++) expect(() => compileLinearPattern('^(a)\\1$')).toThrow(/backreference/);
});

it('a pattern that re2js would match one-pass runs on its lazy DFA (the one-pass matcher allocates per cell)', () => {
  for (const pattern of ['^[^@\\s]+@[^@\\s]+$', '^C\\d{6}$', '(a|a)*$']) expect([pattern, compileLinearPattern(pattern).engine]).toEqual([pattern, 'lazy-dfa']);
});

describe('testAscii answers from the bytes what test answers from the text', () => {
  // A small deterministic generator: texts over an alphabet that exercises each pattern's classes and edges.
  let seed = 0x2545f491;
  const random = (n: number): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const alphabet = ['a', 'b', 'z', 'A', '0', '9', '@', '.', ' ', '\t', '\n', '\r', '_', '-', '!', '\x0b', '\x00', '\x7f', 'é', '😀', '\u00a0'];
  const texts = (count: number): string[] => {
    const out = ['', 'a', 'a@b', 'user1@example.com', 'user1.example.com', 'C123456', 'foo bar', 'a foo b', 'x'.repeat(200) + '@y'];
    for (let k = 0; k < count; k++) out.push(Array.from({ length: random(24) }, () => alphabet[random(alphabet.length)]!).join(''));
    return out;
  };
  it.each([['^[^@\\s]+@[^@\\s]+$'], ['^C\\d{6}$'], ['(a|a)*$'], ['\\bfoo\\b'], ['^\\S+$'], ['^.$'], ['^[a-z]+@[a-z]+\\.com$'], ['@'], ['^$'], ['a{2,3}'], ['^\\w+$'], ['[^\\x00-\\x7f]'], ['\\d$']])('%s', (pattern) => {
    const linear = compileLinearPattern(pattern);
    const js = new RegExp(pattern, 'u');
    let answered = 0;
    for (const text of texts(3000)) {
      const bytes = Buffer.from(` ${text} `, 'utf8');
      const got = linear.testAscii(bytes, 1, bytes.length - 1);
      const expected = linear.test(text);
      expect([text, expected]).toEqual([text, js.test(text)]);
      if (got === undefined) {
        // Only a non-ASCII byte (or an exhausted DFA) leaves the answer to test.
        expect([text, /[^\x00-\x7f]/u.test(text)]).toEqual([text, true]);
        continue;
      }
      answered++;
      expect([text, got]).toEqual([text, expected]);
    }
    expect(answered).toBeGreaterThan(500);
  });

  it('a pattern of more DFA states than the runner numbers (4,096): the same answers, the texts past them left to test', () => {
    // The 13th letter from the end is an a: the DFA remembers the last 13 letters (8,192 states).
    const pattern = '(a|b)*a(a|b){12}$';
    const linear = compileLinearPattern(pattern);
    const js = new RegExp(pattern, 'u');
    let answered = 0;
    let left = 0;
    for (let k = 0; k < 4000; k++) {
      const text = Array.from({ length: 40 }, () => (random(2) === 0 ? 'a' : 'b')).join('');
      const got = linear.testAscii(Buffer.from(text, 'latin1'), 0, text.length);
      if (got === undefined) left++;
      else {
        answered++;
        expect([text, got]).toEqual([text, js.test(text)]);
      }
    }
    expect([answered > 100, left > 100]).toEqual([true, true]);
  });

  it('answers every ASCII text, also after a long run of texts', () => {
    const linear = compileLinearPattern('^[^@\\s]+@[^@\\s]+$');
    const b = Buffer.from('x@y z@w@v plain', 'latin1');
    expect([linear.testAscii(b, 0, 3), linear.testAscii(b, 4, 9), linear.testAscii(b, 10, 15), linear.testAscii(b, 0, 0)]).toEqual([true, false, false, false]);
  });
});

describe('a pattern the linear engine cannot run is a config error naming the field, the pattern and the construct', () => {
  const configError = (pattern: string): MlgateError => {
    try {
      parseConfig(`version: 1\ndatasets:\n  - name: d\n    path: d.csv\n    columns:\n      code: { pattern: ${JSON.stringify(pattern)} }\n`, 'mlgate.yml');
    } catch (error) {
      if (error instanceof MlgateError) return error;
      throw error;
    }
    throw new Error(`no error for ${pattern}`);
  };
  it.each([
    ['^(a)\\1$', 'the backreference \\1'],
    ['^(?<x>a)\\k<x>$', 'the named backreference'],
    ['^(?=a)\\w+$', 'the lookahead (?=…)'],
    ['^(?!a)\\w+$', 'the lookahead (?!…)'],
    ['(?<=a)b', 'the lookbehind (?<=…)'],
    ['(?<!a)b', 'the lookbehind (?<!…)'],
    ['^a{1001}$', 'invalid repeat count'],
    ['^\\p{Letter}$', '\\p{Letter}'],
  ])('%s', (pattern, construct) => {
    const e = configError(pattern);
    expect(e.kind).toBe('config');
    expect(e.message).toContain('datasets[0].columns.code.pattern');
    expect(e.message).toContain(JSON.stringify(pattern));
    expect(e.message).toContain(construct);
  });

  it('the CLI exits 2 with that message, before reading any data', async () => {
    const r = await validate('^(a)\\1$', ['aa']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/mlgate\.yml:6:\d+: .*datasets\[0\]\.columns\.code\.pattern/);
  });
});
