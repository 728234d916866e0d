import { loadConfig } from './invocation.js';
import { notBuiltYet } from './not-built.js';
import { configOption, jsonOption, modelOption, storeOption, tokenOption } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

export const compareCommand: Command = {
  spec: {
    name: 'compare',
    summary: 'Gate candidate metrics against the baseline.',
    options: [configOption, jsonOption, modelOption, storeOption, tokenOption],
    outputs: [
      { name: 'verdict', description: 'pass, warn or fail.' },
      { name: 'failed-metrics', description: 'Comma-separated names of metrics that failed their gate.' },
      { name: 'report-path', description: 'Path of the JSON result.' },
    ],
    stepAction: true,
  },
  async run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    await loadConfig(invocation, context);
    return notBuiltYet('compare');
  },
};
