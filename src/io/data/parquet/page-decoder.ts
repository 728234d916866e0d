import type { CompressionCodec, Compressors, DecodedArray, Encoding, SchemaElement, SchemaTree } from 'hyparquet';
import { readPage } from 'hyparquet/src/column.js';
import { convert } from 'hyparquet/src/convert.js';
import { decompressPage } from 'hyparquet/src/datapage.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import type { Dense } from './dense.js';
import type { RawPage } from './page-reader.js';
import { pageValues, plainValues } from './page-values.js';
import type { Repr } from './repr.js';
import { freshArrays, type Arrays } from './scratch.js';
import { decimalScale, decodedElement, PARSERS, jsValues } from './values.js';

export type ColumnDecoder = Parameters<typeof readPage>[2];

/**
 * One data page of a flat column: `rows` rows, `present` marking the non-null ones (absent when none is
 * null) and `dense` their values; or, for the generic representation, hyparquet's values row by row.
 */
export type DecodedPage = { rows: number; present: Uint8Array | undefined; dense: Dense } | { rows: number; generic: ArrayLike<unknown> };

export interface PageDecoder {
  /** The decoded data page; undefined for dictionary and index pages (they hold no rows). */
  decode(page: RawPage): DecodedPage | undefined;
  /** The chunk's dictionary once its page is decoded (undefined for the generic representation). */
  readonly dictionary: Dense | undefined;
}

export interface FlatColumn {
  element: SchemaElement;
  /** Root and column: the column's path in the schema tree. */
  schemaPath: SchemaTree[];
  repr: Repr;
  codec: CompressionCodec;
  compressors: Compressors;
  /** Arrays for a page's values, reused from page to page. */
  arrays: Arrays;
}

function missing(what: string): Error {
  return new Error(`page header without its ${what}`);
}

/** Decodes pages into typed arrays and byte ranges, for every representation but `generic`. */
class TypedPageDecoder implements PageDecoder {
  dictionary: Dense | undefined;
  private readonly optional: boolean;

  constructor(
    private readonly column: FlatColumn,
    private readonly repr: Exclude<Repr, { kind: 'generic' }>,
  ) {
    this.optional = column.element.repetition_type !== 'REQUIRED';
  }

  private decompress(bytes: Uint8Array, size: number): Uint8Array {
    return decompressPage(bytes, size, this.column.codec, this.column.compressors);
  }

  decode({ header, bytes }: RawPage): DecodedPage | undefined {
    switch (header.type) {
      case 'DICTIONARY_PAGE': {
        const h = header.dictionary_page_header;
        if (!h) throw missing('dictionary_page_header');
        this.dictionary = plainValues(this.decompress(bytes, header.uncompressed_page_size), 0, h.num_values, this.column.element, this.repr, freshArrays);
        return undefined;
      }
      case 'DATA_PAGE': {
        const h = header.data_page_header;
        if (!h) throw missing('data_page_header');
        const page = this.decompress(bytes, header.uncompressed_page_size);
        let present: Uint8Array | undefined;
        let p = 0;
        if (this.optional) {
          if (h.definition_level_encoding !== 'RLE') throw new Error(`unsupported definition level encoding ${h.definition_level_encoding}`);
          present = this.column.arrays.u8('present', h.num_values);
          const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
          readRleBitPackedHybrid(reader, 1, present);
          p = reader.offset;
        }
        return this.page(h.num_values, present, page, p, h.encoding);
      }
      case 'DATA_PAGE_V2': {
        const h = header.data_page_header_v2;
        if (!h) throw missing('data_page_header_v2');
        if (h.num_values !== h.num_rows) throw new Error(`page of a flat column with ${h.num_values} values in ${h.num_rows} rows`);
        const levelBytes = h.repetition_levels_byte_length + h.definition_levels_byte_length;
        let present: Uint8Array | undefined;
        if (this.optional) {
          present = this.column.arrays.u8('present', h.num_rows);
          const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: h.repetition_levels_byte_length };
          readRleBitPackedHybrid(reader, 1, present, h.definition_levels_byte_length);
        }
        const values = bytes.subarray(levelBytes);
        const page = h.is_compressed === false ? values : this.decompress(values, header.uncompressed_page_size - levelBytes);
        return this.page(h.num_rows, present, page, 0, h.encoding);
      }
      case 'INDEX_PAGE':
        return undefined;
      default:
        throw new Error(`unsupported page type ${String(header.type)}`);
    }
  }

  private page(rows: number, present: Uint8Array | undefined, page: Uint8Array, p: number, encoding: Encoding): DecodedPage {
    let count = rows;
    if (present) {
      count = 0;
      for (let r = 0; r < rows; r++) {
        const level = present[r]!;
        if (level > 1) throw new Error(`definition level ${level} in a flat column (at most 1)`);
        count += level;
      }
    }
    const dense = pageValues(page, p, count, encoding, this.column.element, this.repr, this.dictionary, this.column.arrays);
    return { rows, present: count === rows ? undefined : present, dense };
  }
}

/** hyparquet's decoder of a column (see values.ts for how its values differ from hyparquet's own). */
export function hyparquetDecoder(element: SchemaElement, schemaPath: SchemaTree[], codec: CompressionCodec, compressors: Compressors): ColumnDecoder {
  const decoded = decodedElement(element);
  const path = [...schemaPath.slice(0, -1), { ...schemaPath[schemaPath.length - 1]!, element: decoded }];
  return { pathInSchema: schemaPath.slice(1).map((t) => t.element.name), type: element.type!, element: decoded, schemaPath: path, codec, compressors, parsers: PARSERS, utf8: decimalScale(element) === undefined };
}

/** Decodes pages with hyparquet (the values `convert` gives, decimals scaled), for the generic representation. */
class GenericPageDecoder implements PageDecoder {
  readonly dictionary = undefined;
  private dictionaryValues: DecodedArray | undefined;
  private readonly decoder: ColumnDecoder;

  constructor(private readonly column: FlatColumn) {
    const { element, schemaPath, codec, compressors } = column;
    this.decoder = hyparquetDecoder(element, schemaPath, codec, compressors);
  }

  decode({ header, bytes }: RawPage): DecodedPage | undefined {
    if (header.type === 'INDEX_PAGE') return undefined;
    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
    const { data } = readPage(reader, header, this.decoder, this.dictionaryValues, undefined, 0);
    if (!data) throw new Error(`empty ${header.type}`);
    if (header.type === 'DICTIONARY_PAGE') {
      this.dictionaryValues = convert(data, this.decoder);
      return undefined;
    }
    const rows = header.data_page_header?.num_values ?? header.data_page_header_v2?.num_rows ?? 0;
    return { rows, generic: jsValues(data, this.column.element) };
  }
}

export function pageDecoder(column: FlatColumn): PageDecoder {
  const { repr } = column;
  return repr.kind === 'generic' ? new GenericPageDecoder(column) : new TypedPageDecoder(column, repr);
}
