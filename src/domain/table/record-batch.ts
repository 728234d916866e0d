/**
 * The streaming reader interface every data consumer builds on (validation, drift, profiles, infer-schema).
 *
 * A `TableSource` is one data file (CSV, TSV, JSON Lines, Parquet; text formats may be gzip-compressed).
 * `batches()` reads it in ONE streaming pass and yields `RecordBatch`es of up to `batchRows` rows holding
 * only the requested columns. Nothing ever holds the whole file: memory is O(batch), not O(file).
 *
 * Cells are read through `Column` accessors instead of materialised JS values, so the CSV hot path
 * allocates no string per cell: `number(i)` parses straight from the bytes, `hash(i)` hashes the bytes,
 * and only `text(i)` / `value(i)` build a string (do that for examples and string checks only).
 *
 * Positions: every row knows where it came from, for finding examples — the 1-based physical line
 * where the record starts (CSV/TSV: the header is line 1, a quoted field with embedded newlines spans
 * several lines; JSON Lines: the line of the object), or the 0-based row index in the file (Parquet).
 *
 * A batch is only valid until the iterator is advanced (its buffers may be reused): copy what you keep.
 *
 * Bad input is thrown as an `MlgateError` of kind 'input' naming file and line (ragged row, invalid
 * UTF-8, unterminated quote, truncated/corrupt Parquet, empty file). Values that do not parse as the
 * column's declared type are not errors here: `number(i)` returns NaN and the checks report them.
 */

export type DataFormat = 'csv' | 'tsv' | 'jsonl' | 'parquet';

/** What a column's cells are, as the file states it. Text formats (CSV/TSV) are always 'text'. */
export type ColumnKind = 'text' | 'number' | 'integer' | 'boolean' | 'string' | 'timestamp' | 'json';

export interface Column {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly length: number;
  /** Null: an empty unquoted CSV field (a quoted "" is the empty string), JSON null or missing key, Parquet null. */
  isNull(i: number): boolean;
  /**
   * The cell as a number: CSV text parsed from bytes (decimal, exponent, inf/nan words are NOT numbers),
   * JSON/Parquet numbers as-is, booleans 1/0, bigint converted, timestamps as epoch ms. NaN when null or
   * not numeric.
   */
  number(i: number): number;
  /** An integer: CSV text `[+-]digits`; a JSON/Parquet integral number or bigint. */
  isInteger(i: number): boolean;
  /**
   * Epoch ms of the cell as a date (`dateOnly`: `YYYY-MM-DD` only) or datetime: ISO 8601 text parsed
   * from bytes, or a Parquet timestamp/date. NaN when null or not a date.
   */
  datetime(i: number, dateOnly: boolean): number;
  /** The cell as text: the unquoted CSV field; String(value) for scalars; JSON for nested values; ISO 8601 for timestamps. null when null. */
  text(i: number): string | null;
  /** The native value (string for text formats; number | bigint | boolean | string | Date | object from JSON/Parquet). null when null. */
  value(i: number): unknown;
  /**
   * 64-bit hash into out[0] (high) and out[1] (low), for uniqueness, duplicates and leakage. Text
   * and integers hash as the UTF-8 bytes of `text(i)`, so CSV "5" and Parquet int 5 collide on purpose
   * (leakage across formats); JSON/Parquet non-integral numbers hash by their double value and
   * timestamps by epoch ms (no string is built). Nulls hash to a fixed value distinct from "".
   */
  hash(i: number, out: Uint32Array): void;
  /**
   * Optional, for readers that can do it faster than cell by cell: for every row i, out[i] =
   * number(i) and kinds[i] = 0 null, 1 integer (isInteger), 2 another number, 3 not a number.
   */
  numbers?(out: Float64Array, kinds: Uint8Array): void;
  /** Optional bulk `datetime`: out[i] = datetime(i, dateOnly) for every row. */
  datetimes?(out: Float64Array, dateOnly: boolean): void;
  /**
   * Optional: the integer whose canonical text (`0`, `-?[1-9][0-9]{0,14}`) text(i) is, or NaN when
   * it is not one (see src/domain/validation/distinct.ts). Non-null cells only.
   */
  canonicalInteger?(i: number): number;
  /**
   * Optional: the short key of text(i)'s UTF-8 bytes (`shortKeyOfBytes` in
   * src/domain/validation/text-set.ts: >= 0 for at most six bytes, -1 for more), or NaN when the
   * column cannot tell without building the text. Non-null cells only.
   */
  shortKey?(i: number): number;
  /** Optional bulk `hash`: for every row i < n, (hi[i], lo[i]) becomes their `combineHashAt` with hash(i). */
  combineHashes?(hi: Uint32Array, lo: Uint32Array, n: number): void;
  /**
   * Optional bulk duplicate-row hashing (src/domain/table/row-hash.ts): folds every row i < n's cell into
   * its duplicate-row hash (hi[i], lo[i]) with `mixCell`, with exactly the words `valueWords` finds.
   */
  mixRowHashes?(hi: Uint32Array, lo: Uint32Array, n: number): void;
  /** Optional `text(i)` for a check that does not keep the string (it may share memory with the batch). */
  textView?(i: number): string | null;
  /**
   * Optional, for checks that can read bytes: the buffer whose bytes [span[0], span[1]) decode (UTF-8) to
   * exactly text(i), or undefined when the cell is not held as its text's bytes (escapes, numbers, nulls).
   */
  textBytes?(i: number, span: Int32Array): Uint8Array | undefined;
}

/** A problem a reader found in one row that reading around it loses nothing to (JSON Lines: a key repeated in one object, the last kept). */
export interface RowIssue {
  check: 'duplicate_keys';
  line: number;
  /** What is wrong (the paths of the repeated keys). */
  value: string;
}

export interface RecordBatch {
  readonly file: string;
  /** Number of rows. */
  readonly length: number;
  /** 0-based index (among data rows of this file) of the first row of the batch. */
  readonly rowOffset: number;
  /** Requested columns present in the file, in request order (absent ones are simply missing). */
  readonly columns: readonly Column[];
  column(name: string): Column | undefined;
  /** 1-based source line of row i (text formats), or undefined (Parquet). */
  line(i: number): number | undefined;
  /**
   * When present: a 64-bit hash of the whole row i (all columns of the file, requested or not) into
   * out[0..1], for duplicate-row detection. CSV hashes the record's bytes as written, so rows that
   * differ only in quoting (`"a"` vs `a`) count as different. Absent: hash the columns instead.
   */
  readonly rowHash?: (i: number, out: Uint32Array) => void;
  /** Problems found in the batch's rows, for the dataset's findings. */
  readonly issues?: readonly RowIssue[];
}

export interface ReadOptions {
  /** Only these columns (default: all). Unknown names are ignored; compare with `columnNames()`. */
  columns?: readonly string[];
  /** Rows per batch (default 65,536 for text, one Parquet row group or less). */
  batchRows?: number;
}

export interface TableSource {
  readonly file: string;
  readonly format: DataFormat;
  /** Column names in file order (CSV header, Parquet schema, JSON Lines: every key in the file, in order of first appearance — a full pass). */
  columnNames(): Promise<readonly string[]>;
  /** Rows in the file when known without reading it (Parquet footer); undefined otherwise. */
  knownRowCount(): Promise<number | undefined>;
  batches(options?: ReadOptions): AsyncIterable<RecordBatch>;
}

export interface OpenOptions {
  /** Overrides detection by extension (`.csv`, `.tsv`, `.jsonl`, `.ndjson`, `.parquet`, each text one optionally `.gz`). */
  format?: DataFormat;
  /** CSV delimiter; default: detected from the header line (`,` `;` `\t` `|`), `\t` for .tsv. */
  delimiter?: string;
  /** Name shown in errors and examples (default: the path as given). */
  displayName?: string;
}
