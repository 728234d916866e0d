import { inputError } from '../../../domain/errors.js';
import type { ColumnCheckerState } from '../../../domain/validation/column-checker.js';
import type { ChunkDecoder, ChunkSummary } from '../../../domain/validation/dataset-validator.js';
import { rowArrayBuffers } from '../csv/row-arrays.js';
import { countLines } from '../line-feeds.js';
import { WorkerPool, type ChunkOutcome, type ParallelSink } from '../csv/parallel.js';
import { ChunkBuffers, recordChunks } from '../csv/record-chunks.js';
import { recycleRowArrays } from '../csv/row-arrays.js';
import { valueText } from '../columns.js';
import type { FastSlice } from '../fast-slice.js';
import { processJsonlChunk, type JsonlChunkJob, type JsonlChunkResult } from './chunk.js';
import { readLineObject } from './line-object.js';

/** After the last line feed: JSON text holds no raw line feed, so every one ends a line. */
const afterLastLine = (buf: Buffer, end: number): number => buf.lastIndexOf(10, end - 1) + 1;

/**
 * Text of a chunk's rows for examples, read again from their lines. Each whole-row example names
 * the keys met so far; `examples` keeps them, to be given the keys met later (as nulls) once the
 * file is read.
 */
function decoder(file: string, buf: Buffer, records: Int32Array, header: readonly string[], examples: Record<string, string | null>[]): ChunkDecoder {
  const row = (r: number): Record<string, unknown> => readLineObject((buf as unknown as FastSlice).utf8Slice(records[2 * r]!, records[2 * r + 1]!), { file, line: 0 }, new Set(), []).row;
  const text = (o: Record<string, unknown>, key: string): string | null => (Object.hasOwn(o, key) ? valueText(o[key]) : null);
  return {
    field: (r, column) => text(row(r), column),
    record: (r) => {
      const o = row(r);
      const out: Record<string, string | null> = {};
      for (const key of header) out[key] = text(o, key);
      examples.push(out);
      return out;
    },
  };
}

const noDecoder: ChunkDecoder = { field: () => null, record: () => ({}) };

/**
 * Reads a big JSON Lines file in chunks cut after a line feed; `threads - 1` worker threads and this
 * one read and check them, and the results are folded into `sink` in file order, so counts and
 * examples equal a one-thread read. One pass: the file's keys (its columns, in order of first
 * appearance) are gathered as the chunks are folded and returned. A configured column is checked
 * over every row from the first chunk on once its key is met anywhere in the file (rows without it
 * are null), and not at all when it is never met, as when the keys are read first.
 */
export async function readJsonlParallel(source: { path: string; gzip: boolean; file: string; size: number }, job: JsonlChunkJob, sink: ParallelSink, threads: { count: number; chunkBytes: number }): Promise<string[]> {
  const header: string[] = [];
  const met = new Set<string>();
  /** States of configured columns not met yet, in chunk order. */
  const waiting = new Map<string, ColumnCheckerState[]>();
  const examples: Record<string, string | null>[] = [];
  let rows = 0;
  const ready = new Map<number, ChunkOutcome<JsonlChunkResult>>();
  const pool = threads.count > 1 ? new WorkerPool<JsonlChunkJob, JsonlChunkResult>(threads.count - 1, job, (id, outcome) => ready.set(id, outcome)) : undefined;
  const buffers = ChunkBuffers.shared(threads.chunkBytes);
  let nextId = 0;
  let folded = 0;
  const absorb = (outcome: Extract<ChunkOutcome<JsonlChunkResult>, { ok: true }>): void => {
    const { summary, records, keys } = outcome.result;
    for (const key of keys) {
      if (met.has(key)) continue;
      met.add(key);
      header.push(key);
      const before = waiting.get(key);
      if (before === undefined) continue;
      waiting.delete(key);
      // The rows before its key was met: nulls, checked now (chunks in order).
      for (const state of before) sink.absorbChunk(source.file, { rows: 0, lines: new Float64Array(0), states: { [key]: state }, unique: {} }, noDecoder);
    }
    const states: ChunkSummary['states'] = {};
    for (const [name, state] of Object.entries(summary.states)) {
      if (met.has(name)) states[name] = state;
      else waiting.set(name, [...(waiting.get(name) ?? []), state]);
    }
    rows += summary.rows;
    sink.absorbChunk(source.file, { ...summary, states }, decoder(source.file, outcome.buf, records, header, examples));
  };
  const fold = (): void => {
    for (let outcome = ready.get(folded); outcome; outcome = ready.get(folded)) {
      ready.delete(folded++);
      if (!outcome.ok) throw inputError(outcome.message, { file: source.file, line: outcome.line });
      absorb(outcome);
      buffers.give(outcome.buf.buffer);
      const spent = rowArrayBuffers(outcome.result);
      if (outcome.worker < 0) recycleRowArrays(spent);
      else pool?.giveBack(outcome.worker, spent);
    }
  };
  const runHere = (chunk: Buffer, startLine: number, lines: number): ChunkOutcome<JsonlChunkResult> => {
    try {
      return { ok: true, result: processJsonlChunk(job, chunk, startLine, lines), buf: chunk, worker: -1 };
    } catch (error) {
      const line = (error as { location?: { line?: number } }).location?.line;
      if (line === undefined) throw error;
      return { ok: false, message: (error as Error).message, line };
    }
  };
  let line = 1;
  try {
    // A UTF-8 BOM before the first line is skipped.
    const start = (await hasBom(source)) ? 3 : 0;
    for await (const chunk of recordChunks(source, start, 10, buffers, afterLastLine)) {
      if (pool?.error) throw pool.error;
      const id = nextId++;
      const startLine = line;
      const lines = countLines(chunk);
      line += lines;
      if (id === 0 && !source.gzip) sink.expectRows(Math.ceil((source.size / chunk.length) * lines * 1.05));
      if (!pool?.offer(id, chunk, startLine, lines)) ready.set(id, runHere(chunk, startLine, lines));
      fold();
    }
    fold();
    while (folded < nextId) {
      if (pool?.error) throw pool.error;
      await pool!.nextReply();
      fold();
    }
  } finally {
    await pool?.close();
  }
  if (rows === 0) throw inputError('empty file: expected JSON objects, one per line', { file: source.file, line: 1 });
  // Whole-row examples name every key of the file, in order (the ones met after them as nulls).
  for (const example of examples) for (const key of header) if (!Object.hasOwn(example, key)) example[key] = null;
  return header;
}

/** Whether the file starts with a UTF-8 BOM. */
async function hasBom(source: { path: string; file: string; gzip: boolean }): Promise<boolean> {
  for await (const first of recordChunks(source, 0, 10, new ChunkBuffers(1024), (_b, end) => end)) return first.length >= 3 && first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf;
  return false;
}
