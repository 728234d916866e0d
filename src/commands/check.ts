import { loadConfig } from './invocation.js';
import { notBuiltYet } from './not-built.js';
import { commentOption, configOption, datasetOption, jsonOption, modelOption, storeOption, tokenOption } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

export const checkCommand: Command = {
  spec: {
    name: 'check',
    summary: 'Validate, compare and report in one process (the PR gate).',
    options: [configOption, jsonOption, modelOption, datasetOption, commentOption, storeOption, tokenOption],
    outputs: [
      { name: 'verdict', description: 'pass, warn or fail.' },
      { name: 'failed-metrics', description: 'Comma-separated names of metrics that failed their gate.' },
      { name: 'failed-checks', description: 'Number of failed data checks of severity error.' },
      { name: 'report-path', description: 'Path of the rendered Markdown report.' },
      { name: 'comment-url', description: 'URL of the sticky comment, when one was posted.' },
    ],
    stepAction: true,
  },
  async run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    await loadConfig(invocation, context);
    return notBuiltYet('check');
  },
};
