import * as cache from '@actions/cache';
import type { Cache, Log } from '../../ports.js';

/** The runner's cache service (@actions/cache). Failures to save are warnings: a cache is an optimisation. */
export class ActionsCache implements Cache {
  readonly kind = 'actions';

  constructor(private readonly log: Log) {}

  async restore(paths: readonly string[], key: string): Promise<string | undefined> {
    try {
      return await cache.restoreCache([...paths], key);
    } catch (e) {
      this.log.warning(`cache restore failed for ${key}: ${(e as Error).message}`);
      return undefined;
    }
  }

  async save(paths: readonly string[], key: string): Promise<void> {
    try {
      await cache.saveCache([...paths], key);
    } catch (e) {
      const message = (e as Error).message;
      // Another job saved the same key first: the content is identical by construction (content hash).
      if (/already exists|reserve/i.test(message)) this.log.debug(`cache ${key}: ${message}`);
      else this.log.warning(`cache save failed for ${key}: ${message}`);
    }
  }
}
