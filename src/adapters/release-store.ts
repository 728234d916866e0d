import type { GitHubContext } from '../commands/types.js';
import { usageError } from '../domain/errors.js';
import type { Log, ReleaseStore } from '../ports.js';

export type StoreChoice = 'auto' | 'github' | 'local';

export interface ReleaseStoreSettings {
  choice: StoreChoice;
  cwd: string;
  github: GitHubContext;
  inActions: boolean;
  log: Log;
}

/** Picks the GitHub Deployments store or the local file store (`.mlgate/releases.json`). */
export function createReleaseStore(settings: ReleaseStoreSettings): ReleaseStore {
  void settings;
  throw usageError('release stores are not built yet in this version');
}
