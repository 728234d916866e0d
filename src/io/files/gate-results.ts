import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Where a results directory keeps one comparison per model (`check --results`, see results-dir.ts). */
const COMPARISONS = 'comparisons';

async function jsonFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => path.join(dir, e.name)).sort();
}

/**
 * The JSON files a directory given to `promote --results` may hold a gate verdict in: a results directory's
 * `comparisons/*.json` (as `check` writes them), then the directory's own `*.json` (`compare --json` output put there).
 */
export async function gateResultFiles(dir: string): Promise<string[]> {
  return [...(await jsonFiles(path.join(dir, COMPARISONS))), ...(await jsonFiles(dir))];
}
