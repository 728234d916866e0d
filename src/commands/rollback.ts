import { loadConfig } from './invocation.js';
import { notBuiltYet } from './not-built.js';
import { configOption, dryRunOption, environmentOption, jsonOption, modelOption, storeOption, tokenOption } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

export const rollbackCommand: Command = {
  spec: {
    name: 'rollback',
    summary: 'Revert an environment to an earlier release.',
    options: [
      configOption, jsonOption, modelOption, environmentOption,
      { name: 'to', type: 'string', default: 'previous', description: 'previous, a version, or a deployment id.' },
      { name: 'reason', type: 'string', description: 'Why (recorded on the reverted release).' },
      dryRunOption, storeOption, tokenOption,
    ],
    outputs: [
      { name: 'version', description: 'Restored model version.' },
      { name: 'uri', description: 'Restored model URI.' },
      { name: 'sha', description: 'Commit of the restored release.' },
      { name: 'artifact-name', description: 'Artifact of the restored release.' },
      { name: 'artifact-run-id', description: 'Run that holds that artifact.' },
      { name: 'deployment-id', description: 'Id of the new deployment.' },
      { name: 'rolled-back-version', description: 'Version that was reverted.' },
    ],
    stepAction: true,
  },
  async run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    await loadConfig(invocation, context);
    return notBuiltYet('rollback');
  },
};
