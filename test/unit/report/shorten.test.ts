import { describe, expect, it } from 'vitest';
import { listWithMore, truncateWords } from '../../../src/domain/report/shorten.js';

describe('shortening never cuts a name or a word', () => {
  it('lists whole names, then "and N more"', () => {
    const names = Array.from({ length: 1500 }, (_, i) => `slices.segment_${String(i).padStart(4, '0')}.accuracy`);
    const s = listWithMore(names, 80);
    expect(s.length).toBeLessThanOrEqual(80);
    expect(s).toMatch(/^slices\.segment_0000\.accuracy, slices\.segment_0001\.accuracy and 1,498 more$/);
    for (const part of s.replace(/ and [\d,]+ more$/, '').split(', ')) expect(names).toContain(part);
  });

  it('short lists are joined with "and"; one long name is kept whole', () => {
    expect(listWithMore(['a', 'b', 'c'], 80)).toBe('a, b and c');
    expect(listWithMore(['x'.repeat(100), 'y'], 20)).toBe(`${'x'.repeat(100)} and 1 more`);
    expect(listWithMore([], 10)).toBe('');
  });

  it('text is cut at the end of a word', () => {
    expect(truncateWords('the quick brown fox jumps over the lazy dog', 20)).toBe('the quick brown fox…');
    expect(truncateWords('short', 20)).toBe('short');
    expect(truncateWords('a'.repeat(30), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});
