import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A small project for the production-evidence tests: two datasets, a model with significance against production. */
export const CONFIG = `version: 1
datasets:
  - name: train
    path: data/train.csv
    columns:
      x: { type: number }
      segment: { type: category }
    drift: { reference: production, method: psi, threshold: 0.2 }
  - name: holdout
    path: data/holdout.csv
    columns:
      id: { type: string, unique: true }
models:
  - name: churn
    metrics: reports/metrics.json
    baseline: production
    gates:
      accuracy: { max_regression: 0.01 }
      f1: { max_regression: 0.02 }
    significance:
      candidate: reports/predictions.csv
      baseline: production
      resamples: 400
      seed: 7
`;

/** A deterministic generator (xorshift) so every run builds the same files. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export const N = 1500;

export async function writeData(dir: string, shift: number): Promise<void> {
  const r = rng(11);
  const rows = ['x,segment'];
  for (let i = 0; i < 3000; i++) rows.push(`${(r() + r() + r() - 1.5 + shift).toFixed(4)},${r() < 0.5 + shift / 4 ? 'a' : 'b'}`);
  await writeFile(path.join(dir, 'data', 'train.csv'), `${rows.join('\n')}\n`);
  await writeFile(path.join(dir, 'data', 'holdout.csv'), `id\n${Array.from({ length: 200 }, (_, i) => `h${i}`).join('\n')}\n`);
}

/** Predictions whose accuracy is about `accuracy`, and the metrics file that goes with them. */
export async function writeModel(dir: string, accuracy: number, seed: number): Promise<{ accuracy: number; f1: number }> {
  const r = rng(seed);
  const lines = ['id,label,prediction'];
  let right = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < N; i++) {
    const label = i % 2;
    const ok = r() < accuracy;
    const prediction = ok ? label : 1 - label;
    if (ok) right++;
    if (prediction === 1 && label === 1) tp++;
    if (prediction === 1 && label === 0) fp++;
    if (prediction === 0 && label === 1) fn++;
    lines.push(`e${i},${label},${prediction}`);
  }
  await writeFile(path.join(dir, 'reports', 'predictions.csv'), `${lines.join('\n')}\n`);
  const metrics = { accuracy: right / N, f1: (2 * tp) / (2 * tp + fp + fn) };
  await writeFile(path.join(dir, 'reports', 'metrics.json'), JSON.stringify(metrics));
  return metrics;
}

export async function project(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlgate-evidence-'));
  await mkdir(path.join(dir, 'data'));
  await mkdir(path.join(dir, 'reports'));
  await writeFile(path.join(dir, 'mlgate.yml'), CONFIG);
  await writeData(dir, 0);
  await writeModel(dir, 0.86, 1);
  return dir;
}

