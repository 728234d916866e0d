import type { DatasetConfig } from '../domain/config/schema.js';
import type { DatasetProfile } from '../domain/profile/dataset.js';
import type { DriftResult } from '../domain/results.js';
import type { ExactCollector } from '../io/data/column-values.js';
import type { DataFile } from '../io/data/files.js';
import type { LoadedConfig } from '../io/files/config-file.js';
import type { CommandContext } from './types.js';

/** Drift of one dataset, in the validation pass: the current data's values go to `collector` (when there is one), then `finish` scores them. */
export interface DriftStep {
  collector?: ExactCollector;
  /** At most this many threads may read the current data (the drift reference is being read on the others). */
  threads?: number;
  finish(): Promise<DriftResult[]>;
}

/**
 * Prepares the drift of a dataset with `drift:` (loads its reference). With `profile` (a merged shard profile), the
 * current data is that profile's sketches and nothing is collected.
 */
export type DriftHook = (input: { dataset: DatasetConfig; files: readonly DataFile[]; loaded: LoadedConfig; context: CommandContext; profile?: DatasetProfile }) => Promise<DriftStep>;
