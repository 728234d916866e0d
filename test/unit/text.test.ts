import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/domain/text.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('colums', 'columns')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('modle', 'model')).toBe(1);
    expect(editDistance('mni', 'min')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  it('stops early past the bound', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('closest', () => {
  it('suggests a plausible typo and nothing for unrelated words', () => {
    expect(closest('modle', ['model', 'config'])).toBe('model');
    expect(closest('mni', ['min', 'max'])).toBe('min');
    expect(closest('banana', ['model', 'config'])).toBeUndefined();
  });
});
