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

async function writeCsv(file, rows, labels, seed, quality) {
  const rng = mulberry32(seed);
  const out = createWriteStream(file);
  out.write('id,label,prediction,score\n');
  let chunk = [];
  for (let i = 0; i < rows; i++) {
    const y = labels[i];
    const right = rng() < quality;
    const pred = right ? y : 1 - y;
    const score = pred === 1 ? 0.5 + rng() * 0.4999 : rng() * 0.4999;
    chunk.push(`u${i},${y},${pred},${score.toFixed(5)}`);
    if (chunk.length === 10000) {
      if (!out.write(chunk.join('\n') + '\n')) await once(out, 'drain');
      chunk = [];
    }
  }
  if (chunk.length) out.write(chunk.join('\n') + '\n');
  out.end();
  await once(out, 'finish');
}

export async function generate(dir, rows = 1_000_000) {
  mkdirSync(dir, { recursive: true });
  const cand = path.join(dir, 'candidate.csv');
  const base = path.join(dir, 'baseline.csv');
  const marker = path.join(dir, `rows-${rows}.done`);
  if (!existsSync(marker)) {
    const rng = mulberry32(7);
    const labels = new Uint8Array(rows);
    for (let i = 0; i < rows; i++) labels[i] = rng() < 0.4 ? 1 : 0;
    await writeCsv(cand, rows, labels, 11, 0.861);
    await writeCsv(base, rows, labels, 12, 0.86);
    writeFileSync(marker, '');
  }
  writeFileSync(path.join(dir, 'metrics.json'), JSON.stringify({ accuracy: 0.861, f1: 0.83, auc: 0.9, log_loss: 0.4 }));
  writeFileSync(path.join(dir, 'base-metrics.json'), JSON.stringify({ accuracy: 0.86, f1: 0.83, auc: 0.9, log_loss: 0.4 }));
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
