/**
 * The reference cache's files: a reference's exact distributions, as drift read them from the raw data, so a
 * cached run scores drift on exactly what an uncached run reads (a profile's sketches would not: a top-k loses
 * the tail of a text column, a quantile sketch moves the numeric scores). A category table past
 * EXACT_CATEGORY_LIMIT distinct values is the hash sample exact mode itself drew (`other`, `level` beside its counts).
 *
 *   <dir>/distributions.json   { format, version, columns: [ {name, kind: numeric, values: <file>, count, nulls}
 *                                                            | {name, kind: categorical, counts: [[value, n]…], count, nulls, other?, level?} ] }
 *   <dir>/<k>.f64              a numeric column: mean, std, min, max, then the sorted values (float64, little-endian)
 *
 * Bytes rather than JSON numbers for the floats: JSON loses -0 and cannot hold NaN (the min of an all-null column).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ColumnDistribution } from '../../domain/drift/distribution.js';
import { exactSample } from '../../domain/drift/sample.js';

const FORMAT = 'mlgate-reference-distributions';
// 2: the hash sample of a capped table is drawn by the hash of the UTF-8 bytes (1: of the UTF-16 code units).
export const DISTRIBUTIONS_VERSION = 2;
const INDEX = 'distributions.json';
const STATS = 4;

type StoredColumn = { name: string; kind: 'numeric'; values: string; count: number; nulls: number } | { name: string; kind: 'categorical'; counts: Array<[string, number]>; count: number; nulls: number; other?: number; level?: number };

function assertLittleEndian(): void {
  if (os.endianness() !== 'LE') throw new Error('the reference cache stores float64 little-endian; this machine is big-endian');
}

/** Writes exact distributions (as `ExactCollector.finish` makes them) into `dir`, replacing what was there. */
export async function writeDistributionsDir(dir: string, columns: ReadonlyMap<string, ColumnDistribution>): Promise<void> {
  assertLittleEndian();
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const stored: StoredColumn[] = [];
  let k = 0;
  for (const [name, d] of columns) {
    if (d.kind === 'numeric') {
      if (d.sample.weights || d.sample.rankError !== 0) throw new Error(`column '${name}': only exact distributions are cached`);
      const file = `${k++}.f64`;
      // The stats, then the values as they are (no copy of them).
      const values = d.sample.values;
      await writeFile(path.join(dir, file), [new Uint8Array(Float64Array.from([d.mean, d.std, d.min, d.max]).buffer), new Uint8Array(values.buffer, values.byteOffset, values.byteLength)]);
      stored.push({ name, kind: 'numeric', values: file, count: d.count, nulls: d.nulls });
    } else {
      if (d.countError !== 0) throw new Error(`column '${name}': only exact distributions are cached`);
      const summary = d.sampleLevel ? { other: d.other, level: d.sampleLevel } : {};
      stored.push({ name, kind: 'categorical', counts: [...d.counts], count: d.count, nulls: d.nulls, ...summary });
    }
  }
  await writeFile(path.join(dir, INDEX), `${JSON.stringify({ format: FORMAT, version: DISTRIBUTIONS_VERSION, columns: stored })}\n`, 'utf8');
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Reads what writeDistributionsDir wrote; throws (with what is wrong) when the files are not that. */
export async function readDistributionsDir(dir: string): Promise<Map<string, ColumnDistribution>> {
  assertLittleEndian();
  const index = JSON.parse(await readFile(path.join(dir, INDEX), 'utf8')) as { format?: unknown; version?: unknown; columns?: unknown };
  if (index.format !== FORMAT || index.version !== DISTRIBUTIONS_VERSION || !Array.isArray(index.columns)) throw new Error(`${INDEX} is not ${FORMAT} version ${DISTRIBUTIONS_VERSION}`);
  const columns = new Map<string, ColumnDistribution>();
  for (const c of index.columns as StoredColumn[]) {
    if (typeof c.name !== 'string' || !isCount(c.count) || !isCount(c.nulls) || columns.has(c.name)) throw new Error(`${INDEX}: a malformed column entry`);
    if (c.kind === 'numeric') {
      if (typeof c.values !== 'string' || !/^\d+\.f64$/.test(c.values)) throw new Error(`${INDEX}: column '${c.name}' names no values file`);
      const bytes = await readFile(path.join(dir, c.values));
      if (bytes.byteLength !== (STATS + c.count) * 8) throw new Error(`${c.values}: ${bytes.byteLength} bytes; expected ${(STATS + c.count) * 8} for ${c.count} values`);
      const all = new Float64Array(STATS + c.count);
      new Uint8Array(all.buffer).set(bytes);
      const [mean, std, min, max] = all.subarray(0, STATS);
      columns.set(c.name, { kind: 'numeric', sample: exactSample(all.slice(STATS)), count: c.count, nulls: c.nulls, mean: mean!, std: std!, min: min!, max: max! });
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
