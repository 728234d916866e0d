import type { DatasetConfig } from '../domain/config/schema.js';
import type { DataFile } from './files.js';
import { openTable } from './open.js';
import type { RecordBatch } from './table.js';

export interface BatchSink {
  /** Called once per file with its columns; returns the columns to read. */
  startFile(file: string, header: readonly string[]): readonly string[];
  consume(batch: RecordBatch): void;
}

/** Streams every file of a dataset into `sink`, one file after the other. */
export async function readDataset(files: readonly DataFile[], dataset: Pick<DatasetConfig, 'format' | 'delimiter'>, sink: BatchSink): Promise<void> {
  for (const f of files) {
    const table = openTable(f.path, { displayName: f.name, format: dataset.format, delimiter: dataset.delimiter });
    const header = await table.columnNames();
    const columns = sink.startFile(f.name, header);
    for await (const batch of table.batches({ columns })) sink.consume(batch);
  }
}
