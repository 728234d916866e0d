import { appendFile } from 'node:fs/promises';
import type { Summary } from '../../ports.js';
import { noSummary } from '../local/no-summary.js';

/** GitHub caps one step's summary at 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Appends to GITHUB_STEP_SUMMARY; degrades to no summary when the runner did not provide one. */
export function jobSummary(env: Readonly<Record<string, string | undefined>>): Summary {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return noSummary;
  return {
    available: true,
    async write(markdown: string) {
      let text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
      if (Buffer.byteLength(text) > SUMMARY_LIMIT_BYTES) {
        const note = '\n\n_Summary truncated to fit the 1 MiB job-summary limit; the full report is in the results artifact._\n';
        text = Buffer.from(text).subarray(0, SUMMARY_LIMIT_BYTES - Buffer.byteLength(note) - 4).toString('utf8').replace(/\uFFFD+$/, '') + note;
      }
      await appendFile(file, text, 'utf8');
    },
  };
}
