import type { ColumnMetaData, Compressors, RowGroup, SchemaTree } from 'hyparquet';
import type { ColumnKind } from '../table.js';
import { ColumnCursor } from './column-cursor.js';
import { ListChunkReader, type ListShape } from './list-reader.js';
import { hyparquetDecoder, pageDecoder } from './page-decoder.js';
import { PageReader, type ReadAt } from './page-reader.js';
import type { Repr } from './repr.js';
import type { Scratch } from './scratch.js';

/** Arrays a column's cursors reuse, from one row group to the next. */
export interface ColumnScratch {
  pages: Scratch;
  batches: Scratch;
}

/** The pages of the chunk of the leaf at the end of `schemaPath` (root first) in `rowGroup`. */
function chunkPages(readAt: ReadAt, rowGroup: RowGroup, schemaPath: SchemaTree[]): { pages: PageReader; meta: ColumnMetaData } {
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
  return { pages: new PageReader(readAt, start, start + Number(meta.total_compressed_size), Number(meta.total_uncompressed_size)), meta };
}

/** A cursor over the chunk of the flat column `schemaPath` (root, column) in `rowGroup`. */
export function columnCursor(readAt: ReadAt, rowGroup: RowGroup, schemaPath: SchemaTree[], repr: Repr, kind: ColumnKind, compressors: Compressors, scratch: ColumnScratch): ColumnCursor {
  const element = schemaPath[schemaPath.length - 1]!.element;
  const { pages, meta } = chunkPages(readAt, rowGroup, schemaPath);
  const decoder = pageDecoder({ element, schemaPath, repr, codec: meta.codec, compressors, arrays: scratch.pages });
  return new ColumnCursor(pages, decoder, repr, element.name, kind, scratch.batches, Number(rowGroup.num_rows));
}

/** A reader of the chunk of the list column `name` (of this shape) in `rowGroup`. */
export function listReader(readAt: ReadAt, rowGroup: RowGroup, shape: ListShape, name: string, kind: ColumnKind, compressors: Compressors): ListChunkReader {
  const { pages, meta } = chunkPages(readAt, rowGroup, shape.leaf);
  const leaf = shape.leaf[shape.leaf.length - 1]!.element;
  return new ListChunkReader(pages, shape, hyparquetDecoder(leaf, shape.leaf, meta.codec, compressors), name, kind, Number(meta.num_values));
}
