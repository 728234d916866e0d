import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { MlgateError } from '../../../src/domain/errors.js';
import { feedPages } from '../../../src/io/data/parquet/page-feed.js';
import { CLAIMED_BY_FEED, CLAIMED_BY_READER, type PageFeedJob } from '../../../src/io/data/parquet/page-feed-protocol.js';
import { feedOverPort } from '../../../src/io/data/parquet/remote-pages.js';
import { ParquetSource, type ParquetReadOptions } from '../../../src/io/data/parquet/source.js';

// Pages decoded "on a worker" (page-feed.ts) must give a read exactly what decoding them where they are read gives:
// every cell, every batch, and the same error at the same place for a damaged file. The sender runs on this thread
// over a MessageChannel (worker threads only load the bundle; test/integration/validate-parquet-threads.test.ts
// runs the real thing).

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/data/parquet');
let generated = '';

/**
 * A feed whose sender runs on this thread; `jobs` records what it was asked for. On one thread the reader gets to
 * every row group first; `given` row groups are given to the sender in advance, as a worker ahead of the reader takes them.
 */
function inThread(inFlightBytes?: number, given: (g: number) => boolean = () => false): { decodePages: NonNullable<ParquetReadOptions['decodePages']>; jobs: PageFeedJob[] } {
  const jobs: PageFeedJob[] = [];
  const decodePages = (job: PageFeedJob) => {
    jobs.push(job);
    for (let g = 0; g < job.claims.length; g++) if (given(g)) Atomics.store(job.claims, g, CLAIMED_BY_FEED);
    const { port1, port2 } = new MessageChannel();
    const { feed, close } = feedOverPort(port1, job.columns);
    void feedPages({ ...job, ...(inFlightBytes === undefined ? {} : { inFlightBytes }) }, port2);
    return { feed, close: async () => void (await close()) };
  };
  return { decodePages, jobs };
}

/** Every batch of the file as rows of cells (null, text and number of each), or the read's error message. */
async function cells(file: string, options: ParquetReadOptions): Promise<{ batches: unknown[]; error?: string }> {
  const batches: unknown[] = [];
  try {
    for await (const batch of new ParquetSource(file, path.basename(file)).batches(options)) {
      const rows: unknown[] = [];
      for (let i = 0; i < batch.length; i++) rows.push(batch.columns.map((c) => (c.isNull(i) ? null : [c.text(i), c.number(i)])));
      batches.push({ rowOffset: batch.rowOffset, names: batch.columns.map((c) => c.name), rows });
    }
  } catch (error) {
    return { batches, error: (error as Error).message };
  }
  return { batches };
}

beforeAll(async () => {
  generated = mkdtempSync(path.join(tmpdir(), 'mlgate-page-feed-'));
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  // Small row groups (the first is read where it is, the rest come from the feed), dictionary-encoded strings with
  // nulls, plain strings, ints past 2^53, doubles, timestamps and booleans with nulls.
  const rows = `SELECT i::BIGINT AS id, CASE WHEN i % 7 = 0 THEN NULL ELSE 'c' || (i % 5) END AS cat,
      'text-' || (i * 7919) AS note, (9007199254740993 + i)::BIGINT AS big, CASE WHEN i % 11 = 0 THEN NULL ELSE i / 3.0 END::DOUBLE AS x,
      TIMESTAMP '2026-01-01' + INTERVAL (i) SECOND AS t, CASE WHEN i % 13 = 0 THEN NULL ELSE i % 2 = 0 END AS flag
    FROM range(25000) r(i)`;
  for (const codec of ['snappy', 'zstd', 'uncompressed']) {
    await con.run(`COPY (${rows}) TO '${path.join(generated, `groups-${codec}.parquet`)}' (FORMAT parquet, COMPRESSION ${codec}, ROW_GROUP_SIZE 4096)`);
  }
  con.closeSync();
}, 60_000);

const files = (): string[] => [...readdirSync(fixtures).map((f) => path.join(fixtures, f)), ...readdirSync(generated).map((f) => path.join(generated, f))].filter((f) => f.endsWith('.parquet'));

describe('Parquet pages decoded by a page feed', () => {
  it('give every fixture and writer the cells (or the error) of pages decoded where they are read', async () => {
    let fed = 0;
    for (const file of files()) {
      const here = await cells(file, { batchRows: 1000 });
      for (const [inFlightBytes, given] of [
        [undefined, () => true],
        [1, () => true],
        [1, (g: number) => g % 3 !== 1],
      ] as const) {
        const { decodePages, jobs } = inThread(inFlightBytes, given);
        const there = await cells(file, { batchRows: 1000, decodePages });
        expect(there, `${path.basename(file)} (in flight: ${inFlightBytes ?? 'default'}, given: ${given.toString()})`).toEqual(here);
        if (jobs.length > 0 && jobs[0]!.columns.length > 0) fed++;
      }
    }
    // Nearly every file has columns the feed decodes (typed flat ones); the generated ones have several row groups.
    expect(fed).toBeGreaterThan(60);
  }, 120_000);

  it('share the row groups with the reader, and decode only typed flat columns', async () => {
    const file = path.join(generated, 'groups-snappy.parquet');
    const groups = parquetMetadata(readFileSync(file)).row_groups.length;
    expect(groups).toBeGreaterThan(5);
    // On one thread, the reader takes every group it gets to first: here all, the sender still opening the file.
    const { decodePages, jobs } = inThread();
    await cells(file, { decodePages });
    expect(jobs).toHaveLength(1);
    expect([...jobs[0]!.claims]).toEqual(Array.from({ length: groups }, () => CLAIMED_BY_READER));
    // Groups given to the sender stay its own; the others are the reader's.
    const some = inThread(undefined, (g) => g % 2 === 1);
    await cells(file, { decodePages: some.decodePages });
    expect([...some.jobs[0]!.claims]).toEqual(Array.from({ length: groups }, (_, g) => (g % 2 === 1 ? CLAIMED_BY_FEED : CLAIMED_BY_READER)));
    // A file of one row group is left to the sender.
    const single = inThread();
    await cells(path.join(fixtures, 'duckdb-snappy.parquet'), { decodePages: single.decodePages });
    expect(parquetMetadata(readFileSync(path.join(fixtures, 'duckdb-snappy.parquet'))).row_groups).toHaveLength(1);
    expect([...single.jobs[0]!.claims]).toEqual([CLAIMED_BY_FEED]);
    expect(jobs[0]!.columns).toEqual(['id', 'cat', 'note', 'big', 'x', 't', 'flag']);
    // A decimal column (the generic representation) is decoded where it is read.
    const { decodePages: d2, jobs: j2 } = inThread();
    await cells(path.join(fixtures, 'spark-parquet-mr-1.8.2-int64_decimal.parquet'), { decodePages: d2 });
    expect(j2).toHaveLength(0);
  });

  it('name a damaged page as a read there does, wherever the damage is', async () => {
    const bytes = readFileSync(path.join(generated, 'groups-zstd.parquet'));
    const md = parquetMetadata(bytes);
    for (const [g, c] of [
      [0, 1],
      [3, 2],
      [md.row_groups.length - 1, 6],
    ] as const) {
      const damaged = Buffer.from(bytes);
      const chunk = md.row_groups[g]!.columns[c]!.meta_data!;
      const start = Number(chunk.dictionary_page_offset || chunk.data_page_offset);
      for (let k = start + 20; k < start + 60; k++) damaged[k] = damaged[k]! ^ 0x5a;
      const file = path.join(generated, `damaged-${g}-${c}.parquet`);
      writeFileSync(file, damaged);
      const here = await cells(file, { batchRows: 1000 });
      expect(here.error).toMatch(new RegExp(`row group ${g}`));
      expect(await cells(file, { batchRows: 1000, decodePages: inThread(1, () => true).decodePages })).toEqual(here);
    }
  });

  it('stop the sender when the reader stops early', async () => {
    const { decodePages } = inThread(1, () => true);
    const source = new ParquetSource(path.join(generated, 'groups-snappy.parquet'), 'groups-snappy.parquet');
    let batches = 0;
    for await (const batch of source.batches({ batchRows: 1000, decodePages })) {
      expect(batch.length).toBeGreaterThan(0);
      if (++batches === 6) break;
    }
    expect(batches).toBe(6);
  });

  it('fail as an internal error, not as a damaged file, when the sender is lost', async () => {
    const decodePages = (job: PageFeedJob) => {
      for (let g = 0; g < job.claims.length; g++) Atomics.store(job.claims, g, CLAIMED_BY_FEED);
      const { port1 } = new MessageChannel();
      const { feed, close, lose } = feedOverPort(port1, job.columns);
      setTimeout(() => lose(new MlgateError('internal', 'the worker thread decoding the pages of groups-snappy.parquet exited with status 1')), 10);
      return { feed, close: async () => void (await close()) };
    };
    const source = new ParquetSource(path.join(generated, 'groups-snappy.parquet'), 'groups-snappy.parquet');
    const read = async (): Promise<void> => {
      for await (const batch of source.batches({ decodePages })) expect(batch.length).toBeGreaterThan(0);
    };
    const error = await read().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MlgateError);
    expect((error as MlgateError).kind).toBe('internal');
    expect((error as MlgateError).message).toMatch(/^the worker thread decoding the pages of groups-snappy\.parquet exited/);
  });
});
