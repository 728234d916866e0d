import type { PageHeader } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';

/** Reads `length` bytes of the file from `position` (fewer only at the end of the file). */
export type ReadAt = (position: number, length: number) => Promise<Uint8Array>;

export interface RawPage {
  header: PageHeader;
  /** The page's bytes as stored (compressed). */
  bytes: Uint8Array;
}

/** Bytes read ahead: a column chunk is read in windows of this size, so memory does not grow with the row group. */
const WINDOW = 4 << 20;
/** Enough for nearly every page header; a longer one (large statistics) is read again with a bigger window. */
const HEADER_BYTES = 64 << 10;

/**
 * The pages of one column chunk, in order, read window by window. The buffers handed out are never
 * reused, so a page stays valid after the next one is read.
 */
export class PageReader {
  private buf: Uint8Array = new Uint8Array(0);
  /** File offset of buf[0]. */
  private bufStart: number;
  private pos: number;

  constructor(
    private readonly read: ReadAt,
    start: number,
    private readonly end: number,
    /** No page of the chunk is bigger uncompressed (its total_uncompressed_size): a bigger claim is corrupt. */
    private readonly maxPageBytes: number,
    /**
     * When `end` lies past the chunk's stated end (see `columnChunkPadding`), its value count (num_values):
     * the chunk ends after the page that completes it, as the next chunk's pages may follow.
     */
    private readonly valuesInPaddedChunk?: number,
  ) {
    this.bufStart = start;
    this.pos = start;
    // The first window is asked for at once: a row group's chunks are then read side by side (and ahead of
    // the first batch that needs them) rather than one after the other as each column's turn comes.
    if (start < end) {
      const first = read(start, Math.min(end, start + WINDOW) - start);
      // A chunk never read (a failed read's row group) must not leave an unhandled rejection.
      first.catch(() => undefined);
      this.firstWindow = first;
    }
  }

  /** The first window's read, until it is taken. */
  private firstWindow: Promise<Uint8Array> | undefined;

  /** Makes the buffer cover [pos, pos + n) (clipped to the chunk); false when the chunk is shorter. */
  private async ensure(n: number): Promise<boolean> {
    if (this.firstWindow) {
      const first = this.firstWindow;
      this.firstWindow = undefined;
      this.buf = await first;
    }
    const want = Math.min(this.pos + n, this.end);
    const have = this.bufStart + this.buf.length;
    if (want <= have) return want === this.pos + n;
    const keep = this.buf.subarray(this.pos - this.bufStart);
    const fetchFrom = this.pos + keep.length;
    const fetchTo = Math.min(this.end, Math.max(want, this.pos + WINDOW));
    const fresh = await this.read(fetchFrom, fetchTo - fetchFrom);
    let next = fresh;
    if (keep.length > 0) {
      next = new Uint8Array(keep.length + fresh.length);
      next.set(keep);
      next.set(fresh, keep.length);
    }
    this.buf = next;
    this.bufStart = this.pos;
    return this.pos + n <= this.bufStart + next.length;
  }

  /** Values of the data pages whose headers were read. */
  private values = 0;

  get done(): boolean {
    return this.pos >= this.end || (this.valuesInPaddedChunk !== undefined && this.values >= this.valuesInPaddedChunk);
  }

  /** The next page's header (undefined at the end of the chunk); then `body()` or `skipBody()`. */
  async header(): Promise<PageHeader | undefined> {
    if (this.done) return undefined;
    for (let window = HEADER_BYTES; ; window *= 4) {
      const whole = await this.ensure(window);
      const offset = this.pos - this.bufStart;
      const reader = { view: new DataView(this.buf.buffer, this.buf.byteOffset + offset, this.buf.length - offset), offset: 0 };
      try {
        const header = parquetHeader(reader);
        if (!(header.compressed_page_size >= 0)) throw new Error(`page header gives a compressed size of ${header.compressed_page_size}`);
        if (!(header.uncompressed_page_size >= 0 && header.uncompressed_page_size <= this.maxPageBytes)) throw new Error(`page header gives an uncompressed size of ${header.uncompressed_page_size}, the whole column chunk has ${this.maxPageBytes}`);
        this.pos += reader.offset;
        this.size = header.compressed_page_size;
        this.values += header.data_page_header?.num_values ?? header.data_page_header_v2?.num_values ?? 0;
        return header;
      } catch (error) {
        // A header cut off by the window: read more. Cut off by the end of the chunk: corrupt.
        if (!whole) throw error;
      }
    }
  }

  /** Size of the body after the last header read. */
  private size = 0;

  async body(): Promise<Uint8Array> {
    const size = this.size;
    if (!(await this.ensure(size))) throw new Error(`page of ${size} bytes runs past the end of its column chunk`);
    const offset = this.pos - this.bufStart;
    this.pos += size;
    return this.buf.subarray(offset, offset + size);
  }

  skipBody(): void {
    this.pos += this.size;
  }

  async next(): Promise<RawPage | undefined> {
    const header = await this.header();
    return header && { header, bytes: await this.body() };
  }
}
