import { parse as parseYaml } from 'yaml';
import { inputError } from '../errors.js';
import { MAX_METRIC_DEPTH, nestingLimitMessage, YAML_ALIAS_EXPANSION_LIMIT } from '../nesting-limits.js';
import { jsonErrorOffset } from './json-position.js';

/**
 * A flat set of metrics: dotted names → numbers. Non-finite values are kept as numbers (NaN, ±Infinity)
 * so the gate can say so; values that are not numbers at all (null, text, booleans) are kept apart in
 * `invalid` with a description, so a gate on them fails with a clear reason instead of "missing".
 */
export interface MetricSet {
  values: Map<string, number>;
  invalid: Map<string, string>;
  /** What the file looked like: plain JSON/YAML, `dvc metrics show --json`, or an MLflow export. */
  format: 'plain' | 'dvc' | 'mlflow';
}

const NON_FINITE_WORDS: Record<string, number> = {
  nan: Number.NaN,
  '+nan': Number.NaN,
  '-nan': Number.NaN,
  inf: Number.POSITIVE_INFINITY,
  '+inf': Number.POSITIVE_INFINITY,
  infinity: Number.POSITIVE_INFINITY,
  '+infinity': Number.POSITIVE_INFINITY,
  '-inf': Number.NEGATIVE_INFINITY,
  '-infinity': Number.NEGATIVE_INFINITY,
};

/** A metric value from JSON/YAML: numbers as-is; numeric text ("0.9", "NaN", "Infinity") parsed; else undefined. */
export function metricNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const t = value.trim();
    const word = NON_FINITE_WORDS[t.toLowerCase()];
    if (word !== undefined) return word;
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return typeof value;
}

/**
 * Leaves of nested objects (and arrays, by index) under dotted keys. Two key paths that flatten to the same
 * dotted name (`{"a": {"b": 1}, "a.b": 2}`) are an input error naming both: keeping either would silently lose the other.
 */
function leaves(data: unknown, file: string): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  const stepOf = new Map<string, KeyStep>();
  const walk = (value: unknown, key: string, step: KeyStep | undefined, depth: number): void => {
    if (value !== null && typeof value === 'object') {
      if (depth === MAX_METRIC_DEPTH) throw inputError(`metrics nested more than ${MAX_METRIC_DEPTH} levels deep (under ${JSON.stringify(key.length > 80 ? `${key.slice(0, 80)}…` : key)}); expected metric names of at most ${MAX_METRIC_DEPTH} dotted parts`, { file });
      const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
      for (const [k, v] of entries) walk(v, key === '' ? k : `${key}.${k}`, { key: k, parent: step }, depth + 1);
    } else if (step !== undefined) {
      const earlier = stepOf.get(key);
      if (earlier) throw flatteningCollision(key, earlier, step, file);
      stepOf.set(key, step);
      out.push([key, value]);
    }
  };
  walk(data, '', undefined, 0);
  return out;
}

/** The last key of a path into the parsed file, linked to its parent (paths are spelled out only for an error). */
interface KeyStep {
  key: string;
  parent: KeyStep | undefined;
}

function keyPath(step: KeyStep): string[] {
  const keys: string[] = [];
  for (let s: KeyStep | undefined = step; s; s = s.parent) keys.push(s.key);
  return keys.reverse();
}

const showKeyPath = (step: KeyStep): string =>
  keyPath(step)
    .map((k) => JSON.stringify(k.length > 100 ? `${k.slice(0, 100)}…` : k))
    .join(' → ');

function flatteningCollision(name: string, first: KeyStep, second: KeyStep, file: string): Error {
  const shown = name.length > 200 ? `${name.slice(0, 200)}…` : name;
  return inputError(
    `two metrics flatten to the same name '${shown}': the key path ${showKeyPath(first)} and the key path ${showKeyPath(second)}; expected each dotted name once (rename one of them)`,
    { file },
  );
}

/** Flattens nested objects (and arrays, by index) into dotted keys; `file` names the metrics file in errors. */
export function flattenMetrics(data: unknown, format: MetricSet['format'] = 'plain', file = 'metrics'): MetricSet {
  const set: MetricSet = { values: new Map(), invalid: new Map(), format };
  for (const [key, value] of leaves(data, file)) {
    const n = metricNumber(value);
    if (n === undefined) set.invalid.set(key, describe(value));
    else set.values.set(key, n);
  }
  return set;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * `dvc metrics show --json`: `{ "<rev>": { "data": { "<file>": { "data": {…metrics} } } } }`.
 * Returns the metrics of the only revision (or `workspace`), files merged; undefined when not that shape.
 */
function unwrapDvcShow(data: unknown, file: string): Record<string, unknown> | undefined {
  if (!isRecord(data)) return undefined;
  const revs = Object.entries(data);
  if (revs.length === 0) return undefined;
  const looksLikeRev = (v: unknown): v is { data: Record<string, unknown> } =>
    isRecord(v) && isRecord(v.data) && Object.values(v.data).length > 0 && Object.values(v.data).every((f) => isRecord(f) && ('data' in f || 'error' in f));
  if (!revs.every(([, v]) => looksLikeRev(v))) return undefined;
  const chosen = data.workspace ?? (revs.length === 1 ? revs[0]![1] : undefined);
  if (!looksLikeRev(chosen)) {
    throw inputError(`'dvc metrics show --json' output with several revisions (${revs.map(([r]) => r).join(', ')}); expected one revision or 'workspace'`, { file });
  }
  const merged: Record<string, unknown> = {};
  for (const [metricsFile, content] of Object.entries(chosen.data)) {
    if (!isRecord(content) || !isRecord(content.data)) {
      throw inputError(`DVC could not read metrics file '${metricsFile}': ${JSON.stringify(isRecord(content) ? content.error : content)}`, { file });
    }
    for (const [k, v] of leaves(content.data, file)) {
      if (k in merged) throw inputError(`metric '${k}' appears in more than one DVC metrics file (again in '${metricsFile}')`, { file });
      merged[k] = v;
    }
  }
  return merged;
}

interface MlflowMetric {
  key: string;
  value: unknown;
  step?: unknown;
  timestamp?: unknown;
}
const isMlflowMetricList = (v: unknown): v is MlflowMetric[] =>
  Array.isArray(v) && v.length > 0 && v.every((m) => isRecord(m) && typeof m.key === 'string' && 'value' in m);

/** The latest value (highest step, then newest timestamp) of each key in an MLflow metric list. */
function latestMlflow(list: MlflowMetric[]): Record<string, unknown> {
  const best = new Map<string, MlflowMetric>();
  const num = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : 0);
  for (const m of list) {
    const prev = best.get(m.key);
    if (!prev || num(m.step) > num(prev.step) || (num(m.step) === num(prev.step) && num(m.timestamp) >= num(prev.timestamp))) best.set(m.key, m);
  }
  return Object.fromEntries([...best].map(([k, m]) => [k, m.value]));
}

/**
 * MLflow exports: REST `runs/get` (`{run: {data: {metrics: [{key, value, step, timestamp}]}}}`),
 * `mlflow runs describe` / `MlflowClient.get_run().to_dictionary()` (`{info, data: {metrics: {k: v}, params, tags}}`),
 * and `metrics/get-history` (`{metrics: [{key, value, step, timestamp}]}`). Undefined when not MLflow-shaped.
 */
function unwrapMlflow(data: unknown): Record<string, unknown> | undefined {
  if (!isRecord(data)) return undefined;
  const run = isRecord(data.run) ? data.run : data;
  if (isRecord(run.data) && ('info' in run || 'params' in run.data || 'tags' in run.data) && 'metrics' in run.data) {
    const m = run.data.metrics;
    if (isMlflowMetricList(m)) return latestMlflow(m);
    if (isRecord(m)) return m;
    if (Array.isArray(m) && m.length === 0) return {};
  }
  if (Object.keys(data).length === 1 && isMlflowMetricList(data.metrics)) return latestMlflow(data.metrics);
  return undefined;
}

/** Interprets parsed JSON/YAML as metrics: DVC and MLflow shapes first, else plain nested keys. */
export function metricsFromData(data: unknown, file: string): MetricSet {
  if (data === null || data === undefined) throw inputError('the metrics file is empty; expected a mapping of metric names to numbers', { file });
  if (!isRecord(data)) throw inputError(`expected a mapping of metric names to numbers; found ${Array.isArray(data) ? 'a list' : describe(data)}`, { file });
  const mlflow = unwrapMlflow(data);
  if (mlflow) return flattenMetrics(mlflow, 'mlflow', file);
  const dvc = unwrapDvcShow(data, file);
  if (dvc) return flattenMetrics(dvc, 'dvc', file);
  return flattenMetrics(data, 'plain', file);
}

/**
 * JSON as Python's json module writes it: also accepts the bare words NaN, Infinity and -Infinity
 * (outside strings), which strict JSON rejects.
 */
export function parseLenientJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (strictError) {
    let out = '';
    let changed = false;
    let i = 0;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        let j = i + 1;
        while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
        out += text.slice(i, j + 1);
        i = j + 1;
        continue;
      }
      const m = /^(-?Infinity|NaN)/.exec(text.slice(i, i + 9));
      if (m) {
        out += `"__mlgate_${m[1]}__"`;
        i += m[1]!.length;
        changed = true;
        continue;
      }
      out += ch;
      i++;
    }
    if (!changed) throw strictError;
    return JSON.parse(out, (_k, v: unknown) => {
      if (v === '__mlgate_NaN__') return Number.NaN;
      if (v === '__mlgate_Infinity__') return Number.POSITIVE_INFINITY;
      if (v === '__mlgate_-Infinity__') return Number.NEGATIVE_INFINITY;
      return v;
    }) as unknown;
  }
}

/** Parses the text of a metrics file; `.yaml`/`.yml` as YAML, everything else as JSON (falling back to YAML). */
export function parseMetricsText(text: string, file: string): MetricSet {
  const yamlFile = /\.ya?ml$/i.test(file);
  let data: unknown;
  if (text.trim() === '') throw inputError('the metrics file is empty; expected a mapping of metric names to numbers', { file, line: 1 });
  if (!yamlFile) {
    try {
      data = parseLenientJson(text);
    } catch (jsonError) {
      if (/\.json$/i.test(file)) {
        const message = jsonError instanceof Error ? jsonError.message : String(jsonError);
        const offset = jsonErrorOffset(text);
        const line = offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
        throw inputError(`invalid JSON: ${message.split('\n')[0] ?? message}`, { file, line }, jsonError);
      }
      data = undefined;
    }
  }
  if (data === undefined) {
    try {
      data = parseYaml(text, { uniqueKeys: true, maxAliasCount: YAML_ALIAS_EXPANSION_LIMIT }) as unknown;
    } catch (yamlError) {
      const message = nestingLimitMessage(yamlError) ?? `invalid YAML: ${yamlError instanceof Error ? yamlError.message.split('\n')[0] : String(yamlError)}`;
      const linePos = (yamlError as { linePos?: [{ line: number }] }).linePos;
      throw inputError(message, { file, line: linePos?.[0]?.line }, yamlError);
    }
  }
  return metricsFromData(data, file);
}

/** A metric set from a plain record (release payloads store flat `{name: number|null}`). */
export function metricsFromRecord(record: Record<string, number | null>): MetricSet {
  return flattenMetrics(record, 'plain');
}
