/**
 * Per-example results of the candidate and the baseline on the same evaluation ids, joined by id
 * (row i of every array is the same example). Built by src/io/files/predictions.ts.
 */
export interface PairedExamples {
  n: number;
  /** Numeric view of each column (NaN where the text is not a number; true/false read as 1/0). */
  label: Float64Array;
  candPred: Float64Array;
  basePred: Float64Array;
  candScore?: Float64Array;
  baseScore?: Float64Array;
  /**
   * Class codes (index into `classes`) of label and predictions, when there are at most
   * MAX_CLASSES distinct texts among them; undefined otherwise (then only regression metrics apply).
   */
  classes?: string[];
  labelCode?: Int32Array;
  candCode?: Int32Array;
  baseCode?: Int32Array;
}

export const MAX_CLASSES = 100;

/** Metrics mlgate can compute from per-example data, with scikit-learn's definitions. */
export type ExampleMetric = 'accuracy' | 'precision' | 'recall' | 'f1' | 'auc' | 'log_loss' | 'mae' | 'mse' | 'rmse';

const ALIASES: Record<string, ExampleMetric> = {
  accuracy: 'accuracy',
  acc: 'accuracy',
  accuracy_score: 'accuracy',
  precision: 'precision',
  precision_score: 'precision',
  recall: 'recall',
  recall_score: 'recall',
  tpr: 'recall',
  sensitivity: 'recall',
  f1: 'f1',
  f1_score: 'f1',
  auc: 'auc',
  roc_auc: 'auc',
  roc_auc_score: 'auc',
  log_loss: 'log_loss',
  logloss: 'log_loss',
  cross_entropy: 'log_loss',
  mae: 'mae',
  mean_absolute_error: 'mae',
  mse: 'mse',
  mean_squared_error: 'mse',
  rmse: 'rmse',
  root_mean_squared_error: 'rmse',
};

/** The per-example metric a top-level metric name denotes (`roc_auc` → auc), if any. */
export function exampleMetricOf(name: string): ExampleMetric | undefined {
  if (name.includes('.')) return undefined;
  return ALIASES[name.toLowerCase()];
}

export const ACCURACY_TYPE: ReadonlySet<ExampleMetric> = new Set(['accuracy']);
