import type { DecodedArray, SchemaTree } from 'hyparquet';
import { readPage } from 'hyparquet/src/column.js';
import { convert, convertWithDictionary } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import type { ColumnKind } from '../../../domain/table/record-batch.js';
import type { ColumnData } from './columns.js';
import type { ColumnDecoder } from './page-decoder.js';
import type { PageReader } from './page-reader.js';
import { jsValues } from './values.js';

/**
 * A list of primitives: `leaf` is the path root..leaf; a row's definition level below `list` is a null
 * list, `list` an empty one, and from `element` on an element (null below `max`).
 */
export interface ListShape {
  leaf: SchemaTree[];
  list: number;
  element: number;
  max: number;
}

/**
 * The shape of column `top` when it is a list of primitives in any layout writers use: the standard
 * 3-level one (and Spark's and Hive's legacy names for it), parquet-mr's older 2-level one
 * (`repeated int32 array` in the LIST group) and a bare repeated field. Undefined for other columns.
 * (hyparquet reads the empty lists of the last two as nulls.)
 */
export function listShape(root: SchemaTree, top: SchemaTree): ListShape | undefined {
  const e = top.element;
  if (e.repetition_type === 'REPEATED') return top.children.length ? undefined : { leaf: [root, top], list: 0, element: 1, max: 1 };
  if ((e.converted_type !== 'LIST' && e.logical_type?.type !== 'LIST') || top.children.length !== 1) return undefined;
  const repeated = top.children[0]!;
  if (repeated.element.repetition_type !== 'REPEATED') return undefined;
  const list = e.repetition_type === 'OPTIONAL' ? 1 : 0;
  if (!repeated.children.length) return { leaf: [root, top, repeated], list, element: list + 1, max: list + 1 };
  // A repeated group named `array` or `<list>_tuple` is itself the element (a struct): not a list of primitives.
  if (repeated.children.length !== 1 || repeated.element.name === 'array' || repeated.element.name === `${e.name}_tuple`) return undefined;
  const leaf = repeated.children[0]!;
  if (leaf.children.length || leaf.element.repetition_type === 'REPEATED') return undefined;
  return { leaf: [root, top, repeated, leaf], list, element: list + 1, max: list + 1 + (leaf.element.repetition_type === 'OPTIONAL' ? 1 : 0) };
}

/**
 * The rows of one list column chunk, assembled from its repetition and definition levels (values as
 * hyparquet converts them). The whole chunk is assembled at the first read, so rows may span pages.
 */
export class ListChunkReader {
  private rows: (unknown[] | null)[] | undefined;
  private at = 0;

  constructor(
    private readonly pages: PageReader,
    private readonly shape: ListShape,
    private readonly decoder: ColumnDecoder,
    readonly name: string,
    private readonly kind: ColumnKind,
    /** Level entries in the chunk (num_values): pages claiming more are corrupt. */
    private readonly entries: number,
  ) {}

  private async load(): Promise<(unknown[] | null)[]> {
    const rows: (unknown[] | null)[] = [];
    let dictionary: DecodedArray | undefined;
    const { codec, compressors } = this.decoder;
    for (let raw = await this.pages.next(); raw; raw = await this.pages.next()) {
      const { header, bytes } = raw;
      if (header.type === 'DICTIONARY_PAGE') {
        const { data } = readPage({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 }, header, this.decoder, undefined, undefined, 0);
        if (data) dictionary = convert(data, this.decoder);
        continue;
      }
      const count = header.data_page_header?.num_values ?? header.data_page_header_v2?.num_values ?? 0;
      if (!(count >= 0 && count <= this.entries)) throw new Error(`a page of ${count} values in a column chunk of ${this.entries}`);
      let page: ReturnType<typeof readDataPage>;
      let encoding;
      if (header.type === 'DATA_PAGE' && header.data_page_header) {
        encoding = header.data_page_header.encoding;
        page = readDataPage(decompressPage(bytes, header.uncompressed_page_size, codec, compressors), header.data_page_header, this.decoder);
      } else if (header.type === 'DATA_PAGE_V2' && header.data_page_header_v2) {
        encoding = header.data_page_header_v2.encoding;
        page = readDataPageV2(bytes, header, this.decoder);
      } else if (header.type === 'INDEX_PAGE') continue;
      else throw new Error(`unsupported page type ${String(header.type)}`);
      const values = jsValues(convertWithDictionary(page.dataPage, dictionary, encoding, this.decoder), this.decoder.element);
      this.assemble(page.definitionLevels ?? [], page.repetitionLevels, values, rows);
    }
    return rows;
  }

  private assemble(defs: ArrayLike<number>, reps: ArrayLike<number>, values: ArrayLike<unknown>, rows: (unknown[] | null)[]): void {
    const { list, element, max } = this.shape;
    let v = 0;
    for (let k = 0; k < reps.length; k++) {
      // No definition levels: none below the maximum.
      const d = defs.length ? defs[k]! : max;
      if (reps[k] === 0) {
        if (d < list) rows.push(null);
        else rows.push(d >= element ? [d === max ? values[v++] : null] : []);
        continue;
      }
      const row = rows[rows.length - 1];
      if (!row || d < element) throw new Error(`repetition level ${reps[k]} with definition level ${d} continues no list`);
      row.push(d === max ? values[v++] : null);
    }
    if (v !== values.length) throw new Error(`a page of ${values.length} values has ${v} entries at the maximum definition level`);
  }

  private async loaded(): Promise<(unknown[] | null)[]> {
    return (this.rows ??= await this.load());
  }

  async skip(n: number): Promise<void> {
    const rows = await this.loaded();
    if (this.at + n > rows.length) throw new Error(`the column chunk ends after ${rows.length} rows, expected ${this.at + n} or more`);
    this.at += n;
  }

  async takeData(n: number): Promise<ColumnData> {
    const rows = await this.loaded();
    if (this.at + n > rows.length) throw new Error(`the column chunk ends after ${rows.length} rows, expected ${this.at + n} or more`);
    const values = rows.slice(this.at, this.at + n);
    this.at += n;
    return { type: 'value', name: this.name, kind: this.kind, length: n, values };
  }

  async finish(): Promise<void> {
    const rows = await this.loaded();
    if (rows.length > this.at) throw new Error(`the column chunk holds more than the row group's ${this.at} rows`);
  }

  readonly dictionaryCache = undefined;
}
