import { MlgateError } from '../errors.js';

/** What a profile says it read (DatasetProfile's sources). */
interface ProfileSource {
  file: string;
  rowRange?: [number, number];
  sha256?: string;
}

/**
 * Both profiles counted every row of the same file (by name, and by content where both hashed it). Row shards of
 * one file take interleaved blocks of rows, so their row ranges span each other: which shard holds which rows is
 * told by the shard index (checked with the shard counts), not by the sources.
 */
function sameFile(a: ProfileSource, b: ProfileSource): boolean {
  if (a.file !== b.file) return false;
  if (a.sha256 !== undefined && b.sha256 !== undefined && a.sha256 !== b.sha256) return false;
  return !a.rowRange || !b.rowRange;
}

/**
 * Refuses profiles that cover the same rows of the same file (one profile given twice, an unsharded profile with a
 * shard of the same data, a merged profile with one of its parts): merging them would count those rows twice.
 */
export function refuseOverlappingProfiles(profiles: ReadonlyArray<{ sources: readonly ProfileSource[] }>, label: (i: number) => string): void {
  const seen: Array<{ source: ProfileSource; owner: number }> = [];
  profiles.forEach((profile, i) => {
    for (const source of profile.sources) {
      for (const earlier of seen) {
        if (earlier.owner === i) continue;
        if (!sameFile(earlier.source, source)) continue;
        throw new MlgateError(
          'input',
          `${label(i)} and ${label(earlier.owner)} both profile all of '${source.file}'; merging them would count those rows twice. Merge each shard once (profile --shard i/n gives disjoint parts)`,
        );
      }
    }
    for (const source of profile.sources) seen.push({ source, owner: i });
  });
}
