// bench/drift: `mlgate validate` drift of 1M rows vs a 1M-row reference (12 columns) against pandas +
// SciPy computing the same statistics, side by side; then again with the reference's profile cached.
// Flags: --rows=N (default 1,000,000). Checks that the scores agree (exact: 1e-6; cached profile:
// within each result's error_bound) and prints the ratios against the targets (≤ 0.5 x, ≤ 0.25 x).
// Then drift on every column of the validate bench's 1M rows (text columns with a value per row included: user,
// email, signup) against a reference generated with another seed, reference read from the data (no cache):
// target ≤ 2 s and ≤ 400 MiB, the median of --runs=N runs (default 5, as bench/validate; each from an empty cache).
// --every-column-only runs just that line.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCsv } from './generate.mjs';
import { generateCsv as generateValidateCsv } from '../validate/generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.join(root, 'bench', '.data', 'drift');
const PY = '/usr/bin/python3';
const rows = Number(process.argv.find((a) => a.startsWith('--rows='))?.slice(7) ?? 1_000_000);
const everyColumnOnly = process.argv.includes('--every-column-only');
const RUNS = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5));
mkdirSync(dataDir, { recursive: true });
if (!existsSync(path.join(root, 'dist', 'index.js'))) execFileSync('npm', ['run', '-s', 'bundle'], { cwd: root, stdio: 'inherit' });

function measure(cmd, argv, env = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', '@@TIME %e %M', cmd, ...argv], { cwd: dataDir, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  const m = /@@TIME ([\d.]+) (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no timing from ${cmd} ${argv.join(' ')}: ${r.stderr}`);
  return { seconds: Number(m[1]), rssMiB: Number(m[2]) / 1024, stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const ref = path.join(dataDir, `reference-${rows}.csv`);
const cur = path.join(dataDir, `current-${rows}.csv`);
for (const [file, seed, shift] of everyColumnOnly ? [] : [[ref, 1, 0], [cur, 2, 1]]) {
  if (!existsSync(file)) {
    process.stdout.write(`generating ${path.relative(root, file)} ... `);
    await generateCsv(file, rows, seed, shift);
    console.log('done');
  }
}
const cfg = path.join(dataDir, 'mlgate.yml');
writeFileSync(cfg, `version: 1\ndatasets:\n  - name: current\n    path: ${path.basename(cur)}\n    drift:\n      reference: ${path.basename(ref)}\n      method: auto\n`);
const cacheDir = path.join(dataDir, 'cache');
rmSync(cacheDir, { recursive: true, force: true });
rmSync(path.join(dataDir, '.mlgate'), { recursive: true, force: true });

const env = { MLGATE_CACHE_DIR: cacheDir, GITHUB_ACTIONS: '', ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' };
const runMlgate = (tag) => {
  const out = path.join(dataDir, `drift-${tag}.json`);
  const m = measure(process.execPath, [path.join(root, 'bin', 'mlgate.js'), 'validate', '--config', cfg, '--json', out], env);
  if (m.status !== 1) throw new Error(`mlgate validate exited ${m.status} (expected 1: the current data drifted)\n${m.stderr}`);
  return { ...m, drift: JSON.parse(readFileSync(out, 'utf8')).datasets[0].drift };
};

const fmt = (x, d = 2) => x.toFixed(d);
const show = (name, m) => console.log(`${name.padEnd(44)} ${fmt(m.seconds).padStart(7)} s ${fmt(m.rssMiB, 0).padStart(6)} MiB`);

/** Drift on every column of the validate bench's data (its file and seed, 42) against a reference drawn with seed 7. */
async function everyColumn() {
  const validateDir = path.join(root, 'bench', '.data');
  const current = path.join(validateDir, 'validate-1000000.csv');
  const reference = path.join(dataDir, 'validate-reference-1000000.csv');
  for (const [file, seed] of [[current, 42], [reference, 7]]) {
    if (!existsSync(file)) {
      process.stdout.write(`generating ${path.relative(root, file)} ... `);
      await generateValidateCsv(1_000_000, file, seed);
      console.log('done');
    }
  }
  const config = path.join(dataDir, 'every-column.yml');
  writeFileSync(config, `version: 1\ndatasets:\n  - name: current\n    path: ${current}\n    drift:\n      reference: ${reference}\n      method: auto\n`);
  const cache = path.join(dataDir, 'cache-every-column');
  const out = path.join(dataDir, 'drift-every-column.json');
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    // Every run reads the reference data: nothing of an earlier run's is cached.
    rmSync(cache, { recursive: true, force: true });
    rmSync(path.join(dataDir, '.mlgate'), { recursive: true, force: true });
    const run = measure(process.execPath, [path.join(root, 'bin', 'mlgate.js'), 'validate', '--config', config, '--json', out, '--quiet'], { ...env, MLGATE_CACHE_DIR: cache });
    if (run.status !== 0 && run.status !== 1) throw new Error(`mlgate validate exited ${run.status}\n${run.stderr}`);
    runs.push(run);
  }
  const walls = runs.map((r) => r.seconds).sort((a, b) => a - b);
  const median = walls.length % 2 ? walls[(walls.length - 1) / 2] : (walls[walls.length / 2 - 1] + walls[walls.length / 2]) / 2;
  const m = { seconds: median, rssMiB: Math.max(...runs.map((r) => r.rssMiB)) };
  const drift = JSON.parse(readFileSync(out, 'utf8')).datasets[0].drift;
  show(`mlgate validate, drift on every column (12)${RUNS > 1 ? `, median of ${RUNS}` : ''}`, m);
  if (RUNS > 1) console.log(`runs: ${runs.map((r) => fmt(r.seconds)).join(' ')} s (peak RSS the highest)`);
  const compared = drift.filter((d) => d.status !== 'skipped');
  const approximate = drift.filter((d) => d.message?.startsWith('approximate:')).map((d) => `${d.column} ±${fmt(d.error_bound, 3)}`);
  console.log(`columns compared: ${compared.length} of ${drift.length}; approximate (capped tables): ${approximate.join(', ') || 'none'}`);
  const ok = compared.length === drift.length && m.seconds <= 2 && m.rssMiB <= 400;
  console.log(`${ok ? 'PASS' : 'MISS'} drift on every column of the validate bench's 1M rows <= 2 s, <= 400 MiB: ${fmt(m.seconds)} s, ${fmt(m.rssMiB, 0)} MiB`);
}

if (everyColumnOnly) {
  await everyColumn();
  process.exit(0);
}
console.log(`data: 2 x ${rows.toLocaleString('en-US')} rows x 12 columns (CSV); ${(await import('node:os')).cpus().length} cores`);
const pandas = measure(PY, [path.join(root, 'bench', 'drift', 'pandas_drift.py'), ref, cur]);
if (pandas.status !== 0) throw new Error(pandas.stderr);
show('pandas read_csv x2 + SciPy statistics', pandas);
const cold = runMlgate('exact');
show('mlgate validate, drift vs reference data', cold);
const warm = runMlgate('cached');
show('mlgate validate, drift vs cached profile', warm);

const theirs = JSON.parse(pandas.stdout);
let ok = true;
for (const [label, run, exact] of [['exact', cold, true], ['cached profile', warm, false]]) {
  let worst = 0;
  for (const d of run.drift) {
    const [method, score] = theirs[d.column] ?? [];
    if (method !== d.method) {
      console.error(`${label}: ${d.column}: method ${d.method}, pandas side used ${method}`);
      ok = false;
      continue;
    }
    const diff = Math.abs(d.score - score);
    const allowed = exact ? 1e-6 * Math.max(1, Math.abs(score)) : (d.error_bound ?? 1e-6) + 1e-9;
    worst = Math.max(worst, diff);
    if (diff > allowed) {
      console.error(`${label}: ${d.column} ${d.method}: mlgate ${d.score}, SciPy ${score} (allowed ${allowed})`);
      ok = false;
    }
  }
  console.log(`scores vs SciPy (${label}): ${run.drift.length} columns, largest difference ${worst.toExponential(2)}${exact ? ' (limit 1e-6)' : ' (each within its error_bound)'}`);
}
const r1 = cold.seconds / pandas.seconds;
const r2 = warm.seconds / pandas.seconds;
console.log('');
console.log(`${r1 <= 0.5 ? 'PASS' : 'MISS'} drift vs reference data <= 0.5 x pandas+SciPy: ${fmt(r1)} x`);
console.log(`${r2 <= 0.25 ? 'PASS' : 'MISS'} drift vs cached reference profile <= 0.25 x pandas+SciPy: ${fmt(r2)} x`);
await everyColumn();
if (!ok) process.exit(1);
