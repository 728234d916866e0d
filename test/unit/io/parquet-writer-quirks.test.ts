import { describe, expect, it } from 'vitest';
import { columnChunkPadding } from '../../../src/io/data/parquet/writer-quirks.js';

describe('columnChunkPadding (PARQUET-816: parquet-mr ≤ 1.2.8 left the dictionary page header out of chunk sizes)', () => {
  it.each([
    ['parquet-mr', 100],
    ['parquet-mr version 1.2.8 (build 1234)', 100],
    ['parquet-mr version 1.2.8-SNAPSHOT (build 1234)', 100],
    ['parquet-mr version 1.2 (build x)', 100],
    ['parquet-mr version 1.0.0', 100],
    ['parquet-mr version 1.2.9 (build x)', 0],
    ['parquet-mr version 1.8.1 (build 4aba4dae7bb0d4edbcf7923ae1339f28fd3f7fcf)', 0],
    ['parquet-mr version 1.12.3 (build f8dced182c4c1fbdec6ccb3185537b5a01e6ed6b)', 0],
    ['parquet-mr version 2.0.0', 0],
    ['parquet-mr-compat', 0],
    ['impala version 1.3.0-INTERNAL (build 8a48ddb1eff84592b3fc06bc6f51ec120e1fffc9)', 0],
    ['parquet-cpp-arrow version 14.0.1', 0],
    ['DuckDB version v1.5.0 (build 1)', 0],
    ['', 0],
    [undefined, 0],
  ])('%j → %i bytes', (createdBy, padding) => {
    expect(columnChunkPadding(createdBy)).toBe(padding);
  });
});
