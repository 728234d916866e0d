import { readFile } from 'node:fs/promises';
import { inputError } from '../../domain/errors.js';
import { parseMetricsText, type MetricSet } from '../../domain/gate/metric-set.js';

/** Reads a metrics file (JSON/YAML, DVC, MLflow). `displayName` is what errors show. */
export async function readMetricsFile(file: string, displayName: string = file): Promise<MetricSet> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw inputError(code === 'ENOENT' ? 'metrics file not found' : `cannot read the metrics file (${code ?? String(error)})`, { file: displayName }, error);
  }
  return parseMetricsText(text.replace(/^\uFEFF/, ''), displayName);
}
