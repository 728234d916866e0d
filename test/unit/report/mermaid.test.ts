/** Every Mermaid chart we render parses with Mermaid's own parser (mermaid.parse, in Node with a jsdom window). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/domain/report/chart.js';
import { renderDistributionChart } from '../../../src/domain/report/distribution-chart.js';
import { EXAMPLES_DIR } from './fixtures/examples.js';

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  parse(text: string): Promise<{ diagramType: string } | false>;
}
let mermaid: MermaidApi;

beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  mermaid = (await import('mermaid')).default;
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
});

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
}

describe('Mermaid charts', () => {
  const files = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.md'));

  it('the examples hold charts', () => {
    const total = files.reduce((n, f) => n + mermaidBlocks(readFileSync(path.join(EXAMPLES_DIR, f), 'utf8')).length, 0);
    expect(total).toBeGreaterThanOrEqual(9);
  });

  for (const file of files) {
    it(`every chart in examples/reports/${file} parses as an xychart`, async () => {
      for (const block of mermaidBlocks(readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'))) {
        await expect(mermaid.parse(block)).resolves.toMatchObject({ diagramType: 'xychart' });
      }
    });
  }

  it('the parser does reject a broken chart (the check can fail)', async () => {
    await expect(mermaid.parse('xychart-beta\n  x-axis ["a", "b"\n  line [1, 2]')).rejects.toThrow(/Parse error/);
  });

  it('any labels and values render to a chart that parses (property)', async () => {
    const label = fc.string({ unit: fc.constantFrom('"', '\n', '`', '#', ';', ']', '[', '-->', ' ', 'a', '1', '.', 'é', '<br>', '%%'), maxLength: 12 });
    const value = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
    await fc.assert(
      fc.asyncProperty(label, fc.array(fc.record({ label, value }), { minLength: 1, maxLength: 8 }), async (metric, points) => {
        const block = mermaidBlocks(`${renderChart({ metric, points })}\n`)[0] ?? '';
        await expect(mermaid.parse(block)).resolves.toMatchObject({ diagramType: 'xychart' });
      }),
      { numRuns: 200 },
    );
  });
});

describe('the distribution chart of a drifted column', () => {
  it('any column name, category values and shares render to a chart that parses, both series intact (property)', async () => {
    const hostile = fc.string({ unit: fc.constantFrom('"', '\n', '`', '#', ';', ']', '[', '-->', ' ', 'a', '1', '.', 'é', '東', '<br>', '%%', '\u202E', '\u0301', ':', ','), maxLength: 16 });
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    const bins = fc.array(fc.record({ value: fc.option(hostile, { nil: null }), reference: share, current: share }), { minLength: 1, maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(hostile, bins, async (column, b) => {
        const block = mermaidBlocks(`${renderDistributionChart(column, { kind: 'categorical', bins: b })}\n`)[0] ?? '';
        await expect(mermaid.parse(block)).resolves.toMatchObject({ diagramType: 'xychart' });
        expect(block.split('\n').filter((l) => /^\s*(bar|line) \[/.test(l))).toHaveLength(2);
      }),
      { numRuns: 150 },
    );
  });

  it('numeric bins with tails, negative and tiny edges parse', async () => {
    const edge = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ from: fc.option(edge, { nil: null }), to: fc.option(edge, { nil: null }), reference: share, current: share }), { minLength: 1, maxLength: 22 }), async (b) => {
        const block = mermaidBlocks(`${renderDistributionChart('x', { kind: 'numeric', bins: b })}\n`)[0] ?? '';
        await expect(mermaid.parse(block)).resolves.toMatchObject({ diagramType: 'xychart' });
      }),
      { numRuns: 100 },
    );
  });
});

describe('the y-axis of a chart', () => {
  it('spans 7.5 round steps so d3 ticks once per step (8 labels) and covers the data', async () => {
    const { yRange, niceStep } = await import('../../../src/domain/report/chart.js');
    for (const values of [[0.874, 0.881, 0.893, 0.902, 0.91, 0.889], [44, 52.1, 47], [0.5], [1200, 98000], [-3, 4]]) {
      const [min, max] = yRange(values);
      const step = (max - min) / 7.5;
      expect(niceStep(step)).toBeCloseTo(step, 9);
      expect(min).toBeLessThanOrEqual(Math.min(...values));
      expect(max).toBeGreaterThanOrEqual(Math.max(...values));
      expect(Math.abs(min / step - Math.round(min / step))).toBeLessThan(1e-6);
      if (Math.min(...values) >= 0) expect(min).toBeGreaterThanOrEqual(0);
    }
  });
});
