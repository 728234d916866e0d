import type { ProductionDataHook } from './data-vs-production.js';
import type { Invocation } from './types.js';

export type { ProductionDataHook };

/**
 * The hook of a command's invocation (its store option says where releases are read), loaded on first
 * use. A config without models has no release to compare with: its module (the release store's, with
 * the GitHub client) is not loaded at all, which spared validate ~0.2 s after the read.
 */
export function lazyProductionDataHook(invocation: Invocation): ProductionDataHook {
  let hook: Promise<ProductionDataHook> | undefined;
  return async (input) => {
    if (input.loaded.config.models.length === 0) return undefined;
    hook ??= import('./data-vs-production.js').then((m) => m.productionDataHook(invocation));
    return (await hook)(input);
  };
}
