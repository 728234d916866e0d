import { describe, expect, it } from 'vitest';
import { createOutputNeutraliser, neutraliseLine, neutraliseText } from '../../src/domain/safe-output.js';

/** The lines the Actions runner sees (ReadLine splits at \n, \r and \r\n) and whether it would parse a command. */
function runnerCommandLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((line) => /^\s*::/u.test(line) || line.includes('##['));
}

describe('neutraliseText (src/domain/safe-output.ts)', () => {
  const attacks = [
    'x\n::error title=PWN::owned\n::add-mask::verdict',
    'x\r::set-output name=verdict::pass',
    'x\r\n::stop-commands::tok',
    'x\u2028::error::ls',
    'x\n   ::warning::indented',
    'x\n\t::notice::tab',
    'x\n\u00a0\u3000::error::unicode spaces',
    'x\n\ufeff::error::bom',
    '::error::first line',
    'value ##[error]legacy form anywhere',
    'x\n\u0085::error::nel',
  ];

  it.each(attacks)('leaves the runner no command line in %j', (attack) => {
    const out = neutraliseText(attack);
    expect(runnerCommandLines(out)).toEqual([]);
  });

  it('keeps the newlines mlgate writes between lines and leaves ordinary text alone', () => {
    const text = 'dataset d: 2 rows\n  ✗ cat: in [error] 2 failing (100.00%)\n    d.csv:2: naïve 東京 a::b #1 [x]\n';
    expect(neutraliseText(text)).toBe(text);
  });

  it('shows the colon it breaks and the bracket of ##[ as escapes, so the text stays readable', () => {
    expect(neutraliseText('a\n::error::x')).toBe('a\n:\\x3aerror::x');
    expect(neutraliseText('  ::add-mask::v')).toBe('  :\\x3aadd-mask::v');
    expect(neutraliseText('id ##[group]x')).toBe('id ##\\x5bgroup]x');
    expect(neutraliseText('ok: : not a command')).toBe('ok: : not a command');
  });

  it.each([
    ['\x1b[31mred\x1b[0m', '\\x1b[31mred\\x1b[0m'],
    ['bell\x07 nul\x00 del\x7f', 'bell\\x07 nul\\x00 del\\x7f'],
    ['csi\x9b2J c1', 'csi\\x9b2J c1'],
    ['over\rwrite', 'over\\rwrite'],
    ['safe\u202eexe.csv', 'safe\\u202eexe.csv'],
    ['iso\u2066late\u2069 mark\u200f', 'iso\\u2066late\\u2069 mark\\u200f'],
    ['line\u2028sep\u2029para', 'line\\u2028sep\\u2029para'],
  ])('shows the control character in %j as a visible escape', (input, shown) => {
    expect(neutraliseText(input)).toBe(shown);
  });

  it('is idempotent: a neutralised text passes unchanged', () => {
    for (const attack of attacks) {
      const once = neutraliseText(attack);
      expect(neutraliseText(once)).toBe(once);
    }
  });
});

describe('createOutputNeutraliser: one stream written in chunks', () => {
  it.each([
    [['  :', ':error::split after the first colon\n']],
    [['', ':', ':', 'error::one char at a time\n']],
    [['value #', '#', '[error]split legacy form\n']],
    [['ok\n', '::add-mask::after a finished line\n']],
  ])('judges a line across chunks %j', (chunks) => {
    const write = createOutputNeutraliser();
    const out = chunks.map((c) => write(c)).join('');
    expect(runnerCommandLines(out)).toEqual([]);
    expect(out.replace(/\\x3a/g, ':').replace(/\\x5b/g, '[')).toBe(chunks.join(''));
  });

  it('does not carry a line state past a newline', () => {
    const write = createOutputNeutraliser();
    expect(write('abc')).toBe('abc');
    expect(write('::x')).toBe('::x');
    expect(write('\n::x')).toBe('\n:\\x3ax');
  });
});

describe('neutraliseLine: an annotation title or file name', () => {
  it.each([
    ['col\nname', 'col\\nname'],
    ['a.csv\r\n::error::x', 'a.csv\\r\\n::error::x'],
    ['t\x1b]8;;http://x\x07', 't\\x1b]8;;http://x\\x07'],
  ])('keeps %j on one line', (input, shown) => {
    expect(neutraliseLine(input)).toBe(shown);
    expect(neutraliseLine(input)).not.toMatch(/[\r\n]/);
  });
});
