import type { OptionSpec } from './types.js';

/** Input and option names, as constants (actions/cache style). */
export const Opt = {
  Command: 'command',
  Config: 'config',
  Json: 'json',
  Model: 'model',
  Dataset: 'dataset',
  Environment: 'environment',
  Version: 'version',
  To: 'to',
  Reason: 'reason',
  DryRun: 'dry-run',
  Force: 'force',
  DeployCommand: 'deploy-command',
  AutoRollback: 'auto-rollback',
  Store: 'store',
  Comment: 'comment',
  GithubToken: 'github-token',
  Results: 'results',
  Out: 'out',
  Shard: 'shard',
  Uri: 'uri',
  Files: 'files',
  Limit: 'limit',
  Upload: 'upload',
  Artifacts: 'artifacts',
  All: 'all',
  Profiles: 'profiles',
  Quiet: 'quiet',
  Rollback: 'rollback',
} as const;

export const configOption: OptionSpec = { name: Opt.Config, type: 'string', default: 'mlgate.yml', description: 'Path to the mlgate config file.' };
export const jsonOption: OptionSpec = { name: Opt.Json, type: 'string', description: 'Write the machine-readable result to this path.' };
export const modelOption: OptionSpec = { name: Opt.Model, type: 'string', description: 'Model name from the config (required when the config has more than one).' };
export const datasetOption: OptionSpec = { name: Opt.Dataset, type: 'string', description: 'Only this dataset from the config (default: all).' };
export const environmentOption: OptionSpec = { name: Opt.Environment, type: 'string', description: "Environment to act on (default: the model's `environment`, else production)." };
export const storeOption: OptionSpec = {
  name: Opt.Store,
  type: 'string',
  default: 'auto',
  description: 'Release store: `github` (Deployments API), `local` (.mlgate/releases.json) or `auto` (github inside Actions with a token, else local).',
};
export const tokenOption: OptionSpec = {
  name: Opt.GithubToken,
  type: 'string',
  default: '${{ github.token }}',
  only: 'action',
  description: 'Token for the GitHub API. Needs `pull-requests: write` to comment and `deployments: write` to release.',
};
export const dryRunOption: OptionSpec = { name: Opt.DryRun, type: 'boolean', default: 'false', description: 'Say what would change, change nothing.' };
export const commentOption: OptionSpec = {
  name: Opt.Comment,
  type: 'string',
  default: 'auto',
  description: 'Post the sticky PR comment: `auto` (on pull_request events), `true`, `false`, or `recreate` (delete and re-post at the bottom).',
};

export const common: readonly OptionSpec[] = [configOption, jsonOption];
