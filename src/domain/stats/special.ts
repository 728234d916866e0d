/** ln(k!) for integer k ≥ 0: exact sums below 256, Stirling's series (error < 1e-17 relative) above. */
const LOG_FACT_TABLE = (() => {
  const t = new Float64Array(256);
  for (let k = 1; k < 256; k++) t[k] = t[k - 1]! + Math.log(k);
  return t;
})();

export function logFactorial(k: number): number {
  if (k < 256) return LOG_FACT_TABLE[k]!;
  const x = k + 1;
  const inv = 1 / x;
  const inv2 = inv * inv;
  // ln Γ(x) = (x − ½)ln x − x + ½ln 2π + 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷)
  return (x - 0.5) * Math.log(x) - x + 0.9189385332046728 + inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
}

/** P(X ≤ k) for X ~ Binomial(n, ½), summed in the log domain from k downwards (k ≤ n/2 or not). */
export function binomialHalfCdf(k: number, n: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (k > n / 2) return 1 - binomialHalfCdf(n - k - 1, n);
  const logTop = logFactorial(n) - logFactorial(k) - logFactorial(n - k) - n * Math.LN2;
  // Terms fall going down from k (k ≤ n/2): term(j−1) = term(j)·j/(n−j+1).
  let term = 1;
  let sum = 1;
  for (let j = k; j > 0; j--) {
    term *= j / (n - j + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return Math.exp(logTop + Math.log(sum));
}
