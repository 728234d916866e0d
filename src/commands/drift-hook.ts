import type { DriftHook } from './drift-types.js';
import type { Invocation } from './types.js';

/**
 * The drift step of a command's invocation (its store option says where `reference: production` is read from),
 * loaded only when a dataset has `drift:` (its modules take ~30 ms to load, which a run without drift need not pay).
 */
export const lazyDriftHook =
  (invocation: Invocation): DriftHook =>
  async (input) =>
    (await import('./drift-step.js')).driftHook(input, invocation);
