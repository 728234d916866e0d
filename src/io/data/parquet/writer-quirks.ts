/**
 * Work-arounds for files whose writer is known to have written a wrong footer, as Arrow's C++ reader
 * applies them (so both read the same files).
 */

/** Longest dictionary page header the PARQUET-816 work-around allows for. */
const MAX_DICTIONARY_HEADER_BYTES = 100;

/** `parquet-mr version 1.2.8 (build …)` → [1, 2, 8]; `parquet-mr` alone → [0, 0, 0]; another writer → undefined. */
function parquetMrVersion(createdBy: string | undefined): number[] | undefined {
  const m = /^parquet-mr(?:$|\s+version\s+(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[\s-]|$)|\s)/i.exec(createdBy?.trim() ?? '');
  if (!m) return undefined;
  return [m[1], m[2], m[3]].map((part) => Number(part ?? 0));
}

function before(version: number[], limit: number[]): boolean {
  for (let i = 0; i < limit.length; i++) {
    if (version[i]! !== limit[i]!) return version[i]! < limit[i]!;
  }
  return false;
}

/**
 * Bytes to read past the end a column chunk's footer gives. parquet-mr up to 1.2.8 left the dictionary
 * page's header out of `total_compressed_size` (PARQUET-816, IMPALA-694), so the chunk's last page ends
 * up to a header's length after it.
 */
export function columnChunkPadding(createdBy: string | undefined): number {
  const version = parquetMrVersion(createdBy);
  return version && before(version, [1, 2, 9]) ? MAX_DICTIONARY_HEADER_BYTES : 0;
}
