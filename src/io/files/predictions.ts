import { inputError } from '../../domain/errors.js';
import { MAX_CLASSES, type PairedExamples } from '../../domain/stats/paired.js';
import { argsortU64 } from '../../domain/stats/radix.js';
import { openTable } from '../data/open.js';
import type { Column } from '../../domain/table/record-batch.js';

/** Column names of a per-example file (SPEC §2: id, label, prediction[, score]). */
export interface PredictionColumns {
  id: string;
  label: string;
  prediction: string;
  score: string;
}

/** One per-example file held as typed arrays: ids as 64-bit hashes, values as numbers, texts as hash keys. */
export interface PredictionFile {
  file: string;
  n: number;
  idHi: Uint32Array;
  idLo: Uint32Array;
  /** 1-based source line of each row (text formats) or 0. */
  line: Uint32Array;
  label: Float64Array;
  pred: Float64Array;
  score?: Float64Array;
  /** 53-bit keys of the label/prediction texts (for class codes), and each key's text. */
  labelKey: Float64Array;
  predKey: Float64Array;
  keyText: Map<number, string>;
}

const hashKey = (h: Uint32Array): number => h[0]! * 2097152 + (h[1]! >>> 11);

function grow<T extends Float64Array | Uint32Array>(a: T, size: number): T {
  if (a.length >= size) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/** A cell as a number; "true"/"false" (any case) read as 1/0 like booleans in JSON/Parquet. */
function cellNumber(col: Column, i: number): number {
  const x = col.number(i);
  if (!Number.isNaN(x)) return x;
  const t = col.text(i)?.trim().toLowerCase();
  return t === 'true' ? 1 : t === 'false' ? 0 : Number.NaN;
}

/** Reads a per-example results file (CSV/TSV/JSON Lines/Parquet) in one streaming pass. */
export async function readPredictions(path: string, displayName: string, columns: PredictionColumns): Promise<PredictionFile> {
  const source = openTable(path, { displayName });
  const names = await source.columnNames();
  const missing = [columns.id, columns.label, columns.prediction].filter((c) => !names.includes(c));
  if (missing.length > 0) {
    throw inputError(`per-example file lacks column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `'${c}'`).join(', ')}; found ${names.map((c) => `'${c}'`).join(', ')} (expected id, label, prediction[, score]; rename them under significance: id_column, label_column, prediction_column, score_column)`, {
      file: displayName,
      line: 1,
    });
  }
  const hasScore = names.includes(columns.score);
  let cap = 1 << 16;
  const out: PredictionFile = {
    file: displayName,
    n: 0,
    idHi: new Uint32Array(cap),
    idLo: new Uint32Array(cap),
    line: new Uint32Array(cap),
    label: new Float64Array(cap),
    pred: new Float64Array(cap),
    score: hasScore ? new Float64Array(cap) : undefined,
    labelKey: new Float64Array(cap),
    predKey: new Float64Array(cap),
    keyText: new Map(),
  };
  const h = new Uint32Array(2);
  const wanted = [columns.id, columns.label, columns.prediction, ...(hasScore ? [columns.score] : [])];
  for await (const batch of source.batches({ columns: wanted })) {
    const idCol = batch.column(columns.id)!;
    const labelCol = batch.column(columns.label)!;
    const predCol = batch.column(columns.prediction)!;
    const scoreCol = hasScore ? batch.column(columns.score) : undefined;
    const need = out.n + batch.length;
    if (need > cap) {
      cap = Math.max(need, cap * 2);
      out.idHi = grow(out.idHi, cap);
      out.idLo = grow(out.idLo, cap);
      out.line = grow(out.line, cap);
      out.label = grow(out.label, cap);
      out.pred = grow(out.pred, cap);
      if (out.score) out.score = grow(out.score, cap);
      out.labelKey = grow(out.labelKey, cap);
      out.predKey = grow(out.predKey, cap);
    }
    for (let i = 0; i < batch.length; i++) {
      const r = out.n + i;
      const where = (): { file: string; line?: number } => ({ file: displayName, line: batch.line(i) });
      if (idCol.isNull(i)) throw inputError(`empty id in column '${columns.id}'; every example needs an id to pair candidate and baseline`, where());
      idCol.hash(i, h);
      out.idHi[r] = h[0]!;
      out.idLo[r] = h[1]!;
      out.line[r] = batch.line(i) ?? 0;
      if (labelCol.isNull(i)) throw inputError(`empty label in column '${columns.label}'`, where());
      if (predCol.isNull(i)) throw inputError(`empty prediction in column '${columns.prediction}'`, where());
      out.label[r] = cellNumber(labelCol, i);
      out.pred[r] = cellNumber(predCol, i);
      labelCol.hash(i, h);
      let key = hashKey(h);
      out.labelKey[r] = key;
      if (out.keyText.size <= MAX_CLASSES && !out.keyText.has(key)) out.keyText.set(key, labelCol.text(i) ?? '');
      predCol.hash(i, h);
      key = hashKey(h);
      out.predKey[r] = key;
      if (out.keyText.size <= MAX_CLASSES && !out.keyText.has(key)) out.keyText.set(key, predCol.text(i) ?? '');
      if (out.score && scoreCol) {
        const s = scoreCol.isNull(i) ? Number.NaN : scoreCol.number(i);
        if (Number.isNaN(s)) throw inputError(`score in column '${columns.score}' is '${scoreCol.text(i) ?? ''}', not a number`, where());
        out.score[r] = s;
      }
    }
    out.n += batch.length;
  }
  if (out.n === 0) throw inputError('the per-example file has a header but no rows', { file: displayName, line: 2 });
  return out;
}

/** Row order sorted by id hash. */
function sortedById(f: PredictionFile): Int32Array {
  return argsortU64(f.idHi, f.idLo, f.n);
}

export interface JoinedExamples {
  data: PairedExamples;
  /** Examples only in the candidate / only in the baseline file (left out of the pairing). */
  onlyCandidate: number;
  onlyBaseline: number;
}

/**
 * Pairs candidate and baseline rows on id (by 64-bit id hashes: sorted merge, or a straight pass when
 * both files list the ids in the same order). Duplicate ids and conflicting labels are input errors.
 */
export function joinPredictions(cand: PredictionFile, base: PredictionFile): JoinedExamples {
  const same = cand.n === base.n && cand.idHi.subarray(0, cand.n).every((x, i) => x === base.idHi[i] && cand.idLo[i] === base.idLo[i]);
  let ci: Int32Array;
  let bi: Int32Array;
  let onlyCandidate = 0;
  let onlyBaseline = 0;
  const co = same ? undefined : sortedById(cand);
  const bo = same ? undefined : sortedById(base);
  const dupCheck = (f: PredictionFile, order: Int32Array | undefined): void => {
    if (!order) return;
    for (let k = 1; k < f.n; k++) {
      const [a, b] = [order[k - 1]!, order[k]!];
      if (f.idHi[a] === f.idHi[b] && f.idLo[a] === f.idLo[b]) {
        throw inputError(`duplicate id: the example on line ${f.line[Math.min(a, b)]} appears again on line ${f.line[Math.max(a, b)]}; ids must be unique to pair candidate and baseline`, { file: f.file, line: f.line[Math.max(a, b)] });
      }
    }
  };
  if (same) {
    // Same order: ids still must be unique; check on a sorted copy.
    dupCheck(cand, sortedById(cand));
    ci = new Int32Array(cand.n).map((_, i) => i);
    bi = ci;
  } else {
    dupCheck(cand, co);
    dupCheck(base, bo);
    const pc: number[] = [];
    const pb: number[] = [];
    let i = 0;
    let j = 0;
    while (i < cand.n && j < base.n) {
      const a = co![i]!;
      const b = bo![j]!;
      const cmp = cand.idHi[a]! - base.idHi[b]! || cand.idLo[a]! - base.idLo[b]!;
      if (cmp === 0) {
        pc.push(a);
        pb.push(b);
        i++;
        j++;
      } else if (cmp < 0) {
        onlyCandidate++;
        i++;
      } else {
        onlyBaseline++;
        j++;
      }
    }
    onlyCandidate += cand.n - i;
    onlyBaseline += base.n - j;
    // Keep the candidate file's order for the pairs.
    const order = pc.map((_, k) => k).sort((x, y) => pc[x]! - pc[y]!);
    ci = Int32Array.from(order, (k) => pc[k]!);
    bi = Int32Array.from(order, (k) => pb[k]!);
  }
  const n = ci.length;
  if (n === 0) throw inputError(`no id of the candidate's per-example file occurs in the baseline's ('${base.file}'); they must be evaluated on the same examples`, { file: cand.file });
  const label = new Float64Array(n);
  const candPred = new Float64Array(n);
  const basePred = new Float64Array(n);
  const candScore = cand.score && base.score ? new Float64Array(n) : undefined;
  const baseScore = candScore ? new Float64Array(n) : undefined;
  const keyCode = new Map<number, number>();
  const classes: string[] = [];
  let codable = true;
  const labelCode = new Int32Array(n);
  const candCode = new Int32Array(n);
  const baseCode = new Int32Array(n);
  const code = (key: number, texts: Map<number, string>): number => {
    let c = keyCode.get(key);
    if (c === undefined) {
      c = classes.length;
      if (c >= MAX_CLASSES || !texts.has(key)) {
        codable = false;
        return 0;
      }
      keyCode.set(key, c);
      classes.push(texts.get(key)!);
    }
    return c;
  };
  for (let k = 0; k < n; k++) {
    const a = ci[k]!;
    const b = bi[k]!;
    const la = cand.label[a]!;
    const lb = base.label[b]!;
    if (cand.labelKey[a] !== base.labelKey[b] && !(la === lb && !Number.isNaN(la))) {
      throw inputError(`the label of the example on line ${cand.line[a]} differs from the baseline's ('${base.file}' line ${base.line[b]}): both must be scored on the same ground truth`, { file: cand.file, line: cand.line[a] });
    }
    label[k] = la;
    candPred[k] = cand.pred[a]!;
    basePred[k] = base.pred[b]!;
    if (candScore && baseScore) {
      candScore[k] = cand.score![a]!;
      baseScore[k] = base.score![b]!;
    }
    if (codable) {
      labelCode[k] = code(cand.labelKey[a]!, cand.keyText);
      candCode[k] = code(cand.predKey[a]!, cand.keyText);
      baseCode[k] = code(base.predKey[b]!, base.keyText);
    }
  }
  const data: PairedExamples = { n, label, candPred, basePred, ...(candScore ? { candScore, baseScore } : {}) };
  if (codable) Object.assign(data, { classes, labelCode, candCode, baseCode });
  return { data, onlyCandidate, onlyBaseline };
}
