/**
 * The example reports as a reviewer sees them: rendered like GitHub renders a PR comment (see github-page.ts) in
 * headless Chromium, then measured. Screenshots go to examples/reports/<name>.png. Needs Debian's `chromium` and
 * `cmark-gfm` (.ci/install-system-deps.sh); run with `npm run test:browser`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_EXAMPLES, EXAMPLES_DIR, exampleMarkdown, type Example } from '../unit/report/fixtures/examples.js';
import { ALLOWED_TAGS, COLUMN, mermaidScript, pageHtml, PADDING } from './github-page.js';

// The few playwright-core calls used, typed here so the type check does not need the package installed.
interface Page {
  goto(url: string): Promise<unknown>;
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  addScriptTag(options: { content: string }): Promise<unknown>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  screenshot(options: { path: string; fullPage?: boolean; clip: { x: number; y: number; width: number; height: number } }): Promise<unknown>;
  close(): Promise<void>;
}
interface Browser {
  newPage(options: { viewport: { width: number; height: number }; deviceScaleFactor: number }): Promise<Page>;
  close(): Promise<void>;
}
const require = createRequire(import.meta.url);

/** One screen: what a reviewer sees without scrolling. */
const SCREEN = 1000;
/** Screenshots stop here (the rest of a long report adds nothing to look at but bytes). */
const SHOT_MAX = 3000;

interface Measured {
  height: number;
  gateTableBottom?: number;
  tables: { width: number; scrollWidth: number; clientWidth: number; right: number }[];
  cutCells: string[];
  jsonText: string[];
  tags: string[];
  mermaidBlocks: number;
  mermaidSvgs: number;
  mermaidErrors: string[];
  driftRows: string[];
  driftFold: string;
}

let browser: Browser;
let profile: string;

beforeAll(async () => {
  const { chromium } = require('playwright-core') as { chromium: { launch(options: { executablePath: string; args: string[] }): Promise<Browser> } };
  profile = mkdtempSync(path.join(os.tmpdir(), 'mlgate-chromium-'));
  execFileSync('cmark-gfm', ['--version']);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'],
  });
});

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function render(name: Example): Promise<{ first: Measured; open: Measured }> {
  const markdown = await exampleMarkdown(name);
  const file = path.join(profile, `${name}.html`);
  writeFileSync(file, pageHtml(markdown));
  const page = await browser.newPage({ viewport: { width: COLUMN + 20, height: SCREEN }, deviceScaleFactor: 1 });
  try {
    await page.goto(`file://${file}`);
    const measure = (): Promise<Measured> =>
      page.evaluate(() => {
        const body = document.querySelector('.markdown-body')!;
        const top = body.getBoundingClientRect().top;
        const tables = [...body.querySelectorAll('table')].filter((t) => t.getClientRects().length > 0);
        const firstModel = [...body.querySelectorAll('h4')].find((h) => h.textContent?.startsWith('Model'));
        let gateTable: Element | null | undefined = firstModel?.nextElementSibling;
        while (gateTable && gateTable.tagName !== 'TABLE' && gateTable.tagName !== 'H4') gateTable = gateTable.nextElementSibling;
        const visibleCells = [...body.querySelectorAll('td, th')].filter((c) => c.getClientRects().length > 0);
        const drift = [...body.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Drift against the reference'));
        let driftTable: Element | null | undefined = drift?.nextElementSibling;
        const driftRows = driftTable?.tagName === 'TABLE' ? [...driftTable.querySelectorAll('tbody tr')].map((r) => r.textContent ?? '') : [];
        // The fold of the columns that did not drift (the drifted columns' charts fold just before it).
        const isChartFold = (e: Element): boolean => e.tagName === 'DETAILS' && (e.querySelector('summary')?.textContent ?? '').startsWith('How the');
        while (driftTable && (driftTable.tagName !== 'DETAILS' || isChartFold(driftTable)) && driftTable.tagName !== 'H4') driftTable = driftTable.nextElementSibling;
        return {
          height: Math.ceil(body.getBoundingClientRect().height),
          ...(gateTable?.tagName === 'TABLE' ? { gateTableBottom: Math.ceil(gateTable.getBoundingClientRect().bottom - top) } : {}),
          tables: tables.map((t) => ({ width: Math.ceil(t.getBoundingClientRect().width), scrollWidth: t.scrollWidth, clientWidth: t.clientWidth, right: t.getBoundingClientRect().right })),
          cutCells: visibleCells.map((c) => (c as HTMLElement).innerText).filter((t) => /[\p{L}\p{N}]…/u.test(t)),
          jsonText: (body as HTMLElement).innerText.split('\n').filter((l) => /\{"|":\s*[[{"\d]|\[\{/.test(l)),
          tags: [...new Set([...body.querySelectorAll('*')].filter((e) => !e.closest('svg, pre.mermaid')).map((e) => e.tagName.toLowerCase()))],
          mermaidBlocks: body.querySelectorAll('pre.mermaid').length,
          mermaidSvgs: body.querySelectorAll('pre.mermaid svg').length,
          mermaidErrors: [...body.querySelectorAll('pre.mermaid')].filter((p) => p.querySelector('svg[aria-roledescription="error"], .error-icon, .error-text') !== null).map((p) => p.textContent ?? ''),
          driftRows,
          driftFold: driftTable?.tagName === 'DETAILS' ? (driftTable.querySelector('summary')?.textContent ?? '') : '',
        };
      });
    const first = await measure();
    // A reviewer opens every fold; Mermaid renders once it is visible (as GitHub's iframe does).
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    await page.addScriptTag({ content: mermaidScript() });
    await page.evaluate(async () => {
      const m = (window as unknown as { mermaid: { initialize(o: object): void; run(o: object): Promise<void> } }).mermaid;
      m.initialize({ startOnLoad: false, securityLevel: 'strict' });
      await m.run({ querySelector: 'pre.mermaid' });
    });
    const open = await measure();
    // The drifted columns' charts, opened: stored beside the first view so a reader sees how they look.
    const chartFold = await page.evaluate(() => {
      const fold = [...document.querySelectorAll('details')].find((d) => (d.querySelector('summary')?.textContent ?? '').startsWith('How the'));
      if (!fold) return undefined;
      const r = fold.getBoundingClientRect();
      return { y: Math.floor(r.top + window.scrollY), height: Math.ceil(r.height), charts: fold.querySelectorAll('pre.mermaid').length, svgs: fold.querySelectorAll('pre.mermaid svg').length, widest: Math.max(0, ...[...fold.querySelectorAll('pre.mermaid svg')].map((g) => Math.ceil(g.getBoundingClientRect().right))) };
    });
    if (chartFold) {
      expect(chartFold.svgs, `${name}: every drift chart renders`).toBe(chartFold.charts);
      expect(chartFold.widest, `${name}: a drift chart wider than the column`).toBeLessThanOrEqual(COLUMN);
      await page.screenshot({ path: path.join(EXAMPLES_DIR, `${name}-drift-charts.png`), fullPage: true, clip: { x: 0, y: chartFold.y, width: COLUMN, height: Math.min(SHOT_MAX, chartFold.height) } });
    }
    // The screenshot is what a reviewer sees first (folds closed); the open page is measured, not stored.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.removeAttribute('open')));
    const shotHeight = Math.min(SHOT_MAX, first.height + 2 * PADDING + 2);
    await page.setViewportSize({ width: COLUMN + 2, height: shotHeight });
    await page.screenshot({ path: path.join(EXAMPLES_DIR, `${name}.png`), clip: { x: 0, y: 0, width: COLUMN, height: shotHeight } });
    return { first, open };
  } finally {
    await page.close();
  }
}

const results = new Map<Example, { first: Measured; open: Measured }>();

describe('the example reports in a 780 px GitHub comment column', () => {
  for (const name of ALL_EXAMPLES) {
    it(name, async () => {
      const r = await render(name);
      results.set(name, r);
      for (const m of [r.first, r.open]) {
        for (const t of m.tables) {
          expect(t.scrollWidth, `${name}: a table scrolls sideways (${t.scrollWidth} px in ${t.clientWidth} px)`).toBeLessThanOrEqual(t.clientWidth);
          expect(t.right).toBeLessThanOrEqual(COLUMN);
        }
        expect(m.cutCells, `${name}: cells cut mid-word`).toEqual([]);
        expect(m.jsonText, `${name}: JSON on the page`).toEqual([]);
        expect(m.tags.filter((t) => !ALLOWED_TAGS.has(t)), `${name}: tags GitHub would strip`).toEqual([]);
      }
      expect(r.open.mermaidSvgs, `${name}: every Mermaid block renders`).toBe(r.open.mermaidBlocks);
      expect(r.open.mermaidErrors).toEqual([]);
      console.log(`${name}: first view ${r.first.height} px high${r.first.gateTableBottom !== undefined ? ` (gate table ends at ${r.first.gateTableBottom} px)` : ''}, all folds open ${r.open.height} px; widest table ${Math.max(0, ...r.open.tables.map((t) => t.width))} px; ${r.open.mermaidSvgs} charts`);
    });
  }

  it('fail (6 gates, 6 failed data checks, 33 drift columns): the gate table ends within one screen; drift lists the drifted columns and folds the rest into one line', () => {
    const fail = results.get('fail');
    expect(fail, 'the fail example rendered').toBeDefined();
    expect(fail!.first.gateTableBottom).toBeDefined();
    expect(fail!.first.gateTableBottom!).toBeLessThanOrEqual(SCREEN);
    expect(fail!.first.driftRows.map((r) => r.trim().split(/\s/)[0])).toEqual(['monthly_charges', 'age']);
    expect(fail!.first.driftFold).toBe('31 other columns did not drift');
  });
});
