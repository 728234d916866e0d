import type { PageHeader } from 'hyparquet';
import type { Dense } from './dense.js';
import type { DecodedPage, PageDecoder } from './page-decoder.js';
import type { PageReader } from './page-reader.js';

/**
 * The pages of one column chunk, in order, each decoded on request: read and decoded here
 * (`LocalPages`), or decoded ahead on a worker thread (`RemotePages`, remote-pages.ts).
 */
export interface PageStream {
  /** The next page's header; undefined at the end of the chunk. Then `decode` or `skip`. */
  header(): Promise<PageHeader | undefined>;
  /** Passes over the page whose header was read last. */
  skip(): void;
  /** The page whose header was read last, decoded; undefined for pages that hold no rows (dictionary, index). */
  decode(header: PageHeader): Promise<DecodedPage | undefined> | DecodedPage | undefined;
}

/** Rows of a data page (undefined for dictionary and index pages). */
export function pageRows(header: PageHeader): number | undefined {
  return header.data_page_header?.num_values ?? header.data_page_header_v2?.num_rows;
}

/**
 * Rows of the chunk's pages once `header`'s page is counted (`paged` before it); throws when the page claims
 * more rows than the row group has left (such a page is corrupt and is not decoded).
 */
export function countPageRows(header: PageHeader, paged: number, groupRows: number): number {
  const rows = pageRows(header);
  if (rows === undefined) return paged;
  if (!(rows >= 0 && rows <= groupRows - paged)) throw new Error(`a page of ${rows} rows after ${paged}, in a row group of ${groupRows}`);
  return paged + rows;
}

/** Pages read from the file and decoded on this thread. */
export class LocalPages implements PageStream {
  constructor(
    private readonly reader: PageReader,
    private readonly decoder: PageDecoder,
  ) {}

  header(): Promise<PageHeader | undefined> {
    return this.reader.header();
  }

  skip(): void {
    this.reader.skipBody();
  }

  async decode(header: PageHeader): Promise<DecodedPage | undefined> {
    return this.decoder.decode({ header, bytes: await this.reader.body() });
  }

  /** The dictionary the chunk's pages refer to, once its page is decoded. */
  get dictionary(): Dense | undefined {
    return this.decoder.dictionary;
  }
}
