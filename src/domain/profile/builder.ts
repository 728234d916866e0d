/** Builds a DatasetProfile column by column as batches stream past. */
import { CategoricalColumnBuilder, NumericColumnBuilder, type ColumnKind, type SketchSettings } from './column.js';
import type { DatasetProfile, ProfileSource } from './dataset.js';

export class DatasetProfileBuilder {
  private readonly columns = new Map<string, NumericColumnBuilder | CategoricalColumnBuilder>();
  rows = 0;
  readonly sources: ProfileSource[] = [];

  constructor(
    readonly dataset: string,
    private readonly settings: SketchSettings = {},
  ) {}

  numeric(name: string, type?: string): NumericColumnBuilder {
    return this.column(name, 'numeric', type) as NumericColumnBuilder;
  }

  categorical(name: string, type?: string): CategoricalColumnBuilder {
    return this.column(name, 'categorical', type) as CategoricalColumnBuilder;
  }

  private column(name: string, kind: ColumnKind, type?: string): NumericColumnBuilder | CategoricalColumnBuilder {
    let b = this.columns.get(name);
    if (!b) {
      b = kind === 'numeric' ? new NumericColumnBuilder(name, this.settings, type) : new CategoricalColumnBuilder(name, this.settings, type);
      this.columns.set(name, b);
    }
    const have: ColumnKind = b instanceof NumericColumnBuilder ? 'numeric' : 'categorical';
    if (have !== kind) throw new Error(`column '${name}' is profiled as ${have}, not ${kind}`);
    return b;
  }

  finish(extra: Partial<Pick<DatasetProfile, 'shard' | 'contentHash'>> = {}): DatasetProfile {
    return {
      dataset: this.dataset,
      rows: this.rows,
      columns: [...this.columns.values()].map((b) => b.finish()),
      sources: this.sources,
      parts: 1,
      ...extra,
    };
  }
}
