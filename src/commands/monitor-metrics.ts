/** The monitor's performance part: the live metrics from labelled production predictions, gated against the metrics stored with the release. */
import path from 'node:path';
import type { ModelConfig } from '../domain/config/schema.js';
import { evaluateGates, type Baseline } from '../domain/gate/evaluate.js';
import { metricsFromRecord } from '../domain/gate/metric-set.js';
import { estimateLiveMetrics, liveSignificance, MIN_LABELLED } from '../domain/monitor/live-metrics.js';
import type { MonitorFinding } from '../domain/monitor/run.js';
import type { ComparisonResult } from '../domain/results.js';
import { exampleMetricOf } from '../domain/stats/paired.js';
import type { LoadedConfig } from '../io/files/config-file.js';

export interface MonitorMetricsResult {
  comparison?: ComparisonResult;
  labelled: number;
  /** What could not be measured, as warn findings (never silently dropped). */
  findings: MonitorFinding[];
  notes: string[];
}

export async function monitorMetrics(input: { loaded: LoadedConfig; model: ModelConfig; modelIndex: number; live: Baseline | undefined; environment: string }): Promise<MonitorMetricsResult> {
  const { model, live } = input;
  const file = model.monitor?.predictions;
  if (file === undefined) return { labelled: 0, findings: [], notes: [] };
  const findings: MonitorFinding[] = [];
  const notes: string[] = [];
  const sig = model.significance;
  const columns = { id: sig?.id_column ?? 'id', label: sig?.label_column ?? 'label', prediction: sig?.prediction_column ?? 'prediction', score: sig?.score_column ?? 'score' };
  const { readPredictions, joinPredictions } = await import('../io/files/predictions.js');
  const read = await readPredictions(path.resolve(input.loaded.root, file), file, columns);
  // Joined with itself: the paired layout the metric code reads (and a duplicate id is refused, naming its lines).
  const data = joinPredictions(read, read).data;
  if (!live) {
    findings.push({ level: 'warn', text: `live metrics not gated: no live release of ${model.name} in '${input.environment}' to compare with` });
    return { labelled: data.n, findings, notes };
  }
  const gated = Object.keys(model.gates);
  const measurable = gated.filter((g) => exampleMetricOf(g) !== undefined);
  const unmeasurable = gated.filter((g) => exampleMetricOf(g) === undefined);
  if (unmeasurable.length) notes.push(`not measured from labelled predictions (only accuracy, precision, recall, f1, auc, log_loss, mae, mse, rmse are): ${unmeasurable.join(', ')}`);
  const stored = new Map<string, number>();
  for (const [name, value] of live.metrics.values) stored.set(name, value);
  const enough = data.n >= MIN_LABELLED;
  const estimates = estimateLiveMetrics(data, measurable, { resamples: enough ? (sig?.resamples ?? 2000) : 0, seed: sig?.seed ?? 1 });
  for (const s of estimates.skipped) findings.push({ level: 'warn', text: `live ${s.name} not measured: ${s.reason}` });
  const names = [...estimates.estimates.keys()];
  if (names.length === 0) {
    findings.push({ level: 'warn', text: `monitor.predictions is set, but none of the gated metrics (${gated.join(', ') || 'none'}) could be measured from it` });
    return { labelled: data.n, findings, notes };
  }
  const missing = names.filter((n) => !stored.has(n));
  if (missing.length) findings.push({ level: 'warn', text: `the live release ${live.version ?? '?'} stored no value of ${missing.join(', ')}; only absolute bounds apply to them` });
  const alpha = sig?.alpha ?? 0.05;
  const tooFew = `only ${data.n} labelled example(s); at least ${MIN_LABELLED} are needed to tell a change from noise`;
  const outcome = evaluateGates({
    model: model.name,
    candidate: metricsFromRecord(Object.fromEntries(names.map((n) => [n, estimates.estimates.get(n)!.value]))),
    baseline: live,
    baselineSource: live.source,
    gates: Object.fromEntries(names.map((n) => [n, model.gates[n]!])),
    ...(enough ? { significance: liveSignificance(estimates, stored, alpha) } : { significanceSkipped: new Map(names.map((n) => [n, { reason: tooFew, inconclusive: true }])) }),
    alpha,
  });
  return { comparison: outcome.result, labelled: data.n, findings, notes };
}
