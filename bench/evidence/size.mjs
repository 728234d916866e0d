// bench/evidence: how big release evidence is, and how fast it loads (issue 18 "Size").
// Usage: node bench/evidence/size.mjs [--rows N | --rows=N]   (default 1,000,000; run it on an idle machine)
//
// Builds N per-example predictions (id,label,prediction,score) and the bench's N-row x 12-column dataset
// (bench/validate/generate.mjs), then runs the bundle the way a release job does: `mlgate promote --store local`
// profiles the dataset and stores the predictions, the profile and the metrics under .mlgate/evidence/ (gzip).
// Then `mlgate verify-evidence` reads every item back, checks its sha256 and un-gzips it, timing each item.
// Prints, per item: bytes before and after compression, and load+verify time; and the wall time of both commands.
import { execFileSync, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { configYaml, generateCsv, mulberry32 } from '../validate/generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const flag = process.argv.findIndex((a) => a === '--rows' || a.startsWith('--rows='));
const rowsText = flag < 0 ? '1000000' : process.argv[flag].includes('=') ? process.argv[flag].slice(7) : process.argv[flag + 1];
const rows = Number(rowsText);
if (!Number.isInteger(rows) || rows < 1000) {
  console.error(`--rows is '${rowsText}'; expected a whole number ≥ 1000 (the bench config asks for at least 1000 rows)`);
  process.exit(2);
}
// The bundle must know verify-evidence (a dist/ older than it does not): build it when it does not.
const bundle = path.join(root, 'dist', 'index.js');
if (!existsSync(bundle) || !readFileSync(bundle, 'utf8').includes('verify-evidence')) execFileSync('npm', ['run', '-s', 'bundle'], { cwd: root, stdio: 'inherit' });

const dir = path.join(root, 'bench', '.data', `evidence-${rows}`);
mkdirSync(dir, { recursive: true });

/** A classifier's per-example output: about 86% right, a score in [0, 1] that agrees with the prediction. */
async function generatePredictions(n, file, seed = 7) {
  const rnd = mulberry32(seed);
  const out = createWriteStream(file, { highWaterMark: 1 << 20 });
  let chunk = 'id,label,prediction,score\n';
  for (let i = 0; i < n; i++) {
    const label = rnd() < 0.3 ? 1 : 0;
    const prediction = rnd() < 0.86 ? label : 1 - label;
    const score = prediction === 1 ? 0.5 + rnd() / 2 : rnd() / 2;
    chunk += `ex${i},${label},${prediction},${score.toFixed(6)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.write(chunk);
  out.end();
  await once(out, 'finish');
}

const data = path.join(dir, 'bench.csv');
const predictions = path.join(dir, 'predictions.csv');
if (!existsSync(data)) {
  process.stdout.write(`generating ${path.relative(root, data)} ... `);
  await generateCsv(rows, data);
  console.log('done');
}
if (!existsSync(predictions)) {
  process.stdout.write(`generating ${path.relative(root, predictions)} ... `);
  await generatePredictions(rows, predictions);
  console.log('done');
}
writeFileSync(path.join(dir, 'metrics.json'), JSON.stringify({ accuracy: 0.86 }));
writeFileSync(
  path.join(dir, 'mlgate.yml'),
  `${configYaml('bench.csv')}models:\n  - name: bench-model\n    metrics: metrics.json\n    gates:\n      accuracy: { max_regression: 0.01 }\n    significance:\n      candidate: predictions.csv\n      baseline: production\n`,
);
// Every run starts from an empty store: one release, version 1.
rmSync(path.join(dir, '.mlgate'), { recursive: true, force: true });

const env = { ...process.env, GITHUB_ACTIONS: '', ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' };
function mlgate(args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'mlgate.js'), ...args, '--config', 'mlgate.yml', '--store', 'local'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { ...r, seconds };
}

const promote = mlgate(['promote', '--version', '1']);
if (promote.status !== 0) throw new Error(`mlgate promote exited ${promote.status}\n${promote.stdout}\n${promote.stderr}`);
const verify = mlgate(['verify-evidence', '--json', 'verify.json']);
if (verify.status !== 0) throw new Error(`mlgate verify-evidence exited ${verify.status} (expected 0: nothing was tampered with)\n${verify.stdout}\n${verify.stderr}`);
const result = JSON.parse(readFileSync(path.join(dir, 'verify.json'), 'utf8'));

// Raw size: the stored bytes un-gzipped (what the item was before promote packed it).
const rawSize = (item) => {
  const stored = readFileSync(path.join(dir, '.mlgate', 'evidence', item.location));
  return item.name.endsWith('.gz') ? gunzipSync(stored).length : stored.length;
};
const mib = (b) => (b < 2 ** 20 ? `${(b / 1024).toFixed(1)} KiB` : `${(b / 2 ** 20).toFixed(2)} MiB`);
console.log(`load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}; ${rows.toLocaleString('en-US')} predictions and a ${rows.toLocaleString('en-US')}-row x 12-column dataset (${mib(statSync(data).size)} CSV)`);
console.log(`${'item'.padEnd(20)} ${'raw'.padStart(12)} ${'stored (gzip)'.padStart(14)} ${'ratio'.padStart(6)} ${'load+verify'.padStart(12)}`);
for (const item of result.releases[0].items) {
  const before = rawSize(item);
  const ratio = `${(before / item.bytes).toFixed(1)}x`;
  console.log(`${item.role.padEnd(20)} ${mib(before).padStart(12)} ${mib(item.bytes).padStart(14)} ${ratio.padStart(6)} ${`${(item.load_ms / 1000).toFixed(3)} s`.padStart(12)}`);
}
console.log(`mlgate promote (profiles the dataset, hashes the files, gzips and stores the evidence): ${promote.seconds.toFixed(2)} s wall`);
console.log(`mlgate verify-evidence (every item read, sha256-checked and un-gzipped; process start included): ${verify.seconds.toFixed(2)} s wall`);
