import type { DriftHook } from './drift-types.js';

/** The drift step, loaded only when a dataset has `drift:` (its modules take ~30 ms to load, which a run without drift need not pay). */
export const lazyDriftHook: DriftHook = async (input) => (await import('./drift-step.js')).driftHook(input);
