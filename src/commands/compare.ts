import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { listWithMore } from '../domain/report/shorten.js';
import { renderReport, text } from '../domain/report/index.js';
import { contentsReader, parseBaselineSpec, readAtRef, resolveBaseline, type BaselineDeps, type GitResult } from '../adapters/baseline/resolve.js';
import type { ModelConfig } from '../domain/config/schema.js';
import { evaluateGates, expandGates, type Baseline, type GateOutcome, type SignificanceOutcome } from '../domain/gate/evaluate.js';
import { formatNumber } from '../domain/gate/margin.js';
import type { MetricSet } from '../domain/gate/metric-set.js';
import { resultsJson, type ComparisonResult } from '../domain/results.js';
import type { KernelRunner } from '../domain/stats/significance.js';
import type { LoadedConfig } from '../io/files/config-file.js';
import { readMetricsFile } from '../io/files/metrics-file.js';
import type { EvidenceStore, Log, Progress, ReleaseStore } from '../ports.js';
import { productionFile } from './production-evidence.js';
import { loadConfig, selectModel, storeChoice, stringOption } from './invocation.js';
import { configOption, jsonOption, modelOption, Opt, storeOption, tokenOption } from './options.js';
import type { Command, CommandContext, CommandResult, GitHubContext, Invocation } from './types.js';

/** Everything compare touches besides the files named in the config. */

/** Names up to about this many characters in the final failure line, then "and N more" (the report lists them all). */
const FAILURE_LINE_NAMES = 300;

/** The one line a failed gate ends with: `3 metric(s) failed their gate: a, b and c` (long lists shortened). */
export function gateFailureLine(failedMetrics: readonly string[]): string {
  return `${failedMetrics.length} metric(s) failed their gate: ${listWithMore(failedMetrics, FAILURE_LINE_NAMES)}`;
}

export interface CompareDeps {
  log: Log;
  /** The release store, created only if a release baseline is needed. */
  store: () => Promise<ReleaseStore>;
  git?: BaselineDeps['git'];
  contents?: BaselineDeps['contents'];
  workspace?: string;
  /** Runs the resampling kernels (default: worker threads). */
  runner?: KernelRunner;
  /** Progress of the resampling. */
  progress?: Progress;
  /** Where releases keep their evidence (the live release's predictions), created on first use. */
  evidence: () => Promise<EvidenceStore>;
}

export interface CompareOutcome extends GateOutcome {
  /** Things the user should know that are not a metric row (significance skipped, ids unmatched…). */
  notes: string[];
}

export function gitRunner(): BaselineDeps['git'] {
  return (args, cwd) =>
    new Promise<GitResult>((resolve) => {
      execFile('git', [...args], { cwd, encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) resolve({ ok: false, message: stderr.toString('utf8') || error.message });
        else resolve({ ok: true, stdout });
      });
    });
}

/** Fewer paired examples than this decide nothing: the relative gates are inconclusive. */
const MIN_PAIRED = 10;

interface SignificanceRun {
  tested?: Map<string, SignificanceOutcome>;
  skipped?: Map<string, { reason: string; inconclusive: boolean }>;
  summary?: ComparisonResult['significance'];
}

/** Per-example significance for the gated metrics that can be computed from the per-example files. */
async function significanceFor(
  loaded: LoadedConfig,
  model: ModelConfig,
  candidate: MetricSet,
  baseline: Baseline,
  baselineDeps: BaselineDeps,
  deps: CompareDeps,
  notes: string[],
): Promise<SignificanceRun> {
  const sig = model.significance!;
  // SPEC §2: `production` (or an environment), or a file path; file:/ref: prefixes also work.
  const looksLikeFile = /[/\\]|\.(csv|tsv|txt|jsonl|ndjson|parquet|pq)(\.gz)?$/i.test(sig.baseline) && !/^(file|ref):/.test(sig.baseline);
  const spec = looksLikeFile ? { kind: 'file' as const, path: sig.baseline } : parseBaselineSpec(sig.baseline);
  // Heavy modules only when significance is configured.
  const [{ readPredictions, joinPredictions }, { pairedSignificance }, { exampleMetricOf }] = await Promise.all([
    import('../io/files/predictions.js'),
    import('../domain/stats/significance.js'),
    import('../domain/stats/paired.js'),
  ]);
  const names = expandGates(model.gates, [...candidate.values.keys(), ...baseline.metrics.values.keys()])
    .filter((g) => g.matched && exampleMetricOf(g.name) !== undefined)
    .map((g) => g.name);
  if (names.length === 0) {
    notes.push('significance: no gated metric can be computed from per-example data (accuracy, precision, recall, f1, auc, log_loss, mae, mse, rmse)');
    return {};
  }
  const unavailable = (reason: string, inconclusive = false): SignificanceRun => {
    notes.push(`significance against ${sig.baseline} not tested: ${reason}`);
    return { skipped: new Map(names.map((n) => [n, { reason, inconclusive }])), summary: { baseline: sig.baseline, status: 'unavailable', reason } };
  };
  const columns = { id: sig.id_column, label: sig.label_column, prediction: sig.prediction_column, score: sig.score_column };
  const candFile = await readPredictions(path.resolve(loaded.root, sig.candidate), sig.candidate, columns);
  let baseFile;
  let against = sig.baseline;
  if (spec.kind === 'file') baseFile = await readPredictions(path.resolve(loaded.root, spec.path), spec.path, columns);
  else if (spec.kind === 'release') {
    const release = sig.baseline === model.baseline ? baseline : await resolveBaseline(sig.baseline, baselineDeps);
    const stored = await productionFile(release, spec.environment, 'predictions', deps.evidence);
    if (!stored.ok) return unavailable(stored.reason);
    against = `${spec.environment} ${stored.release}`;
    try {
      baseFile = await readPredictions(stored.file, `per-example predictions stored with ${against}`, columns);
    } finally {
      await stored.dispose();
    }
  } else {
    const bytes = await readAtRef(spec.ref, spec.path, baselineDeps);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'mlgate-baseline-'));
    try {
      const local = path.join(dir, path.basename(spec.path));
      await writeFile(local, bytes);
      baseFile = await readPredictions(local, `${spec.ref}:${spec.path}`, columns);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const joined = joinPredictions(candFile, baseFile);
  if (joined.onlyCandidate + joined.onlyBaseline > 0) {
    notes.push(`significance: ${joined.onlyCandidate} example(s) only in the candidate file and ${joined.onlyBaseline} only in the baseline (${against}) were left out; ${joined.data.n} paired`);
  }
  if (joined.data.n < MIN_PAIRED) return unavailable(`only ${joined.data.n} example id(s) are in both the candidate file and the baseline (${against}); at least ${MIN_PAIRED} are needed`, true);
  const workers = await import('../io/workers/predictions-workers.js');
  const runner = workers.reportingRunner(deps.runner ?? workers.workerRunner(), deps.progress, `significance of ${model.name}`);
  const report = await pairedSignificance(joined.data, names, { alpha: sig.alpha, method: sig.method, resamples: sig.resamples, seed: sig.seed }, runner);
  for (const s of report.skipped) notes.push(`significance skipped for ${s.name}: ${s.reason}`);
  const map = new Map<string, SignificanceOutcome>();
  for (const t of report.tests) {
    map.set(t.name, { method: t.method, ci: t.ci, p_value: t.pValue, n: t.n });
    const reported = candidate.values.get(t.name);
    if (reported !== undefined && Math.abs(reported - t.candidate) > 1e-6 * Math.max(1, Math.abs(reported))) {
      notes.push(`${t.name}: the metrics file says ${formatNumber(reported)} but the per-example file gives ${formatNumber(t.candidate)}; are they from the same evaluation?`);
    }
    if (t.note) notes.push(`${t.name}: ${t.note}`);
  }
  return { tested: map, summary: { baseline: against, status: 'used', paired: joined.data.n } };
}

/** The gate for one model: reads candidate metrics, resolves the baseline, tests significance, evaluates. */
export async function runCompare(loaded: LoadedConfig, model: ModelConfig, deps: CompareDeps): Promise<CompareOutcome> {
  const notes: string[] = [];
  const candidate = await readMetricsFile(path.resolve(loaded.root, model.metrics), model.metrics);
  const baselineDeps: BaselineDeps = {
    root: loaded.root,
    modelName: model.name,
    store: deps.store,
    git: deps.git ?? gitRunner(),
    contents: deps.contents,
    workspace: deps.workspace,
    log: deps.log,
  };
  const baseline = await resolveBaseline(model.baseline, baselineDeps);
  if (!baseline) notes.push(`no ${model.baseline} baseline yet: only absolute bounds apply (first release)`);
  const significance = model.significance && baseline ? await significanceFor(loaded, model, candidate, baseline, baselineDeps, deps, notes) : {};
  const outcome = evaluateGates({
    model: model.name,
    candidate,
    baseline,
    baselineSource: model.baseline,
    gates: model.gates,
    significance: significance.tested,
    significanceSkipped: significance.skipped,
    significanceSummary: significance.summary,
    alpha: model.significance?.alpha ?? 0.05,
  });
  return { ...outcome, notes };
}

const STATUS_MARK: Record<string, string> = { pass: '✓', fail: '✗', warn: '!', skipped: '-', inconclusive: '?' };

/** The human summary: verdict, one line per metric, failure lines and notes. */
export function compareText(outcome: CompareOutcome): string {
  const r: ComparisonResult = outcome.result;
  const base = r.baseline.version ? `${r.baseline.source} ${r.baseline.version}` : r.baseline.source;
  const lines = [`mlgate compare ${r.model}: ${r.verdict.toUpperCase()} (baseline: ${base})`];
  for (const m of r.metrics) {
    const value = (x: number | null): string => (x === null ? '—' : formatNumber(x));
    // The reason of a significance decision quotes the labelled interval already.
    const level = m.significance ? `${formatNumber(m.significance.level * 100)}% ` : '';
    const ci = m.ci && !m.reason.includes('interval') ? `, Δ ${level}interval (unadjusted) [${formatNumber(m.ci[0])}, ${formatNumber(m.ci[1])}]` : '';
    lines.push(`  ${STATUS_MARK[m.status] ?? ' '} ${m.name}: ${value(m.baseline)} → ${value(m.candidate)}${ci} — ${m.status}: ${m.reason}`);
  }
  for (const n of outcome.notes) lines.push(`  note: ${n}`);
  return lines.join('\n');
}

/** Markdown for the job summary: the model part of the PR report, then compare's notes. */
function compareMarkdown(outcome: CompareOutcome): string {
  const report = renderReport({ key: `compare/${outcome.result.model}`, comparisons: [outcome.result] }).markdown;
  return [report, ...outcome.notes.map((n) => `> ${text(n, { max: 1000 })}\n`)].join('\n');
}

export function storeFactory(invocation: Invocation, context: CommandContext): () => Promise<ReleaseStore> {
  const choice = storeChoice(invocation);
  // Loaded on first use: a file or ref baseline never pays for the GitHub client.
  return async () => {
    const { createReleaseStore } = await import('../adapters/release-store.js');
    return createReleaseStore({ choice, cwd: context.cwd, github: context.github, inActions: context.inActions, log: context.log });
  };
}

/** The evidence store that goes with the release store `store` chooses, loaded on first use. */
export function evidenceFactory(invocation: Invocation, context: CommandContext): () => Promise<EvidenceStore> {
  const choice = storeChoice(invocation);
  return async () => {
    const { createEvidenceStore } = await import('../adapters/evidence-store.js');
    return createEvidenceStore({ choice, cwd: context.cwd, github: context.github, inActions: context.inActions, log: context.log });
  };
}

export function compareDeps(invocation: Invocation, context: CommandContext, github: GitHubContext = context.github): CompareDeps {
  return {
    log: context.log,
    store: storeFactory(invocation, context),
    evidence: evidenceFactory(invocation, context),
    contents: context.inActions ? contentsReader(github, context.log) : undefined,
    workspace: context.env.GITHUB_WORKSPACE,
    ...(context.progress ? { progress: context.progress } : {}),
  };
}

export const compareCommand: Command = {
  spec: {
    name: 'compare',
    summary: 'Gate candidate metrics against the baseline.',
    options: [configOption, jsonOption, modelOption, storeOption, tokenOption],
    outputs: [
      { name: 'verdict', description: 'pass, warn or fail.' },
      { name: 'failed-metrics', description: 'Comma-separated names of metrics that failed their gate.' },
      { name: 'report-path', description: 'Path of the JSON result.' },
    ],
    stepAction: true,
  },
  async run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    const loaded = await loadConfig(invocation, context);
    const model = selectModel(invocation, loaded.config);
    const outcome = await runCompare(loaded, model, compareDeps(invocation, context));
    const jsonPath = stringOption(invocation, Opt.Json);
    let reportPath = jsonPath ? path.resolve(context.cwd, jsonPath) : '';
    if (!jsonPath && context.inActions) {
      // In Actions the JSON result is always written, so later steps can read `report-path`.
      reportPath = path.join(context.env.RUNNER_TEMP || context.cwd, `mlgate-compare-${model.name.replace(/[^\w.-]/g, '_')}.json`);
      await writeFile(reportPath, resultsJson(outcome.result), 'utf8');
    }
    const { verdict } = outcome.result;
    return {
      exitCode: verdict === 'fail' ? 1 : 0,
      text: compareText(outcome),
      json: outcome.result,
      markdown: compareMarkdown(outcome),
      outputs: { verdict, 'failed-metrics': outcome.failedMetrics.join(','), 'report-path': reportPath },
      ...(verdict === 'fail' ? { failure: gateFailureLine(outcome.failedMetrics) } : {}),
    };
  },
};
