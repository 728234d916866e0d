import { loadConfig } from './invocation.js';
import { notBuiltYet } from './not-built.js';
import { configOption, environmentOption, jsonOption, modelOption, storeOption, tokenOption } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

export const historyCommand: Command = {
  spec: {
    name: 'history',
    summary: "List an environment's releases.",
    options: [configOption, jsonOption, modelOption, environmentOption, { name: 'limit', type: 'string', default: '20', description: 'How many releases to list.' }, storeOption, tokenOption],
    outputs: [
      { name: 'live-version', description: 'Version live now.' },
      { name: 'live-deployment-id', description: 'Id of the live release.' },
    ],
    stepAction: true,
  },
  async run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    await loadConfig(invocation, context);
    return notBuiltYet('history');
  },
};
