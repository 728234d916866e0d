import type { ColumnKind } from '../../../domain/table/record-batch.js';
import { batchBuilder, type BuilderKind } from './batch-builders.js';
import type { ColumnData } from './columns.js';
import { DictionaryCache } from './dictionary-cache.js';
import type { DecodedPage } from './page-decoder.js';
import { countPageRows, pageRows, type PageStream } from './page-stream.js';
import type { Repr } from './repr.js';
import type { Arrays } from './scratch.js';

function builderKind(repr: Repr): BuilderKind {
  switch (repr.kind) {
    case 'number':
    case 'int64':
    case 'time':
      return { kind: 'number', mode: repr.kind };
    case 'boolean':
    case 'generic':
    case 'string':
      return { kind: repr.kind };
  }
}

/**
 * Reads one column chunk (a flat column in one row group) batch by batch: each page is decoded once,
 * when the first batch that needs its rows asks for them.
 */
export class ColumnCursor {
  private page: DecodedPage | undefined;
  /** Next row and next dense value of `page`. */
  private row = 0;
  private value = 0;
  private taken = 0;
  /** Rows of the pages read so far. */
  private paged = 0;
  private cache: DictionaryCache | undefined;
  private readonly builder: BuilderKind;

  constructor(
    private readonly pages: PageStream,
    repr: Repr,
    readonly name: string,
    private readonly kind: ColumnKind,
    /** Arrays for the batches, reused from batch to batch. */
    private readonly arrays: Arrays,
    /** Rows of the row group: pages claiming more are corrupt (and are not decoded). */
    private readonly groupRows: number,
  ) {
    this.builder = builderKind(repr);
  }

  /** The next data page with rows, or `{ skipped }` for a page of at most `skippable` rows passed over undecoded; undefined at the end. */
  private async nextPage(skippable = 0): Promise<DecodedPage | { skipped: number } | undefined> {
    for (;;) {
      const header = await this.pages.header();
      if (!header) return undefined;
      this.paged = countPageRows(header, this.paged, this.groupRows);
      const rows = pageRows(header);
      if (rows !== undefined && rows > 0 && rows <= skippable && header.type !== 'DICTIONARY_PAGE') {
        this.pages.skip();
        return { skipped: rows };
      }
      const page = await this.pages.decode(header);
      if (!page || page.rows === 0) continue;
      if ('generic' in page && page.generic.length !== page.rows) throw new Error(`a page of ${page.rows} rows decoded to ${page.generic.length} values`);
      return page;
    }
  }

  /** Makes `page` hold the next row (0), passes over a whole page of at most `skip` rows (its rows), or returns -1 at the end of the chunk. */
  private async advance(skip: number): Promise<number> {
    if (this.page && this.row < this.page.rows) return 0;
    const next = await this.nextPage(skip);
    this.page = undefined;
    if (!next) return -1;
    if ('skipped' in next) return next.skipped;
    this.page = next;
    this.row = 0;
    this.value = 0;
    return 0;
  }

  private ended(at: number, expected: number): Error {
    return new Error(`the column chunk ends after ${at} rows, expected ${expected} or more`);
  }

  /** Passes over the next n rows. */
  async skip(n: number): Promise<void> {
    for (let left = n; left > 0; ) {
      const skipped = await this.advance(left);
      if (skipped < 0) throw this.ended(this.taken + n - left, this.taken + n);
      if (skipped > 0) {
        left -= skipped;
        continue;
      }
      const page = this.page!;
      const rows = Math.min(left, page.rows - this.row);
      if (!('generic' in page)) this.value += countPresent(page.present, this.row, rows);
      this.row += rows;
      left -= rows;
    }
    this.taken += n;
  }

  /** The cache of the entries of the dictionary the last batch refers to. */
  get dictionaryCache(): DictionaryCache | undefined {
    return this.cache;
  }

  /** The next n rows as plain data. */
  async takeData(n: number): Promise<ColumnData> {
    const builder = batchBuilder(this.builder, n, this.arrays);
    for (let filled = 0; filled < n; ) {
      if ((await this.advance(0)) < 0) throw this.ended(this.taken + filled, this.taken + n);
      const page = this.page!;
      const rows = Math.min(n - filled, page.rows - this.row);
      if ('generic' in page) builder.addGeneric(page.generic, this.row, rows);
      else this.value += builder.add({ present: page.present, dense: page.dense, row: this.row, value: this.value, rows });
      this.row += rows;
      filled += rows;
    }
    this.taken += n;
    const dict = builder.dictionary;
    if (dict && this.cache?.owner !== dict.owner) this.cache = new DictionaryCache(dict.owner, dict.size);
    return builder.build(this.name, this.kind);
  }

  /**
   * Decodes every page left in the chunk without building values (a file is read whole even where no
   * check needs the column) and throws when the pages do not hold the row group's rows.
   */
  async decodeRest(): Promise<void> {
    this.page = undefined;
    while (await this.nextPage(0));
    if (this.paged !== this.groupRows) throw this.ended(this.paged, this.groupRows);
  }

  /** Throws when the chunk holds more rows than were taken. */
  async finish(): Promise<void> {
    if ((await this.advance(0)) >= 0) throw new Error(`the column chunk holds more than the row group's ${this.taken} rows`);
  }
}

function countPresent(present: Uint8Array | undefined, from: number, rows: number): number {
  if (!present) return rows;
  let n = 0;
  for (let r = from; r < from + rows; r++) n += present[r]!;
  return n;
}
