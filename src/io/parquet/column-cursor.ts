import type { Column, ColumnKind } from '../table.js';
import { batchBuilder, type BuilderKind } from './batch-builders.js';
import { DictionaryCache } from './columns.js';
import type { DecodedPage, PageDecoder } from './page-decoder.js';
import type { PageReader } from './page-reader.js';
import type { Repr } from './repr.js';

function builderKind(repr: Repr, cacheFor: (dictionary: Buffer, size: number) => DictionaryCache): BuilderKind {
  switch (repr.kind) {
    case 'number':
    case 'int64':
    case 'time':
      return { kind: 'number', mode: repr.kind };
    case 'boolean':
    case 'generic':
      return { kind: repr.kind };
    case 'string':
      return { kind: 'string', cacheFor };
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
  private cache: DictionaryCache | undefined;
  private readonly builder: BuilderKind;

  constructor(
    private readonly pages: PageReader,
    private readonly decoder: PageDecoder,
    repr: Repr,
    readonly name: string,
    private readonly kind: ColumnKind,
  ) {
    this.builder = builderKind(repr, (dictionary, size) => {
      if (this.cache?.owner !== dictionary) this.cache = new DictionaryCache(dictionary, size);
      return this.cache;
    });
  }

  private async nextPage(): Promise<DecodedPage | undefined> {
    for (;;) {
      const raw = await this.pages.next();
      if (!raw) return undefined;
      const page = this.decoder.decode(raw);
      if (!page || page.rows === 0) continue;
      if ('generic' in page && page.generic.length !== page.rows) throw new Error(`a page of ${page.rows} rows decoded to ${page.generic.length} values`);
      return page;
    }
  }

  /** The next n rows. */
  async take(n: number): Promise<Column> {
    const builder = batchBuilder(this.builder, n);
    for (let filled = 0; filled < n; ) {
      if (!this.page || this.row >= this.page.rows) {
        this.page = await this.nextPage();
        this.row = 0;
        this.value = 0;
        if (!this.page) throw new Error(`the column chunk ends after ${this.taken + filled} rows, expected ${this.taken + n} or more`);
      }
      const page = this.page;
      const rows = Math.min(n - filled, page.rows - this.row);
      if ('generic' in page) builder.addGeneric(page.generic, this.row, rows);
      else this.value += builder.add({ present: page.present, dense: page.dense, row: this.row, value: this.value, rows });
      this.row += rows;
      filled += rows;
    }
    this.taken += n;
    return builder.build(this.name, this.kind);
  }

  /** Throws when the chunk holds more rows than were taken. */
  async finish(): Promise<void> {
    const left = this.page ? this.page.rows - this.row : 0;
    const more = left > 0 ? this.page : await this.nextPage();
    if (more) throw new Error(`the column chunk holds more than the row group's ${this.taken} rows`);
  }
}
