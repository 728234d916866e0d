/** Whether a bigger value of a metric is better (`higher`) or worse (`lower`). */
export type Direction = 'higher' | 'lower';

/**
 * Name tokens that mean "lower is better" (SPEC §2). A metric name is split on non-alphanumerics and
 * camelCase; the last dotted segment decides (`slices.eu.mae` → `mae`, `latency_p95_ms` → `latency`).
 */
const LOWER_TOKENS = new Set([
  'loss', 'logloss', 'error', 'err', 'errors', 'mae', 'mse', 'rmse', 'msle', 'rmsle', 'mape', 'smape', 'wer', 'cer',
  'latency', 'time', 'runtime', 'duration', 'seconds', 'secs', 'size', 'bytes', 'memory', 'fpr', 'fnr', 'far', 'frr',
  'perplexity', 'brier', 'cost', 'regret', 'ece', 'mce', 'hamming', 'deviance', 'distance',
]);

export function nameTokens(name: string): string[] {
  const last = name.split('.').pop() ?? name;
  return last
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

/** The direction implied by a metric's name: lower when any token says so, else higher. */
export function inferDirection(name: string): Direction {
  return nameTokens(name).some((t) => LOWER_TOKENS.has(t)) ? 'lower' : 'higher';
}
