import { open, type FileHandle } from 'node:fs/promises';
import { countRawBytes, describeReadError, fileChunks } from '../byte-stream.js';

/**
 * ArrayBuffers for chunks, handed back once a chunk has been folded: a file is read into a few
 * buffers over and over instead of a new one per chunk (each a fresh mapping of memory to fault in,
 * and garbage to collect).
 */
export class ChunkBuffers {
  private readonly free: ArrayBuffer[] = [];

  /** Bytes of a pooled buffer: a chunk plus room for the part-record carried over from the previous one. */
  readonly size: number;

  constructor(readonly chunkBytes: number) {
    this.size = chunkBytes + (chunkBytes >> 4);
  }

  take(atLeast: number): ArrayBuffer {
    if (atLeast <= this.size) return this.free.pop() ?? new ArrayBuffer(this.size);
    return new ArrayBuffer(atLeast);
  }

  give(buffer: ArrayBufferLike): void {
    if (buffer.byteLength === this.size && buffer instanceof ArrayBuffer && this.free.length < 16) this.free.push(buffer);
  }

  /** The pool of `chunkBytes` chunks that reads share, one after the other: the next read reuses the buffers (and the memory) of the last. */
  static shared(chunkBytes: number): ChunkBuffers {
    let pool = shared.get(chunkBytes);
    if (!pool) shared.set(chunkBytes, (pool = new ChunkBuffers(chunkBytes)));
    return pool;
  }
}

const shared = new Map<number, ChunkBuffers>();

/** End (exclusive) of the last whole record in buf[0, end), 0 when none ends there. */
export type RecordEnd = (buf: Buffer, end: number) => number;

/**
 * The data of a CSV file (fields split by byte `delimiter`) from byte `start` (past the header) as chunks of whole records of about
 * `buffers.chunkBytes` bytes (cut by `cut`; JSON Lines: after the last line feed), each at the start of an ArrayBuffer of its own (so it can move to a
 * worker thread without a copy). A plain file is read straight into the buffers; a gzip one through
 * the gunzip stream.
 */
export async function* recordChunks(source: { path: string; file: string; gzip: boolean }, start: number, delimiter: number, buffers: ChunkBuffers, cut: RecordEnd = (buf, end) => lastRecordEnd(buf, end, delimiter)): AsyncGenerator<Buffer> {
  if (source.gzip) {
    yield* streamedChunks(source, start, cut, buffers);
    return;
  }
  const bytes = buffers.chunkBytes;
  let handle: FileHandle;
  try {
    handle = await open(source.path, 'r');
  } catch (error) {
    throw describeReadError(error, source.file);
  }
  let pos = start;
  /** Reads on into buf from `from` until it is full or the file ends; resolves to the bytes it holds. */
  const fill = async (buf: Buffer, from: number): Promise<number> => {
    let len = from;
    while (len < buf.length) {
      let n: number;
      try {
        n = (await handle.read(buf, len, buf.length - len, pos)).bytesRead;
      } catch (error) {
        throw describeReadError(error, source.file);
      }
      if (n === 0) break;
      countRawBytes(n);
      len += n;
      pos += n;
    }
    return len;
  };
  const next = (carry: Uint8Array | undefined): { buf: Buffer; filled: Promise<number> } => {
    const carried = carry?.length ?? 0;
    const buf = Buffer.from(buffers.take(carried + bytes), 0, carried + bytes);
    if (carry) buf.set(carry);
    const filled = fill(buf, carried);
    // Awaited below; this keeps an early failure from being reported as unhandled meanwhile.
    filled.catch(() => undefined);
    return { buf, filled };
  };
  try {
    let reading = next(undefined);
    for (;;) {
      const { buf } = reading;
      const len = await reading.filled;
      if (len < buf.length) {
        if (len > 0) yield buf.subarray(0, len);
        return;
      }
      const end = cut(buf, len);
      // The next read starts now, while this chunk is being checked. No record ends in the
      // buffer (a record longer than a chunk): it all moves on into a bigger one.
      reading = next(buf.subarray(end, len));
      if (end > 0) yield buf.subarray(0, end);
      else buffers.give(buf.buffer);
    }
  } finally {
    await handle.close();
  }
}

async function* streamedChunks(source: { path: string; file: string; gzip: boolean }, start: number, recordEnd: RecordEnd, buffers: ChunkBuffers): AsyncGenerator<Buffer> {
  let skip = start;
  let pending: Uint8Array | undefined;
  for await (let raw of fileChunks(source.path, source.file, source.gzip, buffers.chunkBytes)) {
    if (skip > 0) {
      const drop = Math.min(skip, raw.length);
      skip -= drop;
      raw = raw.subarray(drop);
      if (raw.length === 0) continue;
    }
    const size = (pending?.length ?? 0) + raw.length;
    const buf = Buffer.from(buffers.take(size), 0, size);
    if (pending) buf.set(pending);
    buf.set(raw, pending?.length ?? 0);
    const cut = buf.length < buffers.chunkBytes ? 0 : recordEnd(buf, buf.length);
    pending = Uint8Array.prototype.slice.call(buf, cut);
    if (cut > 0) yield buf.subarray(0, cut);
    else buffers.give(buf.buffer);
  }
  if (pending && pending.length > 0) {
    const buf = Buffer.from(buffers.take(pending.length), 0, pending.length);
    buf.set(pending);
    yield buf;
  }
}

/**
 * End (exclusive) of the last complete record in buf[0, end), given that buf starts at a record
 * boundary: the last line feed outside quoted fields. 0 when there is none. Quotes are read as the
 * tokenizer reads them: a quote opens a quoted field only at the start of a field (after the
 * delimiter or a line end), `""` inside one is a quote, and a quote elsewhere is a literal character.
 */
export function lastRecordEnd(buf: Buffer, end: number, delimiter: number): number {
  let last = -1;
  let p = 0;
  // The first line feed at or after p. Every scan, forward or back, covers bytes no other scan did,
  // so a chunk without line feeds (lone CR line ends) costs one pass, not one per quoted field.
  let nextLf = buf.indexOf(10, 0);
  while (nextLf >= 0 && nextLf < end) {
    let open = buf.indexOf(34, p);
    while (open > 0 && open < end && !opensField(buf[open - 1]!, delimiter)) open = buf.indexOf(34, open + 1);
    const stretchEnd = open < 0 || open >= end ? end : open;
    // This stretch outside quotes holds a line feed: take its last one (the backward scan stops in the stretch).
    if (nextLf < stretchEnd) last = buf.lastIndexOf(10, stretchEnd - 1);
    if (stretchEnd === end) break;
    let close = buf.indexOf(34, open + 1);
    while (close >= 0 && close + 1 < end && buf[close + 1] === 34) close = buf.indexOf(34, close + 2);
    if (close < 0 || close >= end) break;
    p = close + 1;
    if (nextLf < p) nextLf = buf.indexOf(10, p);
  }
  return last + 1;
}

/** A quote after this byte starts a quoted field. */
function opensField(before: number, delimiter: number): boolean {
  return before === delimiter || before === 10 || before === 13;
}
