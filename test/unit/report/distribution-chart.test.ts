import { describe, expect, it } from 'vitest';
import { binLabel, driftCharts, MAX_CHART_BINS, MAX_DRIFT_CHARTS, percentAxisMax, renderDistributionChart } from '../../../src/domain/report/distribution-chart.js';
import { renderReport } from '../../../src/domain/report/render.js';
import type { DriftDistribution, DriftResult } from '../../../src/domain/results.js';
import { exampleInput } from './fixtures/examples.js';
import { toDocument } from './gfm.js';

const HOSTILE = ['"]\n  line [999', '%%{init: {"theme":"dark"}}%%', '```\n# pwned', '<img src=x onerror=alert(1)>', 'a;b#c', '\u202Egnp.exe', 'x\u0301\u0301\u0301', 'Zürich 東京', 'a"b', "a'b"];

/** The chart's statements, keyed by their first word (x-axis, y-axis, bar, line, title). */
function statements(chart: string): Map<string, string> {
  const body = chart.split('\n').slice(chart.split('\n').indexOf('xychart-beta') + 1, -1);
  return new Map(body.map((l) => l.trim()).map((l) => [l.split(' ')[0]!, l.slice(l.indexOf(' ') + 1)]));
}
const axisLabels = (chart: string): string[] => [...(statements(chart).get('x-axis') ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
const series = (chart: string, kind: 'bar' | 'line'): number[] => JSON.parse(statements(chart).get(kind)!) as number[];

const numeric: DriftDistribution = {
  kind: 'numeric',
  bins: [
    { from: null, to: 20, reference: 0.05, current: 0 },
    { from: 20, to: 40, reference: 0.5, current: 0.2 },
    { from: 40, to: 60, reference: 0.45, current: 0.6 },
    { from: 60, to: null, reference: 0, current: 0.2 },
  ],
};

describe('bin labels', () => {
  it('tails in words, a range with a dash, " to " when a minus sign would read as a dash', () => {
    expect([binLabel(null, 20), binLabel(20, 40), binLabel(60, null), binLabel(-5, 0), binLabel(3.5, 3.5), binLabel(1000, 2000)]).toEqual(['below 20', '20–40', 'above 60', '−5 to 0', '3.5', '1,000–2,000']);
  });
});

describe('the chart of a drifted column', () => {
  it('reference as bars, current as a line, in % of values, one label per bin, the axis from 0 above the highest share', () => {
    const chart = renderDistributionChart('age', numeric)!;
    expect(axisLabels(chart)).toEqual(['below 20', '20–40', '40–60', 'above 60']);
    expect(series(chart, 'bar')).toEqual([5, 50, 45, 0]);
    expect(series(chart, 'line')).toEqual([0, 20, 60, 20]);
    const [, top] = /0 --> (\S+)$/.exec(statements(chart).get('y-axis')!)!;
    expect(Number(top)).toBeGreaterThanOrEqual(60);
    expect(Number(top)).toBeLessThanOrEqual(80);
    expect(statements(chart).get('y-axis')).toMatch(/^"% of values" 0 --> /);
    expect(chart.startsWith('```mermaid\n') && chart.endsWith('\n```')).toBe(true);
  });

  it('the y-axis ends on a round value just above the data', () => {
    expect([percentAxisMax([20.9, 14]), percentAxisMax([0.4]), percentAxisMax([99]), percentAxisMax([0])]).toEqual([25, 0.5, 100, 1]);
  });

  it('hostile category values become inert labels (no quote, bracket, %%, #, ;, backtick, <, line break, bidi or combining mark), repeats made unique', () => {
    const d: DriftDistribution = { kind: 'categorical', bins: [...HOSTILE.map((value, i) => ({ value, reference: i / 100, current: 0.01 })), { value: null, reference: 0.55, current: 0.9 }] };
    const chart = renderDistributionChart('"]\n%%', d)!;
    const labels = axisLabels(chart);
    expect(labels).toHaveLength(HOSTILE.length + 1);
    for (const l of labels) expect(l).toMatch(/^[\p{L}\p{N} ._+/()…-]+$/u);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('Zürich 東京');
    expect(labels).toContain('a_b (2)');
    expect(labels.at(-1)).toBe('(other)');
    // Nothing but the statements of one chart: no extra line, series or directive got in.
    expect(chart.split('\n').filter((l) => /^\s*(bar|line)\b/.test(l))).toHaveLength(2);
    expect(chart).not.toMatch(/%%|<img|\u202E|```\n#/);
    expect(statements(chart).get('title')).toBe('"_____"');
  });

  it('draws at most 24 bins of a (possibly untrusted) distribution, and says so', () => {
    const bins = Array.from({ length: 100 }, (_, i) => ({ from: i, to: i + 1, reference: 0.01, current: 0.01 }));
    const chart = renderDistributionChart('x', { kind: 'numeric', bins })!;
    expect(axisLabels(chart)).toHaveLength(MAX_CHART_BINS);
    expect(series(chart, 'bar')).toHaveLength(MAX_CHART_BINS);
    expect(statements(chart).get('title')).toBe(`"x (first ${MAX_CHART_BINS} of 100 bins)"`);
    expect(renderDistributionChart('x', { kind: 'categorical', bins: [] })).toBeUndefined();
  });
});

describe('the fold of drifted columns', () => {
  const drifted = (n: number, name = (i: number): string => `col_${i}`): DriftResult[] =>
    Array.from({ length: n }, (_, i) => ({ column: name(i), method: 'psi', score: 0.3, threshold: 0.2, status: 'fail', distribution: numeric }));

  it(`charts at most ${MAX_DRIFT_CHARTS} columns, then names the rest in an "and N more" line`, () => {
    const md = driftCharts([...drifted(9), { column: 'old', method: 'psi', score: 0.3, threshold: 0.2, status: 'fail' }]).join('\n');
    expect(md.match(/^```mermaid$/gm)).toHaveLength(MAX_DRIFT_CHARTS);
    expect(md).toContain('<summary>How the 9 drifted columns moved: reference vs current</summary>');
    expect(md).toContain('…and 3 more drifted columns not charted here (col&#95;6, col&#95;7 and col&#95;8)');
    expect(md).toContain('1 drifted column without a recorded distribution');
    expect(driftCharts([{ column: 'x', method: 'psi', score: 0.3, threshold: 0.2, status: 'fail' }])).toEqual([]);
  });

  it('hostile column names stay text: one <details>, one chart block per column, nothing else', () => {
    const doc = toDocument(driftCharts(drifted(3, (i) => HOSTILE[i]!)).join('\n'));
    expect(doc.querySelectorAll('details')).toHaveLength(1);
    expect(doc.querySelectorAll('pre > code.language-mermaid')).toHaveLength(3);
    const tags = [...doc.body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase());
    expect(tags.filter((t) => !['details', 'summary', 'p', 'sub', 'code', 'pre'].includes(t))).toEqual([]);
  });

  it('the fail example shows both drifted columns’ charts; when the report must shrink they go right after the passed-check list, and the note says so', async () => {
    const input = await exampleInput('fail');
    const full = renderReport(input);
    expect(full.markdown).toContain('How the 2 drifted columns moved');
    let budget = full.markdown.length;
    let shrunk = full;
    while (shrunk.markdown.includes('How the 2 drifted columns moved') && budget > 0) {
      budget -= 100;
      shrunk = renderReport(input, { maxChars: budget });
    }
    expect(shrunk.omitted[0]).toMatch(/passed or skipped data check/);
    expect(shrunk.omitted[1]).toBe('the 2 charts of drifted columns (<code>train</code>)');
    expect(shrunk.markdown).toContain('<code>monthly&#95;charges</code> | Wasserstein / std');
  });
});
