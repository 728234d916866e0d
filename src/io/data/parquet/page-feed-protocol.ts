import type { PageEvent } from './wire-page.js';

/** The messages between a thread reading a Parquet file and the worker thread decoding its pages (page-feed.ts). */

/** A Parquet file whose flat `columns` a worker thread decodes, row group by row group from `fromGroup`, for the thread that reads it. */
export interface PageFeedJob {
  path: string;
  file: string;
  columns: readonly string[];
  fromGroup: number;
  /** Decoded bytes kept in flight before the worker waits for credit (default: IN_FLIGHT_BYTES of page-feed.ts). */
  inFlightBytes?: number;
}

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
