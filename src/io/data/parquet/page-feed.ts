import type { MessagePort } from 'node:worker_threads';
import type { PageHeader } from 'hyparquet';
import type { ParquetFileReader } from './file-reader.js';
import { countPageRows, type LocalPages } from './page-stream.js';
import { ParquetSource } from './source.js';
import { CLAIMED_BY_FEED, CLAIMED_BY_READER, type PageFeedControl, type PageFeedEnd, type PageFeedJob, type PageFeedMessage } from './page-feed-protocol.js';
import { denseToWire, pageToWire, transferBytes, type PageEvent } from './wire-page.js';

/**
 * Decoded bytes the worker keeps in flight (sent, not yet taken) before it waits: two or three row groups of
 * DuckDB's size, so the reading thread rarely waits on the worker once it has started, and memory stays bounded
 * (10M rows x 12 columns: peak RSS 350-360 MiB against 365-383 MiB with 48 MiB, the same time; 16 MiB was slower).
 */
const IN_FLIGHT_BYTES = 32 << 20;

/** Flow control of the worker's side: in-flight bytes, the reader's requests for one more page, and its stop. */
class Flow {
  private inFlight = 0;
  private nudges = 0;
  private wake: (() => void) | undefined;
  stopped = false;

  constructor(private readonly limit: number) {}

  control(m: PageFeedControl): void {
    if (m.kind === 'credit') this.inFlight -= m.bytes;
    else if (m.kind === 'more') this.nudges++;
    else this.stopped = true;
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  sent(bytes: number): void {
    this.inFlight += bytes;
  }

  /** Resolves when another page may be sent: room in flight, or the reader waits for one. */
  async room(): Promise<void> {
    while (!this.stopped && this.inFlight >= this.limit && this.nudges === 0) await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.nudges > 0) this.nudges--;
  }
}

function errorOf(error: unknown): { name: string; message: string } {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: 'Error', message: String(error) };
}

/** The next event of a chunk's pages, as a cursor reading them here would meet it; `paged`: the chunk's rows so far. */
async function nextEvent(pages: LocalPages, paged: number, groupRows: number, transfer: Set<ArrayBuffer>): Promise<{ event: PageEvent; paged: number }> {
  let header: PageHeader | undefined;
  try {
    header = await pages.header();
  } catch (error) {
    return { event: { kind: 'failed', header: undefined, error: errorOf(error) }, paged };
  }
  if (!header) return { event: { kind: 'end' }, paged };
  let rows: number;
  try {
    rows = countPageRows(header, paged, groupRows);
  } catch {
    return { event: { kind: 'stopped', header }, paged };
  }
  try {
    const page = await pages.decode(header);
    // The dictionary is copied, not moved: this side's pages still refer to it.
    if (header.type === 'DICTIONARY_PAGE' && pages.dictionary) return { event: { kind: 'dictionary', header, dictionary: denseToWire(pages.dictionary, new Set()) }, paged: rows };
    return { event: { kind: 'page', header, page: page && pageToWire(page, transfer) }, paged: rows };
  } catch (error) {
    return { event: { kind: 'failed', header, error: errorOf(error) }, paged: rows };
  }
}

function post(port: MessagePort, flow: Flow, group: number, column: number, event: PageEvent, transfer: Set<ArrayBuffer>): void {
  const bytes = transferBytes(transfer);
  const message: PageFeedMessage = { kind: 'event', group, column, event, bytes };
  port.postMessage(message, [...transfer]);
  flow.sent(bytes);
}

/**
 * Decodes the job's columns row group by row group and sends each page's values on `port` as soon as it is
 * decoded, the pages of a row group's columns interleaved by the rows they start at (the order the reader
 * needs them in). A chunk's stream ends at its end or at its first failure, as a read there would.
 */
async function feed(reader: ParquetFileReader, job: PageFeedJob, port: MessagePort, flow: Flow): Promise<void> {
  const starts = reader.groupStarts();
  for (let g = 0; g + 1 < starts.length && !flow.stopped; g++) {
    // The groups the reader took are skipped (a group may also be given to the feed in advance).
    if (Atomics.compareExchange(job.claims, g, 0, CLAIMED_BY_FEED) === CLAIMED_BY_READER) continue;
    const groupRows = starts[g + 1]! - starts[g]!;
    const streams = job.columns.map((name, column) => {
      try {
        return { column, pages: reader.pageStream(g, name), paged: 0 };
      } catch (error) {
        // The reading side meets the same error when it opens the chunk (in case it does not, its first page fails).
        post(port, flow, g, column, { kind: 'failed', header: undefined, error: errorOf(error) }, new Set());
        return undefined;
      }
    });
    let live = streams.filter((s) => s !== undefined);
    while (live.length > 0) {
      await flow.room();
      if (flow.stopped) return;
      const next = live.reduce((a, b) => (b.paged < a.paged ? b : a));
      const transfer = new Set<ArrayBuffer>();
      const { event, paged } = await nextEvent(next.pages, next.paged, groupRows, transfer);
      next.paged = paged;
      post(port, flow, g, next.column, event, transfer);
      if (event.kind !== 'page' && event.kind !== 'dictionary') live = live.filter((s) => s !== next);
    }
  }
}

/** A worker thread's side of decoding a file's pages for the thread that reads it (`decodePagesOnWorker`). */
export async function feedPages(job: PageFeedJob, port: MessagePort): Promise<void> {
  const flow = new Flow(job.inFlightBytes ?? IN_FLIGHT_BYTES);
  port.on('message', (m: PageFeedControl) => flow.control(m));
  const source = new ParquetSource(job.path, job.file);
  try {
    const { reader, close } = await source.open(job.columns);
    try {
      await feed(reader, job, port, flow);
    } finally {
      await close();
    }
    port.postMessage({ kind: 'done' } satisfies PageFeedEnd);
  } catch (error) {
    port.postMessage({ kind: 'lost', error: errorOf(error) } satisfies PageFeedEnd);
  } finally {
    port.close();
  }
}
