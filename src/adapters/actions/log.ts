import * as core from '@actions/core';
import type { Log } from '../../ports.js';

/** Workflow-command log: warnings and errors become annotations. */
export const actionsLog: Log = {
  info: (m) => core.info(m),
  debug: (m) => core.debug(m),
  warning: (m, a) => core.warning(m, a ?? {}),
  error: (m, a) => core.error(m, a ?? {}),
  notice: (m) => core.notice(m),
};
