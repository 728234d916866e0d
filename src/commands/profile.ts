import { loadConfig } from './invocation.js';
import { notBuiltYet } from './not-built.js';
import { configOption, datasetOption, jsonOption } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

export const profileCommand: Command = {
  spec: {
    name: 'profile',
    summary: 'Write a mergeable profile (statistics + sketches) of a dataset or one shard of it.',
    positionals: '[files...]',
    options: [configOption, jsonOption, datasetOption, { name: 'shard', type: 'string', description: 'i/n: profile only shard i of n.' }, { name: 'out', type: 'string', description: 'Where to write the profile JSON.' }],
    outputs: [{ name: 'profile-path', description: 'Path of the profile written.' }],
    stepAction: false,
  },
  async run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    await loadConfig(invocation, context);
    return notBuiltYet('profile');
  },
};
