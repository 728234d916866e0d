import type { Summary } from '../../ports.js';

/** Outside a runner there is no job summary; the report goes to files and stdout instead. */
export const noSummary: Summary = {
  available: false,
  write: () => Promise.resolve(),
};
