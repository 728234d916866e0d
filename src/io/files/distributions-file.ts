/**
 * The reference cache's files: a reference's exact distributions, as drift read them from the raw data, so a
 * cached run scores drift on exactly what an uncached run reads (a profile's sketches would not: a top-k loses
 * the tail of a text column, a quantile sketch moves the numeric scores). A category table past
 * EXACT_CATEGORY_LIMIT distinct values is the hash sample exact mode itself drew (`other`, `level` beside its counts).
 *
 *   <dir>/distributions.json   { format, version, columns: [ {name, kind: numeric, values: <file>, count, nulls, distinct?}
 *                                                            | {name, kind: categorical, counts: [[value, n]…], count, nulls, other?, level?} ] }
 *   <dir>/<k>.f64              a numeric column: mean, std, min, max, then the sorted values (float64, little-endian);
 *                              with `distinct` (a column of few values, tallied), its `distinct` values ascending, then
 *                              each one's count
 *
 * Bytes rather than JSON numbers for the floats: JSON loses -0 and cannot hold NaN (the min of an all-null column).
 */
import { mkdir, open, readFile, rm, writeFile, type FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ColumnDistribution } from '../../domain/drift/distribution.js';
import { exactSample } from '../../domain/drift/sample.js';

const FORMAT = 'mlgate-reference-distributions';
// 2: the hash sample of a capped table is drawn by the hash of the UTF-8 bytes (1: of the UTF-16 code units).
// 3: a numeric column of few distinct values is stored as those values and their counts (`distinct`).
export const DISTRIBUTIONS_VERSION = 3;
const INDEX = 'distributions.json';
const STATS = 4;

type StoredColumn = { name: string; kind: 'numeric'; values: string; count: number; nulls: number; distinct?: number } | { name: string; kind: 'categorical'; counts: Array<[string, number]>; count: number; nulls: number; other?: number; level?: number };

function assertLittleEndian(): void {
  if (os.endianness() !== 'LE') throw new Error('the reference cache stores float64 little-endian; this machine is big-endian');
}

/** Writes exact distributions (as `ExactCollector.finish` makes them) into `dir`, replacing what was there. */
export async function writeDistributionsDir(dir: string, columns: ReadonlyMap<string, ColumnDistribution>): Promise<void> {
  assertLittleEndian();
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const stored: StoredColumn[] = [];
  // The value files are written at once, once every column is known to be cacheable (the thread pool's threads share
  // the work: a drift run waited ~110-130 ms at its end for the reference's 32 MB written in turn, ~95-105 ms at once).
  const valueFiles: { file: string; parts: Uint8Array[] }[] = [];
  let k = 0;
  for (const [name, d] of columns) {
    if (d.kind === 'numeric') {
      const { values, weights, total, rankError } = d.sample;
      if (rankError !== 0 || total !== d.count || (weights && !weights.every((w) => Number.isSafeInteger(w) && w > 0))) throw new Error(`column '${name}': only exact distributions are cached`);
      const file = `${k++}.f64`;
      // The stats, then the values (and their counts) as they are (no copy of them).
      const bytes = (a: Float64Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      valueFiles.push({ file, parts: [bytes(Float64Array.from([d.mean, d.std, d.min, d.max])), bytes(values), ...(weights ? [bytes(weights)] : [])] });
      stored.push({ name, kind: 'numeric', values: file, count: d.count, nulls: d.nulls, ...(weights ? { distinct: values.length } : {}) });
    } else {
      if (d.countError !== 0) throw new Error(`column '${name}': only exact distributions are cached`);
      const summary = d.sampleLevel ? { other: d.other, level: d.sampleLevel } : {};
      stored.push({ name, kind: 'categorical', counts: [...d.counts], count: d.count, nulls: d.nulls, ...summary });
    }
  }
  // Every write is over before this returns, failed or not.
  const written = await Promise.allSettled(valueFiles.map(({ file, parts }) => writeFile(path.join(dir, file), parts)));
  const failed = written.find((w) => w.status === 'rejected');
  if (failed) throw failed.reason;
  await writeFile(path.join(dir, INDEX), `${JSON.stringify({ format: FORMAT, version: DISTRIBUTIONS_VERSION, columns: stored })}\n`, 'utf8');
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * A numeric column's file: its stats, and its `count` values (or its `distinct` values and their counts) read
 * straight into the arrays that keep them (the file read whole, then copied into an array and sliced, was three
 * fresh buffers of its size to fault in: most of a cached run's time).
 */
async function readValuesFile(file: string, name: string, count: number, distinct?: number): Promise<{ stats: Float64Array; values: Float64Array; weights?: Float64Array }> {
  const handle = await open(file, 'r');
  try {
    const size = (await handle.stat()).size;
    const expected = (STATS + (distinct === undefined ? count : 2 * distinct)) * 8;
    if (size !== expected) throw new Error(`${name}: ${size} bytes; expected ${expected} for ${distinct === undefined ? `${count} values` : `${distinct} distinct values and their counts`}`);
    const stats = new Float64Array(STATS);
    const values = new Float64Array(distinct ?? count);
    await readFully(handle, new Uint8Array(stats.buffer), 0, name);
    await readFully(handle, new Uint8Array(values.buffer), STATS * 8, name);
    if (distinct === undefined) return { stats, values };
    const weights = new Float64Array(distinct);
    await readFully(handle, new Uint8Array(weights.buffer), (STATS + distinct) * 8, name);
    let total = 0;
    for (const w of weights) {
      if (!Number.isSafeInteger(w) || w <= 0) throw new Error(`${name}: a count of ${w}; expected a whole number above 0`);
      total += w;
    }
    if (total !== count) throw new Error(`${name}: counts add up to ${total}; expected ${count}`);
    return { stats, values, weights };
  } finally {
    await handle.close();
  }
}

/** Fills `into` from the file's bytes at `position`; throws when the file ends first. */
async function readFully(handle: FileHandle, into: Uint8Array, position: number, name: string): Promise<void> {
  for (let at = 0; at < into.length; ) {
    const { bytesRead } = await handle.read(into, at, into.length - at, position + at);
    if (bytesRead === 0) throw new Error(`${name}: ended after ${position + at} bytes`);
    at += bytesRead;
  }
}

/** Numeric columns' files read at once: each read waits on the disk or on fresh memory, not on this thread. */
const PARALLEL_READS = 4;

/** Reads what writeDistributionsDir wrote; throws (with what is wrong) when the files are not that. */
export async function readDistributionsDir(dir: string): Promise<Map<string, ColumnDistribution>> {
  assertLittleEndian();
  const index = JSON.parse(await readFile(path.join(dir, INDEX), 'utf8')) as { format?: unknown; version?: unknown; columns?: unknown };
  if (index.format !== FORMAT || index.version !== DISTRIBUTIONS_VERSION || !Array.isArray(index.columns)) throw new Error(`${INDEX} is not ${FORMAT} version ${DISTRIBUTIONS_VERSION}`);
  const stored = index.columns as StoredColumn[];
  const names = new Set<string>();
  for (const c of stored) {
    if (typeof c.name !== 'string' || !isCount(c.count) || !isCount(c.nulls) || names.has(c.name)) throw new Error(`${INDEX}: a malformed column entry`);
    names.add(c.name);
    if (c.kind === 'numeric' && (typeof c.values !== 'string' || !/^\d+\.f64$/.test(c.values))) throw new Error(`${INDEX}: column '${c.name}' names no values file`);
    if (c.kind === 'numeric' && c.distinct !== undefined && !(isCount(c.distinct) && c.distinct > 0 && c.distinct <= c.count)) throw new Error(`${INDEX}: column '${c.name}' has a malformed distinct`);
  }
  const numeric = stored.filter((c): c is Extract<StoredColumn, { kind: 'numeric' }> => c.kind === 'numeric');
  const read = new Map<string, Awaited<ReturnType<typeof readValuesFile>>>();
  let next = 0;
  const reader = async (): Promise<void> => {
    for (let c = numeric[next++]; c; c = numeric[next++]) read.set(c.name, await readValuesFile(path.join(dir, c.values), c.values, c.count, c.distinct));
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, numeric.length) }, reader));
  const columns = new Map<string, ColumnDistribution>();
  for (const c of stored) {
    if (c.kind === 'numeric') {
      const { stats, values, weights } = read.get(c.name)!;
      const [mean, std, min, max] = stats;
      const sample = weights ? { values, weights, total: c.count, rankError: 0 } : exactSample(values);
      columns.set(c.name, { kind: 'numeric', sample, count: c.count, nulls: c.nulls, mean: mean!, std: std!, min: min!, max: max! });
    } else if (c.kind === 'categorical') {
      if (!Array.isArray(c.counts) || !c.counts.every((e) => Array.isArray(e) && typeof e[0] === 'string' && isCount(e[1]))) throw new Error(`${INDEX}: column '${c.name}' has malformed counts`);
      const other = c.other ?? 0;
      const level = c.level ?? 0;
      if (!isCount(other) || !isCount(level) || level > 32 || other > c.count) throw new Error(`${INDEX}: column '${c.name}' has a malformed other/level`);
      columns.set(c.name, { kind: 'categorical', counts: new Map(c.counts), other, countError: 0, ...(level > 0 ? { sampleLevel: level } : {}), count: c.count, nulls: c.nulls });
    } else throw new Error(`${INDEX}: column '${String((c as { name: unknown }).name)}' is of no known kind`);
  }
  return columns;
}
