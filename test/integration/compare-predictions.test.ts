import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MlgateError } from '../../src/domain/errors.js';
import { joinPredictions, readPredictions } from '../../src/io/files/predictions.js';

const cols = { id: 'id', label: 'label', prediction: 'prediction', score: 'score' };
const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-pred-'));
const file = (name: string, text: string): string => {
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};
async function error(p: Promise<unknown> | (() => unknown)): Promise<MlgateError> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (e instanceof MlgateError) return e;
    throw e;
  }
  throw new Error('expected an MlgateError');
}

describe('per-example files', () => {
  it('pairs rows on id whatever their order, leaving out unmatched ones', async () => {
    const c = await readPredictions(file('c.csv', 'id,label,prediction,score\na,1,1,0.9\nb,0,1,0.6\nc,1,0,0.2\nd,0,0,0.1\n'), 'c.csv', cols);
    const b = await readPredictions(file('b.csv', 'id,label,prediction,score\nd,0,1,0.7\nb,0,0,0.3\na,1,1,0.8\nz,1,1,0.9\n'), 'b.csv', cols);
    const j = joinPredictions(c, b);
    expect(j.data.n).toBe(3);
    expect(j.onlyCandidate).toBe(1);
    expect(j.onlyBaseline).toBe(1);
    // Candidate order a, b, d.
    expect(Array.from(j.data.candPred)).toEqual([1, 1, 0]);
    expect(Array.from(j.data.basePred)).toEqual([1, 0, 1]);
    expect(Array.from(j.data.baseScore!)).toEqual([0.8, 0.3, 0.7]);
  });
  it('reads JSON Lines and text classes with codes', async () => {
    const c = await readPredictions(file('c.jsonl', '{"id":1,"label":"cat","prediction":"dog"}\n{"id":2,"label":"dog","prediction":"dog"}\n{"id":3,"label":"bird","prediction":"cat"}\n'), 'c.jsonl', cols);
    const j = joinPredictions(c, c);
    expect(j.data.classes).toEqual(['cat', 'dog', 'bird']);
    expect(Array.from(j.data.labelCode!)).toEqual([0, 1, 2]);
    expect(Array.from(j.data.candCode!)).toEqual([1, 1, 0]);
  });
  it('rejects duplicate ids, conflicting labels, missing columns and bad scores with file and line', async () => {
    const dup = await readPredictions(file('d.csv', 'id,label,prediction\na,1,1\nb,0,0\na,1,0\n'), 'd.csv', cols);
    const ok = await readPredictions(file('o.csv', 'id,label,prediction\nb,0,0\na,1,1\n'), 'o.csv', cols);
    const e1 = await error(() => joinPredictions(dup, ok));
    expect(e1.oneLine()).toBe('d.csv:4: duplicate id: the example on line 2 appears again on line 4; ids must be unique to pair candidate and baseline');
    const other = await readPredictions(file('l.csv', 'id,label,prediction\na,0,1\nb,0,0\n'), 'l.csv', cols);
    const e2 = await error(() => joinPredictions(ok, other));
    expect(e2.oneLine()).toMatch(/^o\.csv:3: the label of the example on line 3 differs from the baseline's \('l\.csv' line 2\)/);
    const e3 = await error(readPredictions(file('m.csv', 'id,y,prediction\na,1,1\n'), 'm.csv', cols));
    expect(e3.oneLine()).toContain("m.csv:1: per-example file lacks column 'label'; found 'id', 'y', 'prediction'");
    const e4 = await error(readPredictions(file('s.csv', 'id,label,prediction,score\na,1,1,high\n'), 's.csv', cols));
    expect(e4.oneLine()).toBe("s.csv:2: score in column 'score' is 'high', not a number");
  });
});
