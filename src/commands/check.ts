import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { emitAnnotations } from '../adapters/actions/annotations.js';
import { loadReleases } from '../adapters/release-store.js';
import type { ReleasePayload } from '../domain/release/payload.js';
import type { ComparisonResult, ValidationResult, Verdict } from '../domain/results.js';
import { failedErrorChecks, validationText } from '../domain/validation/verdict.js';
import { writeResultsDir, type ResultsMeta } from '../io/files/results-dir.js';
import { usageError } from '../domain/errors.js';
import type { Log, ReleaseStore } from '../ports.js';
import { compareDeps, compareText, gateFailureLine, runCompare } from './compare.js';
import { lazyDriftHook } from './drift-hook.js';
import { lazyProductionDataHook } from './data-vs-production-hook.js';
import { loadConfig, optionLabel, selectModel, stringOption } from './invocation.js';
import { commentOption, configOption, datasetOption, jsonOption, modelOption, Opt, storeOption, tokenOption } from './options.js';
import { reportCommand } from './report.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';
import { runValidation } from './validate.js';
import { readMergedProfiles } from './merged-profiles.js';

export const DEFAULT_RESULTS_DIR = path.join('.mlgate', 'results');
/** How many earlier releases the report charts. */
const HISTORY_DEPTH = 10;

function worst(verdicts: readonly Verdict[]): Verdict {
  return verdicts.includes('fail') ? 'fail' : verdicts.includes('warn') ? 'warn' : 'pass';
}

/** The live and earlier good releases of a model, newest first, for the report's charts. */
async function releaseHistory(store: () => Promise<ReleaseStore>, environment: string, model: string, log: Log): Promise<ReleasePayload[]> {
  try {
    const releases = await loadReleases(await store(), environment, model, (rs) => rs.filter((r) => r.reachedSuccess).length >= HISTORY_DEPTH);
    return releases.filter((r) => r.reachedSuccess).slice(0, HISTORY_DEPTH).map((r) => r.payload);
  } catch (error) {
    log.warning(`The report has no release history for ${model} in ${environment}: ${error instanceof Error ? error.message : String(error)}`);
    return [];
  }
}

/** What the comment stage needs to match these results to the pull request (only inside Actions). */
async function resultsMeta(context: CommandContext): Promise<ResultsMeta | undefined> {
  const { github } = context;
  if (!context.inActions || !github.repository || github.runId === undefined) return undefined;
  let event: { pull_request?: { number?: unknown; head?: { sha?: unknown } } } = {};
  if (github.eventPath) {
    try {
      event = JSON.parse(await readFile(github.eventPath, 'utf8')) as typeof event;
    } catch {
      event = {};
    }
  }
  const pr = typeof event.pull_request?.number === 'number' ? event.pull_request.number : null;
  const headSha = typeof event.pull_request?.head?.sha === 'string' ? event.pull_request.head.sha : github.sha;
  if (!headSha || !/^[0-9a-f]{40}$/.test(headSha)) return undefined;
  return {
    mlgate: 1,
    repository: `${github.repository.owner}/${github.repository.repo}`,
    pr,
    head_sha: headSha,
    run_id: github.runId,
    ...(github.runAttempt !== undefined ? { run_attempt: github.runAttempt } : {}),
    ...(github.workflow ? { workflow: github.workflow.slice(0, 200) } : {}),
    ...(github.eventName ? { event: github.eventName } : {}),
  };
}

export const checkCommand: Command = {
  spec: {
    name: 'check',
    summary: 'Validate, compare and report in one process (the PR gate).',
    options: [
      configOption,
      jsonOption,
      modelOption,
      datasetOption,
      commentOption,
      {
        name: Opt.Results,
        type: 'string',
        default: DEFAULT_RESULTS_DIR,
        description: 'Directory the results are written to (validation, comparisons, history, meta): upload it as the artifact the fork-safe comment stage reads.',
      },
      {
        name: Opt.Profiles,
        type: 'string',
        description:
          "Merged shard profiles (from merge-profiles; comma- or newline-separated): each profiled dataset's checks and drift are answered from its profile, and its data files are not read.",
      },
      storeOption,
      tokenOption,
    ],
    outputs: [
      { name: 'verdict', description: 'pass, warn or fail.' },
      { name: 'failed-metrics', description: 'Comma-separated names of metrics that failed their gate.' },
      { name: 'failed-checks', description: 'Number of failed data checks of severity error.' },
      { name: 'report-path', description: 'Path of the rendered Markdown report.' },
      { name: 'results-path', description: 'Directory holding the results (upload it for the comment stage).' },
      { name: 'comment-url', description: 'URL of the sticky comment, when one was posted.' },
    ],
    stepAction: true,
  },
  async run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    const loaded = await loadConfig(invocation, context);
    const { config } = loaded;
    const modelName = stringOption(invocation, Opt.Model);
    const models = modelName !== undefined || config.models.length === 1 ? [selectModel(invocation, config)] : config.models;
    if (config.datasets.length === 0 && models.length === 0) {
      throw usageError(`the config defines neither datasets nor models (${optionLabel(invocation, Opt.Config)})`);
    }
    const text: string[] = [];

    let validation: ValidationResult | undefined;
    if (config.datasets.length > 0) {
      const profiles = await readMergedProfiles(invocation, context, config.datasets.map((d) => d.name));
      validation = await runValidation(loaded, { dataset: stringOption(invocation, Opt.Dataset), drift: lazyDriftHook(invocation), production: lazyProductionDataHook(invocation), profiles }, context);
      if (context.inActions) emitAnnotations(validation, context.log);
      text.push(validationText(validation));
    }

    const deps = compareDeps(invocation, context);
    const comparisons: ComparisonResult[] = [];
    const failedMetrics: string[] = [];
    const history: Record<string, { environment: string; releases: ReleasePayload[] }> = {};
    for (const model of models) {
      const outcome = await runCompare(loaded, model, deps);
      comparisons.push(outcome.result);
      failedMetrics.push(...outcome.failedMetrics.map((m) => (models.length > 1 ? `${model.name}:${m}` : m)));
      text.push(compareText(outcome));
      history[model.name] = { environment: model.environment, releases: await releaseHistory(deps.store, model.environment, model.name, context.log) };
    }

    const resultsDir = path.resolve(context.cwd, stringOption(invocation, Opt.Results) ?? DEFAULT_RESULTS_DIR);
    const meta = await resultsMeta(context);
    await writeResultsDir(resultsDir, { meta, validation, comparisons, history });

    const report = await reportCommand.run(
      {
        command: 'report',
        surface: invocation.surface,
        positionals: [],
        options: {
          [Opt.Config]: invocation.options[Opt.Config],
          [Opt.Results]: resultsDir,
          [Opt.Out]: path.join(resultsDir, 'report.md'),
          [Opt.Comment]: invocation.options[Opt.Comment],
          [Opt.GithubToken]: invocation.options[Opt.GithubToken],
        },
      },
      context,
    );
    text.push(report.text);

    const verdict = worst([...(validation ? [validation.verdict] : []), ...comparisons.map((c) => c.verdict)]);
    const failedChecks = validation ? failedErrorChecks(validation) : 0;
    const reasons = [
      ...(failedChecks > 0 ? [`${failedChecks} data check${failedChecks === 1 ? '' : 's'} of severity error failed`] : []),
      ...(failedMetrics.length > 0 ? [gateFailureLine(failedMetrics)] : []),
    ];
    return {
      exitCode: verdict === 'fail' ? 1 : 0,
      text: text.join('\n\n'),
      json: { verdict, validation: validation ?? null, comparisons },
      markdown: report.markdown,
      outputs: {
        verdict,
        'failed-metrics': failedMetrics.join(','),
        'failed-checks': String(failedChecks),
        'report-path': report.outputs?.['report-path'] ?? '',
        'results-path': resultsDir,
        'comment-url': report.outputs?.['comment-url'] ?? '',
      },
      ...(verdict === 'fail' ? { failure: reasons.join('; ') || 'the gate failed' } : {}),
    };
  },
};
