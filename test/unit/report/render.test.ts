import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/domain/report/render.js';
import { COMMENT_LIMIT } from '../../../src/domain/report/types.js';
import type { ComparisonResult, ValidationResult } from '../../../src/domain/results.js';
import { EXAMPLES_DIR, exampleInput, STATES } from './fixtures/examples.js';
import { HUGE_FAILING_GATES, HUGE_FINDINGS, HUGE_METRICS, hugeComparison } from './fixtures/huge.js';
import { tagsOf, toDocument } from './gfm.js';

describe('renderReport: the example of each state (snapshots = examples/reports/*.md)', () => {
  for (const state of STATES) {
    it(state, async () => {
      const report = renderReport(await exampleInput(state));
      await expect(report.markdown).toMatchFileSnapshot(`${EXAMPLES_DIR}/${state}.md`);
      expect(report.markdown.length).toBeLessThan(COMMENT_LIMIT);
      expect(report.markdown.split('\n')[0]).toBe('<!-- mlgate:mlgate/churn -->');
    });
  }

  it('verdict line first, with the icon of the verdict', async () => {
    const expected = { pass: '✅ **Passed:**', fail: '❌ **Failed:**', warn: '⚠️ **Passed with warnings:**', inconclusive: '⚠️ **Passed with warnings:**', 'first-release': '✅ **Passed:**', huge: '❌ **Failed:**', demo: '⚠️ **Passed with warnings:**' };
    for (const state of STATES) {
      const line = renderReport(await exampleInput(state)).markdown.split('\n')[1] ?? '';
      expect(line.startsWith(expected[state]), `${state}: ${line}`).toBe(true);
      expect(line.endsWith('.'), line).toBe(true);
    }
  });

  it('first release says there is no production baseline yet', async () => {
    const md = renderReport(await exampleInput('first-release')).markdown;
    expect(md).toContain('no production baseline yet');
    expect(md).not.toContain('```mermaid');
  });

  it('shows intervals and p-values when significance is on, and none without', async () => {
    const md = renderReport(await exampleInput('inconclusive')).markdown;
    expect(md).toContain('| Δ [95% CI] |');
    expect(md).toContain('<sub>[−0.0215,\u00A0+0.0095]</sub>');
    expect(md).toContain('❔ inconclusive');
    // The statistics say what they are: the interval unadjusted, the p-value Holm-adjusted.
    expect(md).toContain('not adjusted for multiple metrics; p-values &#40;mcnemar / permutation&#41; are Holm-adjusted');
    expect(md).toMatch(/p&#61;0.41 Holm/);
    expect(renderReport(await exampleInput('warn')).markdown).not.toContain('CI]');
  });

  it('charts each headline metric over the releases (oldest first) plus the candidate', async () => {
    const md = renderReport(await exampleInput('pass')).markdown;
    expect(md.match(/```mermaid\n---\nconfig:\n  xyChart:\n    width: 700\n    height: 240\n  themeVariables:\n    xyChart:\n      plotColorPalette: "#0969da"\n---\nxychart-beta\n/g)?.length).toBe(3);
    expect(md).toContain('x-axis ["1.0.0", "1.1.0", "1.2.0", "1.3.0", "1.4.0", "★ candidate"]');
    // One series: the line (a bar of the same values said nothing more).
    expect(md).toContain('line [0.874, 0.881, 0.893, 0.902, 0.91, 0.915]');
    expect(md).not.toContain('bar [');
    expect(md).toContain('<sub>★ this candidate</sub>');
  });

  it('marks a rolled-back release and the rollback that restored an earlier one', async () => {
    const md = renderReport(await exampleInput('fail')).markdown;
    expect(md).toContain('x-axis ["1.0.0", "1.1.0", "1.2.0", "1.3.0 ✗", "1.2.0 ↩", "1.4.0", "★ candidate"]');
    expect(md).toContain('<sub>✗ rolled back · ↩ restored by a rollback · ★ this candidate</sub>');
  });
});

describe('size control', () => {
  it(`a ${HUGE_METRICS}-metric, ${HUGE_FINDINGS}-finding result fits, verdict and every failing gate intact`, async () => {
    const input = await exampleInput('huge');
    const report = renderReport(input);
    const md = report.markdown;
    expect(md.length).toBeLessThan(COMMENT_LIMIT);
    expect(md.split('\n')[1]).toMatch(/^❌ \*\*Failed:\*\* 40 gates failed \(/);
    const failing = hugeComparison().metrics.filter((m) => m.status === 'fail');
    expect(failing.length).toBe(HUGE_FAILING_GATES);
    const doc = toDocument(md);
    const rowNames = Array.from(doc.querySelectorAll('tbody tr')).map((tr) => tr.querySelector('td')?.textContent ?? '');
    for (const m of failing) expect(rowNames.some((n) => n.startsWith(`${m.name}\u00A0↑`)), m.name).toBe(true);
    expect(report.omitted.length).toBeGreaterThan(0);
    expect(md).toContain('This report was shortened to fit');
    expect(md).toMatch(/Left out: .*passed or skipped data check/);
    expect(md).toContain('<code>mlgate-results</code> artifact');
  });

  it('drops details before anything else, and says so', async () => {
    const input = await exampleInput('fail');
    const full = renderReport(input, { maxChars: Infinity });
    expect(full.omitted).toEqual([]);
    const tighter = renderReport(input, { maxChars: full.markdown.length - 1 });
    expect(tighter.markdown.length).toBeLessThan(full.markdown.length);
    expect(tighter.omitted).toEqual(['the list of 4 passed or skipped data checks', 'the gate definitions and reasons (<code>churn</code>)']);
    expect(tighter.markdown).toContain('Examples of failing rows');
    expect(tighter.markdown).toContain('| accuracy\u00A0↑ |');
  });

  it('keeps every failing gate under any budget that can hold them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 12_000, max: 60_000 }), (budget) => {
        const comparison = hugeComparison();
        const report = renderReport({ key: 'k', comparisons: [comparison] }, { maxChars: budget });
        expect(report.markdown.length).toBeLessThanOrEqual(budget);
        for (const m of comparison.metrics.filter((x) => x.status === 'fail')) expect(report.markdown).toContain(`| ${m.name.replaceAll('_', '&#95;')}\u00A0↑ |`);
      }),
      { numRuns: 8 },
    );
  });
});

describe('untrusted names cannot fake the marker or add structure', () => {
  const name = fc.string({ unit: fc.constantFrom('<!-- mlgate:k -->', '-->', '<', '>', '|', '\n', '#', '@a', '[l](http://e.t)', '```', 'a', ' '), maxLength: 12 });
  it('one HTML comment (ours, first line), no links or images but ours, tables keep their shape', () => {
    fc.assert(
      fc.property(name, name, name, name, (metric, column, file, value) => {
        const comparison: ComparisonResult = {
          verdict: 'fail',
          model: metric,
          baseline: { source: 'production', version: value },
          metrics: [{ name: metric, direction: 'higher', baseline: 1, candidate: 0.5, delta: -0.5, relative_delta: -0.5, gate: column, status: 'fail', reason: value }],
        };
        const validation: ValidationResult = {
          verdict: 'fail',
          datasets: [{ name: file, rows: 10, checks: [{ column, check: metric, severity: 'error', status: 'fail', observed: value, expected: value, failing: 1, fraction: 0.1, examples: [{ file, line: 3, value }] }], drift: [{ column, method: value, score: 1, threshold: 0.1, status: 'fail', message: metric }] }],
        };
        const md = renderReport({ key: 'k', comparisons: [comparison], validation, links: { runUrl: 'https://github.com/o/r/actions/runs/1' } }).markdown;
        expect(md.split('<!--').length - 1).toBe(1);
        expect(md.startsWith('<!-- mlgate:k -->\n')).toBe(true);
        const doc = toDocument(md);
        expect(Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(['https://github.com/o/r/actions/runs/1']);
        expect(doc.querySelectorAll('img, script, h1, h2, h3, h5, h6, pre').length).toBe(0);
        expect(Array.from(doc.querySelectorAll('h4')).map((h) => h.textContent?.split(' ')[0])).toEqual(['Model', 'Data']);
        for (const table of Array.from(doc.querySelectorAll('table'))) {
          const width = table.querySelectorAll('thead th').length;
          for (const tr of Array.from(table.querySelectorAll('tbody tr'))) expect(tr.querySelectorAll('td').length).toBe(width);
        }
        expect(tagsOf(doc).filter((t) => !['p', 'strong', 'em', 'code', 'sub', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'a', 'blockquote', 'h4', 'ul', 'li'].includes(t))).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });
});
