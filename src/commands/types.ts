import type { Log, Progress, Summary } from '../ports.js';

export type OptionType = 'string' | 'boolean';

export interface OptionSpec {
  /** kebab-case; the CLI flag is `--<name>`, the action input `<name>`. */
  name: string;
  type: OptionType;
  description: string;
  /** Default as the action.yml would state it (a string). */
  default?: string;
  /** Only on the CLI (e.g. `--shard`), or only an action input (e.g. `github-token`). */
  only?: 'cli' | 'action';
  short?: string;
}

export interface OutputSpec {
  name: string;
  description: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  /** Positional arguments as shown in `--help`, e.g. `<files...>`. */
  positionals?: string;
  options: readonly OptionSpec[];
  outputs: readonly OutputSpec[];
  /** Has its own step action under actions/<name>/. */
  stepAction: boolean;
}

export type OptionValue = string | boolean | undefined;

export interface Invocation {
  command: string;
  options: Readonly<Record<string, OptionValue>>;
  positionals: readonly string[];
  surface: 'cli' | 'action';
}

export interface GitHubContext {
  token?: string;
  apiUrl: string;
  serverUrl: string;
  repository?: { owner: string; repo: string };
  eventName?: string;
  eventPath?: string;
  runId?: number;
  runAttempt?: number;
  sha?: string;
  ref?: string;
  actor?: string;
  workflow?: string;
  job?: string;
}

export interface CommandContext {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  log: Log;
  summary: Summary;
  /** True inside a GitHub Actions job (GITHUB_ACTIONS=true). */
  inActions: boolean;
  github: GitHubContext;
  /** Progress of long reads and resampling (absent: none shown). */
  progress?: Progress;
}

export interface CommandResult {
  exitCode: 0 | 1 | 2;
  /** Human-readable summary printed to stdout. */
  text: string;
  /** Written to `--json <path>` when asked. */
  json?: unknown;
  /** Action outputs (kebab-case names from the spec). */
  outputs?: Record<string, string>;
  /** Markdown for the job summary. */
  markdown?: string;
  /** One-line reason the step failed (exit 1). */
  failure?: string;
}

export interface Command {
  spec: CommandSpec;
  run(invocation: Invocation, context: CommandContext): Promise<CommandResult>;
}
