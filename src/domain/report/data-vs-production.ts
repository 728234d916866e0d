/**
 * The "Data vs production" part of a dataset (SPEC §5): what changed since the live release, from the fingerprints
 * stored with it. A three-row table (files, rows, columns) that fits the 780 px comment column, then the names:
 * long lists end in "and N more" (the `--json` result lists them all). Drift is only counted here; its rows are
 * in the drift part that follows.
 */
import type { DataVsProduction } from '../results.js';
import { code, text } from './escape.js';
import { count, plural, share } from './format.js';

/** Characters of names shown per list before "and N more". */
const LIST_CHARS = 160;

/** Whole names (escaped) while their plain length fits, then "and N more". */
function names(list: readonly string[], decorate: (name: string) => string = (n) => code(n, { max: 60 })): string {
  const shown: string[] = [];
  let used = 0;
  for (const name of list) {
    if (shown.length > 0 && used + Math.min(name.length, 60) > LIST_CHARS) break;
    shown.push(decorate(name));
    used += Math.min(name.length, 60) + 2;
  }
  const more = list.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${count(more)} more` : shown.join(', ');
}

function change(words: readonly [number, string][]): string {
  const parts = words.filter(([n]) => n > 0).map(([n, w]) => `${count(n)} ${w}`);
  return parts.length ? parts.join(', ') : 'same';
}

function rowsChange(then: number | null, now: number): string {
  if (then === null) return 'not recorded then';
  const d = now - then;
  if (d === 0) return 'same';
  return `${d > 0 ? '+' : '−'}${count(Math.abs(d))}${then > 0 ? ` (${d > 0 ? '+' : '−'}${share(Math.abs(d) / then)})` : ''}`;
}

function driftLine(p: DataVsProduction): string[] {
  const d = p.drift;
  if (!d) return [];
  if (d.skipped) return [`Drift against the production profile: not compared (${text(d.skipped, { max: 160 })}).`];
  return [`Drift against the production profile: ${d.drifted} of ${plural(d.compared, 'compared column')} drifted${d.drifted > 0 ? ' (see the drift table below)' : ''}.`];
}

export function dataVsProductionSection(p: DataVsProduction | undefined): string[] {
  if (!p) return [];
  if (p.status === 'unavailable' || !p.files || !p.rows || !p.columns) {
    return [`**Data vs production**: not compared — ${text(p.reason ?? 'the stored fingerprints could not be read', { max: 300 })}.`, '', ...driftLine(p), ''];
  }
  const { files: f, rows: r, columns: c } = p;
  const release = `against ${text(p.release ?? '?', { max: 40 })}`;
  const filesThen = f.unchanged + f.removed.length + f.changed.length;
  const filesNow = f.unchanged + f.added.length + f.changed.length;
  const colsThen = c.unchanged + c.removed.length + c.retyped.length;
  const colsNow = c.unchanged + c.added.length + c.retyped.length;
  const same = f.added.length + f.removed.length + f.changed.length + c.added.length + c.removed.length + c.retyped.length === 0 && r.production === r.now;
  if (same) {
    return [`**Data vs production** (${release}): the same ${plural(filesNow, 'file')} (by sha256), ${plural(r.now, 'row')} and ${plural(colsNow, 'column')} as production.`, '', ...driftLine(p), ''];
  }
  const out = [
    `**Data vs production** (${release})`,
    '',
    '| | Production | This run | Change |',
    '|:--|--:|--:|:--|',
    `| Files | ${count(filesThen)} | ${count(filesNow)} | ${change([[f.added.length, 'added'], [f.removed.length, 'removed'], [f.changed.length, 'changed']])} |`,
    `| Rows | ${r.production === null ? '—' : count(r.production)} | ${count(r.now)} | ${rowsChange(r.production, r.now)} |`,
    `| Columns | ${count(colsThen)} | ${count(colsNow)} | ${change([[c.added.length, 'added'], [c.removed.length, 'removed'], [c.retyped.length, 'retyped']])} |`,
    '',
  ];
  const lists = [
    f.added.length ? `Files added: ${names(f.added)}.` : '',
    f.removed.length ? `Files removed: ${names(f.removed)}.` : '',
    f.changed.length ? `Files changed: ${names(f.changed)}.` : '',
    c.added.length ? `Columns added: ${names(c.added.map((x) => x.name), (n) => `${code(n, { max: 40 })} (${text(c.added.find((x) => x.name === n)?.type ?? '', { max: 20 })})`)}.` : '',
    c.removed.length ? `Columns removed: ${names(c.removed.map((x) => x.name), (n) => code(n, { max: 40 }))}.` : '',
    c.retyped.length ? `Columns retyped: ${names(c.retyped.map((x) => x.name), (n) => { const t = c.retyped.find((x) => x.name === n)!; return `${code(n, { max: 40 })} ${text(t.production, { max: 20 })} → ${text(t.now, { max: 20 })}`; })}.` : '',
  ].filter(Boolean);
  // Separate paragraphs read as lines in a PR comment (one `<br>`-free line each).
  for (const line of lists) out.push(line, '');
  out.push(...driftLine(p), '');
  return out;
}
