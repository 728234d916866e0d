/**
 * `row_checks` of the profile format (docs/profile-format.md): the row-level findings of a (shard) profile as JSON.
 * Key tables are base64 of little-endian typed arrays (Uint32 hash lanes and file indices, Float64 places);
 * non-finite numbers (no value seen yet) are written as null.
 */
import { z } from 'zod';
import type { Example } from '../results.js';
import type { ColumnCheckerState } from '../validation/column-checker.js';
import type { FailuresState } from '../validation/findings.js';
import type { KeyTable } from './key-table.js';
import type { RowChecks } from './row-checks.js';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');
const count = z.number().int().min(0);

const placeShape = { file: z.string(), line: z.number().int().optional(), row: z.number().int().optional() };
const exampleSchema = z.strictObject({ ...placeShape, value: z.unknown(), repeats: z.strictObject(placeShape).optional() });
const failuresSchema = z.strictObject({ count, examples: z.array(exampleSchema) });
const keyTableSchema = z.strictObject({ distinct: count, hashes: base64, file: base64, at: base64 });

const columnSchema = z.strictObject({
  rows: count,
  nulls: count,
  failures: z.array(failuresSchema),
  observed_min: z.number().nullable(),
  observed_max: z.number().nullable(),
  newest: z.number().nullable(),
  newest_text: z.string().nullable(),
  repeats: failuresSchema,
});

export const rowChecksSchema = z.strictObject({
  checks: z.string(),
  max_examples: count,
  files: z.array(z.strictObject({ name: z.string(), header: z.array(z.string()), at: z.enum(['line', 'row']) })),
  rows: count,
  columns: z.record(z.string(), columnSchema),
  duplicate_rows: failuresSchema,
  duplicate_keys: failuresSchema,
  leakage: z.strictObject({ rows: count, failures: failuresSchema, key_missing: z.boolean() }).optional(),
  unique: z.record(z.string(), keyTableSchema),
  duplicates: keyTableSchema.optional(),
  leakage_keys: z.record(z.string(), z.strictObject({ key: z.array(z.string()), table: keyTableSchema })).optional(),
});

export type RowChecksJson = z.infer<typeof rowChecksSchema>;

const toBase64 = (a: ArrayBufferView): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const finite = (v: number): number | null => (Number.isFinite(v) ? v : null);

function typed<T extends Uint32Array | Float64Array>(s: string, width: number, make: (n: number) => T, what: string): T {
  const b = Buffer.from(s, 'base64');
  if (b.length % width !== 0) throw new Error(`${what} is not a whole number of ${width}-byte values`);
  const out = make(b.length / width);
  new Uint8Array(out.buffer).set(b);
  return out;
}

const failures = (f: FailuresState): z.infer<typeof failuresSchema> => ({ count: f.count, examples: f.examples.map((e) => ({ ...e, value: e.value ?? null })) });
const failuresFrom = (f: z.infer<typeof failuresSchema>): FailuresState => ({ count: f.count, examples: f.examples.map((e): Example => ({ ...e, value: e.value ?? null })) });

function tableJson(t: KeyTable): z.infer<typeof keyTableSchema> {
  return { distinct: t.file.length, hashes: toBase64(t.hashes), file: toBase64(t.file), at: toBase64(t.at) };
}

/** Decodes a key table and checks it: lengths agree, hashes strictly ascending, file indices in range. */
function tableFrom(j: z.infer<typeof keyTableSchema>, files: number, what: string): KeyTable {
  const t: KeyTable = { hashes: typed(j.hashes, 4, (n) => new Uint32Array(n), `${what}.hashes`), file: typed(j.file, 4, (n) => new Uint32Array(n), `${what}.file`), at: typed(j.at, 8, (n) => new Float64Array(n), `${what}.at`) };
  const n = t.file.length;
  if (n !== j.distinct || t.hashes.length !== 2 * n || t.at.length !== n) throw new Error(`${what} holds ${t.hashes.length / 2} hashes, ${n} file indices and ${t.at.length} places; expected ${j.distinct} of each`);
  for (let i = 0; i < n; i++) {
    if (t.file[i]! >= files) throw new Error(`${what}: file index ${t.file[i]} at entry ${i}, but the part lists ${files} files`);
    if (i === 0) continue;
    const [ph, pl, h, l] = [t.hashes[2 * i - 2]!, t.hashes[2 * i - 1]!, t.hashes[2 * i]!, t.hashes[2 * i + 1]!];
    if (!(ph < h || (ph === h && pl < l))) throw new Error(`${what}: hashes not strictly ascending at entry ${i}`);
  }
  return t;
}

function columnJson(c: ColumnCheckerState, repeats: FailuresState): z.infer<typeof columnSchema> {
  return {
    rows: c.rows,
    nulls: c.nulls,
    failures: c.failures.map(failures),
    observed_min: finite(c.observedMin),
    observed_max: finite(c.observedMax),
    newest: finite(c.newest),
    newest_text: c.newestText,
    repeats: failures(repeats),
  };
}

export function rowChecksToJson(rc: RowChecks): RowChecksJson {
  const v = rc.validator;
  const columns: RowChecksJson['columns'] = {};
  for (const [name, c] of Object.entries(v.columns)) columns[name] = columnJson(c.checks, c.repeats);
  const unique: RowChecksJson['unique'] = {};
  for (const [name, t] of Object.entries(rc.unique)) unique[name] = tableJson(t);
  return {
    checks: rc.checks,
    max_examples: rc.maxExamples,
    files: rc.files,
    rows: v.rows,
    columns,
    duplicate_rows: failures(v.duplicateRows),
    duplicate_keys: failures(v.duplicateKeys),
    ...(v.leakage ? { leakage: { rows: v.leakage.rows, failures: failures(v.leakage.failures), key_missing: v.leakage.keyMissing } } : {}),
    unique,
    ...(rc.duplicates ? { duplicates: tableJson(rc.duplicates) } : {}),
    ...(rc.leakageKeys ? { leakage_keys: Object.fromEntries(Object.entries(rc.leakageKeys).map(([id, k]) => [id, { key: k.key, table: tableJson(k.table) }])) } : {}),
  };
}

/** Decodes validated `row_checks` JSON; throws Error naming the field on inconsistent contents. */
export function rowChecksFromJson(j: RowChecksJson): RowChecks {
  const columns: RowChecks['validator']['columns'] = {};
  for (const [name, c] of Object.entries(j.columns)) {
    columns[name] = {
      checks: {
        rows: c.rows,
        nulls: c.nulls,
        failures: c.failures.map(failuresFrom),
        observedMin: c.observed_min ?? Infinity,
        observedMax: c.observed_max ?? -Infinity,
        newest: c.newest ?? -Infinity,
        newestText: c.newest_text,
      },
      repeats: failuresFrom(c.repeats),
    };
  }
  const unique: Record<string, KeyTable> = {};
  for (const [name, t] of Object.entries(j.unique)) unique[name] = tableFrom(t, j.files.length, `row_checks.unique.${name}`);
  return {
    checks: j.checks,
    maxExamples: j.max_examples,
    files: j.files.map((f) => ({ name: f.name, header: [...f.header], at: f.at })),
    validator: {
      rows: j.rows,
      columns,
      duplicateRows: failuresFrom(j.duplicate_rows),
      duplicateKeys: failuresFrom(j.duplicate_keys),
      ...(j.leakage ? { leakage: { rows: j.leakage.rows, failures: failuresFrom(j.leakage.failures), keyMissing: j.leakage.key_missing } } : {}),
    },
    unique,
    ...(j.duplicates ? { duplicates: tableFrom(j.duplicates, j.files.length, 'row_checks.duplicates') } : {}),
    ...(j.leakage_keys
      ? { leakageKeys: Object.fromEntries(Object.entries(j.leakage_keys).map(([id, k]) => [id, { key: [...k.key], table: tableFrom(k.table, j.files.length, `row_checks.leakage_keys.${id}`) }])) }
      : {}),
  };
}
