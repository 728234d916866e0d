/**
 * npm run render-examples: renders examples/reports/<state>.md (regenerated from the example results), then each
 * to HTML with a GFM renderer (marked) and to PNG in headless Chromium, with Mermaid loaded from node_modules (a
 * local file, never a CDN). Output: build/report-examples/<state>.html and .png. Needs Debian's `chromium`.
 *
 *   npm run render-examples                 # all states
 *   npm run render-examples -- fail pass    # some
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Marked } from 'marked';
import { renderReport } from '../src/domain/report/render.js';
import { EXAMPLES_DIR, exampleInput, REPO_ROOT, STATES, type State } from '../test/unit/report/fixtures/examples.js';

const OUT = path.join(REPO_ROOT, 'build', 'report-examples');
const WIDTH = 1012; // GitHub's comment column is about this wide.
const MAX_HEIGHT = 16_000;

const CSS = `
body { margin: 0; background: #fff; }
.comment { box-sizing: border-box; width: ${WIDTH}px; padding: 16px 24px; border: 1px solid #d0d7de; border-radius: 6px;
  font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; color: #1f2328; }
h4 { font-size: 16px; margin: 24px 0 12px; font-weight: 600; }
p { margin: 0 0 12px; }
table { border-collapse: collapse; margin: 0 0 16px; display: block; max-width: 100%; overflow: auto; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #d0d7de; padding: 6px 13px; }
th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: rgba(175,184,193,.2); padding: .2em .4em; border-radius: 6px; }
sub { font-size: 85%; color: #59636e; }
details { margin: 0 0 16px; } summary { cursor: pointer; }
blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: .25em solid #d0d7de; }
blockquote.note { border-left-color: #0969da; color: #1f2328; } blockquote.note .title { color: #0969da; font-weight: 600; }
pre.mermaid { background: none; margin: 0 0 16px; }
a { color: #0969da; text-decoration: none; }
`;

function toHtml(markdown: string, title: string): string {
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      code({ text, lang }) {
        if (lang === 'mermaid') return `<pre class="mermaid">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>\n`;
        return false;
      },
    },
  });
  let body = marked.parse(markdown) as string;
  // GitHub renders `> [!NOTE]` as an alert.
  body = body.replace(/<blockquote>\s*<p>\[!NOTE\]\s*/g, '<blockquote class="note"><p><span class="title">ⓘ Note</span><br>');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${CSS}</style>
<script src="mermaid.min.js"></script></head>
<body><div class="comment">${body}</div>
<script>
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'default' });
let failed = '';
mermaid.run({ querySelector: 'pre.mermaid' }).catch((e) => { failed = String(e); })
  .finally(() => { document.title = failed ? 'error=' + failed : 'height=' + Math.ceil(document.querySelector('.comment').getBoundingClientRect().height + 2); });
</script></body></html>`;
}

function chromium(args: string[]): string {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'mlgate-chromium-'));
  try {
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars', `--user-data-dir=${profile}`, '--virtual-time-budget=15000', '--allow-file-access-from-files'];
    const r = spawnSync('chromium', [...flags, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    if (r.error) throw new Error(`chromium failed to start (${r.error.message}); install it with: apt-get install -y chromium`);
    return r.stdout;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  try {
    execFileSync('chromium', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('chromium is not installed: apt-get install -y chromium');
  }
  const wanted = process.argv.slice(2);
  const states = (wanted.length ? wanted : STATES) as State[];
  mkdirSync(OUT, { recursive: true });
  copyFileSync(path.join(REPO_ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'), path.join(OUT, 'mermaid.min.js'));
  for (const state of states) {
    if (!STATES.includes(state)) throw new Error(`unknown state '${state}'; expected one of ${STATES.join(', ')}`);
    const report = renderReport(await exampleInput(state));
    writeFileSync(path.join(EXAMPLES_DIR, `${state}.md`), report.markdown);
    const html = path.join(OUT, `${state}.html`);
    writeFileSync(html, toHtml(report.markdown, state));
    const dom = chromium(['--dump-dom', `file://${html}`]);
    const failed = /<title>error=([^<]*)<\/title>/.exec(dom)?.[1];
    if (failed !== undefined) throw new Error(`${state}: Mermaid failed to render: ${failed}`);
    if (!/<title>height=/.test(dom)) throw new Error(`${state}: the page did not finish rendering in Chromium`);
    const fullHeight = Number(/<title>height=(\d+)<\/title>/.exec(dom)?.[1] ?? 3000);
    const height = Math.min(MAX_HEIGHT, fullHeight);
    const png = path.join(OUT, `${state}.png`);
    chromium([`--screenshot=${png}`, `--window-size=${WIDTH},${height}`, `file://${html}`]);
    console.log(`${state}: ${report.markdown.length} chars → ${path.relative(REPO_ROOT, html)}, ${path.relative(REPO_ROOT, png)} (${WIDTH}×${height}${fullHeight > height ? `, cut from ${fullHeight}px` : ''})`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
