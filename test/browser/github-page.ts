/**
 * A report as GitHub shows it in a pull-request comment: Markdown → HTML by Debian's cmark-gfm (the renderer GitHub
 * forked; GFM extensions, raw HTML kept as GitHub's sanitiser keeps our tags), styled by `github-markdown-css`, Mermaid
 * blocks rendered by the `mermaid` package, in a 780 px comment column.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The comment column: GitHub's comment body is about this wide on a desktop pull-request page. */
export const COLUMN = 780;
/** GitHub's comment body padding (`.comment-body { padding: 16px }`). */
export const PADDING = 16;

/** Tags GitHub's sanitiser keeps (a subset of html-pipeline's allowlist, enough to notice anything else). */
export const ALLOWED_TAGS = new Set(['a', 'blockquote', 'br', 'code', 'details', 'div', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'ol', 'p', 'pre', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul', 'del', 'img', 'span', 'input']);

export function markdownToHtml(markdown: string): string {
  return execFileSync('cmark-gfm', ['--unsafe', '--github-pre-lang', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter', '-e', 'tasklist'], { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** GitHub's own rewrites of the HTML: alerts (`> [!NOTE]`) and Mermaid code blocks. */
function githubRewrites(html: string): string {
  return html
    .replace(/<blockquote>\s*<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/g, (_, kind: string) => `<blockquote class="markdown-alert markdown-alert-${kind.toLowerCase()}"><p class="markdown-alert-title">${kind[0]}${kind.slice(1).toLowerCase()}</p><p>`)
    .replace(/<pre lang="mermaid"><code>([\s\S]*?)<\/code><\/pre>/g, '<pre class="mermaid">$1</pre>');
}

export function pageHtml(markdown: string): string {
  const css = readFileSync(require.resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
  const body = githubRewrites(markdownToHtml(markdown));
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}
body { margin: 0; background: #fff; }
.comment { box-sizing: border-box; width: ${COLUMN}px; padding: ${PADDING}px; border: 1px solid #d0d7de; border-radius: 6px; }
.markdown-body { font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
</style></head><body><div class="comment"><div class="markdown-body">${body}</div></div></body></html>`;
}

export function mermaidScript(): string {
  return readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8');
}
