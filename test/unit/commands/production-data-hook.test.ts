import { describe, expect, it, vi } from 'vitest';
import type { ProductionDataHook } from '../../../src/commands/data-vs-production.js';
import { lazyProductionDataHook } from '../../../src/commands/data-vs-production-hook.js';
import type { Invocation } from '../../../src/commands/types.js';

// Loading the hook's module is what a config without models must not do (it brings the release store
// and the GitHub client): here, loading it records the call and answers with a marker.
const loaded = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/commands/data-vs-production.js', () => ({
  productionDataHook: () => {
    loaded.count++;
    return () => Promise.resolve({ status: 'unavailable', reason: 'marker' });
  },
}));

type Input = Parameters<ProductionDataHook>[0];
const input = (models: unknown[]): Input => ({ loaded: { config: { models } } }) as unknown as Input;

describe('lazyProductionDataHook', () => {
  it('answers nothing for a config without models, without loading the hook', async () => {
    const hook = lazyProductionDataHook({} as Invocation);
    expect(await hook(input([]))).toBeUndefined();
    expect(await hook(input([]))).toBeUndefined();
    expect(loaded.count).toBe(0);
  });

  it('loads the hook once, on first use, when the config has models', async () => {
    const hook = lazyProductionDataHook({} as Invocation);
    expect(await hook(input([{ name: 'm' }]))).toEqual({ status: 'unavailable', reason: 'marker' });
    expect(await hook(input([{ name: 'm' }, { name: 'n' }]))).toEqual({ status: 'unavailable', reason: 'marker' });
    expect(loaded.count).toBe(1);
  });
});
