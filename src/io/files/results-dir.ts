/**
 * The results directory: what a PR job uploads as its results artifact and what `mlgate report --results <dir>`
 * reads back. Format documented in docs/results-format.md.
 *
 *   <dir>/meta.json                 { mlgate: 1, repository, pr, head_sha, run_id, … }
 *   <dir>/validation.json           the `validate --json` result (optional)
 *   <dir>/comparisons/<model>.json  one `compare --json` result per model (optional)
 *   <dir>/history/<model>.json      { model, environment, releases: [release payloads, newest first] } (optional)
 *   <dir>/report.md                 the rendered full report (written, never read back)
 *
 * A downloaded artifact may come from a fork: everything read here is untrusted. Files are size-capped, must be
 * regular files inside the directory (no symlinks, no `..`), and are validated with zod before use.
 */
import { lstat, mkdir, readdir, readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { inputError, MlgateError } from '../../domain/errors.js';
import { releasePayloadSchema, type ReleasePayload } from '../../domain/release/payload.js';
import { NON_FINITE_TEXT, resultsJson, type ComparisonResult, type ValidationResult } from '../../domain/results.js';

export const MAX_FILE_BYTES = 32 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 128 * 1024 * 1024;
export const MAX_FILES_PER_FOLDER = 200;

/**
 * Text from the user's data and config (metric, column, file and check names, reasons): no length limit of its own,
 * because compare and validate accept any length and a pull request must not be able to suppress its own report
 * with a long name. The per-file and total byte caps bound it; the report shortens long text for display.
 */
const name = z.string();
const prose = z.string();
/** A number as results JSON holds it: ±Infinity and NaN as the text resultsJson writes for them. */
const resultNumber = z.union([z.number(), z.enum(['Infinity', '-Infinity', 'NaN']).transform((t) => NON_FINITE_TEXT[t])]);
const metricValue = resultNumber.nullable();
const checkStatus = z.enum(['pass', 'fail', 'warn', 'skipped']);
const verdict = z.enum(['pass', 'fail', 'warn']);
const severity = z.enum(['error', 'warn']);

const exampleSchema = z.object({
  file: name,
  line: z.number().int().nonnegative().optional(),
  row: z.number().int().nonnegative().optional(),
  value: z.unknown(),
});

const checkSchema = z.object({
  column: name.optional(),
  check: name,
  severity,
  status: checkStatus,
  observed: z.unknown(),
  expected: z.unknown(),
  failing: z.number().nonnegative(),
  fraction: resultNumber,
  unit: z.enum(['columns', 'files']).optional(),
  examples: z.array(exampleSchema).default([]),
  message: prose.optional(),
});

const edge = resultNumber.nullable();
const share = resultNumber;
const driftDistributionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('numeric'), bins: z.array(z.object({ from: edge, to: edge, reference: share, current: share })) }),
  z.object({ kind: z.literal('categorical'), bins: z.array(z.object({ value: name.nullable(), reference: share, current: share })) }),
]);

const driftSchema = z.object({
  column: name,
  method: name,
  score: resultNumber,
  threshold: resultNumber,
  status: checkStatus,
  p_value: resultNumber.optional(),
  severity: severity.optional(),
  message: prose.optional(),
  error_bound: resultNumber.optional(),
  distribution: driftDistributionSchema.optional(),
});

const namedType = z.object({ name, type: name });
const productionSchema = z.object({
  status: z.enum(['compared', 'unavailable']),
  release: name.optional(),
  reason: prose.optional(),
  files: z.object({ added: z.array(name), removed: z.array(name), changed: z.array(name), unchanged: z.number().int().nonnegative() }).optional(),
  rows: z.object({ production: z.number().nonnegative().nullable(), now: z.number().nonnegative() }).optional(),
  columns: z
    .object({ added: z.array(namedType), removed: z.array(namedType), retyped: z.array(z.object({ name, production: name, now: name })), unchanged: z.number().int().nonnegative() })
    .optional(),
  drift: z.object({ compared: z.number().int().nonnegative(), drifted: z.number().int().nonnegative(), skipped: prose.optional() }).optional(),
});

export const validationResultSchema = z.object({
  verdict,
  datasets: z
    .array(
      z.object({
        name,
        files: z.array(name).optional(),
        rows: z.number().nonnegative(),
        checks: z.array(checkSchema),
        drift: z.array(driftSchema).optional(),
        production: productionSchema.optional(),
      }),
    ),
});

export const comparisonResultSchema = z.object({
  verdict,
  model: name,
  baseline: z.object({ source: name, version: name.optional() }),
  metrics: z
    .array(
      z.object({
        name,
        direction: z.enum(['higher', 'lower']),
        direction_inferred: z.boolean().optional(),
        baseline: metricValue,
        candidate: metricValue,
        delta: metricValue,
        relative_delta: metricValue,
        gate: prose,
        status: z.enum(['pass', 'fail', 'warn', 'skipped', 'inconclusive']),
        reason: prose,
        ci: z.tuple([resultNumber, resultNumber]).optional(),
        p_value: resultNumber.optional(),
        severity: severity.optional(),
        support: resultNumber.optional(),
        significance: z
          .object({ test: z.enum(['bootstrap', 'mcnemar', 'permutation']), level: z.number().gt(0).lt(1), n: z.number().int().nonnegative(), p_adjustment: z.literal('holm'), margin: resultNumber })
          .optional(),
      }),
    ),
  significance: z.object({ baseline: name, status: z.enum(['used', 'unavailable']), reason: prose.optional(), paired: z.number().int().nonnegative().optional() }).optional(),
});

export const metaSchema = z.object({
  mlgate: z.literal(1),
  repository: z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'owner/repo'),
  pr: z.number().int().positive().nullable(),
  head_sha: z.string().regex(/^[0-9a-f]{40}$/, 'a 40-hex commit sha'),
  run_id: z.number().int().positive(),
  run_attempt: z.number().int().positive().optional(),
  workflow: z.string().max(200).optional(),
  event: z.string().max(100).optional(),
  comment_key: z.string().max(200).optional(),
});

export const historySchema = z.object({
  model: name,
  environment: name.optional(),
  releases: z.array(releasePayloadSchema),
});

/** `check --json` writes both at once. */
export const combinedSchema = z.object({
  validation: validationResultSchema.nullable().optional(),
  comparisons: z.array(comparisonResultSchema).optional(),
});

export type ResultsMeta = z.infer<typeof metaSchema>;

export interface Results {
  meta?: ResultsMeta;
  validation?: ValidationResult;
  comparisons: ComparisonResult[];
  /** Release payloads per model, newest first. */
  history: Record<string, ReleasePayload[]>;
}

export interface ResultsToWrite {
  meta?: ResultsMeta;
  validation?: ValidationResult;
  comparisons?: readonly ComparisonResult[];
  history?: Readonly<Record<string, { environment?: string; releases: readonly ReleasePayload[] }>>;
  report?: string;
}

/** A file name for a model's results: readable, and never a path. */
export function modelFileName(model: string): string {
  const slug = model.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^\.+/, '_').slice(0, 100) || '_';
  return `${slug}.json`;
}

/**
 * Writes the results directory a PR job uploads as its artifact. What `readResults` would refuse (a file over
 * MAX_FILE_BYTES, more than MAX_TOTAL_BYTES, more than MAX_FILES_PER_FOLDER files) is refused here, naming the
 * file, so the PR job fails visibly instead of the comment stage later.
 */
export async function writeResultsDir(dir: string, results: ResultsToWrite): Promise<string[]> {
  const written: string[] = [];
  const budget = new Budget('written');
  const perFolder = new Map<string, number>();
  const put = async (rel: string, value: unknown): Promise<void> => {
    const file = path.join(dir, rel);
    const text = typeof value === 'string' ? value : resultsJson(value);
    if (rel !== 'report.md') {
      budget.take(file, Buffer.byteLength(text, 'utf8'));
      const folder = path.dirname(rel);
      const n = (perFolder.get(folder) ?? 0) + 1;
      perFolder.set(folder, n);
      if (folder !== '.' && n > MAX_FILES_PER_FOLDER) throw inputError(`results would hold more than ${MAX_FILES_PER_FOLDER} files in ${folder}/, which report cannot read back`, { file });
    }
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text, 'utf8');
    written.push(file);
  };
  if (results.meta) await put('meta.json', results.meta);
  if (results.validation) await put('validation.json', results.validation);
  const used = new Set<string>();
  const unique = (model: string): string => {
    let file = modelFileName(model);
    for (let i = 2; used.has(file); i++) file = modelFileName(`${model}_${i}`);
    used.add(file);
    return file;
  };
  for (const c of results.comparisons ?? []) await put(`comparisons/${unique(c.model)}`, c);
  used.clear();
  for (const [model, h] of Object.entries(results.history ?? {})) await put(`history/${unique(model)}`, { model, environment: h.environment, releases: h.releases });
  if (results.report !== undefined) await put('report.md', results.report);
  return written;
}

/** The byte caps of a results directory, for reading it and (the same caps) for writing it. */
class Budget {
  private total = 0;
  constructor(private readonly doing: 'read' | 'written' = 'read') {}
  take(file: string, bytes: number): void {
    const what = this.doing === 'read' ? 'results file is' : 'results file would be';
    if (bytes > MAX_FILE_BYTES) throw inputError(`${what} ${bytes} bytes; expected at most ${MAX_FILE_BYTES}`, { file });
    this.total += bytes;
    if (this.total > MAX_TOTAL_BYTES) throw inputError(`results ${this.doing === 'read' ? 'add' : 'would add'} up to more than ${MAX_TOTAL_BYTES} bytes; expected at most that`, { file });
  }
}

/** Reads a regular file inside `root` (after resolving symlinks), size-capped, as JSON. */
async function readJsonInside(root: string, rel: string, budget: Budget): Promise<unknown> {
  const file = path.join(root, rel);
  const shown = path.join(path.basename(root), rel);
  const st = await lstat(file);
  if (!st.isFile()) throw inputError(`results entry is not a regular file (a symlink or directory); expected a JSON file`, { file: shown });
  const real = await realpath(file);
  const inside = path.relative(root, real);
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    throw inputError('results file resolves outside the results directory', { file: shown });
  }
  budget.take(shown, st.size);
  const text = await readFile(real, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw inputError(`results file is not valid JSON (${error instanceof Error ? error.message : String(error)}); expected the JSON mlgate wrote`, { file: shown }, error);
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : '';
  throw new MlgateError('input', `results file does not match the mlgate results format: ${issue?.message ?? 'invalid'}${field ? ` at ${field}` : ''}`, {
    location: { file, field: field || undefined },
    details: r.error.issues.length > 1 ? [`(${r.error.issues.length - 1} more problems)`] : [],
  });
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

async function jsonFilesIn(root: string, folder: string): Promise<string[]> {
  const dir = path.join(root, folder);
  if (!(await exists(dir))) return [];
  const st = await lstat(dir);
  if (!st.isDirectory()) throw inputError('expected a directory of JSON files', { file: path.join(path.basename(root), folder) });
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  if (names.length > MAX_FILES_PER_FOLDER) throw inputError(`results hold ${names.length} files; expected at most ${MAX_FILES_PER_FOLDER}`, { file: path.join(path.basename(root), folder) });
  return names.map((n) => path.join(folder, n));
}

/** Reads results from a results directory or a single JSON file (validate/compare/check `--json`). Untrusted input. */
export async function readResults(location: string): Promise<Results> {
  let st;
  try {
    st = await lstat(location);
  } catch (error) {
    throw inputError(`results '${location}' does not exist; expected a results directory or a JSON file written with --json`, { file: location }, error);
  }
  const budget = new Budget();
  if (st.isFile()) {
    const root = path.dirname(path.resolve(location));
    return resultsFromJson(await readJsonInside(await realpath(root), path.basename(location), budget), location);
  }
  if (!st.isDirectory()) throw inputError('results path is neither a file nor a directory', { file: location });
  const root = await realpath(location);
  const results: Results = { comparisons: [], history: {} };
  const rel = (f: string): string => path.join(location, f);
  if (await exists(path.join(root, 'meta.json'))) results.meta = parse(metaSchema, await readJsonInside(root, 'meta.json', budget), rel('meta.json'));
  if (await exists(path.join(root, 'validation.json'))) results.validation = parse(validationResultSchema, await readJsonInside(root, 'validation.json', budget), rel('validation.json'));
  for (const f of await jsonFilesIn(root, 'comparisons')) results.comparisons.push(parse(comparisonResultSchema, await readJsonInside(root, f, budget), rel(f)));
  for (const f of await jsonFilesIn(root, 'history')) {
    const h = parse(historySchema, await readJsonInside(root, f, budget), rel(f));
    results.history[h.model] = h.releases;
  }
  if (!results.validation && results.comparisons.length === 0) {
    throw inputError('results directory holds no validation.json and no comparisons/*.json; expected the results a PR job uploaded', { file: location });
  }
  return results;
}

/** One JSON file: a validation result, a comparison result, or `{ validation, comparisons }`. */
function resultsFromJson(value: unknown, file: string): Results {
  const obj = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  if ('datasets' in obj) return { validation: parse(validationResultSchema, value, file), comparisons: [], history: {} };
  if ('metrics' in obj) return { comparisons: [parse(comparisonResultSchema, value, file)], history: {} };
  if ('validation' in obj || 'comparisons' in obj) {
    const c = parse(combinedSchema, value, file);
    return { validation: c.validation ?? undefined, comparisons: c.comparisons ?? [], history: {} };
  }
  throw inputError('results file is neither a validation result (datasets) nor a comparison result (metrics); expected JSON written by validate, compare or check with --json', { file });
}
