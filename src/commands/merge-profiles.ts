import { notBuiltYet } from './not-built.js';
import { configOption, jsonOption } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

export const mergeProfilesCommand: Command = {
  spec: {
    name: 'merge-profiles',
    summary: 'Merge shard profiles into one.',
    positionals: '<profiles...>',
    options: [configOption, jsonOption, { name: 'out', type: 'string', description: 'Where to write the merged profile.' }],
    outputs: [{ name: 'profile-path', description: 'Path of the merged profile.' }],
    stepAction: false,
  },
  run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    void invocation;
    void context;
    return notBuiltYet('merge-profiles');
  },
};
