import type { ColumnMetaData, Compressors, RowGroup, SchemaTree } from 'hyparquet';
import type { ColumnKind } from '../../../domain/table/record-batch.js';
import { ColumnCursor } from './column-cursor.js';
import { ListChunkReader, type ListShape } from './list-reader.js';
import { hyparquetDecoder, pageDecoder } from './page-decoder.js';
import { PageReader, type ReadAt } from './page-reader.js';
import { LocalPages, type PageStream } from './page-stream.js';
import type { Repr } from './repr.js';
import type { Arrays, Scratch } from './scratch.js';

/** Arrays a column's cursors reuse, from one row group to the next. */
export interface ColumnScratch {
  pages: Scratch;
  batches: Scratch;
}

/** Where a file's column chunks are: how to read it, its size, and how far past a chunk's stated end its pages may run. */
export interface ChunkSource {
  readAt: ReadAt;
  fileSize: number;
  /** See `columnChunkPadding`. */
  padding: number;
}

/** Where the chunk of the leaf at the end of `schemaPath` (root first) in `rowGroup` lies; throws for a chunk that cannot be read. */
function chunkRange(source: ChunkSource, rowGroup: RowGroup, schemaPath: SchemaTree[]): { start: number; end: number; padded: number; meta: ColumnMetaData } {
  const element = schemaPath[schemaPath.length - 1]!.element;
  const path = schemaPath.slice(1).map((t) => t.element.name).join('.');
  const chunk = rowGroup.columns.find((c) => c.meta_data?.path_in_schema.join('.') === path);
  const meta = chunk?.meta_data;
  if (!chunk || !meta) throw new Error('no column chunk in the row group');
  if (chunk.file_path) throw new Error(`the column chunk is in another file (${chunk.file_path}), which is not supported`);
  if (meta.type !== element.type) throw new Error(`the column chunk holds ${meta.type} values, the schema says ${element.type}`);
  // The chunk starts at its dictionary page when it has one (some writers leave dictionary_page_offset unset or 0).
  const data = Number(meta.data_page_offset);
  const dict = Number(meta.dictionary_page_offset ?? 0);
  const start = dict > 0 && dict < data ? dict : data;
  const end = start + Number(meta.total_compressed_size);
  const padded = Math.max(end, Math.min(end + source.padding, source.fileSize));
  return { start, end, padded, meta };
}

/** The pages of the chunk of the leaf at the end of `schemaPath` (root first) in `rowGroup`. */
function chunkPages(source: ChunkSource, rowGroup: RowGroup, schemaPath: SchemaTree[]): { pages: PageReader; meta: ColumnMetaData } {
  const { start, end, padded, meta } = chunkRange(source, rowGroup, schemaPath);
  const pages = new PageReader(source.readAt, start, padded, Number(meta.total_uncompressed_size) + (padded - end), padded > end ? Number(meta.num_values) : undefined);
  return { pages, meta };
}

/** The pages of the chunk of the flat column `schemaPath` (root, column) in `rowGroup`, read and decoded on this thread into `arrays`. */
export function localPages(source: ChunkSource, rowGroup: RowGroup, schemaPath: SchemaTree[], repr: Repr, compressors: Compressors, arrays: Arrays): LocalPages {
  const element = schemaPath[schemaPath.length - 1]!.element;
  const { pages, meta } = chunkPages(source, rowGroup, schemaPath);
  return new LocalPages(pages, pageDecoder({ element, schemaPath, repr, codec: meta.codec, compressors, arrays }));
}

/**
 * A cursor over the chunk of the flat column `schemaPath` (root, column) in `rowGroup`: its pages read here, or
 * `remote` (decoded on a worker thread; the chunk is still checked here first, as a local read would).
 */
export function columnCursor(source: ChunkSource, rowGroup: RowGroup, schemaPath: SchemaTree[], repr: Repr, kind: ColumnKind, compressors: Compressors, scratch: ColumnScratch, remote?: PageStream): ColumnCursor {
  const element = schemaPath[schemaPath.length - 1]!.element;
  let pages: PageStream;
  if (remote) {
    chunkRange(source, rowGroup, schemaPath);
    pages = remote;
  } else pages = localPages(source, rowGroup, schemaPath, repr, compressors, scratch.pages);
  return new ColumnCursor(pages, repr, element.name, kind, scratch.batches, Number(rowGroup.num_rows));
}

/** A reader of the chunk of the list column `name` (of this shape) in `rowGroup`. */
export function listReader(source: ChunkSource, rowGroup: RowGroup, shape: ListShape, name: string, kind: ColumnKind, compressors: Compressors): ListChunkReader {
  const { pages, meta } = chunkPages(source, rowGroup, shape.leaf);
  const leaf = shape.leaf[shape.leaf.length - 1]!.element;
  return new ListChunkReader(pages, shape, hyparquetDecoder(leaf, shape.leaf, meta.codec, compressors), name, kind, Number(meta.num_values));
}
