/**
 * Reference values from outside implementations (SciPy, statsmodels, NumPy, Python's csv module, shellcheck),
 * committed as fixtures under test/fixtures/reference/ so the tests need neither Python nor shellcheck.
 *
 * A reference names the program that computes it and the input it runs on. `npm run references` runs each one
 * with Debian's /usr/bin/python3 or shellcheck and writes its fixture: the program, a SHA-256 of the input and the
 * output. A test reads the output with `referenceOutput`, which first checks that the fixture was computed by this
 * program from this input (so changing either without regenerating fails loudly). `npm run check-references`
 * recomputes every fixture with the live libraries and fails when one differs (.ci/run does this).
 *
 * Definitions live in `test/**\/*.references.ts` modules, beside the tests that use them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const REFERENCE_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'reference');

/** How two outputs of a reference may differ when it is recomputed: a list of differences, empty when they agree. */
export type Agreement<O> = (recorded: O, live: O) => string[];

interface Common<I, O> {
  /** The fixture is test/fixtures/reference/<name>.json. */
  name: string;
  input: () => I;
  /** How `check-references` compares a recomputed output with the committed one; default: `closeValues(1e-12)`. */
  agreement?: Agreement<O>;
  /** Phantom: the output's type. */
  readonly output?: O;
}

/**
 * A Python program run by Debian's python3 (SciPy, statsmodels, NumPy, pandas). It sees `np` (NumPy), `json`,
 * `sys`, the input as `INPUT`, and writes its output with `emit(value)`.
 */
export interface PythonReference<I, O> extends Common<I, O> {
  tool: 'python';
  program: string;
}

/** shellcheck's comments (`--shell=bash --format=json1 --severity=style`) on one bash script, the input. */
export interface ShellcheckReference<O> extends Common<string, O> {
  tool: 'shellcheck';
}

export type Reference<I = unknown, O = unknown> = PythonReference<I, O> | ShellcheckReference<O>;

export function pythonReference<O, I = unknown>(name: string, program: string, input: () => I, agreement?: Agreement<O>): PythonReference<I, O> {
  return { tool: 'python', name, program, input: once(input), ...(agreement ? { agreement } : {}) };
}

export function shellcheckReference<O>(name: string, script: () => string): ShellcheckReference<O> {
  return { tool: 'shellcheck', name, input: once(script) };
}

/** What a fixture holds. */
export interface ReferenceFixture {
  reference: string;
  tool: Reference['tool'];
  /** The Python program's lines; for shellcheck, its command line. */
  program: string[];
  input_sha256: string;
  output: unknown;
}

export const SHELLCHECK_COMMAND = 'shellcheck --shell=bash --format=json1 --severity=style';

/** The program as one string (fixtures hold it split into lines). */
export function programOf(ref: { tool: 'python'; program: string } | { tool: 'shellcheck' }): string {
  return ref.tool === 'python' ? ref.program : SHELLCHECK_COMMAND;
}

export function fixturePath(name: string, dir = REFERENCE_DIR): string {
  return path.join(dir, `${name}.json`);
}

/** SHA-256 of the input's JSON (typed arrays must be converted to plain arrays by the input function). */
export function inputDigest(input: unknown): string {
  return createHash('sha256').update(JSON.stringify(input)).digest('hex');
}

const REGENERATE = 'run `npm run references` where Debian\'s python3-scipy, python3-statsmodels, python3-numpy and shellcheck are installed (.ci/install-system-deps.sh)';

const verified = new WeakMap<object, unknown>();

/** The committed output of a reference, after checking that its fixture was computed by this program from this input. */
export function referenceOutput<O>(ref: Reference<unknown, O>): O {
  if (verified.has(ref)) return verified.get(ref) as O;
  const file = fixturePath(ref.name);
  const rel = path.relative(REPO_ROOT, file);
  let fixture: ReferenceFixture;
  try {
    fixture = JSON.parse(readFileSync(file, 'utf8')) as ReferenceFixture;
  } catch (error) {
    throw new Error(`${rel}: cannot read the reference values (${(error as Error).message}): ${REGENERATE}`, { cause: error });
  }
  if (!Array.isArray(fixture.program) || fixture.program.join('\n') !== programOf(ref)) throw new Error(`${rel} is stale: it was computed by another program than the one in the test's .references.ts: ${REGENERATE}`);
  const digest = inputDigest(ref.input());
  if (fixture.input_sha256 !== digest) throw new Error(`${rel} is stale: it was computed from another input (sha256 ${fixture.input_sha256}, the test's is ${digest}): ${REGENERATE}`);
  verified.set(ref, fixture.output);
  return fixture.output as O;
}

function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

/** Equal structure; numbers equal to `rtol` relative (exactly equal when `rtol` is 0). */
export function closeValues(rtol: number): Agreement<unknown> {
  return (recorded, live) => {
    const out: string[] = [];
    const walk = (a: unknown, b: unknown, at: string): void => {
      if (out.length >= 20) return;
      if (typeof a === 'number' && typeof b === 'number') {
        if (!(a === b || Math.abs(a - b) <= rtol * Math.max(Math.abs(a), Math.abs(b)))) out.push(`${at}: ${a} recorded, ${b} now`);
      } else if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) out.push(`${at}: ${a.length} items recorded, ${b.length} now`);
        else a.forEach((x, i) => walk(x, b[i], `${at}[${i}]`));
      } else if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
        const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
        for (const k of keys) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      } else if (a !== b) {
        out.push(`${at}: ${JSON.stringify(a)} recorded, ${JSON.stringify(b)} now`);
      }
    };
    walk(recorded, live, '$');
    return out;
  };
}
