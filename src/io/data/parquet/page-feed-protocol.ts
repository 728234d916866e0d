import type { PageEvent } from './wire-page.js';

/** The messages between a thread reading a Parquet file and the worker thread decoding its pages (page-feed.ts). */

/**
 * A Parquet file whose flat `columns` a worker thread decodes row group by row group, for the thread that reads it.
 * `claims` (on shared memory, one element per row group) says who decodes each group: the first to swap its 0 for
 * CLAIMED_BY_FEED (the worker, taking groups in order) or CLAIMED_BY_READER (the reading thread, taking a group it
 * needs now that the worker has not begun: then the worker has fallen behind, and the reader catches up).
 */
export interface PageFeedJob {
  path: string;
  file: string;
  columns: readonly string[];
  claims: Int32Array;
  /** Decoded bytes kept in flight before the worker waits for credit (default: IN_FLIGHT_BYTES of page-feed.ts). */
  inFlightBytes?: number;
}

export const CLAIMED_BY_FEED = 1;
export const CLAIMED_BY_READER = 2;

/** A page event of column `column` (an index into the job's columns) in row group `group`, with its buffers' bytes. */
export interface PageFeedMessage {
  kind: 'event';
  group: number;
  column: number;
  event: PageEvent;
  bytes: number;
}

/** What the reading side says: `credit` (bytes it took), `more` (it waits for a page), `stop` (it is done). */
export type PageFeedControl = { kind: 'credit'; bytes: number } | { kind: 'more' } | { kind: 'stop' };

/** The worker's last message: it sent every page (or stopped when asked), or it failed (`lost`: the pages not sent fail with `error`). */
export type PageFeedEnd = { kind: 'done' } | { kind: 'lost'; error: { name: string; message: string } };
