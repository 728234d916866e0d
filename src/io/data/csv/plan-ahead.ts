/** A CSV file's drift plans from its first rows, worked out on a chunk worker while the main thread hashes the reference. */
import type { DatasetConfig } from '../../../domain/config/schema.js';
import type { DataFormat } from '../../../domain/table/record-batch.js';
import { PLAN_SAMPLE_ROWS, planColumns, type ColumnPlan } from '../column-values.js';
import { CsvSource } from './source.js';

/** What a worker needs to plan a CSV file's columns as a read of it would (`ColumnStreamer.plan` on its first batch). */
export interface PlanRequest {
  path: string;
  file: string;
  format: DataFormat;
  gzip: boolean;
  delimiter: string | undefined;
  columns: DatasetConfig['columns'];
}

/** The plans a read of the file fixes from its first rows; undefined when they cannot be had (bad input: the read itself then reports it). */
export async function plansFromFirstRows(request: PlanRequest): Promise<[string, ColumnPlan][] | undefined> {
  try {
    const table = new CsvSource(request.path, request.file, request.format, request.gzip, request.delimiter);
    const plans = new Map<string, ColumnPlan>();
    for await (const first of table.batches({ batchRows: PLAN_SAMPLE_ROWS })) {
      planColumns(first, Array.from({ length: first.length }, (_, i) => i), request.columns, plans);
      break;
    }
    return [...plans];
  } catch {
    return undefined;
  }
}
