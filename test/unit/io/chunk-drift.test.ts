import { describe, expect, it } from 'vitest';
import { processChunk, type ChunkJob } from '../../../src/io/data/csv/chunk-worker.js';
import { CsvSyntaxError } from '../../../src/io/data/csv/tokenizer.js';
import { countLines } from '../../../src/io/data/line-feeds.js';

/** A drift-only chunk job over columns `t` (text) and `n` (number). */
const job = (): ChunkJob => ({
  file: 'data.csv',
  header: ['t', 'n'],
  delimiter: 44,
  columns: {},
  unique: [],
  rowHashes: false,
  now: 0,
  maxExamples: 0,
  drift: { plans: { t: { kind: 'categorical', type: 'string' }, n: { kind: 'numeric', type: 'number', dates: false } }, columns: { columns: {} } },
});

const rowsOf = (from: number, to: number): string => Array.from({ length: to - from }, (_, k) => `v${(from + k) % 50},${from + k}\n`).join('');

/** Counts of `t` and the values of `n` in the chunk's drift part. */
function run(j: ChunkJob, text: string): { counts: Map<string, number>; values: number[] } {
  const buf = Buffer.from(text);
  const drift = processChunk(j, buf, 2, countLines(buf)).drift!;
  const t = drift.categorical.t!;
  return { counts: new Map(t.values.map((v, k) => [v, t.counts[k]!])), values: [...drift.numeric.n!.values] };
}

describe('drift in CSV chunks: text counts wait in the thread\'s tallies for a whole chunk', () => {
  it('gives each chunk its own counts, from chunk to chunk of one job, and after a chunk that failed half-way', () => {
    for (const fail of [false, true]) {
      const j = job();
      const first = rowsOf(0, 9000);
      expect(run(j, first).values).toHaveLength(9000);
      if (fail) {
        // Its first 4,096-row batch is counted, then the tokenizer finds a ragged row in the next one.
        expect(() => run(j, `${rowsOf(0, 6000)}a,b,c\n`)).toThrow(CsvSyntaxError);
      }
      const second = rowsOf(9000, 14_000);
      const got = run(j, second);
      const expected = new Map<string, number>();
      for (let i = 9000; i < 14_000; i++) expected.set(`v${i % 50}`, (expected.get(`v${i % 50}`) ?? 0) + 1);
      expect(new Map([...got.counts].sort())).toEqual(new Map([...expected].sort()));
      expect(got.values).toEqual(Array.from({ length: 5000 }, (_, k) => 9000 + k));
    }
  });
});
