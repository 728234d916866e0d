import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SUMMARY_LIMIT_BYTES } from '../adapters/actions/summary.js';
import { createCommentSink } from '../adapters/github/comments.js';
import { httpStatus } from '../adapters/github/identity.js';
import { runUrl } from '../adapters/github-context.js';
import { createOctokit } from '../adapters/github/octokit.js';
import type { Config } from '../domain/config/schema.js';
import { inputError, usageError } from '../domain/errors.js';
import { commentKey, renderReport, type RenderedReport, type ReportInput } from '../domain/report/index.js';
import { pullMatches, targetFromEvent, type Target } from '../domain/report/target.js';
import type { ComparisonResult, Verdict } from '../domain/results.js';
import { readResults, type Results } from '../io/files/results-dir.js';
import type { CommentOutcome, CommentSink, Log } from '../ports.js';
import { VERSION } from '../version.js';
import { loadConfig, optionLabel, stringOption } from './invocation.js';
import { commentOption, configOption, jsonOption, modelOption, Opt, tokenOption } from './options.js';
import type { Command, CommandContext, CommandResult, GitHubContext, Invocation } from './types.js';

export type CommentChoice = 'auto' | 'true' | 'false' | 'recreate';
const COMMENT_CHOICES: readonly CommentChoice[] = ['auto', 'true', 'false', 'recreate'];
export const DEFAULT_REPORT_PATH = '.mlgate/report.md';
export const DEFAULT_ARTIFACT = 'mlgate-results';

export const READ_ONLY_FIX =
  'The report is in the job summary. To comment on pull requests from forks, upload the results in the pull_request workflow and post them from a workflow_run workflow (the reusable .github/workflows/mlgate-pr-comment.yml or actions/pr-comment), or give this job `permissions: pull-requests: write` for branches of this repository.';

export function parseCommentChoice(value: string | undefined, label: string): CommentChoice {
  const v = (value ?? 'auto').toLowerCase();
  if ((COMMENT_CHOICES as readonly string[]).includes(v)) return v as CommentChoice;
  throw usageError(`${label} is '${value ?? ''}'; expected one of ${COMMENT_CHOICES.join(', ')}`);
}

export interface PublishRequest {
  input: ReportInput;
  comment: CommentChoice;
  /** Config `report.mode`; `comment: recreate` overrides it. */
  mode?: 'update' | 'recreate';
  /** The PR to comment on (already verified); undefined when there is none. */
  issueNumber?: number;
  /** Undefined when there is no token: then nothing is posted. */
  sink?: CommentSink;
  log: Log;
  /** Also write the full (unshortened) report here. */
  reportPath?: string;
}

export interface Published {
  /** The comment-sized report (≤ 65,536 characters). */
  comment: RenderedReport;
  /** The job-summary report (≤ 1 MiB). */
  summary: string;
  /** The full report (report-path). */
  full: string;
  outcome: CommentOutcome;
}

/** The summary-sized report: as much as fits in the 1 MiB job summary (measured in UTF-8 bytes). */
export function renderForSummary(input: ReportInput): string {
  let maxChars = SUMMARY_LIMIT_BYTES - 4096;
  for (;;) {
    const md = renderReport(input, { maxChars }).markdown;
    const bytes = Buffer.byteLength(md);
    if (bytes <= SUMMARY_LIMIT_BYTES - 4096 || maxChars < 10_000) return md;
    maxChars = Math.floor(maxChars * ((SUMMARY_LIMIT_BYTES - 4096) / bytes) * 0.95);
  }
}

/** Renders one report three ways (comment, summary, file) and posts or updates the sticky comment. */
export async function publishReport(request: PublishRequest): Promise<Published> {
  const comment = renderReport(request.input);
  const full = renderReport(request.input, { maxChars: Infinity }).markdown;
  const summary = renderForSummary(request.input);
  if (request.reportPath) {
    await mkdir(path.dirname(request.reportPath), { recursive: true });
    await writeFile(request.reportPath, full, 'utf8');
  }
  let outcome: CommentOutcome;
  if (request.comment === 'false') outcome = { kind: 'skipped', reason: 'comment is false' };
  else if (request.issueNumber === undefined) outcome = { kind: 'skipped', reason: 'there is no pull request to comment on' };
  else if (!request.sink) outcome = { kind: 'skipped', reason: 'there is no GitHub token' };
  else {
    const mode = request.comment === 'recreate' ? 'recreate' : (request.mode ?? 'update');
    outcome = await request.sink.upsert({ issueNumber: request.issueNumber, key: request.input.key, body: comment.markdown, mode });
  }
  return { comment, summary, full, outcome };
}

async function optionalConfig(invocation: Invocation, context: CommandContext): Promise<Config | undefined> {
  const given = stringOption(invocation, Opt.Config);
  if (given !== undefined && given !== configOption.default) return (await loadConfig(invocation, context)).config;
  try {
    await readFile(path.resolve(context.cwd, configOption.default ?? 'mlgate.yml'));
  } catch {
    return undefined; // The fork-safe comment job need not check out the repository.
  }
  return (await loadConfig(invocation, context)).config;
}

async function readEvent(github: GitHubContext): Promise<unknown> {
  if (!github.eventPath) return undefined;
  try {
    return JSON.parse(await readFile(github.eventPath, 'utf8')) as unknown;
  } catch (error) {
    throw inputError(`cannot read the event payload (GITHUB_EVENT_PATH): ${error instanceof Error ? error.message : String(error)}`, { file: github.eventPath }, error);
  }
}

/** The PR to comment on: from the event, or (workflow_run) from the untrusted results after checking them. */
async function resolveTarget(context: CommandContext, results: Results): Promise<Target> {
  const target = targetFromEvent(context.github.eventName, await readEvent(context.github), results.meta);
  if (target.kind !== 'check-pull') return target;
  const { github } = context;
  if (!github.token || !github.repository) return { kind: 'rejected', reason: `cannot look up PR #${target.number} without a token and repository` };
  try {
    const octokit = createOctokit({ token: github.token, apiUrl: github.apiUrl, log: context.log });
    const { data } = await octokit.rest.pulls.get({ ...github.repository, pull_number: target.number });
    return pullMatches(target, { headSha: data.head.sha, headRepository: data.head.repo?.full_name ?? null });
  } catch (error) {
    return { kind: 'rejected', reason: `PR #${target.number} could not be looked up (HTTP ${httpStatus(error) ?? '?'})` };
  }
}

function worst(verdicts: readonly Verdict[]): Verdict {
  return verdicts.includes('fail') ? 'fail' : verdicts.includes('warn') ? 'warn' : 'pass';
}

function describeOutcome(outcome: CommentOutcome, issue: number | undefined): string {
  switch (outcome.kind) {
    case 'created':
      return `Posted the report on #${issue ?? '?'}: ${outcome.url}`;
    case 'updated':
      return `Updated the report on #${issue ?? '?'}: ${outcome.url}`;
    case 'recreated':
      return `Re-posted the report on #${issue ?? '?'}: ${outcome.url}`;
    case 'unchanged':
      return `The report on #${issue ?? '?'} is already up to date: ${outcome.url}`;
    case 'read-only':
      return `Could not comment: ${outcome.reason}.`;
    case 'skipped':
      return `No comment: ${outcome.reason}.`;
  }
}

export const reportCommand: Command = {
  spec: {
    name: 'report',
    summary: 'Render the Markdown report; post or update the PR comment; write the job summary.',
    options: [
      configOption,
      jsonOption,
      modelOption,
      { name: Opt.Results, type: 'string', description: 'Results to report: a results directory (e.g. a downloaded results artifact; see docs/results-format.md) or a JSON file written by validate/compare/check --json.' },
      { name: Opt.Out, type: 'string', default: DEFAULT_REPORT_PATH, description: 'Where to write the full Markdown report.' },
      commentOption,
      tokenOption,
    ],
    outputs: [
      { name: 'verdict', description: 'pass, warn or fail: the verdict of the reported results.' },
      { name: 'report-path', description: 'Path of the rendered Markdown report.' },
      { name: 'comment-id', description: 'Id of the sticky comment, when one was posted.' },
      { name: 'comment-url', description: 'URL of the sticky comment, when one was posted.' },
    ],
    stepAction: true,
  },
  async run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    const resultsPath = stringOption(invocation, Opt.Results);
    if (resultsPath === undefined) throw usageError(`missing ${optionLabel(invocation, Opt.Results)}: name the results directory or the JSON written by validate/compare --json`);
    const comment = parseCommentChoice(stringOption(invocation, Opt.Comment), optionLabel(invocation, Opt.Comment));
    const config = await optionalConfig(invocation, context);
    const results = await readResults(path.resolve(context.cwd, resultsPath));
    const model = stringOption(invocation, Opt.Model);
    let comparisons: (ComparisonResult | undefined)[] = results.comparisons.filter((c) => model === undefined || c.model === model);
    if (model !== undefined && comparisons.length === 0) {
      throw usageError(`${optionLabel(invocation, Opt.Model)} is '${model}', but the results hold ${results.comparisons.map((c) => `'${c.model}'`).join(', ') || 'no comparisons'}`);
    }
    if (comparisons.length === 0) comparisons = [undefined];

    const target = comment === 'false' ? ({ kind: 'none', reason: 'comment is false' } as const) : await resolveTarget(context, results);
    if (target.kind === 'rejected') context.log.warning(`Not commenting: ${target.reason}.`);
    else if (target.kind === 'none' && (comment === 'true' || comment === 'recreate')) context.log.warning(`Not commenting: ${target.reason}.`);
    const issueNumber = target.kind === 'pr' ? target.number : undefined;
    const sink = context.github.token && context.github.repository ? createCommentSink({ github: context.github, log: context.log }) : undefined;
    // The run that produced the results: the triggering run on workflow_run (verified), else this one.
    const url = runUrl(context.github, target.kind === 'pr' && target.via === 'workflow_run' ? target.runId : (context.github.runId ?? results.meta?.run_id));
    const workflow = results.meta?.workflow ?? context.github.workflow;
    const outPath = path.resolve(context.cwd, stringOption(invocation, Opt.Out) ?? DEFAULT_REPORT_PATH);

    const lines: string[] = [];
    const summaries: string[] = [];
    let first: CommentOutcome | undefined;
    let warnedReadOnly = false;
    for (const [i, c] of comparisons.entries()) {
      const modelConfig = config?.models.find((m) => m.name === c?.model);
      const input: ReportInput = {
        key: commentKey({ workflow, model: c?.model ?? 'data', override: config?.report?.comment_key ?? results.meta?.comment_key }) + (config?.report?.comment_key && comparisons.length > 1 && c ? `/${c.model}` : ''),
        validation: results.validation,
        comparisons: c ? [c] : [],
        history: results.history,
        headline: c && modelConfig?.headline ? { [c.model]: modelConfig.headline } : undefined,
        links: { runUrl: url, artifactsUrl: url ? `${url}#artifacts` : undefined, artifactName: DEFAULT_ARTIFACT },
        sha: target.kind === 'pr' ? target.headSha : (results.meta?.head_sha ?? context.github.sha),
        version: VERSION,
        maxExamples: config?.report?.max_examples,
      };
      const reportPath = comparisons.length > 1 && c ? outPath.replace(/(\.md)?$/, `.${c.model.replace(/[^A-Za-z0-9_.-]+/g, '_')}.md`) : outPath;
      const published = await publishReport({ input, comment, mode: config?.report?.mode, issueNumber, sink, log: context.log, reportPath });
      if (i === 0) first = published.outcome;
      summaries.push(published.summary);
      lines.push(`${c ? `${c.model}: ` : ''}${published.comment.verdict} — report written to ${path.relative(context.cwd, reportPath) || reportPath}`);
      lines.push(describeOutcome(published.outcome, issueNumber));
      if (published.outcome.kind === 'skipped' && issueNumber !== undefined && comment !== 'false' && comment !== 'auto' && !warnedReadOnly) {
        warnedReadOnly = true;
        context.log.warning(`Not commenting on PR #${issueNumber}: ${published.outcome.reason}; set input github-token (GITHUB_TOKEN for the CLI).`);
      }
      if (published.outcome.kind === 'read-only' && !warnedReadOnly) {
        warnedReadOnly = true;
        context.log.warning(`mlgate could not comment on PR #${issueNumber ?? '?'}: ${published.outcome.reason}. ${READ_ONLY_FIX}`);
      }
    }
    const verdict = worst([...(results.validation ? [results.validation.verdict] : []), ...results.comparisons.map((c) => c.verdict)]);
    const outputs: Record<string, string> = { verdict, 'report-path': outPath };
    if (first && 'id' in first) {
      outputs['comment-id'] = String(first.id);
      outputs['comment-url'] = first.url;
    }
    return {
      exitCode: 0,
      text: lines.join('\n'),
      markdown: summaries.join('\n\n---\n\n'),
      outputs,
      json: { verdict, report_path: outPath, comment: first ?? null, target },
    };
  },
};
