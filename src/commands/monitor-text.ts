import { formatNumber } from '../domain/gate/margin.js';
import type { MonitorRun } from '../domain/monitor/run.js';

export interface MonitorResult {
  model: string;
  environment: string;
  run: MonitorRun;
  /** True when the run was already recorded (a rerun): nothing was done again. */
  rerun: boolean;
  issue: { action: string; url?: string };
  notes: string[];
  history: { store: 'local' | 'github'; runs: number };
}

const MARK = { healthy: '✓', warn: '!', degraded: '✗' } as const;

/** The human summary of a monitor run: verdict, why, the measures, what was done. */
export function monitorText(out: MonitorResult): string {
  const { run } = out;
  const release = run.release ? `live release ${run.release.version} (#${run.release.id})` : 'no live release';
  const lines = [`mlgate monitor ${out.model} in ${out.environment}: ${run.verdict.toUpperCase()} (${release}, run ${run.run_id}${out.rerun ? ', already recorded' : ''})`];
  for (const f of run.findings) lines.push(`  ${f.level === 'degraded' ? MARK.degraded : MARK.warn} ${f.text}`);
  if (run.findings.length === 0) lines.push(`  ${MARK.healthy} no evidence of degradation: every data check passed, no column drifted past its threshold, no live metric is worse than its gate allows`);
  const drifted = run.drift.filter((d) => d.status !== 'pass');
  if (run.drift.length) lines.push(`  drift: ${drifted.length} of ${run.drift.length} column(s) past their threshold`);
  for (const m of run.metrics) {
    const v = (x: number | null): string => (x === null ? '—' : formatNumber(x));
    lines.push(`  live ${m.name}: ${v(m.release)} → ${v(m.live)}${m.ci ? ` (interval of the change [${formatNumber(m.ci[0])}, ${formatNumber(m.ci[1])}], n=${run.labelled})` : ''} — ${m.status}`);
  }
  for (const a of run.actions) lines.push(`  done: ${a}`);
  for (const n of out.notes) lines.push(`  note: ${n}`);
  lines.push(`  history: ${out.history.runs} run(s) (${out.history.store} store)`);
  return lines.join('\n');
}
