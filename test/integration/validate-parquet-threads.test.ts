import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetMetadata } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeBinary } from '../harness/index.js';

// Drives the bundle (dist/, built by `npm test`): worker threads only run from the bundle.
const root = path.resolve(import.meta.dirname, '../..');

const yaml = `version: 1
datasets:
  - name: big
    path: big.parquet
    columns:
      id: { type: integer, unique: true }
      name: { pattern: '^n\\d+$', unique: true }
      score: { type: number, max: 90, nullable: false }
      day: { type: date, max: '2026-06-30' }
      flag: { type: boolean }
    duplicates: 0
`;

let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'mlgate-parquet-threads-'));
  writeFileSync(path.join(dir, 'mlgate.yml'), yaml);
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  // 300,000 rows: repeated ids, repeated names (a dictionary-encoded column), nulls, out-of-range
  // scores, bad names, and every 4001st row written twice (duplicate rows).
  const rows = `SELECT CASE WHEN i % 997 = 0 AND i > 0 THEN i - 1 ELSE i END::BIGINT AS id,
      CASE WHEN i % 13 = 0 THEN 'bad name!' ELSE 'n' || (i % 50000) END AS name,
      CASE WHEN i % 101 = 0 THEN NULL ELSE ((i * 7919) % 1000) / 10.0 END::DOUBLE AS score,
      DATE '2026-01-01' + (i % 365)::INTEGER AS day,
      (i % 3 = 0) AS flag
    FROM range(300000) t(i)`;
  const file = path.join(dir, 'big.parquet');
  // Row groups of 200,000 rows (two worker tasks each: the second starts inside the group) and the rest.
  await con.run(`COPY (SELECT * FROM (${rows}) UNION ALL SELECT * FROM (${rows}) WHERE id % 4001 = 0 ORDER BY id) TO '${file}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 200000)`);
  con.closeSync();
});

function run(threads: string, cwd = dir, nodeArgs: string[] = [], node = process.execPath): { status: number | null; stderr: string; json: string } {
  const r = spawnSync(node, [...nodeArgs, path.join(root, 'bin', 'mlgate.js'), 'validate', '--json', `r${threads}.json`], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, MLGATE_THREADS: threads, MLGATE_PARALLEL_MIN_BYTES: '1000' },
  });
  return { status: r.status, stderr: r.stderr, json: r.status === 1 ? readFileSync(path.join(cwd, `r${threads}.json`), 'utf8') : '' };
}

describe('mlgate validate of Parquet on worker threads (bundle)', () => {
  it('gives exactly the one-thread result (counts and first examples, with row indexes)', () => {
    const md = parquetMetadata(readFileSync(path.join(dir, 'big.parquet')));
    expect(md.row_groups.some((g) => Number(g.num_rows) > 131_072)).toBe(true);
    const one = run('1');
    // Node writes one CPU profile per thread: proof of which threads did what.
    const ran = (threads: string): { run: ReturnType<typeof run>; threadsRunning: (...fns: string[]) => number } => {
      const profiles = mkdtempSync(path.join(tmpdir(), 'mlgate-parquet-threads-prof-'));
      const r = run(threads, dir, ['--cpu-prof', `--cpu-prof-dir=${profiles}`]);
      const functions = readdirSync(profiles)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => new Set((JSON.parse(readFileSync(path.join(profiles, f), 'utf8')) as { nodes: { callFrame: { functionName: string } }[] }).nodes.map((n) => n.callFrame.functionName)));
      return { run: r, threadsRunning: (...fns) => functions.filter((names) => fns.some((fn) => names.has(fn))).length };
    };
    // Two threads: a worker decodes the pages (feedPages) while this thread checks them; nobody runs row-group tasks.
    // A profile samples the stacks every ~1 ms, and feedPages itself is on its thread's stack only until its first
    // await: the worker's page loop is looked for under each name it runs by (its loop, each page's event, its send).
    const piped = ran('2');
    expect(piped.threadsRunning('feedPages', 'feed', 'nextEvent', 'post')).toBe(1);
    expect(piped.threadsRunning('checkBatch')).toBe(0);
    // Three: row groups in parallel, each thread reading and checking the tasks it takes (`checkBatch`).
    const groups = ran('3');
    expect(groups.threadsRunning('checkBatch')).toBeGreaterThanOrEqual(2);
    const two = piped.run;
    expect(one.status, one.stderr).toBe(1);
    expect(two.status, two.stderr).toBe(1);
    expect(groups.run.status, groups.run.stderr).toBe(1);
    expect(JSON.parse(groups.run.json)).toEqual(JSON.parse(one.json));
    expect(JSON.parse(two.json)).toEqual(JSON.parse(one.json));
    const result = JSON.parse(one.json) as { datasets: { checks: { column?: string; check: string; failing: number; examples: { row?: number; line?: number }[] }[] }[] };
    const checks = result.datasets[0]!.checks;
    const failing = Object.fromEntries(checks.map((c) => [`${c.column ?? ''}.${c.check}`, c.failing]));
    expect(failing['id.unique']).toBeGreaterThan(300);
    expect(failing['name.unique']).toBeGreaterThan(200_000);
    expect(failing['.duplicates']).toBeGreaterThan(50);
    expect(failing['score.nullable']).toBeGreaterThan(2000);
    for (const c of checks) for (const e of c.examples) expect(e.line).toBeUndefined();
    const dup = checks.find((c) => c.check === 'duplicates')!;
    expect(dup.examples[0]!.row).toBeGreaterThan(0);
  });

  it('names the file and the damage when a worker meets a corrupt page', () => {
    const bad = mkdtempSync(path.join(tmpdir(), 'mlgate-parquet-threads-bad-'));
    writeFileSync(path.join(bad, 'mlgate.yml'), yaml);
    const bytes = readFileSync(path.join(dir, 'big.parquet'));
    const md = parquetMetadata(bytes);
    // Damage the pages of the last row group's first column.
    const chunk = md.row_groups[md.row_groups.length - 1]!.columns[0]!.meta_data!;
    const start = Number(chunk.dictionary_page_offset || chunk.data_page_offset);
    for (let k = start + 40; k < start + 400; k++) bytes[k] = bytes[k]! ^ 0x5a;
    writeFileSync(path.join(bad, 'big.parquet'), bytes);
    const messages = ['1', '2', '3'].map((threads) => {
      const r = run(threads, bad);
      expect(r.status).toBe(2);
      return r.stderr;
    });
    expect(messages[0]).toMatch(/big\.parquet: cannot read Parquet: column "id", row group \d+: .* \(the file is truncated, corrupt or not Parquet\)/);
    expect(messages[1]).toBe(messages[0]);
    expect(messages[2]).toBe(messages[0]);
  });

  it("reads zstd pages with Node's own zstd where Node has it (node24) and answers as the WebAssembly decoder does (Node 20)", () => {
    const node24 = nodeBinary(24);
    const profiles = mkdtempSync(path.join(tmpdir(), 'mlgate-parquet-zstd-prof-'));
    // Sampled every 50 µs: at the default 1 ms, the few ms of native zstd work can fall between samples.
    const native = run('1', dir, ['--cpu-prof', '--cpu-prof-interval=50', `--cpu-prof-dir=${profiles}`], node24);
    const wasm = run('1', dir, [], nodeBinary(20));
    expect(native.status, native.stderr).toBe(1);
    expect(wasm.status, wasm.stderr).toBe(1);
    expect(JSON.parse(native.json)).toEqual(JSON.parse(wasm.json));
    // Node's zstd decompressor (node:zlib's ZstdDecompress) ran in the Node 24 process.
    const called = readdirSync(profiles).some((f) => (JSON.parse(readFileSync(path.join(profiles, f), 'utf8')) as { nodes: { callFrame: { functionName: string; url: string } }[] }).nodes.some((n) => n.callFrame.functionName === 'ZstdDecompress' && n.callFrame.url === 'node:zlib'));
    expect(called).toBe(true);
    // A damaged page is named the same way by either decoder.
    const bad = mkdtempSync(path.join(tmpdir(), 'mlgate-parquet-zstd-bad-'));
    writeFileSync(path.join(bad, 'mlgate.yml'), yaml);
    const bytes = readFileSync(path.join(dir, 'big.parquet'));
    const chunk = parquetMetadata(bytes).row_groups[0]!.columns[1]!.meta_data!;
    const start = Number(chunk.dictionary_page_offset || chunk.data_page_offset);
    for (let k = start + 40; k < start + 400; k++) bytes[k] = bytes[k]! ^ 0x5a;
    writeFileSync(path.join(bad, 'big.parquet'), bytes);
    for (const node of [node24, nodeBinary(20)]) {
      const r = run('1', bad, [], node);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/big\.parquet: cannot read Parquet: column "name", row group 0: .* \(the file is truncated, corrupt or not Parquet\)/);
    }
  });
});
