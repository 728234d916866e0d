import { createEvidenceStore } from '../adapters/evidence-store.js';
import { runUrl } from '../adapters/github-context.js';
import { createMonitorStores } from '../adapters/monitor-store.js';
import { createReleaseStore, loadReleases, parseStoreChoice, type ReleaseStoreSettings } from '../adapters/release-store.js';
import { configError, inputError } from '../domain/errors.js';
import type { Baseline } from '../domain/gate/evaluate.js';
import { metricsFromRecord } from '../domain/gate/metric-set.js';
import { appendRun, deferredRollback, emptyHistory, historyText, monitorKey, parseHistory, recordedRun, type MonitorHistory } from '../domain/monitor/history.js';
import { issueBody, issueTitle } from '../domain/monitor/issue-body.js';
import type { MonitorFinding, MonitorRun } from '../domain/monitor/run.js';
import { datasetFindings, driftMeasures, metricFindings, metricMeasures, monitorVerdict } from '../domain/monitor/verdict.js';
import { findLive, untilLive } from '../domain/release/state.js';
import { chooseEnvironment } from './environment.js';
import { loadConfig, optionLabel, selectModel, stringOption } from './invocation.js';
import { applyIssueAction, onDegradedList, parseRollbackMode, rollbackForMonitor } from './monitor-act.js';
import { monitorData } from './monitor-data.js';
import { monitorMetrics } from './monitor-metrics.js';
import { monitorText, type MonitorResult } from './monitor-text.js';
import { configOption, environmentOption, jsonOption, modelOption, Opt, storeOption } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

const spec: Command['spec'] = {
  name: 'monitor',
  summary: "Check fresh production data (and labelled predictions) against the live release's evidence; keep one sticky issue.",
  options: [
    configOption, jsonOption, modelOption, environmentOption, storeOption,
    { name: Opt.Rollback, type: 'string', default: 'here', description: 'Where `on_degraded: rollback` rolls back: `here` (in this run) or `defer` (this run only records that a rollback is due and sets the `rollback-due` and `rollback-reason` outputs; a later job with `deployments: write` rolls back, as mlgate-monitor-rollback.yml does).' },
    { name: Opt.GithubToken, type: 'string', default: '${{ github.token }}', only: 'action', description: 'Token for the GitHub API. Needs `deployments: read` and `contents: write` (the run history on the mlgate-evidence branch), `issues: write` for the sticky issue, and `deployments: write` for `on_degraded: rollback`.' },
  ],
  outputs: [
    { name: 'verdict', description: 'healthy, warn or degraded.' },
    { name: 'run-id', description: 'Id of this run in the history (the workflow run id; a rerun of it changes nothing).' },
    { name: 'issue-url', description: 'The sticky issue (or, locally, its file), when there is one.' },
    { name: 'live-version', description: 'Version of the release that was monitored.' },
    { name: 'rolled-back', description: "true when on_degraded: rollback rolled the release back in this run." },
    { name: 'rollback-due', description: 'With `rollback: defer`: true when this run found a rollback due (the first degraded run of a streak; never on a rerun), else false.' },
    { name: 'rollback-reason', description: 'With `rollback: defer` and a rollback due: its reason (`monitor: …`), for the rollback action.' },
  ],
  stepAction: true,
};


function liveBaseline(live: ReturnType<typeof findLive>, environment: string): Baseline | undefined {
  if (!live) return undefined;
  return { metrics: metricsFromRecord(live.payload.metrics), source: `${environment} release`, version: live.payload.model.version, release: { id: live.id, evidence: live.payload.evidence } };
}

async function readHistory(stores: ReturnType<typeof createMonitorStores>, key: string, model: string, environment: string): Promise<MonitorHistory> {
  const text = await stores.history.read(key);
  if (text === undefined) return emptyHistory(model, environment);
  const parsed = parseHistory(text, `the monitor history '${key}' (${stores.history.kind} store)`);
  if ('problem' in parsed) throw inputError(`${parsed.problem}; it was left as it is (fix or remove it to start a new history)`);
  return parsed;
}

function result(out: MonitorResult, exitCode: 0 | 1, failOnDegraded: boolean, markdown: string): CommandResult {
  // A rerun never asks for a rollback again (the first attempt's rollback job did, or its own rerun does).
  const requested = out.rerun ? undefined : out.run.rollback_requested;
  const failed = out.run.verdict === 'degraded' && failOnDegraded;
  return {
    exitCode,
    text: monitorText(out),
    json: out,
    markdown,
    outputs: { verdict: out.run.verdict, 'run-id': out.run.run_id, 'issue-url': out.issue.url ?? '', 'live-version': out.run.release?.version ?? '', 'rolled-back': String(out.run.rolled_back === true), 'rollback-due': String(requested !== undefined), 'rollback-reason': requested ?? '' },
    ...(failed ? { failure: `${out.model} in ${out.environment} is degraded: ${out.run.findings.filter((f) => f.level === 'degraded').map((f) => f.text).join('; ')}` } : {}),
  };
}

export const monitorCommand: Command = {
  spec,
  async run(inv: Invocation, ctx: CommandContext): Promise<CommandResult> {
    const loaded = await loadConfig(inv, ctx);
    const model = selectModel(inv, loaded.config);
    const modelIndex = loaded.config.models.indexOf(model);
    const monitor = model.monitor;
    if (!monitor) throw configError(`model '${model.name}' has no monitor: section; add models[${modelIndex}].monitor with the fresh data (and labelled predictions) to check (SPEC §8)`, { file: loaded.file, field: `models[${modelIndex}].monitor` });
    if (Object.keys(monitor.data).length === 0 && monitor.predictions === undefined)
      throw configError(`models[${modelIndex}].monitor names no data and no predictions: nothing to monitor`, { file: loaded.file, field: `models[${modelIndex}].monitor` });
    const environment = chooseEnvironment(inv, loaded, monitor.environment ?? model.environment, ctx.cwd);
    const actions = onDegradedList(monitor.on_degraded);
    const settings: ReleaseStoreSettings = { choice: parseStoreChoice(stringOption(inv, Opt.Store), optionLabel(inv, Opt.Store)), cwd: ctx.cwd, github: ctx.github, inActions: ctx.inActions, log: ctx.log };
    const stores = createMonitorStores(settings);
    const key = monitorKey(model.name, environment);
    const history = await readHistory(stores, key, model.name, environment);
    const runId = ctx.github.runId !== undefined ? String(ctx.github.runId) : `local-${new Date().toISOString()}`;
    const fail = actions.includes('fail');
    const rollbackMode = parseRollbackMode(stringOption(inv, Opt.Rollback), optionLabel(inv, Opt.Rollback));

    const recorded = recordedRun(history, runId);
    if (recorded) {
      const issue = await stores.issues.find(key);
      const out: MonitorResult = { model: model.name, environment, run: recorded, rerun: true, issue: { action: 'unchanged', ...(issue ? { url: issue.url } : {}) }, notes: [`run ${runId} is already in the history: nothing was done again (no history write, no issue change, no rollback)`], history: { store: stores.history.kind, runs: history.runs.length } };
      return result(out, recorded.verdict === 'degraded' && fail ? 1 : 0, fail, issueBody({ model: model.name, environment, run: recorded, history }));
    }

    const store = createReleaseStore(settings);
    const live = findLive(await loadReleases(store, environment, model.name, untilLive));
    const baseline = liveBaseline(live, environment);
    const evidence = (): Promise<ReturnType<typeof createEvidenceStore>> => Promise.resolve(createEvidenceStore(settings));
    const data = await monitorData({ loaded, model, modelIndex, live: baseline, environment, evidence, context: ctx });
    const metrics = await monitorMetrics({ loaded, model, modelIndex, live: baseline, environment });
    const findings: MonitorFinding[] = [
      ...(live ? [] : [{ level: 'warn' as const, text: `no live release of ${model.name} in '${environment}': nothing to compare the fresh data with` }]),
      ...data.datasets.flatMap(datasetFindings),
      ...metrics.findings,
      ...(metrics.comparison ? metricFindings(metrics.comparison) : []),
    ];
    const run: MonitorRun = {
      run_id: runId,
      time: new Date().toISOString(),
      release: live ? { version: live.payload.model.version, id: live.id } : null,
      verdict: monitorVerdict(findings),
      findings,
      drift: data.datasets.flatMap(driftMeasures),
      metrics: metrics.comparison ? metricMeasures(metrics.comparison) : [],
      labelled: metrics.labelled,
      actions: [],
    };
    if (run.verdict === 'degraded') {
      if (actions.includes('rollback') && rollbackMode === 'defer') {
        const decision = deferredRollback(history, run);
        run.actions.push(decision.said);
        if (decision.due) run.rollback_requested = decision.reason;
      } else if (actions.includes('rollback')) {
        const attempt = await rollbackForMonitor(inv, ctx, run, history, environment, model.name);
        run.actions.push(attempt.said);
        if (attempt.rolledBack) run.rolled_back = true;
      }
      if (fail) run.actions.push('failed the run (on_degraded: fail)');
    }
    const next = appendRun(history, { ...run, actions: [...run.actions] });
    const url = runUrl(ctx.github);
    const content = (): { title: string; body: string } => ({ title: issueTitle(model.name, environment, run), body: issueBody({ model: model.name, environment, run, history: next, ...(url ? { runUrl: url } : {}) }) });
    const issue = await applyIssueAction({ issues: stores.issues, key, run, history, enabled: actions.includes('issue'), content });
    run.actions.push(issue.said);
    // The history keeps the run with everything it did (the issue's body was rendered before the issue was written).
    await stores.history.write(key, historyText(appendRun(history, run)));
    if (run.verdict === 'degraded' && !fail) ctx.log.warning(`${model.name} in ${environment} is degraded: ${run.findings.filter((f) => f.level === 'degraded').map((f) => f.text).join('; ')}`);
    const out: MonitorResult = { model: model.name, environment, run, rerun: false, issue: { action: issue.action, ...(issue.url ? { url: issue.url } : {}) }, notes: [...data.notes, ...metrics.notes], history: { store: stores.history.kind, runs: next.runs.length } };
    return result(out, run.verdict === 'degraded' && fail ? 1 : 0, fail, content().body);
  },
};


