/** The sticky issue's title and body: the latest verdict first and why, this run's measures, then the trend over recent runs. */
import { formatNumber } from '../gate/margin.js';
import { renderChart, type ChartPoint } from '../report/chart.js';
import { text } from '../report/escape.js';
import type { MonitorHistory } from './history.js';
import type { MonitorRun, MonitorVerdict } from './run.js';

const ICON: Record<MonitorVerdict, string> = { healthy: '✅', warn: '⚠️', degraded: '❌' };
/** Runs charted: enough to see a trend, few enough for readable axis labels. */
export const TREND_RUNS = 20;
/** Series charted per kind (each chart is one line: xychart-beta has no legend). */
const MAX_DRIFT_CHARTS = 3;
const MAX_METRIC_CHARTS = 3;

const num = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : formatNumber(x));

export function issueTitle(model: string, environment: string, run: MonitorRun): string {
  const state = run.verdict === 'healthy' ? 'healthy again' : run.verdict;
  // A title is plain text, never Markdown; keep it one line.
  return `mlgate monitor: ${model} in ${environment} is ${state}`.replace(/[\u0000-\u001F\u007F]/g, ' ').slice(0, 250);
}

function releaseText(run: MonitorRun): string {
  return run.release ? `live release ${text(run.release.version)} (#${run.release.id})` : 'no live release';
}

/** A point label per run: its date and time, short (Mermaid keeps a small alphabet; labels repeat-proofed by the chart). */
function runLabel(run: MonitorRun): string {
  const m = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(run.time);
  return m ? `${m[1]}-${m[2]} ${m[3]}.${m[4]}` : run.run_id;
}

function series(runs: readonly MonitorRun[], value: (r: MonitorRun) => number | null | undefined): ChartPoint[] {
  return runs.flatMap((r) => {
    const v = value(r);
    return typeof v === 'number' && Number.isFinite(v) ? [{ label: runLabel(r), value: v }] : [];
  });
}

/** Drift series worth charting: the columns scored highest (relative to their threshold) in the latest run. */
function trendCharts(history: MonitorHistory, latest: MonitorRun): string[] {
  const runs = history.runs.slice(-TREND_RUNS);
  const drift = [...latest.drift].sort((a, b) => b.score / (b.threshold || 1) - a.score / (a.threshold || 1)).slice(0, MAX_DRIFT_CHARTS);
  const charts: string[] = [];
  for (const d of drift) {
    const points = series(runs, (r) => r.drift.find((x) => x.dataset === d.dataset && x.column === d.column)?.score);
    if (points.length >= 2) charts.push(renderChart({ metric: `drift ${d.dataset}.${d.column} (${d.method})`, points }));
  }
  for (const m of latest.metrics.filter((x) => x.live !== null).slice(0, MAX_METRIC_CHARTS)) {
    const points = series(runs, (r) => r.metrics.find((x) => x.name === m.name)?.live);
    if (points.length >= 2) charts.push(renderChart({ metric: `live ${m.name}`, points }));
  }
  return charts;
}

/** The body (without the hidden marker, which the adapter adds). `history` already holds `run` as its newest run. */
export function issueBody(input: { model: string; environment: string; run: MonitorRun; history: MonitorHistory; runUrl?: string }): string {
  const { run, history } = input;
  const lines: string[] = [];
  lines.push(`## ${ICON[run.verdict]} ${text(input.model)} in ${text(input.environment)}: ${run.verdict}`, '');
  const at = input.runUrl ? `[run ${text(run.run_id)}](${input.runUrl})` : `run ${text(run.run_id)}`;
  lines.push(`Latest: ${at} at ${text(run.time)}, ${releaseText(run)}.`, '');
  if (run.findings.length) {
    lines.push('**Why**', '');
    for (const f of run.findings) lines.push(`- ${f.level === 'degraded' ? '❌' : '⚠️'} ${text(f.text, { max: 400 })}`);
    lines.push('');
  } else lines.push('No evidence of degradation: every data check passed, no column drifted past its threshold and no live metric is worse than its gate allows.', '');
  if (run.actions.length) lines.push(`**Done**: ${run.actions.map((a) => text(a, { max: 300 })).join('; ')}.`, '');
  if (run.metrics.length) {
    lines.push(`### Live metrics (${run.labelled} labelled examples)`, '', '| Metric | Release | Live | Interval of live − release | Result |', '|---|---|---|---|---|');
    for (const m of run.metrics) lines.push(`| ${text(m.name)} | ${num(m.release)} | ${num(m.live)} | ${m.ci ? `[${num(m.ci[0])}, ${num(m.ci[1])}]` : '—'} | ${text(m.status)}: ${text(m.reason, { max: 160 })} |`);
    lines.push('');
  }
  const drifted = run.drift.filter((d) => d.status !== 'pass');
  if (run.drift.length) {
    lines.push(`### Drift against the live release's data (${drifted.length} of ${run.drift.length} columns past their threshold)`, '');
    if (drifted.length) {
      lines.push('| Dataset | Column | Method | Score | Threshold | Result |', '|---|---|---|---|---|---|');
      for (const d of drifted) lines.push(`| ${text(d.dataset)} | ${text(d.column)} | ${text(d.method)} | ${num(d.score)} | ${num(d.threshold)} | ${text(d.status)} |`);
      lines.push('');
    }
  }
  const charts = trendCharts(history, run);
  if (charts.length) lines.push(`### Trend over the last ${Math.min(TREND_RUNS, history.runs.length)} runs`, '', ...charts.flatMap((c) => [c, '']));
  const recent = history.runs.slice(-10).reverse();
  lines.push('<details><summary>Recent runs</summary>', '', '| Run | When | Release | Verdict |', '|---|---|---|---|');
  for (const r of recent) lines.push(`| ${text(r.run_id)} | ${text(r.time)} | ${r.release ? `${text(r.release.version)} (#${r.release.id})` : '—'} | ${ICON[r.verdict]} ${r.verdict}${r.rolled_back ? ' (rolled back)' : r.rollback_requested !== undefined ? ' (rollback requested)' : ''} |`);
  lines.push('', '</details>', '', `_Kept by \`mlgate monitor\`; ${history.runs.length} run(s) in the history._`);
  return `${lines.join('\n')}\n`;
}
