// Writes the gate benchmark's inputs into bench/.data/gate/: per-example CSVs of a candidate and a
// baseline binary classifier (id,label,prediction,score) on the same ids, their metrics files, a
// 200-metric file, and the mlgate.yml files. Deterministic (fixed seed); skipped when already there.
import { existsSync, mkdirSync, writeFileSync, createWriteStream } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes the CSV and returns the model's metrics computed from exactly the values written. */
async function writeCsv(file, rows, labels, seed, quality) {
  const rng = mulberry32(seed);
  let correct = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let logLoss = 0;
  // Scores have 5 decimals: AUC from per-score counts of positives and negatives (ties count ½).
  const posAt = new Float64Array(100001);
  const negAt = new Float64Array(100001);
  const out = createWriteStream(file);
  out.write('id,label,prediction,score\n');
  let chunk = [];
  for (let i = 0; i < rows; i++) {
    const y = labels[i];
    const right = rng() < quality;
    const pred = right ? y : 1 - y;
    const text = (pred === 1 ? 0.5 + rng() * 0.4999 : rng() * 0.4999).toFixed(5);
    const score = Number(text);
    chunk.push(`u${i},${y},${pred},${text}`);
    if (pred === y) correct++;
    if (y === 1 && pred === 1) tp++;
    if (y === 0 && pred === 1) fp++;
    if (y === 1 && pred === 0) fn++;
    // Clipped to [ε, 1 − ε] like scikit-learn's log_loss (a score of 0.00000 is written sometimes).
    const p = Math.min(1 - 2.220446049250313e-16, Math.max(2.220446049250313e-16, score));
    logLoss -= y === 1 ? Math.log(p) : Math.log(1 - p);
    const bucket = Math.round(score * 100000);
    if (y === 1) posAt[bucket]++;
    else negAt[bucket]++;
    if (chunk.length === 10000) {
      if (!out.write(chunk.join('\n') + '\n')) await once(out, 'drain');
      chunk = [];
    }
  }
  if (chunk.length) out.write(chunk.join('\n') + '\n');
  out.end();
  await once(out, 'finish');
  let negBelow = 0;
  let sum = 0;
  let P = 0;
  for (let b = 0; b < posAt.length; b++) {
    sum += posAt[b] * (negBelow + 0.5 * negAt[b]);
    negBelow += negAt[b];
    P += posAt[b];
  }
  return { accuracy: correct / rows, f1: (2 * tp) / (2 * tp + fp + fn), auc: sum / (P * negBelow), log_loss: logLoss / rows };
}

export async function generate(dir, rows = 1_000_000) {
  mkdirSync(dir, { recursive: true });
  const cand = path.join(dir, 'candidate.csv');
  const base = path.join(dir, 'baseline.csv');
  const marker = path.join(dir, `rows-${rows}.v3.done`);
  if (!existsSync(marker)) {
    const rng = mulberry32(7);
    const labels = new Uint8Array(rows);
    for (let i = 0; i < rows; i++) labels[i] = rng() < 0.4 ? 1 : 0;
    // The metrics files hold what the per-example files give, as an evaluation script would write them.
    writeFileSync(path.join(dir, 'metrics.json'), JSON.stringify(await writeCsv(cand, rows, labels, 11, 0.861)));
    writeFileSync(path.join(dir, 'base-metrics.json'), JSON.stringify(await writeCsv(base, rows, labels, 12, 0.86)));
    writeFileSync(marker, '');
  }
  writeFileSync(
    path.join(dir, 'significance.yml'),
    `version: 1
models:
  - name: bench
    metrics: metrics.json
    baseline: file:base-metrics.json
    gates:
      accuracy: { max_regression: 0.005 }
      f1: { max_regression: 0.005 }
      auc: { max_regression: 0.005 }
      log_loss: { max_regression: 0.01 }
    significance:
      candidate: candidate.csv
      baseline: baseline.csv
      resamples: 2000
      seed: 1
`,
  );
  // 200 metrics: 20 headline metrics and 180 slice metrics; gates on all of them (exact and patterns).
  const many = {};
  const baseMany = {};
  const rng = mulberry32(3);
  for (let i = 0; i < 20; i++) {
    many[`metric_${i}`] = 0.8 + rng() * 0.1;
    baseMany[`metric_${i}`] = 0.8 + rng() * 0.1;
  }
  many.slices = {};
  baseMany.slices = {};
  for (let s = 0; s < 60; s++) {
    many.slices[`s${s}`] = { accuracy: 0.8 + rng() * 0.1, latency_ms: 100 + rng() * 10, support: 100 + Math.floor(rng() * 1000) };
    baseMany.slices[`s${s}`] = { accuracy: 0.8 + rng() * 0.1, latency_ms: 100 + rng() * 10, support: 500 };
  }
  writeFileSync(path.join(dir, 'many.json'), JSON.stringify(many, null, 1));
  writeFileSync(path.join(dir, 'base-many.json'), JSON.stringify(baseMany, null, 1));
  const gates = Array.from({ length: 20 }, (_, i) => `      metric_${i}: { min: 0.5, max_regression: 2% }`).join('\n');
  writeFileSync(
    path.join(dir, 'many.yml'),
    `version: 1
models:
  - name: many
    metrics: many.json
    baseline: file:base-many.json
    gates:
${gates}
      "slices.*.accuracy": { max_regression: 0.03, min_support: 200 }
      "slices.*.latency_ms": { max_regression: 10% }
`,
  );
  return { dir };
}
