import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { MlgateError } from '../../../src/domain/errors.js';
import { feedPages } from '../../../src/io/data/parquet/page-feed.js';
import { CLAIMED_BY_FEED, CLAIMED_BY_READER, type PageFeedControl, type PageFeedJob } from '../../../src/io/data/parquet/page-feed-protocol.js';
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
function inThread(inFlightBytes?: number, given: (g: number) => boolean = () => false): { decodePages: NonNullable<ParquetReadOptions['decodePages']>; jobs: PageFeedJob[]; spent: number[] } {
  const jobs: PageFeedJob[] = [];
  // The sizes of the buffers of taken pages the reader hands back to the sender (see array-pool.ts); the sender
  // moves them on again with later pages.
  const spent: number[] = [];
  const decodePages = (job: PageFeedJob) => {
    jobs.push(job);
    for (let g = 0; g < job.claims.length; g++) if (given(g)) Atomics.store(job.claims, g, CLAIMED_BY_FEED);
    const { port1, port2 } = new MessageChannel();
    const { feed, close } = feedOverPort(port1, job.columns);
    port2.on('message', (m: PageFeedControl) => {
      if (m.kind === 'spent') spent.push(...m.buffers.map((b) => b.byteLength));
    });
    void feedPages({ ...job, ...(inFlightBytes === undefined ? {} : { inFlightBytes }) }, port2);
    return { feed, close: async () => void (await close()) };
  };
  return { decodePages, jobs, spent };
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

  it("hand the arrays of taken pages back to the sender, which decodes later pages into them (not the pages' bytes)", async () => {
    const file = path.join(generated, 'groups-snappy.parquet');
    const here = await cells(file, { batchRows: 1000 });
    const { decodePages, spent } = inThread(1, () => true);
    expect(await cells(file, { batchRows: 1000, decodePages })).toEqual(here);
    // 7 columns in 7 row groups of one page each: a page's values, ranges, entries or nulls come back (the last
    // group's pages may still be on their way when the read ends).
    expect(spent.length).toBeGreaterThan(7 * 5);
    // Each is a buffer the sender made (a power of two of 4 KiB or more), moved back whole.
    for (const bytes of spent) expect(Number.isInteger(Math.log2(bytes)) && bytes >= 4096, String(bytes)).toBe(true);
  });

  it('share the row groups with the reader, and decode only typed flat columns', async () => {
    const file = path.join(generated, 'groups-snappy.parquet');
    const groups = parquetMetadata(readFileSync(file)).row_groups.length;
    expect(groups).toBeGreaterThan(5);
    // The first group is the sender's from the start; each other group goes to whichever side gets to it first (on
    // one thread, the two take turns), and every group is read.
    const { decodePages, jobs } = inThread();
    await cells(file, { decodePages });
    expect(jobs).toHaveLength(1);
    const claims = [...jobs[0]!.claims];
    expect(claims[0]).toBe(CLAIMED_BY_FEED);
    expect(claims).toContain(CLAIMED_BY_READER);
    for (const c of claims) expect([CLAIMED_BY_FEED, CLAIMED_BY_READER]).toContain(c);
    // Groups given to the sender stay its own; the others are the reader's.
    const some = inThread(undefined, (g) => g % 2 === 1);
    await cells(file, { decodePages: some.decodePages });
    expect([...some.jobs[0]!.claims]).toEqual(Array.from({ length: groups }, (_, g) => (g % 2 === 1 || g === 0 ? CLAIMED_BY_FEED : CLAIMED_BY_READER)));
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
