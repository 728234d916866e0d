import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export { runCli } from './cli.js';

/** The action entry, loaded only when an action runs (the CLI does not pay for @actions/core). */
export async function runAction(fixedCommand?: string): Promise<number> {
  return (await import('./action.js')).runAction(fixedCommand);
}

/** Entry of the CSV chunk workers (src/io/data/csv/parallel.ts): loads only the worker's code. */
export async function startCsvChunkWorker(): Promise<void> {
  await import('./io/data/csv/chunk-worker-main.js');
}


/** `node dist/index.js` is the root action; step actions and the CLI import this module instead. */
function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  process.exitCode = await runAction();
}
