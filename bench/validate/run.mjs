// bench/validate: mlgate validate on a 1M-row x 12-column dataset with seeded violations, as CSV, JSON Lines and
// Parquet (snappy, zstd), side by side with DuckDB native (2 threads, one aggregate query straight from the file)
// and, for CSV, pandas. Flags: --large (also 10x the rows: memory and linear time, progress on stderr),
// --rows=N (default 1,000,000), --runs=N (default 5).
// Asserts that mlgate's failing counts equal DuckDB's (and pandas') for every check; prints wall time, rows/s,
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

/** The CSV's rows written by DuckDB as Parquet (`codec`: snappy, zstd) or as JSON Lines (`codec`: jsonl). */
async function ensureConverted(csv, codec) {
  const file = csv.replace(/\.csv$/, codec === 'jsonl' ? '.jsonl' : `.${codec}.parquet`);
  if (existsSync(file)) return file;
  let duckdb;
  try {
    duckdb = await import('@duckdb/node-api');
  } catch {
    throw new Error('@duckdb/node-api (a devDependency) is not installed: run npm ci');
  }
  process.stdout.write(`writing ${path.relative(root, file)} with DuckDB ... `);
  const inst = await duckdb.DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  const cols = "{'id':'BIGINT','user':'VARCHAR','age':'INTEGER','income':'DOUBLE','score':'DOUBLE','country':'VARCHAR','email':'VARCHAR','signup':'TIMESTAMP','label':'INTEGER','is_active':'BOOLEAN','city':'VARCHAR','note':'VARCHAR'}";
  const format = codec === 'jsonl' ? 'FORMAT json' : `FORMAT parquet, COMPRESSION ${codec}`;
  await con.run(`COPY (SELECT * FROM read_csv('${csv}', header=true, columns=${cols})) TO '${file}' (${format})`);
  con.closeSync?.();
  console.log('done');
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

/** True when `mine` has every count of `theirs` (by `who`) with the same value; prints what differs. */
function compare(mine, theirs, label, who = 'pandas', me = 'mlgate') {
  const problems = [];
  for (const [k, v] of Object.entries(theirs)) {
    if (k === 'seconds') continue;
    if (!(k in mine)) problems.push(`${k}: ${who} ${v}, ${me} has no such check`);
    else if (mine[k] !== v) problems.push(`${k}: ${who} ${v}, ${me} ${mine[k]}`);
  }
  if (problems.length) {
    console.error(`FINDINGS DIFFER (${label}):\n  ${problems.join('\n  ')}`);
    return false;
  }
  console.log(`${me}'s findings equal ${who}'s (${label}): ${Object.keys(theirs).filter((k) => k !== 'seconds').length} counts`);
  return true;
}

/** pandas_checks.py on the CSV (Debian's python3 with pandas: .ci/install-system-deps.sh installs it). */
function pandasRun(csv, ...flags) {
  const m = measure(PY, [path.join(root, 'bench', 'validate', 'pandas_checks.py'), csv, ...flags]);
  if (m.status !== 0) throw new Error(`pandas_checks.py exited ${m.status} (is pandas installed for ${PY}? bash .ci/install-system-deps.sh installs it)\n${m.stderr}`);
  return m;
}

function runDuckdb(dataFile) {
  const m = measure(process.execPath, [path.join(root, 'bench', 'validate', 'duckdb_checks.mjs'), dataFile]);
  if (m.status !== 0) throw new Error(`duckdb_checks.mjs exited ${m.status}\n${m.stderr}`);
  const { seconds: _inner, ...counts } = JSON.parse(m.stdout);
  return { ...m, counts };
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
const os = await import('node:os');
console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} (the machine is shared: ratios are side by side)`);
console.log(`data: ${path.relative(root, csv)} (${(statSync(csv).size / 2 ** 20).toFixed(0)} MiB, ${rowsArg.toLocaleString('en-US')} rows x 12 columns); ${os.cpus().length} cores`);
console.log(`each command runs ${RUNS} times, in turn with the others; wall and cpu are medians, RSS the highest (--runs=N)`);
const n24 = node24();
const nodeMajor = process.versions.node.split('.')[0];
console.log(`mlgate runs under this machine's node (${process.version})${n24 ? ` and under Node 24, the actions' runtime (${execFileSync(n24, ['--version'], { encoding: 'utf8' }).trim()})` : ' (Node 24 not found: set MLGATE_BENCH_NODE24)'}`);
const runtimes = [[process.execPath, `Node ${nodeMajor}`], ...(n24 ? [[n24, 'Node 24']] : [])];

// CSV: mlgate (threads, one thread, each runtime), DuckDB, pandas and pandas' bare read, in turn.
const [duckCsv, pandas, floor, single, ...mineCsv] = interleaved([
  () => runDuckdb(csv),
  () => {
    const m = pandasRun(csv);
    const { seconds: _inner, ...counts } = JSON.parse(m.stdout);
    return { ...m, counts };
  },
  () => pandasRun(csv, '--raw'),
  () => runMlgate(csv, 'csv-1', { MLGATE_THREADS: '1' }),
  ...runtimes.map(([node], k) => () => runMlgate(csv, k ? 'csv-node24' : 'csv', {}, node)),
]);
for (const [k, [, runtime]] of runtimes.entries()) line(`mlgate validate (CSV, threads, ${runtime})`, mineCsv[k], rowsArg);
line('mlgate validate (CSV, one thread)', single, rowsArg);
line('DuckDB native (CSV, 2 threads)', duckCsv, rowsArg);
line('pandas read_csv + checks', pandas, rowsArg);
line('pandas read_csv only (floor)', floor, rowsArg);
const pandasCounts = pandas.counts;
ok = compare(duckCsv.counts, pandasCounts, 'CSV', 'pandas', 'DuckDB') && ok;
for (const [k, [, runtime]] of runtimes.entries()) ok = compare(mineCsv[k].counts, duckCsv.counts, `CSV, ${runtime}`, 'DuckDB') && ok;
ok = compare(single.counts, duckCsv.counts, 'CSV, one thread', 'DuckDB') && ok;
target('CSV one thread <= 0.33 x pandas', single.seconds / pandas.seconds <= 0.33, `${fmt(single.seconds / pandas.seconds)} x wall (cpu: ${fmt(single.cpu / pandas.cpu)} x)`);

/** The issue's targets against DuckDB for one format, for each runtime. */
const FORMATS = [
  { name: 'CSV', codec: undefined, limit: 0.9 },
  { name: 'JSON Lines', codec: 'jsonl', limit: 1.0 },
  { name: 'Parquet snappy', codec: 'snappy', limit: 1.25 },
  { name: 'Parquet zstd', codec: 'zstd', limit: 1.25 },
];
const measured = new Map();
for (const format of FORMATS) {
  let duck = duckCsv;
  let mine = mineCsv;
  let file = csv;
  if (format.codec) {
    file = await ensureConverted(csv, format.codec);
    [duck, ...mine] = interleaved([() => runDuckdb(file), ...runtimes.map(([node], k) => () => runMlgate(file, `${format.codec}${k ? '-node24' : ''}`, {}, node))]);
    for (const [k, [, runtime]] of runtimes.entries()) line(`mlgate validate (${format.name}, ${runtime})`, mine[k], rowsArg);
    line(`DuckDB native (${format.name}, 2 threads)`, duck, rowsArg);
    ok = compare(duck.counts, pandasCounts, format.name, 'pandas on the CSV', 'DuckDB') && ok;
    for (const [k, [, runtime]] of runtimes.entries()) ok = compare(mine[k].counts, duck.counts, `${format.name}, ${runtime}`, 'DuckDB') && ok;
  }
  measured.set(format.name, { file, mine });
  for (const [k, [, runtime]] of runtimes.entries()) {
    const m = mine[k];
    const ratio = m.seconds / duck.seconds;
    target(`${format.name} <= ${format.limit} x DuckDB (${runtime})`, ratio <= format.limit, `${fmt(ratio)} x wall (${fmt(m.seconds)} s against ${fmt(duck.seconds)} s; cpu: ${fmt(m.cpu / duck.cpu)} x)`);
    target(`${format.name} peak RSS <= 300 MiB (${runtime})`, m.rssMiB <= 300, `${fmt(m.rssMiB, 0)} MiB`);
  }
}

if (large) {
  // 10x the rows, each format once under this machine's node: time grows linearly, memory stays bounded, and the
  // long run reports progress on stderr (a plain line every few seconds when stderr is not a terminal).
  const bigCsv = await ensureCsv(rowsArg * 10);
  const bigRows = rowsArg * 10;
  for (const format of FORMATS) {
    const file = format.codec ? await ensureConverted(bigCsv, format.codec) : bigCsv;
    const m = runMlgate(file, `large-${format.codec ?? 'csv'}`);
    line(`mlgate validate (${format.name}, ${bigRows.toLocaleString('en-US')} rows)`, m, bigRows);
    const small = measured.get(format.name).mine[0];
    const growth = m.seconds / small.seconds;
    target(`${format.name} 10x rows time <= 10.5 x`, growth <= 10.5, `${fmt(growth, 1)} x the wall time, ${fmt(m.cpu / small.cpu, 1)} x the cpu time for 10 x the rows`);
    target(`${format.name} 10x rows peak RSS <= 400 MiB`, m.rssMiB <= 400, `${fmt(m.rssMiB, 0)} MiB`);
    const progress = m.stderr.split('\n').filter((l) => l.startsWith('reading '));
    target(`${format.name} 10x rows shows progress on stderr (not a terminal)`, progress.length > 0, progress.length ? `${progress.length} line(s), last: ${progress.at(-1).trim()}` : 'no progress line');
  }
  // The terminal form: the same run under a pseudo-terminal (util-linux `script`), where the line is rewritten in place.
  const cfg = path.join(dataDir, 'validate-large-csv.yml');
  const tty = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(root, 'bin', 'mlgate.js'))} validate --config ${JSON.stringify(cfg)}`, '/dev/null'], { cwd: dataDir, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, CI: '', TERM: 'xterm' } });
  const live = (tty.stdout ?? '').split('\r').filter((l) => /reading bench: [\d,]+ rows/.test(l));
  target('CSV 10x rows shows a live progress line on a terminal', live.length > 1 && tty.stdout.includes('\x1b[K'), tty.error ? `script: ${tty.error.message}` : `${live.length} rewrites of the line`);
}

console.log('');
for (const v of verdicts) console.log(v);
if (!ok) process.exit(1);
