/**
 * `mlgate verify-evidence`: every stored item of a release's evidence, re-read and checked against the sha256 its
 * payload records, so a reviewer can check a decision later (SPEC §6 "Evidence"). Pure: the command reads, this
 * judges and renders.
 */
import { evidenceItems, type Evidence } from './manifest.js';
import type { EvidenceProblem } from './use.js';

/**
 * ok: the bytes match the recorded digest. mismatch: they do not. unreadable: the store has nothing readable there
 * (deleted, rewritten branch, …). not-stored: promote recorded that it could not store it, and why (nothing to verify).
 */
export type ItemStatus = 'ok' | 'mismatch' | 'unreadable' | 'not-stored';

export interface VerifiedItem {
  role: string;
  name: string | null;
  location: string | null;
  sha256: string | null;
  bytes: number | null;
  status: ItemStatus;
  /** The sha256 of the bytes found, on a mismatch. */
  found_sha256?: string;
  message?: string;
  /** Milliseconds to read the item, check its sha256 and undo its encoding (what every gate's read costs). */
  load_ms?: number;
}

export interface VerifiedRelease {
  id: number;
  version: string;
  live: boolean;
  store: Evidence['store'] | null;
  /** verified: every stored item matches; failed: a mismatch or an unreadable item; no-evidence: nothing recorded (or a malformed record). */
  status: 'verified' | 'failed' | 'no-evidence';
  message?: string;
  items: VerifiedItem[];
}

export interface VerifyEvidenceResult {
  model: string;
  environment: string;
  verdict: 'pass' | 'fail';
  releases: VerifiedRelease[];
}

/** The rows of one release: each recorded item with its check's outcome, then what promote said it could not store. */
export function verifiedItems(evidence: Evidence, outcome: (role: string) => ({ ok: true } | { ok: false; problem: EvidenceProblem }) & { ms?: number }): VerifiedItem[] {
  const rows: VerifiedItem[] = evidenceItems(evidence).map(({ role, item }) => {
    const got = outcome(role);
    const base = { role, name: item.name, location: item.location, sha256: item.sha256, bytes: item.bytes, ...(got.ms !== undefined ? { load_ms: got.ms } : {}) };
    if (got.ok) return { ...base, status: 'ok' };
    const p = got.problem;
    if (p.kind === 'digest-mismatch') return { ...base, status: 'mismatch', found_sha256: p.found, message: `sha256 ${p.found} found, ${p.expected} recorded` };
    return { ...base, status: 'unreadable', message: p.kind === 'unreadable' ? p.message : p.kind };
  });
  for (const [role, why] of Object.entries(evidence.missing)) {
    rows.push({ role: role.replace(/^profile:/, 'profile of '), name: null, location: null, sha256: null, bytes: null, status: 'not-stored', message: why });
  }
  return rows;
}

export function releaseStatus(items: readonly VerifiedItem[]): VerifiedRelease['status'] {
  return items.some((i) => i.status === 'mismatch' || i.status === 'unreadable') ? 'failed' : 'verified';
}

/** Fails on any mismatch, unreadable item, or release whose evidence cannot be verified at all. */
export function verifyVerdict(releases: readonly VerifiedRelease[]): 'pass' | 'fail' {
  return releases.every((r) => r.status === 'verified') ? 'pass' : 'fail';
}

const WORD: Record<ItemStatus, string> = { ok: 'ok', mismatch: 'MISMATCH', unreadable: 'UNREADABLE', 'not-stored': 'not stored' };

/** A plain-text table per release for stdout. */
export function renderVerifyText(result: VerifyEvidenceResult): string {
  const out: string[] = [];
  for (const r of result.releases) {
    out.push(`Evidence of ${result.model} ${r.version} (#${r.id}${r.live ? ', live' : ''}) in ${result.environment}${r.store ? `, ${r.store} store` : ''}: ${r.status}${r.message ? ` — ${r.message}` : ''}`);
    if (r.items.length === 0) continue;
    const rows = r.items.map((i) => [i.role, i.sha256 ? i.sha256.slice(0, 12) : '–', i.bytes !== null ? String(i.bytes) : '–', `${WORD[i.status]}${i.message ? `: ${i.message}` : ''}`]);
    const header = ['item', 'sha256', 'bytes', 'result'];
    const widths = header.map((h, k) => Math.max(h.length, ...rows.map((row) => (row[k] ?? '').length)));
    const line = (cells: readonly string[]): string => cells.map((c, k) => (k === 2 ? c.padStart(widths[k] ?? 0) : c.padEnd(k === cells.length - 1 ? 0 : (widths[k] ?? 0)))).join('  ').trimEnd();
    out.push(`  ${line(header)}`, ...rows.map((row) => `  ${line(row)}`));
  }
  const failed = result.releases.filter((r) => r.status !== 'verified').length;
  out.push(result.verdict === 'pass' ? `verified: every stored item of ${result.releases.length} release(s) matches its recorded sha256` : `NOT verified: ${failed} of ${result.releases.length} release(s) have evidence that does not match, cannot be read, or was never recorded`);
  return `${out.join('\n')}\n`;
}
