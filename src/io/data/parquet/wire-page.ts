import type { PageHeader } from 'hyparquet';
import { asBuffer, type Dense } from './dense.js';
import type { DecodedPage } from './page-decoder.js';

/**
 * A page's values as they cross threads. A dictionary-encoded page carries its entries' `index` instead of the
 * dictionary: the receiving side holds the dictionary (sent once per chunk), which keeps its identity there.
 */
export type WireDense =
  | { kind: 'f64'; count: number; values: Float64Array; big: Map<number, bigint> | undefined; index: Int32Array | undefined }
  | { kind: 'bool'; count: number; values: Uint8Array }
  | { kind: 'bytes'; count: number; buf: Uint8Array | undefined; start: Int32Array; end: Int32Array; lossy: boolean; index: Int32Array | undefined };

/** A decoded data page as it crosses threads. */
export interface WirePage {
  rows: number;
  present: Uint8Array | undefined;
  dense: WireDense;
}

/**
 * One step of a column chunk's pages, decoded on a worker thread: a data page (`page` undefined for one without
 * rows, such as an index page), the chunk's dictionary, a header after which the worker stopped (the page claims
 * rows the row group does not have: the reading side's own check rejects it), a failure (to read the next header
 * when `header` is undefined, else to decode its page), or the end of the chunk.
 */
export type PageEvent =
  | { kind: 'page'; header: PageHeader; page: WirePage | undefined }
  | { kind: 'dictionary'; header: PageHeader; dictionary: WireDense }
  | { kind: 'stopped'; header: PageHeader }
  | { kind: 'failed'; header: PageHeader | undefined; error: { name: string; message: string } }
  | { kind: 'end' };

type Typed = Uint8Array | Int32Array | Float64Array;

/**
 * `a` on storage of its own, so that the storage can be transferred: a view of a larger buffer (a window of the
 * file, a pooled Buffer) is copied, as transferring would take the rest of that buffer away from its owner.
 */
function own<T extends Typed>(a: T): T {
  return a.byteOffset === 0 && a.byteLength === a.buffer.byteLength && a.buffer instanceof ArrayBuffer ? a : (a.slice() as T);
}

/** `a` on storage of its own, added to the buffers to transfer. */
function moved<T extends Typed>(a: T, transfer: Set<ArrayBuffer>): T {
  const owned = own(a);
  transfer.add(owned.buffer as ArrayBuffer);
  return owned;
}

/** `dense` for sending; `transfer` collects the buffers to move with it. */
export function denseToWire(dense: Dense, transfer: Set<ArrayBuffer>): WireDense {
  const take = <T extends Typed>(a: T): T => moved(a, transfer);
  switch (dense.kind) {
    case 'f64':
      return { kind: 'f64', count: dense.count, values: take(dense.values), big: dense.big, index: dense.entry && take(dense.entry.index) };
    case 'bool':
      return { kind: 'bool', count: dense.count, values: take(dense.values) };
    case 'bytes':
      return { kind: 'bytes', count: dense.count, buf: dense.entry ? undefined : take(dense.buf), start: take(dense.start), end: take(dense.end), lossy: dense.lossy, index: dense.entry && take(dense.entry.index) };
  }
}

export function pageToWire(page: DecodedPage, transfer: Set<ArrayBuffer>): WirePage {
  if ('generic' in page) throw new Error('a page of the generic representation is decoded where it is read');
  return { rows: page.rows, present: page.present && moved(page.present, transfer), dense: denseToWire(page.dense, transfer) };
}

/** Bytes of the buffers of an event (what the sending side counts as in flight). */
export function transferBytes(transfer: ReadonlySet<ArrayBuffer>): number {
  let n = 0;
  for (const b of transfer) n += b.byteLength;
  return n;
}

/** The values sent, with `dictionary` (this side's copy of the chunk's dictionary) for a dictionary-encoded page. */
export function denseFromWire(w: WireDense, dictionary: Dense | undefined): Dense {
  if (w.kind === 'bool') return w;
  if (w.index && !dictionary) throw new Error('a dictionary-encoded page without a dictionary page before it');
  const entry = w.index && dictionary ? { index: w.index, owner: dictionary, size: dictionary.count } : undefined;
  if (w.kind === 'f64') return { kind: 'f64', count: w.count, values: w.values, big: w.big, entry };
  const buf = entry ? (dictionary as Extract<Dense, { kind: 'bytes' }>).buf : w.buf && asBuffer(w.buf);
  if (!buf) throw new Error('a page of strings without its bytes');
  return { kind: 'bytes', count: w.count, buf, start: w.start, end: w.end, lossy: w.lossy, entry };
}

export function pageFromWire(w: WirePage, dictionary: Dense | undefined): DecodedPage {
  return { rows: w.rows, present: w.present, dense: denseFromWire(w.dense, dictionary) };
}
