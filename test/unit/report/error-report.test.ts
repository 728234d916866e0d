import { describe, expect, it } from 'vitest';
import { renderErrorReport } from '../../../src/domain/report/error-report.js';
import { toDocument } from './gfm.js';

describe('the could-not-run report', () => {
  it('carries the sticky marker, the error (escaped) and the fix for its kind', () => {
    const md = renderErrorReport({ key: 'mlgate/churn', command: 'check', kind: 'config', message: 'mlgate.yml:4: models[0].gates.accuracy.min is "x"; expected a number @admin <b>', sha: 'abcdef1234567', version: '0.1.0' });
    expect(md.split('\n')[0]).toBe('<!-- mlgate:mlgate/churn -->');
    expect(md.split('\n')[1]).toMatch(/^❌ \*\*mlgate could not run for abcdef1:\*\* there is no verdict for this push/);
    const doc = toDocument(md);
    expect(doc.querySelectorAll('b, a').length).toBe(0);
    expect(doc.body.textContent).toContain('expected a number @\u200Badmin <b>');
    expect(md).toContain('**Fix:** Fix `mlgate.yml` at the field named above');
  });

  it('lists at most five detail lines', () => {
    const md = renderErrorReport({ key: 'k', command: 'report', kind: 'input', message: 'bad', details: Array.from({ length: 8 }, (_, i) => `problem ${i}`) });
    expect(md.match(/^- problem/gm)?.length).toBe(5);
    expect(md).toContain('- and 3 more (see the job log)');
  });
});

describe('the could-not-run example (snapshot = examples/reports/could-not-run.md)', () => {
  it('matches', async () => {
    const { couldNotRunInput, EXAMPLES_DIR } = await import('./fixtures/examples.js');
    await expect(renderErrorReport(couldNotRunInput())).toMatchFileSnapshot(`${EXAMPLES_DIR}/could-not-run.md`);
  });
});
