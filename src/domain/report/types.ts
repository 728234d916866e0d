import type { ComparisonResult, ValidationResult, Verdict } from '../results.js';
import type { ReleasePayload } from '../release/payload.js';

export interface ReportLinks {
  /** The workflow run that produced the results. */
  runUrl?: string;
  /** Where the run's artifacts are listed (the run page's #artifacts). */
  artifactsUrl?: string;
  /** Name of the artifact holding the full report and results. */
  artifactName?: string;
}

export interface ReportInput {
  /** Sticky-comment key; the marker `<!-- mlgate:<key> -->` is the first line. */
  key: string;
  validation?: ValidationResult;
  comparisons?: readonly ComparisonResult[];
  /** Releases of each model's environment, newest first (payloads from the release store), for the charts. */
  history?: Readonly<Record<string, readonly ReleasePayload[]>>;
  /** Metrics to chart per model (config `headline`); default: the first gated ones. */
  headline?: Readonly<Record<string, readonly string[]>>;
  links?: ReportLinks;
  /** Commit the results are for. */
  sha?: string;
  /** mlgate version, shown in the footer. */
  version?: string;
  /** Examples shown per failed check (config `report.max_examples`, default 5). */
  maxExamples?: number;
  /** Releases shown in each chart before the candidate (default 6). */
  chartReleases?: number;
}

export interface RenderOptions {
  /** Upper bound on the Markdown's length in UTF-16 code units (≥ characters). Default: the comment limit. */
  maxChars?: number;
  /** Wording for where the full report is, used in the "left out" note. */
  fullReportHint?: string;
}

export interface RenderedReport {
  markdown: string;
  verdict: Verdict;
  /** What the size limit left out, in words (empty when nothing was). */
  omitted: string[];
}

/** GitHub rejects issue-comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/** What we aim for: the limit minus headroom for counting differences. */
export const COMMENT_BUDGET = 65_000;
