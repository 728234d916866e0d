import { describe, expect, it } from 'vitest';
import { estimateLiveMetrics, liveSignificance } from '../../../src/domain/monitor/live-metrics.js';
import type { PairedExamples } from '../../../src/domain/stats/paired.js';
import { createPrng } from '../../../src/domain/stats/prng.js';

/** n labelled binary examples, the prediction right with probability `skill`; score leaning towards the label. */
function sample(n: number, skill: number, seed: number): PairedExamples {
  const prng = createPrng(seed);
  const label = new Float64Array(n);
  const pred = new Float64Array(n);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    label[i] = prng.nextDouble() < 0.4 ? 1 : 0;
    pred[i] = prng.nextDouble() < skill ? label[i]! : 1 - label[i]!;
    score[i] = Math.min(0.99, Math.max(0.01, 0.5 + (pred[i] === 1 ? 0.3 : -0.3) + (prng.nextDouble() - 0.5) * 0.2));
  }
  return { n, label, candPred: pred, basePred: pred, candScore: score, baseScore: score };
}

function accuracyOf(d: PairedExamples): number {
  let right = 0;
  for (let i = 0; i < d.n; i++) if (d.label[i] === d.candPred[i]) right++;
  return right / d.n;
}

describe('live metrics from labelled predictions', () => {
  it.each([
    [400, 0.9, 1],
    [1000, 0.7, 2],
    [250, 0.55, 3],
  ])('n=%i, skill %f: the point value is the metric of the sample, the interval covers it', (n, skill, seed) => {
    const data = sample(n, skill, seed);
    const live = estimateLiveMetrics(data, ['accuracy', 'mae', 'log_loss'], { resamples: 400, seed: 7 });
    const acc = live.estimates.get('accuracy')!;
    expect(acc.value).toBeCloseTo(accuracyOf(data), 12);
    // MAE of 0/1 predictions equals the error rate.
    expect(live.estimates.get('mae')!.value).toBeCloseTo(1 - accuracyOf(data), 12);
    const sorted = [...acc.draws].sort((a, b) => a - b);
    expect(sorted[10]!).toBeLessThan(acc.value);
    expect(sorted[389]!).toBeGreaterThan(acc.value);
    // The bootstrap spread is about the binomial standard error.
    const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
    const sd = Math.sqrt(sorted.reduce((s, x) => s + (x - mean) ** 2, 0) / (sorted.length - 1));
    const se = Math.sqrt((acc.value * (1 - acc.value)) / n);
    expect(sd / se).toBeGreaterThan(0.8);
    expect(sd / se).toBeLessThan(1.25);
  });

  it('is reproducible with its seed and differs with another', () => {
    const data = sample(300, 0.8, 4);
    const a = estimateLiveMetrics(data, ['accuracy'], { resamples: 50, seed: 1 }).estimates.get('accuracy')!.draws;
    const b = estimateLiveMetrics(data, ['accuracy'], { resamples: 50, seed: 1 }).estimates.get('accuracy')!.draws;
    const c = estimateLiveMetrics(data, ['accuracy'], { resamples: 50, seed: 2 }).estimates.get('accuracy')!.draws;
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
  });

  it('says which metrics it cannot compute and why', () => {
    const data = sample(100, 0.8, 5);
    const noScore: PairedExamples = { ...data, candScore: undefined, baseScore: undefined };
    const live = estimateLiveMetrics(noScore, ['accuracy', 'auc', 'latency_p95_ms'], { resamples: 10, seed: 1 });
    expect([...live.estimates.keys()]).toEqual(['accuracy']);
    expect(live.skipped).toEqual([
      { name: 'auc', reason: 'AUC needs a score column' },
      { name: 'latency_p95_ms', reason: 'not computable from per-example predictions' },
    ]);
  });

  it('gives the interval of live − stored and a small p-value only for a real change', () => {
    const data = sample(2000, 0.8, 6);
    const live = estimateLiveMetrics(data, ['accuracy'], { resamples: 500, seed: 3 });
    const value = live.estimates.get('accuracy')!.value;
    const same = liveSignificance(live, new Map([['accuracy', value]]), 0.05).get('accuracy')!;
    expect(same.ci[0]).toBeLessThan(0);
    expect(same.ci[1]).toBeGreaterThan(0);
    expect(same.p_value).toBeGreaterThan(0.5);
    const dropped = liveSignificance(live, new Map([['accuracy', value + 0.1]]), 0.05).get('accuracy')!;
    expect(dropped.ci[1]).toBeLessThan(0);
    expect(dropped.p_value).toBeLessThan(0.01);
    expect(dropped.n).toBe(2000);
    // A metric without a stored value has no interval against it.
    expect(liveSignificance(live, new Map(), 0.05).size).toBe(0);
  });
});
