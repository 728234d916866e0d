import type { ExampleMetric, PairedExamples } from './paired.js';

/**
 * Classification metrics from a joint table of (label, candidate prediction, baseline prediction)
 * cells. Every resample or permutation of examples only changes the cell counts, so bootstrap and
 * permutation work on the K non-empty cells (K ≤ 8 for binary) instead of on n examples — exactly,
 * since these metrics depend on the examples only through those counts.
 */
export interface JointTable {
  classes: number;
  /** Binary task with positive class code, or undefined for macro averaging. */
  positive?: number;
  /** Non-empty cells: label, candidate and baseline class codes, and the number of examples. */
  label: Int32Array;
  cand: Int32Array;
  base: Int32Array;
  count: Float64Array;
}

/** Binary when every label and prediction is 0 or 1 (sklearn's default pos_label=1); else macro over classes. */
export function jointTable(data: PairedExamples): JointTable | undefined {
  const { n } = data;
  let binary = true;
  for (let i = 0; i < n && binary; i++) {
    const l = data.label[i]!;
    const a = data.candPred[i]!;
    const b = data.basePred[i]!;
    if ((l !== 0 && l !== 1) || (a !== 0 && a !== 1) || (b !== 0 && b !== 1)) binary = false;
  }
  let C: number;
  let lc: ArrayLike<number>;
  let cc: ArrayLike<number>;
  let bc: ArrayLike<number>;
  if (binary) {
    C = 2;
    [lc, cc, bc] = [data.label, data.candPred, data.basePred];
  } else {
    if (!data.classes || !data.labelCode || !data.candCode || !data.baseCode) return undefined;
    C = data.classes.length;
    [lc, cc, bc] = [data.labelCode, data.candCode, data.baseCode];
  }
  // Cell counts in a dense array (C ≤ MAX_CLASSES, so at most 10^6 cells).
  const dense = new Float64Array(C * C * C);
  for (let i = 0; i < n; i++) {
    const key = (lc[i]! * C + cc[i]!) * C + bc[i]!;
    dense[key] = dense[key]! + 1;
  }
  const cells = new Map<number, number>();
  for (let key = 0; key < dense.length; key++) if (dense[key]! > 0) cells.set(key, dense[key]!);
  const keys = [...cells.keys()].sort((x, y) => x - y);
  const t: JointTable = {
    classes: C,
    positive: binary ? 1 : undefined,
    label: new Int32Array(keys.length),
    cand: new Int32Array(keys.length),
    base: new Int32Array(keys.length),
    count: new Float64Array(keys.length),
  };
  keys.forEach((key, k) => {
    t.label[k] = Math.floor(key / (C * C));
    t.cand[k] = Math.floor(key / C) % C;
    t.base[k] = key % C;
    t.count[k] = cells.get(key)!;
  });
  return t;
}

/** sklearn's precision/recall/F1 with zero_division=0 ("warn" returns 0 too). */
function safeDiv(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/**
 * The metric of one side from cell counts (`side`: 0 candidate, 1 baseline), as scikit-learn computes
 * it: accuracy_score; precision/recall/f1_score with average='binary', pos_label=1 for 0/1 data, else
 * average='macro' over the labels present in y_true ∪ y_pred.
 */
export function classificationMetric(metric: ExampleMetric, t: JointTable, counts: ArrayLike<number>, side: 0 | 1): number {
  const C = t.classes;
  const pred = side === 0 ? t.cand : t.base;
  const tp = new Float64Array(C);
  const predicted = new Float64Array(C);
  const actual = new Float64Array(C);
  let total = 0;
  let correct = 0;
  for (let k = 0; k < counts.length; k++) {
    const w = counts[k]!;
    if (w === 0) continue;
    const l = t.label[k]!;
    const p = pred[k]!;
    total += w;
    predicted[p] = predicted[p]! + w;
    actual[l] = actual[l]! + w;
    if (l === p) {
      correct += w;
      tp[l] = tp[l]! + w;
    }
  }
  if (metric === 'accuracy') return correct / total;
  const perClass = (c: number): number => {
    const precision = safeDiv(tp[c]!, predicted[c]!);
    const recall = safeDiv(tp[c]!, actual[c]!);
    if (metric === 'precision') return precision;
    if (metric === 'recall') return recall;
    return safeDiv(2 * tp[c]!, predicted[c]! + actual[c]!);
  };
  if (t.positive !== undefined) return perClass(t.positive);
  let sum = 0;
  let present = 0;
  for (let c = 0; c < C; c++) {
    if (predicted[c]! === 0 && actual[c]! === 0) continue;
    sum += perClass(c);
    present++;
  }
  return present === 0 ? 0 : sum / present;
}

/** Cell counts after swapping candidate and baseline in `swapped[k]` examples of cell k. */
export function swapCells(t: JointTable, swapped: ArrayLike<number>): { table: JointTable; counts: Float64Array } {
  const K = t.count.length;
  const table: JointTable = {
    classes: t.classes,
    positive: t.positive,
    label: new Int32Array(2 * K),
    cand: new Int32Array(2 * K),
    base: new Int32Array(2 * K),
    count: new Float64Array(2 * K),
  };
  for (let k = 0; k < K; k++) {
    table.label[k] = t.label[k]!;
    table.cand[k] = t.cand[k]!;
    table.base[k] = t.base[k]!;
    table.count[k] = t.count[k]! - swapped[k]!;
    table.label[K + k] = t.label[k]!;
    table.cand[K + k] = t.base[k]!;
    table.base[K + k] = t.cand[k]!;
    table.count[K + k] = swapped[k]!;
  }
  return { table, counts: table.count };
}
