import type { ComparisonResult, Verdict } from '../results.js';

function isComparison(value: unknown): value is ComparisonResult {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Partial<ComparisonResult>;
  return (v.verdict === 'pass' || v.verdict === 'fail' || v.verdict === 'warn') && typeof v.model === 'string' && Array.isArray(v.metrics);
}

/** Every comparison result in a `compare --json` or `check --json` document (searched two levels deep). */
export function findComparisons(value: unknown, depth = 0): ComparisonResult[] {
  if (isComparison(value)) return [value];
  if (depth >= 2 || value === null || typeof value !== 'object') return [];
  const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
  return children.flatMap((c) => findComparisons(c, depth + 1));
}

export type GateReading =
  | { kind: 'found'; verdict: Verdict; metrics: Record<string, number | null>; comparison: ComparisonResult }
  | { kind: 'missing'; reason: string };

/** The gate verdict and candidate metrics of `model` in a results document. */
export function readGate(document: unknown, model: string): GateReading {
  const all = findComparisons(document);
  const mine = all.filter((c) => c.model === model);
  if (mine.length === 0) {
    return { kind: 'missing', reason: all.length ? `it holds comparisons of ${[...new Set(all.map((c) => c.model))].join(', ')}, not of model '${model}'` : 'it holds no comparison result ({ verdict, model, metrics: [...] })' };
  }
  const comparison = mine[0]!;
  const metrics: Record<string, number | null> = {};
  // Results JSON spells a non-finite candidate as text ("Infinity"); a release payload holds finite numbers or null.
  for (const m of comparison.metrics) metrics[m.name] = typeof m.candidate === 'number' && Number.isFinite(m.candidate) ? m.candidate : null;
  return { kind: 'found', verdict: comparison.verdict, metrics, comparison };
}

/** The pull request that introduced a commit, from the event payload (a PR event, or a merge/squash commit message). */
export function pullRequestOf(event: unknown): number | undefined {
  if (event === null || typeof event !== 'object') return undefined;
  const e = event as { pull_request?: { number?: unknown }; number?: unknown; head_commit?: { message?: unknown } };
  if (typeof e.pull_request?.number === 'number') return e.pull_request.number;
  const message = typeof e.head_commit?.message === 'string' ? e.head_commit.message : '';
  const firstLine = message.split('\n')[0] ?? '';
  const merge = /^Merge pull request #(\d+)\b/.exec(firstLine) ?? /\(#(\d+)\)\s*$/.exec(firstLine);
  return merge ? Number(merge[1]) : undefined;
}

/**
 * The report artifact of a release: unique per environment and run attempt, because GitHub keeps one artifact of a
 * name per workflow run (a second upload, even from a rerun, is a 409), and one run may promote a version to
 * staging and then production. Artifact names may not contain " : < > | * ? \r \n \ / (@actions/artifact).
 */
export function artifactName(release: { model: string; version: string; environment: string; attempt?: number | undefined }): string {
  const attempt = release.attempt !== undefined ? `-attempt-${release.attempt}` : '';
  return `mlgate-${release.model}-${release.version}-${release.environment}${attempt}`.replace(/["':<>|*?\r\n\\/]/g, '-');
}
