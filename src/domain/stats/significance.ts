import { sampleBinomial, sampleMultinomial } from './binomial-sampler.js';
import { bootstrapBlockCounts } from './bootstrap-blocks.js';
import { bootstrapInputs } from './bootstrap-layout.js';
import { classificationMetric, jointTable, swapCells, type JointTable } from './classification.js';
import { meanMetric, meanValue, sortScores, aucSorted, type MeanMetric, type SortedScores } from './continuous.js';
import { resampleKernel } from './kernel.js';
import type { KernelAuc, KernelTask } from './kernel-task.js';
import { ACCURACY_TYPE, exampleMetricOf, type ExampleMetric, type PairedExamples } from './paired.js';
import { createPrng } from './prng.js';
import { argsortDoubles } from './radix.js';
import { holmAdjust, mcnemarExact, percentileSorted, twoSidedPValue } from './tests.js';

export type TestMethod = 'bootstrap' | 'mcnemar' | 'permutation';

export interface SignificanceSettings {
  alpha: number;
  method: 'auto' | TestMethod;
  resamples: number;
  seed: number;
}

export interface MetricTest {
  /** The gated metric's name. */
  name: string;
  metric: ExampleMetric;
  /** Where the p-value comes from. */
  method: TestMethod;
  candidate: number;
  baseline: number;
  delta: number;
  /** Paired percentile-bootstrap interval of candidate − baseline at level 1 − alpha. */
  ci: [number, number];
  pRaw: number;
  /** Holm-adjusted across every tested metric. */
  pValue: number;
  n: number;
  note?: string;
}

export interface SignificanceReport {
  tests: MetricTest[];
  /** Gated metrics that could not be tested from the per-example data, and why. */
  skipped: Array<{ name: string; reason: string }>;
}

/**
 * Kernel tasks, each built when a thread is ready for it: a bootstrap task then draws its block counts
 * (count × ⌈n / 1024⌉ numbers), so only the tasks in flight hold them.
 */
export interface KernelTasks {
  readonly length: number;
  /** Examples × resamples × metrics over all the tasks. */
  readonly work: number;
  task(index: number): KernelTask;
  /** Resamples task `index` draws (without building it). */
  resamples(index: number): number;
}

/** Runs kernel tasks (in this thread, or on worker threads: src/io/workers/predictions-workers.ts); `done(i)` as each task finishes. */
export type KernelRunner = (tasks: KernelTasks, done?: (index: number) => void) => Promise<Float64Array[]>;
export const inThreadRunner: KernelRunner = (tasks, done) =>
  Promise.resolve(
    Array.from({ length: tasks.length }, (_, i) => {
      const out = resampleKernel(tasks.task(i));
      done?.(i);
      return out;
    }),
  );

/** Resamples per kernel task: small enough to spread over threads, large enough to amortise a message; a multiple of the kernel's 8 lanes. */
const CHUNK = 128;
/** Streams of the per-cell (classification) draws, apart from the kernel's streams. */
const CELL_BOOTSTRAP_STREAM = 0x20000000;
const CELL_PERMUTATION_STREAM = 0x60000000;

type Plan =
  | { kind: 'cells'; name: string; metric: ExampleMetric }
  | { kind: 'mean'; name: string; metric: ExampleMetric; mean: MeanMetric }
  | { kind: 'auc'; name: string; metric: ExampleMetric; auc: KernelAuc; labels: Uint8Array; linear: MeanMetric };

function binaryLabels(data: PairedExamples): Uint8Array | string {
  const labels = new Uint8Array(data.n);
  for (let i = 0; i < data.n; i++) {
    const y = data.label[i]!;
    if (y !== 0 && y !== 1) return `AUC needs 0/1 labels; found ${Number.isNaN(y) ? 'a non-number' : y} at example ${i + 1}`;
    labels[i] = y;
  }
  return labels;
}

function planAuc(data: PairedExamples, candSorted: () => SortedScores): { auc: KernelAuc; labels: Uint8Array; linear: MeanMetric } | string {
  if (!data.candScore || !data.baseScore) return 'AUC needs a score column in both per-example files';
  const labels = binaryLabels(data);
  if (typeof labels === 'string') return labels;
  let pos = 0;
  for (let i = 0; i < data.n; i++) pos += labels[i]!;
  if (pos === 0 || pos === data.n) return 'AUC is undefined when only one class is present in the labels';
  for (const s of [data.candScore, data.baseScore]) for (let i = 0; i < data.n; i++) if (Number.isNaN(s[i]!)) return `AUC: score of example ${i + 1} is not a number`;
  const n = data.n;
  const c = candSorted();
  const b = sortScores(data.baseScore);
  const inOrder = (order: Int32Array): Uint8Array => {
    const out = new Uint8Array(n);
    for (let k = 0; k < n; k++) out[k] = labels[order[k]!]!;
    return out;
  };
  const linear = aucPermutationCoefficients(data.candScore, data.baseScore, labels, pos, n - pos);
  return {
    labels,
    auc: { candOrder: c.order, candY: inOrder(c.order), candTie: c.tieStart, baseOrder: b.order, baseY: inOrder(b.order), baseTie: b.tieStart },
    linear: { cand: linear.map((a) => a * n), base: new Float64Array(n), sqrt: false },
  };
}

/** Both models' scores of the examples with label `y`, in one ascending array. */
function scoresWithLabel(cand: Float64Array, base: Float64Array, labels: Uint8Array, y: number, count: number): Float64Array {
  const out = new Float64Array(2 * count);
  let k = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== y) continue;
    out[k++] = cand[i]!;
    out[k++] = base[i]!;
  }
  return out.sort();
}

/**
 * The paired permutation statistic of ΔAUC is LINEAR in the swap signs, so each permutation costs
 * one signed sum instead of a pass over 2n sorted scores. With σ_i = +1 (kept) or −1 (swapped) and
 * K(x, y) = [x > y] + ½[x = y], a positive p and a negative q contribute
 *   ((σ_p + σ_q)/2)·A_pq + ((σ_q − σ_p)/2)·B_pq,
 * A_pq = K(c_p, c_q) − K(b_p, b_q), B_pq = K(b_p, c_q) − K(c_p, b_q) (c candidate, b baseline scores),
 * which checks out on all four (σ_p, σ_q). Summing over pairs, ΔAUC(σ) = Σ_i σ_i·a_i with
 *   a_p = [R⁻(c_p) − R⁻(b_p)] / (2PN) for positives, a_q = [R⁺(c_q) − R⁺(b_q)] / (2PN) for negatives,
 * where R⁻(x) counts the negatives' scores of BOTH models below x (ties ½) and R⁺(x) the positives'
 * scores of both models above x. Found for every example in two merged passes (ascending c, then b).
 */
export function aucPermutationCoefficients(cand: Float64Array, base: Float64Array, labels: Uint8Array, P: number, N: number): Float64Array {
  const neg = scoresWithLabel(cand, base, labels, 0, N);
  const pos = scoresWithLabel(cand, base, labels, 1, P);
  const out = new Float64Array(cand.length);
  const scale = 1 / (2 * P * N);
  const pass = (scores: Float64Array, sign: number): void => {
    const order = argsortDoubles(scores);
    // First index ≥ x and first index > x in each sorted array; both only move forward as x grows.
    let nLo = 0;
    let nHi = 0;
    let pLo = 0;
    let pHi = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      const x = scores[i]!;
      while (nLo < neg.length && neg[nLo]! < x) nLo++;
      if (nHi < nLo) nHi = nLo;
      while (nHi < neg.length && neg[nHi]! <= x) nHi++;
      while (pLo < pos.length && pos[pLo]! < x) pLo++;
      if (pHi < pLo) pHi = pLo;
      while (pHi < pos.length && pos[pHi]! <= x) pHi++;
      const r = labels[i] === 1 ? nLo + 0.5 * (nHi - nLo) : pos.length - pLo - 0.5 * (pHi - pLo);
      out[i] = out[i]! + sign * r * scale;
    }
  };
  pass(cand, 1);
  pass(base, -1);
  return out;
}

/** Splits [0, total) into kernel tasks (bootstrap ones still without their block counts). */
function tasksFor(base: Omit<KernelTask, 'first' | 'count'>, total: number): KernelTask[] {
  const tasks: KernelTask[] = [];
  for (let first = 0; first < total; first += CHUNK) tasks.push({ ...base, first, count: Math.min(CHUNK, total - first) });
  return tasks;
}

function lazyTasks(tasks: readonly KernelTask[]): KernelTasks {
  return {
    length: tasks.length,
    work: tasks.reduce((s, t) => s + t.n * t.count * (t.means.length + t.aucs.length), 0),
    resamples: (index) => tasks[index]!.count,
    task: (index) => {
      const t = tasks[index]!;
      return t.mode === 'bootstrap' ? { ...t, blocks: bootstrapBlockCounts(t.seed, t.first, t.count, t.n) } : t;
    },
  };
}

/** Joins chunked kernel outputs into one array per metric. */
function gather(outputs: Float64Array[], tasks: KernelTask[], metrics: number, total: number): Float64Array[] {
  const series = Array.from({ length: metrics }, () => new Float64Array(total));
  outputs.forEach((out, t) => {
    const { first, count } = tasks[t]!;
    for (let m = 0; m < metrics; m++) series[m]!.set(out.subarray(m * count, (m + 1) * count), first);
  });
  return series;
}

function cellMetrics(table: JointTable, plans: Array<Extract<Plan, { kind: 'cells' }>>, counts: ArrayLike<number>, t: JointTable = table): number[] {
  return plans.map((p) => classificationMetric(p.metric, t, counts, 0) - classificationMetric(p.metric, t, counts, 1));
}

/**
 * Paired significance of candidate vs baseline for each gated metric computable from per-example data.
 * Deterministic for a seed. See kernel.ts for the resampling schemes; classification metrics resample
 * the K cells of the joint (label, candidate, baseline) table with exact multinomial/binomial draws.
 */
export async function pairedSignificance(
  data: PairedExamples,
  names: readonly string[],
  settings: SignificanceSettings,
  runner: KernelRunner = inThreadRunner,
): Promise<SignificanceReport> {
  const skipped: SignificanceReport['skipped'] = [];
  const plans: Plan[] = [];
  let table: JointTable | undefined;
  let tableTried = false;
  let candScores: SortedScores | undefined;
  const candSorted = (): SortedScores => (candScores ??= sortScores(data.candScore!));
  if (data.n < 2) {
    return { tests: [], skipped: names.map((name) => ({ name, reason: `only ${data.n} paired example(s); significance needs at least 2` })) };
  }
  for (const name of names) {
    const metric = exampleMetricOf(name);
    if (!metric) continue;
    if (metric === 'accuracy' || metric === 'precision' || metric === 'recall' || metric === 'f1') {
      if (!tableTried) {
        table = jointTable(data);
        tableTried = true;
      }
      if (!table) skipped.push({ name, reason: 'labels and predictions have too many distinct values to be classes' });
      else plans.push({ kind: 'cells', name, metric });
    } else if (metric === 'auc') {
      const auc = planAuc(data, candSorted);
      if (typeof auc === 'string') skipped.push({ name, reason: auc });
      else plans.push({ kind: 'auc', name, metric, ...auc });
    } else {
      const mean = meanMetric(metric, data);
      if (typeof mean === 'string') skipped.push({ name, reason: mean });
      else plans.push({ kind: 'mean', name, metric, mean });
    }
  }
  const { resamples: R, seed, alpha } = settings;
  const cellPlans = plans.filter((p): p is Extract<Plan, { kind: 'cells' }> => p.kind === 'cells');
  const meanPlans = plans.filter((p): p is Extract<Plan, { kind: 'mean' }> => p.kind === 'mean');
  const aucPlans = plans.filter((p): p is Extract<Plan, { kind: 'auc' }> => p.kind === 'auc');
  const pMethod = (p: Plan): TestMethod => {
    if (settings.method === 'bootstrap') return 'bootstrap';
    if (settings.method === 'permutation') return 'permutation';
    return ACCURACY_TYPE.has(p.metric) ? 'mcnemar' : 'permutation';
  };

  // Bootstrap: the O(n) metrics through the kernel, the cell metrics by multinomial draws over cells.
  const bootTasks =
    meanPlans.length + aucPlans.length > 0
      ? tasksFor({ n: data.n, seed, exact: false, mode: 'bootstrap', ...bootstrapInputs(data.candScore ? candSorted() : undefined, meanPlans.map((p) => p.mean), aucPlans.map((p) => p.auc)) }, R)
      : [];
  const exact = data.n <= 30 && 2 ** data.n <= R;
  const permTotal = exact ? 2 ** data.n : R;
  const permKernelPlans = [...meanPlans, ...aucPlans].filter((p) => pMethod(p) === 'permutation');
  const permTasks =
    permKernelPlans.length > 0
      ? tasksFor(
          {
            n: data.n,
            seed,
            exact,
            mode: 'permutation',
            // ΔAUC under swaps is a signed sum too (aucPermutationCoefficients).
            means: permKernelPlans.map((p) => (p.kind === 'mean' ? p.mean : p.linear)),
            aucs: [],
          },
          permTotal,
        )
      : [];
  const kernelRun = runner(lazyTasks([...bootTasks, ...permTasks]));

  const cellBoot = cellPlans.map(() => new Float64Array(R));
  const cellPerm = cellPlans.map(() => new Float64Array(permTotal));
  if (table && cellPlans.length > 0) {
    const counts = new Float64Array(table.count.length);
    for (let r = 0; r < R; r++) {
      sampleMultinomial(createPrng(seed, CELL_BOOTSTRAP_STREAM + r), data.n, table.count, counts);
      cellMetrics(table, cellPlans, counts).forEach((d, m) => (cellBoot[m]![r] = d));
    }
    if (cellPlans.some((p) => pMethod(p) === 'permutation')) {
      const swapped = new Float64Array(table.count.length);
      const cellOf = exact ? cellIndex(data, table) : undefined;
      for (let r = 0; r < permTotal; r++) {
        if (cellOf) {
          swapped.fill(0);
          for (let i = 0; i < data.n; i++) if (Math.floor(r / 2 ** i) % 2 === 1) swapped[cellOf[i]!] = swapped[cellOf[i]!]! + 1;
        } else {
          const rng = createPrng(seed, CELL_PERMUTATION_STREAM + r);
          for (let k = 0; k < swapped.length; k++) swapped[k] = sampleBinomial(rng, table.count[k]!, 0.5);
        }
        const s = swapCells(table, swapped);
        cellMetrics(table, cellPlans, s.counts, s.table).forEach((d, m) => (cellPerm[m]![r] = d));
      }
    }
  }
  const outputs = await kernelRun;
  const boot = gather(outputs.slice(0, bootTasks.length), bootTasks, meanPlans.length + aucPlans.length, R);
  const perm = gather(outputs.slice(bootTasks.length), permTasks, permKernelPlans.length, permTotal);

  const raw: Array<Omit<MetricTest, 'pValue'>> = [];
  const observed = (p: Plan): [number, number] => {
    if (p.kind === 'cells') return [classificationMetric(p.metric, table!, table!.count, 0), classificationMetric(p.metric, table!, table!.count, 1)];
    if (p.kind === 'mean') return [meanValue(p.mean.cand, p.mean.sqrt), meanValue(p.mean.base, p.mean.sqrt)];
    return [aucSorted({ order: p.auc.candOrder!, tieStart: p.auc.candTie! }, p.labels), aucSorted({ order: p.auc.baseOrder!, tieStart: p.auc.baseTie! }, p.labels)];
  };
  for (const p of plans) {
    const [candidate, baseline] = observed(p);
    const delta = candidate - baseline;
    const ci = p.kind === 'cells' ? cellBoot[cellPlans.indexOf(p)]! : boot[p.kind === 'mean' ? meanPlans.indexOf(p) : meanPlans.length + aucPlans.indexOf(p)]!;
    const interval = percentileInterval(ci, alpha);
    const method = pMethod(p);
    let pRaw: number;
    if (method === 'mcnemar') {
      const [b, c] = discordant(table!);
      pRaw = mcnemarExact(b, c).pValue;
    } else if (method === 'permutation') {
      const nullDist = p.kind === 'cells' ? cellPerm[cellPlans.indexOf(p)]! : perm[permKernelPlans.indexOf(p)]!;
      pRaw = twoSidedPValue(nullDist, delta, exact);
    } else pRaw = bootstrapPValue(ci);
    raw.push({ name: p.name, metric: p.metric, method, candidate, baseline, delta, ci: interval.ci, pRaw, n: data.n, ...(interval.note ? { note: interval.note } : {}) });
  }
  const adjusted = holmAdjust(raw.map((t) => t.pRaw));
  return { tests: raw.map((t, i) => ({ ...t, pValue: adjusted[i]! })), skipped };
}

/** Percentile interval (NumPy linear interpolation) of the bootstrap deltas; resamples with NaN are dropped and counted. */
export function percentileInterval(deltas: Float64Array, alpha: number): { ci: [number, number]; note?: string } {
  const finite = deltas.filter((d) => !Number.isNaN(d)).sort();
  const dropped = deltas.length - finite.length;
  const ci: [number, number] = [percentileSorted(finite, (alpha / 2) * 100), percentileSorted(finite, (1 - alpha / 2) * 100)];
  return dropped > 0 ? { ci, note: `${dropped} of ${deltas.length} resamples had an undefined metric and were left out` } : { ci };
}

/** Two-sided bootstrap p-value of "no difference": twice the smaller share of resampled deltas on either side of 0. */
function bootstrapPValue(deltas: Float64Array): number {
  let le = 0;
  let ge = 0;
  for (const d of deltas) {
    if (d <= 0) le++;
    if (d >= 0) ge++;
  }
  return Math.min(1, (2 * (Math.min(le, ge) + 1)) / (deltas.length + 1));
}

/** McNemar's discordant counts: candidate right & baseline wrong, and the reverse. */
export function discordant(t: JointTable): [number, number] {
  let b = 0;
  let c = 0;
  for (let k = 0; k < t.count.length; k++) {
    const candRight = t.cand[k] === t.label[k];
    const baseRight = t.base[k] === t.label[k];
    if (candRight && !baseRight) b += t.count[k]!;
    else if (!candRight && baseRight) c += t.count[k]!;
  }
  return [b, c];
}

/** For the exhaustive permutation test on tiny data: the cell of each example. */
function cellIndex(data: PairedExamples, t: JointTable): Int32Array {
  const out = new Int32Array(data.n);
  const binary = t.positive !== undefined;
  for (let i = 0; i < data.n; i++) {
    const l = binary ? data.label[i]! : data.labelCode![i]!;
    const a = binary ? data.candPred[i]! : data.candCode![i]!;
    const b = binary ? data.basePred[i]! : data.baseCode![i]!;
    let k = 0;
    while (!(t.label[k] === l && t.cand[k] === a && t.base[k] === b)) k++;
    out[i] = k;
  }
  return out;
}
