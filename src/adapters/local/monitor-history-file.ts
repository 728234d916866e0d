import path from 'node:path';
import type { MonitorHistoryStore } from '../../ports.js';
import { keyFileName, readIfExists, writeWhole } from './monitor-files.js';

/** The run history as `.mlgate/monitor/<key>.history.json` (the domain owns its format). */
export class MonitorHistoryFile implements MonitorHistoryStore {
  readonly kind = 'local' as const;
  constructor(private readonly dir: string) {}

  fileFor(key: string): string {
    return path.join(this.dir, keyFileName(key, '.history.json'));
  }

  read(key: string): Promise<string | undefined> {
    return readIfExists(this.fileFor(key));
  }

  write(key: string, text: string): Promise<void> {
    return writeWhole(this.fileFor(key), text);
  }
}
