import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { z } from 'zod';
import { configError, MlgateError } from '../errors.js';
import { nestingLimitMessage, YAML_ALIAS_EXPANSION_LIMIT } from '../nesting-limits.js';
import { closest } from '../text.js';
import { configSchema, type Config } from './schema.js';

type PathKey = string | number;

/** Parses and validates the text of an mlgate.yml; errors name the file, line and field. */
export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const pos = lineCounter.linePos(first.pos[0]);
    const message = nestingLimitMessage(first) ?? `invalid YAML: ${first.message.split('\n')[0] ?? first.message}`;
    throw configError(message, { file, line: pos.line, column: pos.col });
  }
  let data: unknown;
  let parsed: ReturnType<typeof configSchema.safeParse>;
  try {
    data = doc.toJS({ maxAliasCount: YAML_ALIAS_EXPANSION_LIMIT });
    if (data === null || data === undefined) {
      throw configError('the file is empty; expected a mapping with `version: 1`', { file, line: 1 });
    }
    parsed = configSchema.safeParse(data);
  } catch (error) {
    const limit = nestingLimitMessage(error);
    if (limit === undefined) throw error;
    throw new MlgateError('config', limit, { location: { file, ...firstAliasLine(doc, lineCounter, error) }, cause: error });
  }
  if (parsed.success) return parsed.data;

  const problems = parsed.error.issues.map((issue) => describeIssue(issue, doc, lineCounter, file, data));
  const [first, ...rest] = problems;
  throw new MlgateError('config', first!.message, {
    location: first!.location,
    details: rest.map((p) => `${file}:${p.location.line ?? '?'}: ${p.message}`),
    cause: parsed.error,
  });
}

/** For an alias bomb: the line of the first alias, where the expansion starts. */
function firstAliasLine(doc: Document, lc: LineCounter, error: unknown): { line?: number; column?: number } {
  if (!(error instanceof ReferenceError)) return {};
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  if (offset === undefined) return {};
  const pos = lc.linePos(offset);
  return { line: pos.line, column: pos.col };
}

interface Problem {
  message: string;
  location: { file: string; line?: number; column?: number; field: string };
}

function describeIssue(issue: z.core.$ZodIssue, doc: Document, lc: LineCounter, file: string, data: unknown): Problem {
  const path = issue.path.filter((p): p is PathKey => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const valid = knownKeys(path, data);
    const suggestion = closest(key, valid);
    const field = formatPath([...path, key]);
    const node = keyNode(doc, path, key);
    const pos = node?.range ? lc.linePos(node.range[0]) : nodeLine(doc, lc, path);
    const hint = suggestion ? `; did you mean "${suggestion}"?` : valid.length ? `; expected one of: ${valid.join(', ')}` : '';
    return { message: `unknown key "${key}" at ${field}${hint}`, location: { file, line: pos?.line, column: pos?.col, field } };
  }
  const field = formatPath(path);
  const pos = nodeLine(doc, lc, path);
  const value = valueAt(data, path);
  // YAML's .nan/.inf are numbers to the parser but never a valid bound, threshold or count.
  const expected = typeof value === 'number' && !Number.isFinite(value) ? 'expected a finite number' : issueText(issue);
  return { message: `${field || '(root)'}: ${expected} (found ${describeFound(value)})`, location: { file, line: pos?.line, column: pos?.col, field } };
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}

function describeFound(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'number' && Number.isNaN(v)) return '.nan, not a number';
  if (v === Number.POSITIVE_INFINITY) return '.inf, infinity';
  if (v === Number.NEGATIVE_INFINITY) return '-.inf, minus infinity';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function formatPath(path: readonly PathKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

function valueAt(data: unknown, path: readonly PathKey[]): unknown {
  let cur = data;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PathKey, unknown>)[p];
  }
  return cur;
}

function nodeLine(doc: Document, lc: LineCounter, path: readonly PathKey[]): { line: number; col: number } | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as Node | undefined;
    if (node && (isMap(node) || isSeq(node) || isScalar(node)) && node.range) return lc.linePos(node.range[0]);
  }
  return undefined;
}

function keyNode(doc: Document, path: readonly PathKey[], key: string): Node | undefined {
  const parent = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(parent)) return undefined;
  for (const pair of parent.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair.key;
  }
  return undefined;
}

/** The keys the schema accepts at `path` (for "did you mean"). */
function knownKeys(path: readonly PathKey[], data: unknown): string[] {
  let schema: z.ZodType | undefined = configSchema;
  for (const p of path) {
    schema = schema && unwrap(schema);
    if (!schema) return [];
    if (schema instanceof z.ZodObject) schema = (schema.shape as Record<string, z.ZodType>)[String(p)];
    else if (schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (schema instanceof z.ZodRecord) schema = schema.valueType as z.ZodType;
    else return [];
  }
  schema = schema && unwrap(schema);
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  void data;
  return [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else if (s instanceof z.ZodUnion) {
      const obj = (s.options as z.ZodType[]).find((o) => unwrap(o) instanceof z.ZodObject);
      if (!obj) return s;
      s = obj;
    } else return s;
  }
}
