import { loadConfig } from './invocation.js';
import { notBuiltYet } from './not-built.js';
import { configOption, dryRunOption, environmentOption, jsonOption, modelOption, storeOption, tokenOption } from './options.js';
import type { Command, CommandContext, CommandResult, Invocation } from './types.js';

export const promoteCommand: Command = {
  spec: {
    name: 'promote',
    summary: 'Record a release of a model version in an environment.',
    options: [
      configOption, jsonOption, modelOption, environmentOption,
      { name: 'version', type: 'string', description: 'Model version to release (required).' },
      { name: 'uri', type: 'string', description: "Where the model artifact lives (default: the model's uri)." },
      { name: 'force', type: 'boolean', default: 'false', description: 'Release even though the gate failed (recorded in the release).' },
      { name: 'deploy-command', type: 'string', description: 'Shell command run between in_progress and success; a failure marks the release failure.' },
      { name: 'auto-rollback', type: 'boolean', default: 'false', description: 'When deploy-command fails, restore the previous release.' },
      { name: 'files', type: 'string', description: 'Extra files (newline- or comma-separated globs) uploaded with the report.' },
      dryRunOption, storeOption, tokenOption,
    ],
    outputs: [
      { name: 'deployment-id', description: 'Id of the new release.' },
      { name: 'version', description: 'Version now live.' },
      { name: 'previous-version', description: 'Version that was live before.' },
      { name: 'previous-deployment-id', description: 'Id of the release that was live before.' },
    ],
    stepAction: true,
  },
  async run(invocation: Invocation, context: CommandContext): Promise<CommandResult> {
    await loadConfig(invocation, context);
    return notBuiltYet('promote');
  },
};
