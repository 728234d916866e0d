// Gate benchmarks (`npm run bench` runs every bench/<name>/run.mjs; or `node bench/gate/run.mjs`).
//
// 1. significance: `mlgate compare` with significance on 1,000,000 per-example rows per model and
//    2,000 bootstrap resamples (accuracy → McNemar, F1/AUC/log loss → permutation test, all four with
//    bootstrap intervals), against the same paired bootstrap vectorised in NumPy (bench/gate/
//    numpy_bootstrap.py, Debian python3-numpy/pandas), run one after the other on this machine.
//    The NumPy time counted is its bootstrap loop only (not its CSV load nor interpreter start);
//    mlgate's is the whole process wall time (start, CSV parsing, join, tests, output).
//    Target: ratio ≤ 0.5.
// 2. start-up: `mlgate compare` (no significance) on a 200-metric file vs `node -e 0`, interleaved
//    runs, medians. Target: ratio ≤ 2.5.
//
// Options: --quick (100k rows, 500 resamples: a smoke run), --only=significance|startup.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const quick = process.argv.includes('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const rows = quick ? 100_000 : 1_000_000;
const resamples = quick ? 500 : 2000;
const dir = path.join(root, 'bench', '.data', quick ? 'gate-quick' : 'gate');
const bin = path.join(root, 'bin', 'mlgate.js');
const results = [];
let failed = false;

if (!existsSync(path.join(root, 'dist', 'index.js'))) {
  console.log('building dist/ (npm run bundle)…');
  spawnSync('npm', ['run', '-s', 'bundle'], { cwd: root, stdio: 'inherit' });
}
await generate(dir, rows);
if (quick) {
  const cfg = path.join(dir, 'significance.yml');
  writeFileSync(cfg, readFileSync(cfg, 'utf8').replace('resamples: 2000', `resamples: ${resamples}`));
}

function wall(cmd, args, options = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  return { seconds, ...r };
}

/** Wall and CPU (user + system, all threads) seconds of a child, via GNU time when present. */
function timed(cmd, args, options = {}) {
  const cpuFile = path.join(dir, '.cpu-time');
  if (!existsSync('/usr/bin/time')) return { ...wall(cmd, args, options), cpu: undefined };
  const r = wall('/usr/bin/time', ['-f', '%U %S', '-o', cpuFile, cmd, ...args], options);
  const [user, sys] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { ...r, cpu: user + sys };
}

function report(name, ours, theirs, limit, detail) {
  const ratio = ours / theirs;
  const ok = ratio <= limit;
  if (!ok) failed = true;
  results.push({ name, ours, baseline: theirs, ratio, limit, ok, ...detail });
  console.log(`${ok ? 'PASS' : 'FAIL'} gate/${name}: ${ours.toFixed(3)} s vs ${theirs.toFixed(3)} s → ratio ${ratio.toFixed(3)} (limit ${limit})`);
}

if (!only || only === 'significance') {
  console.log(`gate/significance: ${rows.toLocaleString('en')} rows × ${resamples} resamples`);
  const ours = timed(process.execPath, [bin, 'compare', '--config', 'significance.yml', '--json', 'significance-result.json'], { cwd: dir });
  if (ours.status !== 0) {
    console.error(ours.stdout, ours.stderr);
    throw new Error(`mlgate compare exited ${ours.status}`);
  }
  console.log(ours.stdout.trim().split('\n').map((l) => `  ${l}`).join('\n'));
  const np = wall('/usr/bin/python3', [path.join(root, 'bench', 'gate', 'numpy_bootstrap.py'), path.join(dir, 'candidate.csv'), path.join(dir, 'baseline.csv'), String(resamples)]);
  if (np.status !== 0) throw new Error(`numpy bootstrap failed: ${np.stderr}`);
  const numpy = JSON.parse(np.stdout);
  console.log(`  numpy: load ${numpy.load_seconds.toFixed(2)} s, bootstrap ${numpy.bootstrap_seconds.toFixed(2)} s wall / ${numpy.bootstrap_cpu_seconds.toFixed(2)} s CPU (process ${np.seconds.toFixed(2)} s)`);
  // The machine may be shared: CPU seconds say how much work each side did, whatever the load.
  if (ours.cpu !== undefined) console.log(`  mlgate: ${ours.seconds.toFixed(2)} s wall, ${ours.cpu.toFixed(2)} s CPU over all threads; CPU ratio ${(ours.cpu / numpy.bootstrap_cpu_seconds).toFixed(3)} (wall on an idle ${os.availableParallelism()}-core machine ≈ CPU / cores)`);
  const ourResult = JSON.parse(readFileSync(path.join(dir, 'significance-result.json'), 'utf8'));
  for (const m of ourResult.metrics) console.log(`  ${m.name}: mlgate ci [${m.ci?.map((x) => x.toFixed(6)).join(', ')}]  numpy ci [${numpy.ci[m.name]?.map((x) => x.toFixed(6)).join(', ')}]`);
  report('significance-vs-numpy-bootstrap', ours.seconds, numpy.bootstrap_seconds, 0.5, { rows, resamples, oursCpu: ours.cpu, numpyCpu: numpy.bootstrap_cpu_seconds });
}

if (!only || only === 'startup') {
  const runs = quick ? 5 : 11;
  const floor = [];
  const compare = [];
  for (let i = 0; i < runs; i++) {
    floor.push(wall(process.execPath, ['-e', '0']).seconds);
    const r = wall(process.execPath, [bin, 'compare', '--config', 'many.yml'], { cwd: dir });
    if (r.status !== 0 && r.status !== 1) throw new Error(`mlgate compare exited ${r.status}: ${r.stderr}`);
    compare.push(r.seconds);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // The 200-metric evaluation itself, without process start: from the same run's --json timing is not
  // separable, so also report `mlgate --version` (bundle load only) to show where the time goes.
  const version = [];
  for (let i = 0; i < runs; i++) version.push(wall(process.execPath, [bin, '--version']).seconds);
  console.log(`gate/startup: node -e 0 median ${median(floor).toFixed(3)} s; mlgate --version ${median(version).toFixed(3)} s; mlgate compare (200 metrics) ${median(compare).toFixed(3)} s`);
  report('compare-200-metrics-vs-node-start', median(compare), median(floor), 2.5, { runs, versionSeconds: median(version) });
}

writeFileSync(path.join(dir, 'bench-result.json'), `${JSON.stringify(results, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;
