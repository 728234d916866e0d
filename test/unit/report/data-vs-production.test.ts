import { describe, expect, it } from 'vitest';
import { compareData, dataVsProductionText, driftCount } from '../../../src/domain/evidence/data-change.js';
import type { DataFingerprint } from '../../../src/domain/evidence/manifest.js';
import { dataVsProductionSection } from '../../../src/domain/report/data-vs-production.js';
import type { DriftResult } from '../../../src/domain/results.js';
import { toDocument } from './gfm.js';

const sha = (c: string): string => c.repeat(64).slice(0, 64);
const file = (path: string, c: string): DataFingerprint['files'][number] => ({ path, sha256: sha(c), bytes: 10 });

const production: DataFingerprint = {
  files: [file('data/a.csv', 'a'), file('data/b.csv', 'b'), file('data/c.csv', 'c')],
  rows: 3000,
  columns: { x: 'number', segment: 'category', age: 'integer' },
};

describe('compareData: a dataset now against the fingerprints stored with the live release', () => {
  it('files by path and sha256: added, removed, changed, unchanged', () => {
    const now = { files: [file('data/a.csv', 'a'), file('data/b.csv', 'f'), file('data/d.csv', 'd')], rows: 3100, columns: production.columns };
    const p = compareData('1.0.0 (#1)', production, now);
    expect(p.files).toEqual({ added: ['data/d.csv'], removed: ['data/c.csv'], changed: ['data/b.csv'], unchanged: 1 });
    expect(p.rows).toEqual({ production: 3000, now: 3100 });
    expect(p.columns).toEqual({ added: [], removed: [], retyped: [], unchanged: 3 });
    expect(p.release).toBe('1.0.0 (#1)');
  });

  it('columns: added, removed and retyped with both types', () => {
    const now = { files: production.files, rows: 3000, columns: { x: 'string', segment: 'category', income: 'number' } };
    const p = compareData('2.0.0 (#7)', production, now);
    expect(p.columns).toEqual({ added: [{ name: 'income', type: 'number' }], removed: [{ name: 'age', type: 'integer' }], retyped: [{ name: 'x', production: 'number', now: 'string' }], unchanged: 1 });
    expect(p.files).toEqual({ added: [], removed: [], changed: [], unchanged: 3 });
  });

  it('the same data compares as unchanged, and says so in one line', () => {
    const p = compareData('1.0.0 (#1)', production, { ...production, rows: 3000 });
    const md = dataVsProductionSection(p).join('\n');
    expect(md).toContain('the same 3 files (by sha256), 3,000 rows and 3 columns as production');
    expect(md).not.toContain('|');
    expect(dataVsProductionText(p)).toBe('data vs production 1.0.0 (#1): files unchanged; rows 3000 → 3000; columns unchanged');
  });
});

describe('driftCount: the drift against the production profile, counted', () => {
  const row = (column: string, status: DriftResult['status'], message?: string): DriftResult => ({ column, method: 'psi', score: 0, threshold: 0.2, status, ...(message ? { message } : {}) });
  it('counts compared and drifted columns, not the dataset row', () => {
    expect(driftCount([row('x', 'fail'), row('y', 'pass'), row('z', 'warn'), row('w', 'skipped'), row('(dataset)', 'pass')])).toEqual({ compared: 3, drifted: 2 });
  });
  it('a skipped reference gives its reason', () => {
    expect(driftCount([row('(dataset)', 'skipped', 'reference `production` could not be used: no evidence')])).toEqual({ compared: 0, drifted: 0, skipped: 'reference `production` could not be used: no evidence' });
  });
});

describe('dataVsProductionSection: the report part', () => {
  it('a short table (files, rows, columns: production, this run, change) and the names below it', () => {
    const now = { files: [file('data/a.csv', 'a'), file('data/b.csv', 'f'), file('data/d.csv', 'd')], rows: 2900, columns: { x: 'string', segment: 'category', income: 'number' } };
    const p = { ...compareData('1.0.0 (#1)', production, now), drift: { compared: 3, drifted: 1 } };
    const md = dataVsProductionSection(p).join('\n');
    const doc = toDocument(md);
    const rows = Array.from(doc.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent));
    expect(rows).toEqual([
      ['Files', '3', '3', '1 added, 1 removed, 1 changed'],
      ['Rows', '3,000', '2,900', '−100 (−3.33%)'],
      ['Columns', '3', '3', '1 added, 1 removed, 1 retyped'],
    ]);
    expect(doc.body.textContent).toContain('Files added: data/d.csv.');
    expect(doc.body.textContent).toContain('Columns retyped: x number → string.');
    expect(doc.body.textContent).toContain('Columns removed: age.');
    expect(md).toContain('1 of 3 compared columns drifted (see the drift table below)');
  });

  it('a long list of files ends in "and N more" and stays short', () => {
    const many = Array.from({ length: 500 }, (_, i) => file(`data/part-${String(i).padStart(5, '0')}.parquet`, 'e'));
    const p = compareData('1.0.0 (#1)', production, { files: [...production.files, ...many], rows: 10, columns: production.columns });
    const md = dataVsProductionSection(p).join('\n');
    const line = md.split('\n').find((l) => l.startsWith('Files added:'))!;
    expect(line).toMatch(/ and 4\d\d more\.$/);
    const shown = (line.match(/<code>/g) ?? []).length;
    expect(shown + Number(/and (\d+) more/.exec(line)![1])).toBe(500);
    expect(toDocument(line).body.textContent.length).toBeLessThan(220);
    expect(dataVsProductionText(p).length).toBeLessThan(400);
  });

  it('file and column names from a pull request are escaped', () => {
    const p = compareData('1.0.0 (#1)', production, { files: [file('data/@octocat <img src=x>.csv', 'z')], rows: 1, columns: { '[x](http://evil)': 'number' } });
    const md = dataVsProductionSection(p).join('\n');
    const doc = toDocument(md);
    expect(doc.querySelector('img')).toBeNull();
    expect(doc.querySelector('a')).toBeNull();
    expect(md).not.toContain('@octocat');
  });

  it('unavailable evidence says why, in one line', () => {
    const md = dataVsProductionSection({ status: 'unavailable', reason: 'churn: the live release 1.0.0 (#1) was made before mlgate stored evidence with releases' }).join('\n');
    expect(md.startsWith('**Data vs production**: not compared — ')).toBe(true);
    expect(toDocument(md).body.textContent).toContain('not compared — churn: the live release 1.0.0 (#\u200B1) was made before mlgate stored evidence with releases.');
    expect(dataVsProductionSection(undefined)).toEqual([]);
  });
});
