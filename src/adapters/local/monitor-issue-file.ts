import path from 'node:path';
import { inputError } from '../../domain/errors.js';
import { marker } from '../../domain/report/marker.js';
import type { MonitorIssue, MonitorIssues } from '../../ports.js';
import { keyFileName, readIfExists, writeWhole } from './monitor-files.js';

const STATE_PREFIX = '<!-- mlgate-issue-state: ';
const COMMENTS_LINE = '<!-- mlgate-issue-comments -->';

interface IssueFile {
  state: 'open' | 'closed';
  title: string;
  body: string;
  comments: string;
}

/**
 * The sticky issue as a Markdown file `.mlgate/monitor/<key>.issue.md`: the marker, its state, `# title`, the body,
 * then the comments (each appended, never rewritten). One file per key, numbered 1.
 */
export class MonitorIssueFile implements MonitorIssues {
  readonly kind = 'local' as const;
  constructor(private readonly dir: string, private readonly now: () => Date = () => new Date()) {}

  fileFor(key: string): string {
    return path.join(this.dir, keyFileName(key, '.issue.md'));
  }

  async find(key: string): Promise<MonitorIssue | undefined> {
    const file = this.fileFor(key);
    const content = await readIfExists(file);
    if (content === undefined) return undefined;
    const parsed = this.parse(content, marker(key), file);
    return this.issue(key, parsed);
  }

  async create(key: string, content: { title: string; body: string }): Promise<MonitorIssue> {
    const file: IssueFile = { state: 'open', title: content.title, body: content.body, comments: '' };
    await this.save(key, file);
    return this.issue(key, file);
  }

  async update(key: string, _issue: MonitorIssue, content: { title: string; body: string; state: 'open' | 'closed' }): Promise<MonitorIssue> {
    const current = await readIfExists(this.fileFor(key));
    const comments = current === undefined ? '' : this.parse(current, marker(key), this.fileFor(key)).comments;
    const file: IssueFile = { state: content.state, title: content.title, body: content.body, comments };
    await this.save(key, file);
    return this.issue(key, file);
  }

  async comment(issue: MonitorIssue, body: string): Promise<void> {
    const current = await readIfExists(issue.url);
    if (current === undefined) throw inputError('the issue file to comment on is gone', { file: issue.url });
    const first = current.split('\n', 1)[0] ?? '';
    if (!/^<!-- mlgate:[^>]* -->$/.test(first)) throw inputError(`not mlgate's issue file: the first line is ${JSON.stringify(first.slice(0, 80))}`, { file: issue.url, line: 1 });
    const parsed = this.parse(current, first, issue.url);
    parsed.comments += `\n**${this.now().toISOString()}**: ${body.trim()}\n`;
    await writeWhole(issue.url, this.render(first, parsed));
  }

  private issue(key: string, file: IssueFile): MonitorIssue {
    return { number: 1, state: file.state, title: file.title, body: file.body, url: this.fileFor(key) };
  }

  /** `expectedMarker`: the first line the file must have. */
  private parse(content: string, expectedMarker: string, file: string): IssueFile {
    const lines = content.split('\n');
    if (lines[0] !== expectedMarker) throw inputError(`not this issue's file: the first line is ${JSON.stringify((lines[0] ?? '').slice(0, 80))}; expected ${expectedMarker}`, { file, line: 1 });
    const stateLine = lines[1] ?? '';
    const state = stateLine === `${STATE_PREFIX}open -->` ? 'open' : stateLine === `${STATE_PREFIX}closed -->` ? 'closed' : undefined;
    if (!state) throw inputError(`line 2 is ${JSON.stringify(stateLine.slice(0, 80))}; expected ${STATE_PREFIX}open --> or ${STATE_PREFIX}closed -->`, { file, line: 2 });
    const titleLine = lines[2] ?? '';
    if (!titleLine.startsWith('# ')) throw inputError(`line 3 is ${JSON.stringify(titleLine.slice(0, 80))}; expected '# <title>'`, { file, line: 3 });
    const rest = lines.slice(4).join('\n');
    const at = rest.indexOf(`\n${COMMENTS_LINE}\n`);
    const body = at < 0 ? rest : rest.slice(0, at);
    const comments = at < 0 ? '' : rest.slice(at + COMMENTS_LINE.length + 2);
    return { state, title: titleLine.slice(2), body: body.replace(/\n$/, ''), comments };
  }

  private save(key: string, file: IssueFile): Promise<void> {
    return writeWhole(this.fileFor(key), this.render(marker(key), file));
  }

  private render(firstLine: string, file: IssueFile): string {
    const text = [firstLine, `${STATE_PREFIX}${file.state} -->`, `# ${file.title.replace(/\s+/g, ' ')}`, '', file.body.replace(/\n$/, ''), '', COMMENTS_LINE, file.comments].join('\n');
    return text.endsWith('\n') ? text : `${text}\n`;
  }
}
