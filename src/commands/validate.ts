import { loadConfig } from './invocation.js';
import { notBuiltYet } from './not-built.js';
import { configOption, datasetOption, jsonOption, storeOption, tokenOption } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

export const validateCommand: Command = {
  spec: {
    name: 'validate',
    summary: 'Run data checks (and drift when a reference is configured).',
    options: [configOption, jsonOption, datasetOption, storeOption, tokenOption],
    outputs: [
      { name: 'verdict', description: 'pass, warn or fail.' },
      { name: 'failed-checks', description: 'Number of failed checks of severity error.' },
      { name: 'report-path', description: 'Path of the JSON result.' },
    ],
    stepAction: true,
  },
  async run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    await loadConfig(invocation, context);
    return notBuiltYet('validate');
  },
};
