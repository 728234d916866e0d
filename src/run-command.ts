import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stopSpareChunkWorkers } from './io/workers/chunk-workers.js';
import type { Command, CommandContext, CommandResult, Invocation } from './commands/types.js';
import { isMlgateError, MlgateError } from './domain/errors.js';
import { resultsJson } from './domain/results.js';

export type Outcome =
  | { kind: 'done'; result: CommandResult }
  | { kind: 'error'; error: MlgateError };

/** Runs a command and writes `--json`; shared by the CLI and the action so both behave the same. */
export async function runCommand(command: Command, invocation: Invocation, context: CommandContext): Promise<Outcome> {
  try {
    const result = await command.run(invocation, context);
    const jsonPath = invocation.options.json;
    if (typeof jsonPath === 'string' && jsonPath !== '' && result.json !== undefined) {
      const file = path.resolve(context.cwd, jsonPath);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, resultsJson(result.json), 'utf8');
    }
    return { kind: 'done', result };
  } catch (error) {
    if (isMlgateError(error)) return { kind: 'error', error };
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'error', error: new MlgateError('internal', `unexpected error: ${message}`, { cause: error }) };
  } finally {
    await stopSpareChunkWorkers();
  }
}

/** The one-line message plus details; a stack (internal errors only) is for debug output. */
export function errorLines(error: MlgateError): string[] {
  return [error.oneLine(), ...error.details];
}

export function errorStack(error: MlgateError): string | undefined {
  return error.kind === 'internal' && error.cause instanceof Error ? error.cause.stack : undefined;
}
