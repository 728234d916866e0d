import * as core from '@actions/core';
import type { AnnotationProperties, Log } from '../../ports.js';
import { neutraliseLine, neutraliseText } from '../../domain/safe-output.js';

/**
 * Annotation properties carry data (a file name, a title quoting a column): no line breaks, no control characters.
 * @actions/core then escapes `%`, CR, LF, `:` and `,` in properties and `%`, CR, LF in the message.
 */
function safeProperties(a: AnnotationProperties | undefined): core.AnnotationProperties {
  if (!a) return {};
  const { title, file, ...rest } = a;
  return { ...rest, ...(title !== undefined ? { title: neutraliseLine(title) } : {}), ...(file !== undefined ? { file: neutraliseLine(file) } : {}) };
}

/**
 * Workflow-command log: warnings and errors become annotations. Every message is neutralised
 * (src/domain/safe-output.ts): this and `failAction` are the only places the action writes its log.
 */
export const actionsLog: Log = {
  info: (m) => core.info(neutraliseText(m)),
  debug: (m) => core.debug(neutraliseText(m)),
  warning: (m, a) => core.warning(neutraliseText(m), safeProperties(a)),
  error: (m, a) => core.error(neutraliseText(m), safeProperties(a)),
  notice: (m) => core.notice(neutraliseText(m)),
};

/** `core.setFailed` with the message neutralised like every other line. */
export function failAction(message: string): void {
  core.setFailed(neutraliseText(message));
}
