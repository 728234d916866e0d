import { notBuiltYet } from './not-built.js';
import { configOption, jsonOption } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

export const inferSchemaCommand: Command = {
  spec: {
    name: 'infer-schema',
    summary: 'Propose the datasets[].columns block of mlgate.yml from data.',
    positionals: '<files...>',
    options: [configOption, jsonOption, { name: 'name', type: 'string', description: 'Dataset name for the proposed block.' }],
    outputs: [],
    stepAction: false,
  },
  run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    void invocation;
    void context;
    return notBuiltYet('infer-schema');
  },
};
