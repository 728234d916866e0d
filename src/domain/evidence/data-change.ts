/**
 * "Data vs production" (SPEC §5, §6 "Evidence"): a dataset's fingerprints now against the ones stored with the live
 * release: files added, removed and changed (by path and sha256), rows then and now, columns added, removed and
 * retyped, and a count of the drift against the production profile.
 */
import type { DataVsProduction, DriftResult } from '../results.js';
import type { DataFingerprint } from './manifest.js';
import { listWithMore } from '../report/shorten.js';

/** The row carrying the share-of-drifted-columns verdict (and a skipped reference's reason). */
const DATASET_ROW = '(dataset)';

/** Compares the dataset's fingerprint now with the one stored with `release`. */
export function compareData(release: string, production: DataFingerprint, now: DataFingerprint & { rows: number }): DataVsProduction {
  const before = new Map(production.files.map((f) => [f.path, f.sha256]));
  const after = new Map(now.files.map((f) => [f.path, f.sha256]));
  const added = now.files.filter((f) => !before.has(f.path)).map((f) => f.path);
  const removed = production.files.filter((f) => !after.has(f.path)).map((f) => f.path);
  const changed = now.files.filter((f) => before.has(f.path) && before.get(f.path) !== f.sha256).map((f) => f.path);
  const unchangedFiles = now.files.filter((f) => before.get(f.path) === f.sha256).length;
  const columnsAdded = Object.entries(now.columns).filter(([name]) => !(name in production.columns)).map(([name, type]) => ({ name, type }));
  const columnsRemoved = Object.entries(production.columns).filter(([name]) => !(name in now.columns)).map(([name, type]) => ({ name, type }));
  const retyped = Object.entries(now.columns)
    .filter(([name, type]) => name in production.columns && production.columns[name] !== type)
    .map(([name, type]) => ({ name, production: production.columns[name]!, now: type }));
  const unchangedColumns = Object.entries(now.columns).filter(([name, type]) => production.columns[name] === type).length;
  return {
    status: 'compared',
    release,
    files: { added, removed, changed, unchanged: unchangedFiles },
    rows: { production: production.rows, now: now.rows },
    columns: { added: columnsAdded, removed: columnsRemoved, retyped, unchanged: unchangedColumns },
  };
}

/** How many columns drifted against the production profile, from the dataset's drift rows. */
export function driftCount(rows: readonly DriftResult[]): NonNullable<DataVsProduction['drift']> {
  const columns = rows.filter((r) => r.column !== DATASET_ROW && r.status !== 'skipped');
  const skipped = rows.find((r) => r.column === DATASET_ROW && r.status === 'skipped');
  return { compared: columns.length, drifted: columns.filter((r) => r.status === 'fail' || r.status === 'warn').length, ...(skipped?.message ? { skipped: skipped.message } : {}) };
}

/** True when nothing about the data changed since the release: same files, rows and column types. */
export function unchangedData(p: DataVsProduction): boolean {
  const f = p.files;
  const c = p.columns;
  return p.status === 'compared' && !!f && !!c && f.added.length + f.removed.length + f.changed.length + c.added.length + c.removed.length + c.retyped.length === 0 && p.rows?.production === p.rows?.now;
}

/** Characters of names listed per list on stdout; `--json` lists them all. */
const LIST = 200;

/** One line per dataset for stdout: `vs production 1.0.0 (#1): files 1 added, 1 changed; rows 3,000 → 3,100; …`. */
export function dataVsProductionText(p: DataVsProduction): string {
  if (p.status === 'unavailable') return `data vs production: not compared — ${p.reason ?? 'no reason given'}`;
  const parts: string[] = [];
  const f = p.files!;
  const fileWords = [f.added.length ? `${f.added.length} added (${listWithMore(f.added, LIST)})` : '', f.removed.length ? `${f.removed.length} removed (${listWithMore(f.removed, LIST)})` : '', f.changed.length ? `${f.changed.length} changed (${listWithMore(f.changed, LIST)})` : ''].filter(Boolean);
  parts.push(`files ${fileWords.length ? fileWords.join(', ') : 'unchanged'}`);
  parts.push(`rows ${p.rows?.production ?? '?'} → ${p.rows?.now ?? '?'}`);
  const c = p.columns!;
  const colWords = [
    c.added.length ? `added ${listWithMore(c.added.map((x) => `${x.name} (${x.type})`), LIST)}` : '',
    c.removed.length ? `removed ${listWithMore(c.removed.map((x) => x.name), LIST)}` : '',
    c.retyped.length ? `retyped ${listWithMore(c.retyped.map((x) => `${x.name} ${x.production} → ${x.now}`), LIST)}` : '',
  ].filter(Boolean);
  parts.push(`columns ${colWords.length ? colWords.join('; ') : 'unchanged'}`);
  if (p.drift) parts.push(p.drift.skipped ? `drift not compared (${p.drift.skipped})` : `drift in ${p.drift.drifted} of ${p.drift.compared} columns`);
  return `data vs production ${p.release ?? ''}: ${parts.join('; ')}`;
}
