// bench/validate: mlgate validate vs pandas on a 1M-row x 12-column dataset with seeded violations.
// Flags: --large (also 10M rows: memory and linear time), --rows=N (default 1,000,000).
// Asserts that mlgate's failing counts equal pandas' for every check; prints wall time, rows/s,
// peak RSS and the ratios against the acceptance targets.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configYaml, generateCsv } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = path.join(root, 'bench', '.data');
const PY = '/usr/bin/python3';
const args = process.argv.slice(2);
const rowsArg = Number(args.find((a) => a.startsWith('--rows='))?.slice(7) ?? 1_000_000);
const large = args.includes('--large');
/** Runs of each measured command, interleaved: on a shared machine one run is noise, the median of several is a figure. */
const RUNS = Math.max(1, Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5));
mkdirSync(dataDir, { recursive: true });

if (!existsSync(path.join(root, 'dist', 'index.js'))) execFileSync('npm', ['run', '-s', 'bundle'], { cwd: root, stdio: 'inherit' });

/** Runs a command under /usr/bin/time; returns wall seconds, peak RSS (MiB), stdout. */
function measure(cmd, argv, cwd = dataDir, env = {}) {
  const r = spawnSync('/usr/bin/time', ['-f', '@@TIME %e %M %U %S', cmd, ...argv], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  const m = /@@TIME ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr);
  if (!m) throw new Error(`no timing from ${cmd} ${argv.join(' ')}: ${r.stderr}`);
  return { seconds: Number(m[1]), rssMiB: Number(m[2]) / 1024, cpu: Number(m[3]) + Number(m[4]), stdout: r.stdout, status: r.status, stderr: r.stderr.replace(/@@TIME.*\n?/, '') };
}

async function ensureCsv(rows) {
  const file = path.join(dataDir, `validate-${rows}.csv`);
  if (!existsSync(file)) {
    process.stdout.write(`generating ${file} ... `);
    await generateCsv(rows, file);
    console.log('done');
  }
  return file;
}

async function ensureParquet(csv, codec) {
  const file = csv.replace(/\.csv$/, `.${codec}.parquet`);
  if (existsSync(file)) return file;
  let duckdb;
  try {
    duckdb = await import('@duckdb/node-api');
  } catch {
    console.log(`(skipping Parquet: @duckdb/node-api is not installed)`);
    return undefined;
  }
  const inst = await duckdb.DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  const cols = "{'id':'BIGINT','user':'VARCHAR','age':'INTEGER','income':'DOUBLE','score':'DOUBLE','country':'VARCHAR','email':'VARCHAR','signup':'TIMESTAMP','label':'INTEGER','is_active':'BOOLEAN','city':'VARCHAR','note':'VARCHAR'}";
  await con.run(`COPY (SELECT * FROM read_csv('${csv}', header=true, columns=${cols})) TO '${file}' (FORMAT parquet, COMPRESSION ${codec})`);
  con.closeSync?.();
  return file;
}

function mlgateCounts(json) {
  const out = {};
  const ds = json.datasets[0];
  out.rows = ds.rows;
  for (const c of ds.checks) {
    if (c.check === 'rows') continue;
    const key = c.column ? `${c.column}.${c.check}` : c.check;
    out[key] = c.failing;
  }
  return out;
}

function compare(mine, theirs, label) {
  const problems = [];
  for (const [k, v] of Object.entries(theirs)) {
    if (k === 'seconds') continue;
    if (!(k in mine)) problems.push(`${k}: pandas ${v}, mlgate has no such check`);
    else if (mine[k] !== v) problems.push(`${k}: pandas ${v}, mlgate ${mine[k]}`);
  }
  if (problems.length) {
    console.error(`FINDINGS DIFFER (${label}):\n  ${problems.join('\n  ')}`);
    return false;
  }
  console.log(`findings equal pandas' (${label}): ${Object.keys(theirs).filter((k) => k !== 'seconds').length} counts`);
  return true;
}

function runMlgate(dataFile, tag, env = {}, node = process.execPath) {
  const cfg = path.join(dataDir, `validate-${tag}.yml`);
  writeFileSync(cfg, configYaml(path.basename(dataFile)));
  const out = path.join(dataDir, `validate-${tag}.json`);
  const m = measure(node, [path.join(root, 'bin', 'mlgate.js'), 'validate', '--config', cfg, '--json', out], dataDir, env);
  if (m.status !== 1) throw new Error(`mlgate validate exited ${m.status} (expected 1: the data has seeded violations)\n${m.stderr}`);
  return { ...m, counts: mlgateCounts(JSON.parse(readFileSync(out, 'utf8'))) };
}

/** Median wall and cpu time, highest peak RSS and the wall range of several runs of one command. */
function summarize(runs) {
  const median = (xs) => {
    const a = [...xs].sort((x, y) => x - y);
    return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  };
  const walls = runs.map((r) => r.seconds);
  return { ...runs[0], seconds: median(walls), cpu: median(runs.map((r) => r.cpu)), rssMiB: Math.max(...runs.map((r) => r.rssMiB)), range: [Math.min(...walls), Math.max(...walls)], runs: runs.length };
}

/** Runs each of `commands` RUNS times, one after the other in turn; their summaries. */
function interleaved(commands) {
  const all = commands.map(() => []);
  for (let r = 0; r < RUNS; r++) commands.forEach((run, k) => all[k].push(run()));
  for (const runs of all) {
    const counts = runs.map((x) => JSON.stringify(x.counts ?? null));
    if (new Set(counts).size > 1) throw new Error(`runs of one command found different counts: ${counts.join(' / ')}`);
  }
  return all.map(summarize);
}

const fmt = (x, d = 2) => x.toFixed(d);

/** Node 24, the runtime of the actions (`runs.using: node24`), when it can be had: MLGATE_BENCH_NODE24, else npx. */
function node24() {
  const fromEnv = process.env.MLGATE_BENCH_NODE24;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  try {
    const out = execFileSync('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 300_000 });
    const bin = out.trim().split('\n').at(-1).trim();
    return existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}
const rows = [];
const line = (name, m, n) => {
  rows.push({ name, s: m.seconds, rps: n / m.seconds, rss: m.rssMiB });
  const spread = m.runs > 1 ? `  (median of ${m.runs}: ${fmt(m.range[0])}-${fmt(m.range[1])} s)` : '';
  console.log(`${name.padEnd(40)} ${fmt(m.seconds).padStart(7)} s wall ${fmt(m.cpu).padStart(7)} s cpu ${Math.round(n / m.seconds).toLocaleString('en-US').padStart(11)} rows/s ${fmt(m.rssMiB, 0).padStart(6)} MiB${spread}`);
};
let ok = true;
const verdicts = [];
const target = (label, pass, detail) => {
  verdicts.push(`${pass ? 'PASS' : 'MISS'} ${label}: ${detail}`);
};

const csv = await ensureCsv(rowsArg);
console.log(`load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} (the machine is shared: ratios are side by side)`);
console.log(`data: ${path.relative(root, csv)} (${(statSync(csv).size / 2 ** 20).toFixed(0)} MiB, ${rowsArg.toLocaleString('en-US')} rows x 12 columns); ${(await import('node:os')).cpus().length} cores`);
console.log(`each command runs ${RUNS} times, in turn with the others; wall and cpu are medians, RSS the highest (--runs=N)`);
const n24 = node24();
const nodeMajor = process.versions.node.split('.')[0];
console.log(`mlgate runs under this machine's node (${process.version})${n24 ? ` and under Node 24, the actions' runtime (${execFileSync(n24, ['--version'], { encoding: 'utf8' }).trim()})` : ' (Node 24 not found: set MLGATE_BENCH_NODE24)'}`);
const [mine, single, pandas, floor, mine24] = interleaved([
  () => runMlgate(csv, 'csv'),
  () => runMlgate(csv, 'csv-1', { MLGATE_THREADS: '1' }),
  () => {
    const m = measure(PY, [path.join(root, 'bench', 'validate', 'pandas_checks.py'), csv]);
    const { seconds: _inner, ...counts } = JSON.parse(m.stdout);
    return { ...m, counts };
  },
  () => measure(PY, [path.join(root, 'bench', 'validate', 'pandas_checks.py'), csv, '--raw']),
  ...(n24 ? [() => runMlgate(csv, 'csv-node24', {}, n24)] : []),
]);
line(`mlgate validate (CSV, worker threads)`, mine, rowsArg);
if (mine24) line('mlgate validate (CSV, threads, Node 24)', mine24, rowsArg);
line('mlgate validate (CSV, one thread)', single, rowsArg);
line('pandas read_csv + checks', pandas, rowsArg);
line('pandas read_csv only (floor)', floor, rowsArg);
const pandasCounts = pandas.counts;
ok = compare(mine.counts, pandasCounts, 'CSV') && ok;
ok = compare(single.counts, pandasCounts, 'CSV, one thread') && ok;
if (mine24) ok = compare(mine24.counts, pandasCounts, 'CSV, Node 24') && ok;
target('CSV one thread <= 0.33 x pandas', single.seconds / pandas.seconds <= 0.33, `${fmt(single.seconds / pandas.seconds)} x wall (cpu: ${fmt(single.cpu / pandas.cpu)} x)`);
target('CSV one thread peak RSS <= 160 MiB', single.rssMiB <= 160, `${fmt(single.rssMiB, 0)} MiB`);
for (const [m, runtime] of [[mine, `Node ${nodeMajor}`], ...(mine24 ? [[mine24, 'Node 24']] : [])]) {
  const ratio = m.seconds / pandas.seconds;
  target(`CSV time <= 0.33 x pandas (${runtime})`, ratio <= 0.33, `${fmt(ratio)} x wall (cpu: ${fmt(m.cpu / pandas.cpu)} x)`);
  target(`CSV >= 1M rows/s (${runtime})`, rowsArg / m.seconds >= 1e6, `${Math.round(rowsArg / m.seconds).toLocaleString('en-US')} rows/s`);
  target(`CSV peak RSS <= 160 MiB (${runtime})`, m.rssMiB <= 160, `${fmt(m.rssMiB, 0)} MiB`);
}

for (const codec of ['snappy', 'zstd']) {
  const pq = await ensureParquet(csv, codec);
  if (!pq) break;
  const [m] = interleaved([() => runMlgate(pq, codec)]);
  line(`mlgate validate (Parquet ${codec})`, m, rowsArg);
  ok = compare(m.counts, { ...pandasCounts, duplicates: pandasCounts.duplicates }, `Parquet ${codec}`) && ok;
  const r = m.seconds / pandas.seconds;
  target(`Parquet ${codec} <= 0.6 x pandas-on-CSV`, r <= 0.6, `${fmt(r)} x wall (cpu: ${fmt(m.cpu / pandas.cpu)} x)`);
  target(`Parquet ${codec} peak RSS <= 300 MiB`, m.rssMiB <= 300, `${fmt(m.rssMiB, 0)} MiB`);
}

if (large) {
  const big = await ensureCsv(rowsArg * 10);
  const m = runMlgate(big, 'csv-large');
  line(`mlgate validate (CSV, ${(rowsArg * 10).toLocaleString('en-US')} rows)`, m, rowsArg * 10);
  target('10x rows peak RSS <= 400 MiB', m.rssMiB <= 400, `${fmt(m.rssMiB, 0)} MiB`);
  const growth = m.seconds / mine.seconds;
  target('10x rows time grows linearly', growth <= 12.5, `${fmt(growth, 1)} x the wall time, ${fmt(m.cpu / mine.cpu, 1)} x the cpu time for 10 x the rows`);
}

console.log('');
for (const v of verdicts) console.log(v);
if (!ok) process.exit(1);
