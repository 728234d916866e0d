import { text } from '../report/escape.js';
import { marker } from '../report/marker.js';
import type { Release } from './state.js';

/** The comment key of the note on the PR that introduced a reverted release (reruns update it, never duplicate). */
export function rollbackCommentKey(reverted: Release): string {
  return `rollback-${reverted.id}`;
}

/** Markdown for the PR that introduced the reverted release; names, versions and the reason are untrusted. */
export function rollbackCommentBody(input: { reverted: Release; restored: Release; newId: number; reason: string; environment: string; runUrl?: string | undefined }): string {
  const { reverted, restored } = input;
  return [
    marker(rollbackCommentKey(reverted)),
    `### ⏪ mlgate rolled back ${text(reverted.payload.model.name)} ${text(reverted.payload.model.version)} in ${text(input.environment)}`,
    '',
    `The release this pull request introduced (deployment ${reverted.id}) was rolled back to ${text(restored.payload.model.version)} (deployment ${restored.id}, restored as deployment ${input.newId}).`,
    '',
    `**Reason:** ${text(input.reason, { max: 500 })}`,
    ...(input.runUrl ? ['', `[Rollback run](${encodeURI(input.runUrl)})`] : []),
    '',
  ].join('\n');
}
