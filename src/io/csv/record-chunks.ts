import { open, type FileHandle } from 'node:fs/promises';
import { describeReadError, fileChunks } from '../byte-stream.js';

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
}

/**
 * The data of a CSV file from byte `start` (past the header) as chunks of whole records of about
 * `buffers.chunkBytes` bytes, each at the start of an ArrayBuffer of its own (so it can move to a
 * worker thread without a copy). A plain file is read straight into the buffers; a gzip one through
 * the gunzip stream.
 */
export async function* recordChunks(source: { path: string; file: string; gzip: boolean }, start: number, buffers: ChunkBuffers): AsyncGenerator<Buffer> {
  if (source.gzip) {
    yield* streamedChunks(source, start, buffers);
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
      const cut = lastRecordEnd(buf, len);
      // The next read starts now, while this chunk is being checked. No record ends in the
      // buffer (a record longer than a chunk): it all moves on into a bigger one.
      reading = next(buf.subarray(cut, len));
      if (cut > 0) yield buf.subarray(0, cut);
      else buffers.give(buf.buffer);
    }
  } finally {
    await handle.close();
  }
}

async function* streamedChunks(source: { path: string; file: string; gzip: boolean }, start: number, buffers: ChunkBuffers): AsyncGenerator<Buffer> {
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
    const cut = buf.length < buffers.chunkBytes ? 0 : lastRecordEnd(buf, buf.length);
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
 * boundary: the last newline outside quotes. 0 when there is none.
 */
export function lastRecordEnd(buf: Buffer, end: number): number {
  let last = -1;
  let p = 0;
  for (;;) {
    const q = buf.indexOf(34, p);
    const segEnd = q < 0 || q >= end ? end : q;
    if (segEnd > p) {
      const nl = buf.lastIndexOf(10, segEnd - 1);
      if (nl >= p) last = nl;
    }
    if (q < 0 || q >= end) break;
    const close = buf.indexOf(34, q + 1);
    if (close < 0 || close >= end) break;
    p = close + 1;
  }
  return last + 1;
}
