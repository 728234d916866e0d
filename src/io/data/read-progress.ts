/**
 * Progress of reading a dataset's files: rows as batches and chunks arrive, bytes from the byte streams every text
 * format reads through (`rawBytesRead`), and for a file that reads no bytes that way (Parquet) its share estimated
 * from the rows of its known row count.
 */
import { stat } from 'node:fs/promises';
import type { Progress, ProgressMeter } from '../../ports.js';
import { rawBytesRead } from './byte-stream.js';
import type { DataFile } from './files.js';

export class ReadProgress {
  private rows = 0;
  private finished = 0;
  private size = 0;
  private byteStart = 0;
  private fileRows = 0;
  private knownRows: number | undefined;

  private constructor(
    private readonly meter: ProgressMeter,
    private readonly totalBytes: number,
  ) {}

  /** Starts the task `label` over `files` (undefined without a Progress: nothing to report to). */
  static async start(progress: Progress | undefined, label: string, files: readonly DataFile[]): Promise<ReadProgress | undefined> {
    if (!progress) return undefined;
    let total = 0;
    for (const f of files) total += await stat(f.path).then((s) => s.size, () => 0);
    return new ReadProgress(progress.start({ label, unit: 'rows' }), total);
  }

  /** A file begins; `knownRows` when its row count is known up front (Parquet's footer). */
  async file(f: DataFile, knownRows?: number): Promise<void> {
    this.finished += this.size;
    this.size = await stat(f.path).then((s) => s.size, () => 0);
    this.byteStart = rawBytesRead();
    this.fileRows = 0;
    this.knownRows = knownRows !== undefined && knownRows > 0 ? knownRows : undefined;
  }

  addRows(n: number): void {
    this.rows += n;
    this.fileRows += n;
    const inFile = this.knownRows !== undefined ? (this.size * Math.min(1, this.fileRows / this.knownRows)) : Math.min(this.size, rawBytesRead() - this.byteStart);
    this.meter.update(this.rows, { done: this.finished + inFile, total: this.totalBytes });
  }

  end(): void {
    this.meter.end();
  }
}
