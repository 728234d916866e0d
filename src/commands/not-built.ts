import { usageError } from '../domain/errors.js';
import type { CommandResult } from './types.js';

/** Placeholder for a command whose issue has not landed yet: exit 2, said plainly. */
export function notBuiltYet(command: string): Promise<CommandResult> {
  return Promise.reject(usageError(`'mlgate ${command}' is not built yet in this version.`));
}
