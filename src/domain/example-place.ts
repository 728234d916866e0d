import type { Example } from './results.js';

/** Where an example is, as the CLI and the logs write it: `file:line`, or `file row N` (Parquet), or the file alone. */
export function placeText(p: Pick<Example, 'file' | 'line' | 'row'>): string {
  return `${p.file}${p.line !== undefined ? `:${p.line}` : p.row !== undefined ? ` row ${p.row}` : ''}`;
}

/** What stands for an example's value when no shard kept it (a repeat across shards): the earlier place of its key. */
export function repeatsText(e: Example): string | undefined {
  return e.repeats ? `same key as ${placeText(e.repeats)} (value not kept across shards)` : undefined;
}
