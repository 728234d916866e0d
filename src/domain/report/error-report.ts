/**
 * The "could not run" report: when `check` or `report` ends with an input or config error, the sticky comment and the
 * job summary say so (with the error and the fix) instead of leaving the previous push's verdict standing.
 */
import type { ErrorKind } from '../errors.js';
import { text } from './escape.js';
import { marker } from './marker.js';
import { footer } from './render.js';
import type { ReportLinks } from './types.js';

export interface ErrorReportInput {
  key: string;
  /** The mlgate command that failed (`check`, `report`). */
  command: string;
  kind: ErrorKind;
  /** The one-line error (`file:line: message`). Untrusted: it quotes file names and data. */
  message: string;
  /** Further lines of the error (hints, more problems). */
  details?: readonly string[];
  links?: ReportLinks;
  sha?: string;
  version?: string;
}

const FIX: Record<ErrorKind, string> = {
  input: 'Fix the data or file named above (or leave it out of the dataset) and push again; `mlgate validate` reproduces this locally.',
  config: 'Fix `mlgate.yml` at the field named above and push again; `mlgate validate --config mlgate.yml` checks it locally.',
  usage: "Fix the step's inputs in the workflow file (the error names the input) and re-run the job.",
  github: 'GitHub refused or failed a request: re-run the job; if it repeats, check the token\'s permissions named above.',
  internal: 'This is a bug in mlgate, not in your change: re-run the job, and report it with a link to the run if it repeats.',
};

export const MAX_DETAIL_LINES = 5;

export function renderErrorReport(input: ErrorReportInput): string {
  const details = input.details ?? [];
  const shown = details.slice(0, MAX_DETAIL_LINES).map((d) => `- ${text(d, { max: 300 })}`);
  if (details.length > shown.length) shown.push(`- and ${details.length - shown.length} more (see the job log)`);
  const sha = input.sha && /^[0-9a-f]{7,40}$/i.test(input.sha) ? ` for ${input.sha.slice(0, 7)}` : '';
  return [
    marker(input.key),
    `❌ **mlgate could not run${sha}:** there is no verdict for this push (an earlier result no longer applies).`,
    '',
    `**Error** (${input.kind}, in \`mlgate ${text(input.command, { max: 30 })}\`): ${text(input.message, { max: 600 })}`,
    '',
    ...(shown.length ? [...shown, ''] : []),
    `**Fix:** ${FIX[input.kind]}`,
    '',
    footer({ key: input.key, links: input.links, sha: input.sha, version: input.version }),
  ].join('\n');
}
