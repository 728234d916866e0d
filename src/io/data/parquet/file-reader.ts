import { parquetScan, parquetSchema, type AsyncBuffer, type Compressors, type FileMetaData, type ParquetScan, type SchemaTree } from 'hyparquet';
import { isFlatColumn } from 'hyparquet/src/schema.js';
import { MlgateError } from '../../../domain/errors.js';
import type { Column, ColumnKind } from '../../../domain/table/record-batch.js';
import { columnCursor, listReader, localPages, type ChunkSource, type ColumnScratch } from './chunk.js';
import { ColumnCursor } from './column-cursor.js';
import { checkCodecs, parquetCompressors } from './codecs.js';
import { toColumn, type ColumnData } from './columns.js';
import type { DictionaryCache } from './dictionary-cache.js';
import { listShape } from './list-reader.js';
import type { LocalPages } from './page-stream.js';
import { CLAIMED_BY_FEED, CLAIMED_BY_READER } from './page-feed-protocol.js';
import type { PageFeed } from './remote-pages.js';
import { reprOf } from './repr.js';
import { freshArrays, Scratch } from './scratch.js';
import { PARSERS } from './values.js';
import { columnChunkPadding } from './writer-quirks.js';

/** Reads one column chunk batch by batch (a flat column's cursor, or a list column's reader). */
interface ChunkReader {
  takeData(n: number): Promise<ColumnData>;
  skip(n: number): Promise<void>;
  finish(): Promise<void>;
  /** The cache of the entries of the dictionary the last batch refers to. */
  readonly dictionaryCache: DictionaryCache | undefined;
}

/** Row index (in the file) of the first row of each row group, and the end. */
export function groupStarts(metadata: FileMetaData): number[] {
  const starts = [0];
  for (const g of metadata.row_groups) starts.push(starts[starts.length - 1]! + Number(g.num_rows));
  return starts;
}

/** Adds where it happened to an error's message. */
async function at<T>(where: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof MlgateError) throw error;
    throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * The columns `wanted` of a Parquet file, row group by row group. Flat columns (nearly all) are decoded
 * page by page into typed arrays (this folder); nested ones by hyparquet's scan.
 */
export class ParquetFileReader {
  private readonly scratch = new Map<string, ColumnScratch>();
  /** Pages decoded on a worker thread, for the columns it has, in the row groups it claims (`decodeOn`). */
  private feed: { pages: PageFeed; claims: Int32Array } | undefined;

  private constructor(
    readonly metadata: FileMetaData,
    private readonly source: ChunkSource,
    private readonly byName: ReadonlyMap<string, SchemaTree>,
    private readonly root: SchemaTree,
    private readonly kinds: ReadonlyMap<string, ColumnKind>,
    readonly wanted: readonly string[],
    private readonly compressors: Compressors,
    private readonly scan: ParquetScan | undefined,
  ) {}

  static async open(buffer: AsyncBuffer, metadata: FileMetaData, wanted: readonly string[], kindOf: (tree: SchemaTree) => ColumnKind): Promise<ParquetFileReader> {
    const root = parquetSchema(metadata);
    const byName = new Map(root.children.map((c) => [c.element.name, c]));
    // Nested columns other than lists of primitives go through hyparquet.
    const nested = wanted.filter((name) => !isFlatColumn([root, byName.get(name)!]) && !listShape(root, byName.get(name)!));
    const codecs = new Set(metadata.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec ?? 'UNCOMPRESSED')));
    const compressors = await parquetCompressors(codecs);
    checkCodecs(metadata, wanted, compressors);
    const scan = nested.length ? await parquetScan({ file: buffer, metadata, columns: nested, compressors, parsers: PARSERS }) : undefined;
    const source: ChunkSource = {
      readAt: async (position, length) => new Uint8Array(await buffer.slice(position, position + length)),
      fileSize: buffer.byteLength,
      padding: columnChunkPadding(metadata.created_by),
    };
    const kinds = new Map(root.children.map((c) => [c.element.name, kindOf(c)]));
    return new ParquetFileReader(metadata, source, byName, root, kinds, wanted, compressors, scan);
  }

  groupStarts(): number[] {
    return groupStarts(this.metadata);
  }

  /** The wanted columns whose pages a worker thread can decode: flat ones held as typed arrays and byte ranges. */
  typedFlatColumns(): string[] {
    return this.wanted.filter((name) => {
      const tree = this.byName.get(name)!;
      return isFlatColumn([this.root, tree]) && !listShape(this.root, tree) && reprOf(tree.element).kind !== 'generic';
    });
  }

  /**
   * Takes the pages of the columns `feed` has from it, in the row groups its sender claims (see PageFeedJob; each
   * group is read once, in order). A group the sender has not begun when this thread needs it is decoded here:
   * the first, while the worker starts (its first pages would come after its start-up, with its code still cold),
   * and any later one when the worker falls behind. A file of one row group is left to the worker.
   */
  decodeOn(feed: PageFeed, claims: Int32Array): void {
    this.feed = { pages: feed, claims };
  }

  /** Whether row group `g`'s pages come from the feed. */
  private fed(g: number): boolean {
    if (!this.feed) return false;
    const { claims } = this.feed;
    if (claims.length === 1) return true;
    return Atomics.compareExchange(claims, g, 0, CLAIMED_BY_READER) === CLAIMED_BY_FEED;
  }

  /** The pages of flat column `name` in row group `g`, read and decoded here into arrays of their own (a worker thread sends them on). */
  pageStream(g: number, name: string): LocalPages {
    const tree = this.byName.get(name)!;
    return localPages(this.source, this.metadata.row_groups[g]!, [this.root, tree], reprOf(tree.element), this.compressors, freshArrays);
  }

  rowGroup(g: number, groupStart: number): RowGroupReader {
    const rowGroup = this.metadata.row_groups[g]!;
    const cursors = new Map<string, ChunkReader>();
    const fed = this.fed(g);
    for (const name of this.wanted) {
      const tree = this.byName.get(name)!;
      const kind = this.kinds.get(name)!;
      const list = listShape(this.root, tree);
      try {
        if (list) cursors.set(name, listReader(this.source, rowGroup, list, name, kind, this.compressors));
        if (!isFlatColumn([this.root, tree])) continue;
        let scratch = this.scratch.get(name);
        if (!scratch) this.scratch.set(name, (scratch = { pages: new Scratch(), batches: new Scratch() }));
        const remote = fed && this.feed!.pages.has(name) ? this.feed!.pages.pages(g, name) : undefined;
        cursors.set(name, columnCursor(this.source, rowGroup, [this.root, tree], reprOf(tree.element), kind, this.compressors, scratch, remote));
      } catch (error) {
        throw new Error(`column "${name}", row group ${g}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
    return new RowGroupReader(g, groupStart, this.wanted, cursors, this.kinds, this.scan);
  }
}

/** The rows of one row group, batch after batch. */
export class RowGroupReader {
  private row = 0;
  constructor(
    readonly group: number,
    readonly groupStart: number,
    private readonly wanted: readonly string[],
    private readonly cursors: ReadonlyMap<string, ChunkReader>,
    private readonly kinds: ReadonlyMap<string, ColumnKind>,
    private readonly scan: ParquetScan | undefined,
  ) {}

  /** Row of the file the next batch starts at. */
  get position(): number {
    return this.groupStart + this.row;
  }

  private where(name: string): string {
    return `column "${name}", row group ${this.group}`;
  }

  async skip(n: number): Promise<void> {
    for (const [name, cursor] of this.cursors) await at(this.where(name), () => cursor.skip(n));
    this.row += n;
  }

  /** The next n rows of every wanted column, as plain data. */
  async takeData(n: number): Promise<ColumnData[]> {
    const out: ColumnData[] = [];
    const rowStart = this.position;
    for (const name of this.wanted) {
      const cursor = this.cursors.get(name);
      out.push(await at(this.where(name), () => (cursor ? cursor.takeData(n) : this.nested(name, rowStart, n))));
    }
    this.row += n;
    return out;
  }

  /** The next n rows of every wanted column. */
  async take(n: number): Promise<Column[]> {
    return this.columns(await this.takeData(n));
  }

  /** Columns over data just taken (string columns share their chunk's dictionary cache). */
  columns(data: readonly ColumnData[]): Column[] {
    return data.map((d) => toColumn(d, this.cursors.get(d.name)?.dictionaryCache));
  }

  private async nested(name: string, rowStart: number, n: number): Promise<ColumnData> {
    const data = await this.scan!.readColumn({ column: name, rowStart, rowEnd: rowStart + n });
    if (data.length !== n) throw new Error(`${data.length} values in rows ${rowStart}..${rowStart + n}, expected ${n}`);
    return { type: 'value', name, kind: this.kinds.get(name)!, length: n, values: Array.from(data as ArrayLike<unknown>) };
  }

  /** Decodes the `rows` rows of every column of the row group without keeping them (see `ColumnCursor.decodeRest`). */
  async decodeAll(rows: number): Promise<void> {
    for (const name of this.wanted) {
      const cursor = this.cursors.get(name);
      await at(this.where(name), async () => {
        if (cursor instanceof ColumnCursor) await cursor.decodeRest();
        else if (cursor) {
          await cursor.takeData(rows);
          await cursor.finish();
        } else await this.nested(name, this.groupStart, rows);
      });
    }
  }

  /** Throws when a column chunk holds more rows than the row group. */
  async finish(): Promise<void> {
    for (const [name, cursor] of this.cursors) await at(this.where(name), () => cursor.finish());
  }
}
