/** Count, mean and sum of squared deviations, merged with Chan et al.'s pairwise update (exact up to rounding). */
export interface Moments {
  count: number;
  mean: number;
  m2: number;
}

export const emptyMoments = (): Moments => ({ count: 0, mean: 0, m2: 0 });

export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.count === 0) return { ...b };
  if (b.count === 0) return { ...a };
  const count = a.count + b.count;
  const delta = b.mean - a.mean;
  const mean = a.mean + (delta * b.count) / count;
  const m2 = a.m2 + b.m2 + (delta * delta * a.count * b.count) / count;
  return { count, mean, m2 };
}

/** Moments of values[0..length) by two passes (the batch is then merged into the running total). */
export function batchMoments(values: Float64Array, length = values.length): Moments {
  if (length === 0) return emptyMoments();
  let s = 0;
  for (let i = 0; i < length; i++) s += values[i]!;
  const mean = s / length;
  let m2 = 0;
  let c = 0;
  for (let i = 0; i < length; i++) {
    const d = values[i]! - mean;
    m2 += d * d;
    c += d;
  }
  // Compensation for the rounding of `mean` (Björck's corrected two-pass).
  m2 -= (c * c) / length;
  return { count: length, mean: mean + c / length, m2 };
}
