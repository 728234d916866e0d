import { loadConfig } from './invocation.js';
import { notBuiltYet } from './not-built.js';
import { commentOption, configOption, jsonOption, modelOption, tokenOption } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

export const reportCommand: Command = {
  spec: {
    name: 'report',
    summary: 'Render the Markdown report; post or update the PR comment; write the job summary.',
    options: [configOption, jsonOption, modelOption, { name: 'results', type: 'string', description: 'Directory or file with validation/comparison results (e.g. a downloaded artifact).' }, commentOption, tokenOption],
    outputs: [
      { name: 'report-path', description: 'Path of the rendered Markdown report.' },
      { name: 'comment-id', description: 'Id of the sticky comment, when one was posted.' },
      { name: 'comment-url', description: 'URL of the sticky comment, when one was posted.' },
    ],
    stepAction: true,
  },
  async run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    await loadConfig(invocation, context);
    return notBuiltYet('report');
  },
};
