/** A release's evidence as `history` shows it: every stored item (digest, size, location), what was not stored and why. */
import { evidenceItems } from './manifest.js';
import { evidenceProblemText, readEvidence } from './use.js';

export type EvidenceSummary =
  | {
      status: 'recorded';
      store: 'local' | 'github';
      items: { role: string; name: string; sha256: string; bytes: number; encoding: 'gzip' | 'identity'; location: string }[];
      /** Sum of the stored bytes (compressed). */
      bytes: number;
      /** What promote could not store, by role, and why. */
      missing: Record<string, string>;
      /** Datasets whose fingerprints (files, rows, columns) the payload holds. */
      datasets: string[];
    }
  | { status: 'none' | 'malformed'; reason: string };

export function evidenceSummary(raw: unknown, release: string): EvidenceSummary {
  const evidence = readEvidence(raw, release);
  if ('kind' in evidence) return { status: evidence.kind === 'malformed' ? 'malformed' : 'none', reason: evidenceProblemText(evidence) };
  const items = evidenceItems(evidence).map(({ role, item }) => ({ role, ...item }));
  return { status: 'recorded', store: evidence.store, items, bytes: items.reduce((n, i) => n + i.bytes, 0), missing: evidence.missing, datasets: Object.keys(evidence.data) };
}

/** A few words for the history table: `4 items, 25.6 KiB`, `… ; not stored: predictions`, or `none`. */
export function evidenceWords(s: EvidenceSummary): string {
  if (s.status !== 'recorded') return s.status;
  const size = s.bytes < 1024 ? `${s.bytes} B` : s.bytes < 1024 * 1024 ? `${(s.bytes / 1024).toFixed(1)} KiB` : `${(s.bytes / 1024 / 1024).toFixed(1)} MiB`;
  const missing = Object.keys(s.missing).map((k) => k.replace(/^profile:/, 'profile of '));
  return `${s.items.length} item${s.items.length === 1 ? '' : 's'}, ${size}${missing.length ? `; not stored: ${missing.join(', ')}` : ''}`;
}
