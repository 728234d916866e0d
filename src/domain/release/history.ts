import { evidenceSummary, evidenceWords, type EvidenceSummary } from '../evidence/summary.js';
import { findLive, type Release } from './state.js';

/** A release's state as `history` shows it. */
export type HistoryState = 'live' | 'superseded' | 'rolled back' | 'failed' | 'error' | 'in progress' | 'queued' | 'pending' | 'success' | 'created' | 'abandoned';

export interface HistoryEntry {
  id: number;
  model: string;
  version: string;
  uri: string | null;
  state: HistoryState;
  /** Raw state of the newest status (GitHub's word). */
  status: string | null;
  description: string | null;
  created_at: string;
  actor: string;
  sha: string;
  gate: string;
  forced: boolean;
  metrics: Record<string, number | null>;
  rollback_of: number | null;
  rolled_back_by: number | null;
  rollback_reason: string | null;
  pr: number | null;
  /** What the release stored for later gates (digests, sizes, locations), or why nothing (SPEC §6 "Evidence"). */
  evidence: EvidenceSummary;
}

export interface History {
  environment: string;
  model: string | null;
  live: { id: number; version: string } | null;
  releases: HistoryEntry[];
}

function stateOf(release: Release, liveIds: ReadonlySet<number>): HistoryState {
  if (liveIds.has(release.id)) return 'live';
  if (release.rolledBack) return 'rolled back';
  if (release.abandoned !== undefined) return 'abandoned';
  switch (release.latest) {
    case 'success':
      return 'success';
    case 'inactive':
      return release.reachedSuccess ? 'superseded' : 'failed';
    case 'failure':
      return 'failed';
    case 'error':
      return 'error';
    case 'in_progress':
      return 'in progress';
    case 'queued':
      return 'queued';
    case 'pending':
      return 'pending';
    case undefined:
      return 'created';
  }
}

/** The environment's releases, newest first, with derived states and rollback links. */
export function buildHistory(releases: readonly Release[], environment: string, model: string | undefined, limit?: number): History {
  const sorted = [...releases].sort((a, b) => b.id - a.id);
  const live = findLive(sorted);
  // Several models may share the environment: each has its own live release.
  const liveIds = new Set<number>();
  for (const name of new Set(sorted.map((r) => r.payload.model.name))) {
    const own = findLive(sorted.filter((r) => r.payload.model.name === name));
    if (own) liveIds.add(own.id);
  }
  const rolledBackBy = new Map<number, number>();
  for (const r of sorted) {
    const of = r.payload.rollback_of;
    if (of !== null && !rolledBackBy.has(of)) rolledBackBy.set(of, r.id);
  }
  const shown = limit !== undefined ? sorted.slice(0, limit) : sorted;
  return {
    environment,
    model: model ?? null,
    live: live ? { id: live.id, version: live.payload.model.version } : null,
    releases: shown.map((r) => ({
      id: r.id,
      model: r.payload.model.name,
      version: r.payload.model.version,
      uri: r.payload.model.uri ?? null,
      state: stateOf(r, liveIds),
      status: r.latest ?? null,
      description: r.abandoned ?? r.statuses[0]?.description ?? null,
      created_at: r.createdAt,
      actor: r.payload.source.actor ?? r.creator,
      sha: r.sha,
      gate: r.payload.gate?.verdict ?? 'none',
      forced: r.payload.gate?.forced === true,
      metrics: r.payload.metrics,
      rollback_of: r.payload.rollback_of,
      rolled_back_by: rolledBackBy.get(r.id) ?? null,
      rollback_reason: r.rollbackReason ?? r.payload.rollback_reason ?? null,
      pr: r.payload.source.pr ?? null,
      evidence: evidenceSummary(r.payload.evidence, `${r.payload.model.version} (#${r.id})`),
    })),
  };
}

function formatMetric(value: number | null): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? String(value) : value.toPrecision(4).replace(/\.?0+$/, '');
}

/** A plain-text table for stdout. `headline` picks the metric columns (default: up to three from the newest release). */
export function renderHistoryTable(history: History, headline?: readonly string[]): string {
  const head = [`Releases of ${history.model ?? 'all models'} in ${history.environment}`, history.live ? `live: ${history.live.version} (#${history.live.id})` : 'nothing live'].join(' — ');
  if (history.releases.length === 0) return `${head}\n(no releases yet)\n`;
  const metricNames = (headline?.length ? [...headline] : Object.keys(history.releases[0]?.metrics ?? {})).slice(0, 3);
  const header = ['#', 'version', 'when', 'who', 'state', 'gate', ...metricNames, 'evidence', 'links'];
  const rows = history.releases.map((e) => {
    const links: string[] = [];
    if (e.rollback_of !== null) links.push(`rollback of #${e.rollback_of}`);
    if (e.rolled_back_by !== null) links.push(`rolled back by #${e.rolled_back_by}`);
    if (e.state === 'rolled back' && e.rollback_reason) links.push(`reason: ${e.rollback_reason}`);
    return [
      String(e.id),
      e.version,
      e.created_at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ''),
      e.actor,
      e.state,
      `${e.gate}${e.forced ? ' (forced)' : ''}`,
      ...metricNames.map((m) => formatMetric(e.metrics[m] ?? null)),
      evidenceWords(e.evidence),
      links.join('; '),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [head, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''].join('\n');
}
