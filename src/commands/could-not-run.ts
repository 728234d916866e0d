/**
 * When `check` or `report` ends with an error (exit 2: bad data, a config error) inside Actions, the sticky comment
 * and the job summary are replaced by a short "could not run" message with the error and the fix, so a reviewer never
 * reads the previous push's verdict as current. Best effort: a failure here is logged and never hides the error.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createCommentSink } from '../adapters/github/comments.js';
import type { MlgateError } from '../domain/errors.js';
import { commentKey, renderErrorReport } from '../domain/report/index.js';
import { targetFromEvent } from '../domain/report/target.js';
import { VERSION } from '../version.js';
import { Opt } from './options.js';
import type { CommandContext, GitHubContext, Invocation } from './types.js';

/** The commands that own a sticky comment. */
export const COMMENTING_COMMANDS: ReadonlySet<string> = new Set(['check', 'report']);

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const option = (inv: Invocation, name: string): string | undefined => {
  const v = inv.options[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

async function readLeniently(file: string, parse: (text: string) => unknown): Promise<Obj | undefined> {
  try {
    return obj(parse(await readFile(file, 'utf8')));
  } catch {
    return undefined;
  }
}

/** `report --results <dir>`: the models of the results (file names of comparisons/*.json) and meta.json's key parts. */
async function resultsHints(invocation: Invocation, context: CommandContext): Promise<{ models: string[]; meta?: Obj }> {
  const dir = option(invocation, Opt.Results);
  if (dir === undefined) return { models: [] };
  const root = path.resolve(context.cwd, dir);
  let models: string[] = [];
  try {
    models = (await readdir(path.join(root, 'comparisons'))).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  } catch {
    models = [];
  }
  return { models, meta: await readLeniently(path.join(root, 'meta.json'), (t) => JSON.parse(t) as unknown) };
}

/**
 * The keys of the comments a successful run would have written, read leniently: from the config (which may be the
 * very thing that failed validation) and, for `report`, from the results directory (which may hold the bad file).
 */
export async function stickyKeys(invocation: Invocation, context: CommandContext): Promise<string[]> {
  const config = await readLeniently(path.resolve(context.cwd, option(invocation, Opt.Config) ?? 'mlgate.yml'), (t) => parseYaml(t) as unknown);
  const hints = await resultsHints(invocation, context);
  const override = obj(config?.report)?.comment_key ?? hints.meta?.comment_key;
  const overrideKey = typeof override === 'string' ? override : undefined;
  const named = option(invocation, Opt.Model);
  const configured = Array.isArray(config?.models) ? config.models.map((m) => obj(m)?.name).filter((n): n is string => typeof n === 'string') : [];
  const models = configured.length > 0 ? configured : hints.models;
  const chosen = named !== undefined ? [named] : models.length > 0 ? models : ['data'];
  const metaWorkflow = hints.meta?.workflow;
  const workflow = typeof metaWorkflow === 'string' ? metaWorkflow : context.github.workflow;
  return [...new Set(chosen.map((model) => commentKey({ workflow, model, override: overrideKey }) + (overrideKey && chosen.length > 1 ? `/${model}` : '')))];
}

function runUrl(github: GitHubContext): string | undefined {
  if (!github.repository || github.runId === undefined) return undefined;
  return `${github.serverUrl}/${github.repository.owner}/${github.repository.repo}/actions/runs/${github.runId}`;
}

async function pullRequestNumber(github: GitHubContext): Promise<number | undefined> {
  if (!github.eventPath) return undefined;
  try {
    const target = targetFromEvent(github.eventName, JSON.parse(await readFile(github.eventPath, 'utf8')) as unknown, undefined);
    return target.kind === 'pr' ? target.number : undefined;
  } catch {
    return undefined;
  }
}

export async function publishCouldNotRun(command: string, invocation: Invocation, context: CommandContext, error: MlgateError): Promise<void> {
  if (!COMMENTING_COMMANDS.has(command) || !context.inActions) return;
  try {
    const keys = await stickyKeys(invocation, context);
    const url = runUrl(context.github);
    const body = (key: string): string =>
      renderErrorReport({
        key,
        command,
        kind: error.kind,
        message: error.oneLine(),
        details: error.details,
        links: { runUrl: url, artifactsUrl: url ? `${url}#artifacts` : undefined },
        sha: context.github.sha,
        version: VERSION,
      });
    if (context.summary.available) await context.summary.write(body(keys[0] ?? 'data'));
    if ((option(invocation, Opt.Comment) ?? 'auto').toLowerCase() === 'false') return;
    const issueNumber = await pullRequestNumber(context.github);
    if (issueNumber === undefined || !context.github.token || !context.github.repository) return;
    const sink = createCommentSink({ github: context.github, log: context.log });
    for (const key of keys) {
      const outcome = await sink.upsert({ issueNumber, key, body: body(key), mode: 'update' });
      if ('url' in outcome) context.log.info(`Replaced the report on #${issueNumber} with the error: ${outcome.url}`);
      else context.log.warning(`Could not replace the report on #${issueNumber} with the error: ${outcome.reason}.`);
    }
  } catch (failure) {
    context.log.warning(`Could not post the "could not run" report: ${failure instanceof Error ? failure.message : String(failure)}`);
  }
}
