import { prestartChunkWorkers } from '../io/workers/chunk-workers.js';
import type { Command } from './types.js';

/**
 * The commands as the entry points see them: name and summary up front, the code loaded only for the
 * command that runs, so `mlgate compare` does not pay for the Parquet reader or Octokit at start-up.
 * test/unit/commands-index.test.ts keeps this list in step with the specs.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
  /** It may read big CSV files (see `loadCommand`). */
  readsData?: boolean;
}

export const commandEntries: readonly CommandEntry[] = [
  { name: 'validate', summary: 'Run data checks (and drift when a reference is configured).', load: async () => (await import('./validate.js')).validateCommand, readsData: true },
  { name: 'profile', summary: 'Write a mergeable profile (statistics + sketches) of a dataset or one shard of it.', load: async () => (await import('./profile.js')).profileCommand, readsData: true },
  { name: 'merge-profiles', summary: 'Merge shard profiles into one; with a config defining the dataset, also answer its checks and drift from the merged profile.', load: async () => (await import('./merge-profiles.js')).mergeProfilesCommand },
  { name: 'infer-schema', summary: 'Propose the datasets[].columns block of mlgate.yml from data.', load: async () => (await import('./infer-schema.js')).inferSchemaCommand },
  { name: 'compare', summary: 'Gate candidate metrics against the baseline.', load: async () => (await import('./compare.js')).compareCommand },
  { name: 'report', summary: 'Render the Markdown report; post or update the PR comment; write the job summary.', load: async () => (await import('./report.js')).reportCommand },
  { name: 'check', summary: 'Validate, compare and report in one process (the PR gate).', load: async () => (await import('./check.js')).checkCommand, readsData: true },
  { name: 'promote', summary: 'Record a release of a model version in an environment.', load: async () => (await import('./promote.js')).promoteCommand },
  { name: 'rollback', summary: 'Revert an environment to an earlier release.', load: async () => (await import('./rollback.js')).rollbackCommand },
  { name: 'history', summary: "List an environment's releases.", load: async () => (await import('./history.js')).historyCommand },
  {
    name: 'verify-evidence',
    summary: "Re-read a release's stored evidence and check every item against the sha256 its payload records.",
    load: async () => (await import('./verify-evidence.js')).verifyEvidenceCommand,
  },
  { name: 'monitor', summary: "Check fresh production data (and labelled predictions) against the live release's evidence; keep one sticky issue.", load: async () => (await import('./monitor.js')).monitorCommand, readsData: true },
];

/**
 * Loads a command's code. For a command that reads data, the CSV chunk workers start first, in the
 * background: they take as long to start as the code takes to load (see `prestartChunkWorkers`).
 */
export async function loadCommand(name: string, env: Readonly<Record<string, string | undefined>>): Promise<Command | undefined> {
  const entry = commandEntries.find((c) => c.name === name);
  if (entry?.readsData) prestartChunkWorkers(env);
  return entry ? entry.load() : undefined;
}
