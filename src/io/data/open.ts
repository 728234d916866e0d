import { inputError } from '../../domain/errors.js';
import { CsvSource } from './csv/source.js';
import { JsonlSource } from './jsonl/source.js';
import { ParquetSource } from './parquet/source.js';
import type { DataFormat, OpenOptions, TableSource } from '../../domain/table/record-batch.js';

const EXTENSIONS: Record<string, DataFormat> = { csv: 'csv', tsv: 'tsv', tab: 'tsv', txt: 'csv', jsonl: 'jsonl', ndjson: 'jsonl', parquet: 'parquet', pq: 'parquet' };

/** Format and gzip from the file name: `x.csv`, `x.tsv.gz`, `x.ndjson`, `x.parquet`. */
export function detectFormat(file: string, override?: DataFormat): { format: DataFormat; gzip: boolean } {
  const lower = file.toLowerCase();
  const gzip = lower.endsWith('.gz');
  const base = gzip ? lower.slice(0, -3) : lower;
  const ext = base.slice(base.lastIndexOf('.') + 1);
  const format = override ?? EXTENSIONS[ext];
  if (!format) throw inputError(`cannot tell the data format from the name; expected .csv, .tsv, .jsonl, .ndjson or .parquet (optionally .gz for text), or set \`format:\` on the dataset`, { file });
  if (format === 'parquet' && gzip) throw inputError('a gzip-compressed Parquet file is not supported: Parquet compresses its pages itself', { file });
  return { format, gzip };
}

/** Opens a data file as a streaming table. `path` is what is read; `displayName` (default `path`) is what errors and examples show. */
export function openTable(path: string, options: OpenOptions = {}): TableSource {
  const file = options.displayName ?? path;
  const { format, gzip } = detectFormat(path, options.format);
  switch (format) {
    case 'parquet':
      return new ParquetSource(path, file);
    case 'jsonl':
      return new JsonlSource(path, file, gzip);
    default:
      return new CsvSource(path, file, format, gzip, options.delimiter);
  }
}
