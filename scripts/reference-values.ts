// The reference values the tests compare against (test/references/reference.ts), computed by the real thing:
// Debian's /usr/bin/python3 with SciPy, statsmodels and NumPy (python3-scipy, python3-statsmodels, python3-numpy),
// and shellcheck. Install them with .ci/install-system-deps.sh.
//
//   tsx scripts/reference-values.ts            (npm run references)        rewrites test/fixtures/reference/
//   tsx scripts/reference-values.ts --check    (npm run check-references)  recomputes them into a temporary
//                                                directory and exits 1 when any differs from the committed one
//   … [--only <text>]                          only the references whose name contains <text>
//
// MLGATE_PYTHON overrides the interpreter (default /usr/bin/python3: the pyenv python3 on PATH lacks SciPy).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { closeValues, fixturePath, inputDigest, programOf, REFERENCE_DIR, REPO_ROOT, type Reference, type ReferenceFixture } from '../test/references/reference.js';
import { shellcheckCli } from './check-workflows.js';

const PYTHON = process.env.MLGATE_PYTHON ?? '/usr/bin/python3';
const VERSIONS = 'versions.json';

const PRELUDE = `import json, sys
import numpy as np
INPUT = json.load(open(sys.argv[1], encoding='utf-8'))
def emit(value):
    with open(sys.argv[2], 'w', encoding='utf-8') as out:
        json.dump(value, out, allow_nan=False)
`;

function python(program: string, input: unknown): unknown {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-reference-'));
  try {
    const inFile = path.join(dir, 'in.json');
    const outFile = path.join(dir, 'out.json');
    writeFileSync(inFile, JSON.stringify(input));
    const r = spawnSync(PYTHON, ['-c', PRELUDE + program, inFile, outFile], { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (r.error) throw new Error(`${PYTHON}: ${r.error.message} (install Debian's python3-scipy, python3-statsmodels and python3-numpy: .ci/install-system-deps.sh)`, { cause: r.error });
    if (r.status !== 0) throw new Error(`${PYTHON} exited ${r.status}:\n${r.stderr}`);
    if (!existsSync(outFile)) throw new Error('the program did not call emit(…)');
    return JSON.parse(readFileSync(outFile, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function compute(ref: Reference): unknown {
  if (ref.tool === 'python') return python(ref.program, ref.input());
  return shellcheckCli([ref.input()])[0];
}

function isReference(value: unknown): value is Reference {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Partial<Reference>;
  return (v.tool === 'python' || v.tool === 'shellcheck') && typeof v.name === 'string' && typeof v.input === 'function';
}

function definitionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === 'fixtures' ? [] : definitionFiles(p);
    return d.name.endsWith('.references.ts') ? [p] : [];
  });
}

async function definitions(): Promise<Reference[]> {
  const byName = new Map<string, Reference>();
  for (const file of definitionFiles(path.join(REPO_ROOT, 'test')).sort()) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (!isReference(value) || byName.get(value.name) === value) continue;
      if (byName.has(value.name)) throw new Error(`two references are named '${value.name}' (${path.relative(REPO_ROOT, file)})`);
      byName.set(value.name, value);
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** JSON with arrays of numbers or strings kept on few lines, so fixtures stay readable and their diffs small. */
export function formatJson(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object')) {
      const items = value.map((v) => JSON.stringify(v));
      const lines: string[] = [];
      let line = '';
      for (const item of items) {
        if (line && line.length + item.length + 2 > 110) {
          lines.push(line);
          line = '';
        }
        line += line ? `, ${item}` : item;
      }
      lines.push(line);
      return lines.length === 1 ? `[${lines[0]}]` : `[\n${lines.map((l) => inner + l).join(',\n')}\n${indent}]`;
    }
    return `[\n${value.map((v) => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function toolVersions(): Record<string, string> {
  const py = spawnSync(PYTHON, ['-c', 'import json, platform, numpy, scipy, statsmodels\nprint(json.dumps({"python": platform.python_version(), "numpy": numpy.__version__, "scipy": scipy.__version__, "statsmodels": statsmodels.__version__}))'], { encoding: 'utf8' });
  if (py.status !== 0) throw new Error(`${PYTHON} cannot import NumPy, SciPy and statsmodels (.ci/install-system-deps.sh installs them):\n${py.stderr ?? py.error?.message}`);
  const sc = execFileSync('shellcheck', ['--version'], { encoding: 'utf8' });
  return { ...(JSON.parse(py.stdout) as Record<string, string>), shellcheck: /version: (\S+)/.exec(sc)?.[1] ?? sc.trim() };
}

function write(dir: string, ref: Reference, output: unknown): void {
  const fixture: ReferenceFixture = { reference: ref.name, tool: ref.tool, program: programOf(ref).split('\n'), input_sha256: inputDigest(ref.input()), output };
  const file = fixturePath(ref.name, dir);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${formatJson(fixture)}\n`);
}

function committedNames(dir = REFERENCE_DIR, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isDirectory()) return committedNames(path.join(dir, d.name), `${prefix}${d.name}/`);
    return d.name.endsWith('.json') && !(prefix === '' && d.name === VERSIONS) ? [`${prefix}${d.name.slice(0, -'.json'.length)}`] : [];
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const refs = (await definitions()).filter((r) => only === undefined || r.name.includes(only));
  const versions = toolVersions();
  const out = check ? mkdtempSync(path.join(tmpdir(), 'mlgate-references-')) : REFERENCE_DIR;
  const problems: string[] = [];
  for (const ref of refs) {
    const started = Date.now();
    const output = compute(ref);
    write(out, ref, output);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    if (!check) {
      console.log(`${ref.name} (${ref.tool}, ${secs} s)`);
      continue;
    }
    const file = fixturePath(ref.name);
    if (!existsSync(file)) {
      problems.push(`${ref.name}: no committed fixture`);
      continue;
    }
    const committed = JSON.parse(readFileSync(file, 'utf8')) as ReferenceFixture;
    const diffs: string[] = [];
    if (committed.program.join('\n') !== programOf(ref)) diffs.push('the program differs from the one in the .references.ts');
    if (committed.input_sha256 !== inputDigest(ref.input())) diffs.push('the input differs from the one the .references.ts builds');
    diffs.push(...(ref.agreement ?? closeValues(1e-12))(committed.output, output));
    console.log(`${diffs.length ? 'DIFFERS' : 'same   '} ${ref.name} (${ref.tool}, ${secs} s)`);
    problems.push(...diffs.map((d) => `${ref.name}: ${d}`));
  }
  if (only === undefined) {
    const defined = new Set(refs.map((r) => r.name));
    const orphans = committedNames().filter((n) => !defined.has(n));
    if (check) problems.push(...orphans.map((n) => `${n}: a committed fixture no .references.ts defines`));
    else for (const n of orphans) rmSync(fixturePath(n));
  }
  const versionsFile = path.join(REFERENCE_DIR, VERSIONS);
  if (!check) {
    writeFileSync(versionsFile, `${formatJson(versions)}\n`);
    console.log(`${refs.length} reference(s) written to ${path.relative(REPO_ROOT, REFERENCE_DIR)}/ with ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
    return;
  }
  const recorded = existsSync(versionsFile) ? (JSON.parse(readFileSync(versionsFile, 'utf8')) as Record<string, string>) : {};
  const changed = Object.keys(versions).filter((k) => recorded[k] !== versions[k]);
  if (changed.length) console.log(`(the fixtures were computed with ${changed.map((k) => `${k} ${recorded[k] ?? '?'}`).join(', ')}; this machine has ${changed.map((k) => `${k} ${versions[k]}`).join(', ')})`);
  if (problems.length) {
    for (const p of problems) console.error(p);
    console.error(`\n${problems.length} difference(s) between the committed reference values and ${changed.length ? 'these' : 'the'} libraries; recomputed fixtures are in ${out}. Run \`npm run references\` and review the diff.`);
    process.exit(1);
  }
  rmSync(out, { recursive: true, force: true });
  console.log(`${refs.length} reference fixture(s) agree with the live libraries (${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}).`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
