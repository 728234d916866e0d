import type { MonitorRun } from '../../../src/domain/monitor/run.js';

/** A run record with the given verdict; the rest plausible and overridable. */
export function run(runId: string, verdict: MonitorRun['verdict'], extra: Partial<MonitorRun> = {}): MonitorRun {
  return {
    run_id: runId,
    time: `2026-11-${String(1 + (Number(runId.replace(/\D/g, '')) % 28)).padStart(2, '0')}T06:00:00.000Z`,
    release: { version: '1.0.1', id: 2 },
    verdict,
    findings: verdict === 'healthy' ? [] : [{ level: verdict, text: `${verdict} because of something` }],
    drift: [],
    metrics: [],
    labelled: 0,
    actions: [],
    ...extra,
  };
}
