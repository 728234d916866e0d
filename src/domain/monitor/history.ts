/** The durable run history of one monitored model and environment: a versioned JSON document, newest run last. */
import { z } from 'zod';
import { monitorRunSchema, type MonitorRun } from './run.js';

export const HISTORY_FORMAT = 'mlgate-monitor-history';
export const HISTORY_VERSION = 1;
/** Runs kept: enough for the trend charts and for a year of weekly runs; the oldest are dropped first. */
export const HISTORY_LIMIT = 50;

const historySchema = z.object({
  format: z.literal(HISTORY_FORMAT),
  version: z.literal(HISTORY_VERSION),
  model: z.string(),
  environment: z.string(),
  runs: z.array(monitorRunSchema),
});
export type MonitorHistory = z.infer<typeof historySchema>;

/** The key of a model's monitoring in an environment: names its history and its sticky issue. */
export function monitorKey(model: string, environment: string): string {
  return `monitor/${model}/${environment}`;
}

export function emptyHistory(model: string, environment: string): MonitorHistory {
  return { format: HISTORY_FORMAT, version: HISTORY_VERSION, model, environment, runs: [] };
}

/** Parses stored history text; a broken or foreign document is refused with why (never overwritten blindly). */
export function parseHistory(text: string, where: string): MonitorHistory | { problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { problem: `${where} is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (raw && typeof raw === 'object' && 'version' in raw && (raw).version !== HISTORY_VERSION && (raw as { format?: unknown }).format === HISTORY_FORMAT) {
    return { problem: `${where} has format version ${JSON.stringify((raw).version)}; this mlgate reads version ${HISTORY_VERSION} (upgrade mlgate)` };
  }
  const parsed = historySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `${where} is not a monitor history: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}` };
  }
  return parsed.data;
}

export function historyText(history: MonitorHistory): string {
  return `${JSON.stringify(history, null, 2)}\n`;
}

export function recordedRun(history: MonitorHistory, runId: string): MonitorRun | undefined {
  return history.runs.find((r) => r.run_id === runId);
}

/** The history with `run` appended, the oldest runs dropped beyond `limit`. */
export function appendRun(history: MonitorHistory, run: MonitorRun, limit = HISTORY_LIMIT): MonitorHistory {
  const runs = [...history.runs, run];
  return { ...history, runs: runs.slice(Math.max(0, runs.length - limit)) };
}

/**
 * Whether a degraded run should roll back: only the first run of a streak of degraded runs does (a later degraded
 * run monitors the restored release, and rolling back again would walk down the whole release history).
 */
export function rollbackDue(history: MonitorHistory): boolean {
  for (let i = history.runs.length - 1; i >= 0; i--) {
    const run = history.runs[i]!;
    if (run.verdict !== 'degraded') return true;
    if (run.rolled_back || run.rollback_requested !== undefined) return false;
  }
  return true;
}

/** The reason a monitor rollback records on the reverted release (`monitor: <the degraded findings>`, at most 100 characters). */
export function rollbackReason(run: MonitorRun): string {
  const why = run.findings.filter((f) => f.level === 'degraded').map((f) => f.text).join('; ');
  return `monitor: ${why}`.slice(0, 100);
}

/** Where a due rollback happens: `here` (this run, the rollback command's code path) or `defer` (a later job does it). */
export const rollbackModes = ['here', 'defer'] as const;
export type RollbackMode = (typeof rollbackModes)[number];

export type DeferredRollback = { due: true; reason: string; said: string } | { due: false; said: string };

/**
 * The decision of a degraded run monitoring with `rollback: defer`: the same "once per degradation" rule as a rollback
 * done here (`rollbackDue`); when due, the run records `rollback_requested` and a later job rolls back.
 */
export function deferredRollback(history: MonitorHistory, run: MonitorRun): DeferredRollback {
  if (run.verdict !== 'degraded') return { due: false, said: 'no rollback: the run is not degraded' };
  if (!rollbackDue(history)) return { due: false, said: 'no rollback: this degradation was already rolled back (or its rollback requested) by an earlier run' };
  const reason = rollbackReason(run);
  return { due: true, reason, said: `rollback requested: ${reason}` };
}
