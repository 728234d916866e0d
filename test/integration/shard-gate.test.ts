/**
 * Shards that spare the gate (issue 20): the PR workflow's commands as mlgate-pr.yml wires them — `profile` of
 * shard i/4 in four workspaces of their own (matrix jobs), `merge-profiles`, then `check` given the shard profiles
 * in a workspace without the data — give the verdict, failing counts and examples of one `check` over all the data.
 * Variants: one CSV file split by rows (duplicates and repeated ids spanning shards, a pattern failing in two
 * shards, a stale max_age) and JSON Lines files split by files (a fresh max_age); in both, a dataset that is not
 * sharded checks leakage against the sharded one.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub } from '../fake-github/index.js';
import { REPO_ROOT, runAction, type ActionRun } from '../harness/index.js';
import { rng } from '../unit/drift/random.js';

interface Row {
  id: string;
  email: string | null;
  signup: string;
  score: number;
  plan: string;
}

interface Variant {
  name: string;
  files: Record<string, Row[]>;
  format: 'csv' | 'jsonl';
  maxAge: string;
}

const DAY = 86_400_000;

/** Rows with a few failures of every kind; `at(i)` lets a variant plant repeats and failures at chosen rows. */
function rows(seed: number, n: number, prefix: string, newest: number): Row[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${String(i).padStart(7, '0')}`,
    email: r.uniform() < 0.001 ? null : r.uniform() < 0.002 ? `${'x'.repeat(30)}@example.org` : `user${i}@example.org`,
    signup: new Date(newest - Math.floor(r.uniform() * 400) * DAY).toISOString(),
    score: Math.round(r.normal() * 3000) / 1000,
    plan: r.uniform() < 0.0005 ? 'gold' : r.uniform() < 0.6 ? 'basic' : 'pro',
  }));
}

function text(format: 'csv' | 'jsonl', list: Row[]): string {
  if (format === 'jsonl') return `${list.map((x) => JSON.stringify(x)).join('\n')}\n`;
  return `id,email,signup,score,plan\n${list.map((x) => `${x.id},${x.email ?? ''},${x.signup},${x.score},${x.plan}`).join('\n')}\n`;
}

/** One CSV file of 200,000 rows: row shards take blocks of 65,536 rows (block b → shard b mod 4 + 1). */
function byRows(): Variant {
  const list = rows(7, 200_000, 'u', Date.UTC(2021, 0, 1));
  list[10] = { ...list[10]!, id: list[3]!.id }; // a repeated id within shard 1
  list[31] = { ...list[30]! }; // a duplicate row within shard 1
  list[70_000] = { ...list[70_000]!, id: list[5]!.id }; // shard 2 repeats an id of shard 1
  list[140_000] = { ...list[140_000]!, id: list[70_010]!.id }; // shard 3 repeats an id of shard 2
  list[199_000] = { ...list[20]! }; // shard 4 (block 3) repeats a whole row of shard 1
  list[150_000] = { ...list[66_000]! }; // shard 3 repeats a whole row of shard 2
  for (const i of [100, 131_100, 131_200]) list[i] = { ...list[i]!, email: `not-an-email-${i}` }; // pattern fails in shards 1 and 3
  return { name: 'one CSV file split by rows', files: { 'data/events.csv': list }, format: 'csv', maxAge: '30d' };
}

/** Five JSON Lines files: file shards (files 1, 2, 3, 4–5). */
function byFiles(): Variant {
  const now = Date.now();
  const parts = [0, 1, 2, 3, 4].map((k) => rows(20 + k, 3000, `f${k}-`, now - (k === 2 ? 1 : 90) * DAY));
  parts[4]![100] = { ...parts[0]![7]! }; // file 5 (shard 4) repeats a whole row of file 1 (shard 1)
  parts[3]![5] = { ...parts[3]![5]!, id: parts[1]![9]!.id }; // shard 4's file 4 repeats an id of shard 2
  parts[1]![50] = { ...parts[1]![50]!, id: parts[1]![49]!.id }; // a repeat within shard 2
  parts[1]![77] = { ...parts[1]![77]!, email: 'nobody' };
  parts[3]![1] = { ...parts[3]![1]!, email: 'nobody-either' };
  const files: Record<string, Row[]> = {};
  parts.forEach((p, k) => (files[`data/part-${k + 1}.jsonl`] = p));
  return { name: 'JSON Lines files split by files', files, format: 'jsonl', maxAge: '30d' };
}

function config(v: Variant): string {
  return `version: 1
datasets:
  - name: events
    path: data/*.${v.format}
    duplicates: { max_fraction: 0 }
    strict_columns: true
    rows: { min: 1000 }
    columns:
      id: { type: string, unique: true, pattern: '^[a-z0-9-]+$' }
      email: { type: string, nullable: false, pattern: '^[^@]+@[^@]+$', max_length: 28 }
      signup: { type: datetime, max_age: ${v.maxAge} }
      score: { type: number, min: -9, max: 9 }
      plan: { type: category, in: [basic, pro] }
  - name: holdout
    path: holdout/*.csv
    leakage: { against: events, key: [id] }
`;
}

/** A small dataset that is not sharded: some of its ids also occur in the sharded one (leakage against it). */
function holdout(v: Variant): string {
  const all = Object.values(v.files).flat();
  const leaked = [all[1]!.id, all[all.length - 2]!.id, all[Math.floor(all.length / 2)]!.id];
  return `id,label\n${[...leaked, 'fresh-1', 'fresh-2'].map((id, i) => `${id},${i % 2}`).join('\n')}\n`;
}

function dataWorkspace(v: Variant): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'mlgate-shard-gate-'));
  mkdirSync(path.join(ws, 'data'));
  for (const [file, list] of Object.entries(v.files)) writeFileSync(path.join(ws, file), text(v.format, list));
  writeFileSync(path.join(ws, 'mlgate.yml'), config(v));
  mkdirSync(path.join(ws, 'holdout'));
  writeFileSync(path.join(ws, 'holdout', 'holdout.csv'), holdout(v));
  return ws;
}

const shardFile = (i: number): string => `.mlgate/shards/profile-${i}-of-4.json`;

/** The profile job of mlgate-pr.yml, shard i of 4, in a workspace of its own; returns the profile file. */
async function profileShard(template: string, i: number): Promise<string> {
  const ws = mkdtempSync(path.join(tmpdir(), 'mlgate-shard-job-'));
  cpSync(template, ws, { recursive: true });
  const run = await runAction({ action: 'root', workspace: ws, inputs: { command: 'profile', config: 'mlgate.yml', dataset: 'events', shard: `${i}/4`, out: shardFile(i) }, timeoutMs: 120_000 });
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  return path.join(ws, shardFile(i));
}

/** A gate workspace: the config and the downloaded shard profiles, no data. */
function gateWorkspace(template: string, profiles: readonly string[]): string {
  const ws = mkdtempSync(path.join(tmpdir(), 'mlgate-gate-job-'));
  cpSync(path.join(template, 'mlgate.yml'), path.join(ws, 'mlgate.yml'));
  // The dataset that is not sharded is read by the gate as usual; its leakage check takes the sharded one's keys from the profiles.
  cpSync(path.join(template, 'holdout'), path.join(ws, 'holdout'), { recursive: true });
  mkdirSync(path.join(ws, '.mlgate', 'shards'), { recursive: true });
  for (const p of profiles) cpSync(p, path.join(ws, '.mlgate', 'shards', path.basename(p)));
  expect(existsSync(path.join(ws, 'data'))).toBe(false);
  return ws;
}

const checkInputs = { config: 'mlgate.yml', comment: 'false', results: '.mlgate-results', json: '.mlgate/check.json' };

interface Check {
  column?: string;
  check: string;
  status: string;
  observed: unknown;
  expected: unknown;
  failing: number;
  fraction: number;
  examples: Array<{ file: string; line?: number; row?: number; value: unknown; repeats?: { file: string; line?: number; row?: number } }>;
  message?: string;
}
interface CheckJson {
  verdict: string;
  validation: { datasets: Array<{ name: string; rows: number; files: string[]; checks: Check[] }> };
}
const readJson = (ws: string): CheckJson => JSON.parse(readFileSync(path.join(ws, '.mlgate', 'check.json'), 'utf8')) as CheckJson;

/** max_age's observed age depends on when each check ran: compare the newest value, and the age to the minute. */
function comparable(c: Check): unknown {
  const observed = c.check === 'max_age' && typeof c.observed === 'object' && c.observed !== null ? { ...(c.observed), age_hours: undefined } : c.observed;
  return { column: c.column, check: c.check, status: c.status, observed, expected: c.expected, failing: c.failing, fraction: c.fraction };
}

let built = false;
beforeAll(() => {
  built = existsSync(path.join(REPO_ROOT, 'dist', 'index.js'));
  if (!built) throw new Error('dist/ is missing: run `npm run bundle` (npm test does it first)');
});

describe.each([byRows, byFiles])('profile ×4 → merge-profiles → check without the data: %o', (make) => {
  it('gives the verdict, failing counts and examples of one check over all the data', async () => {
    const v = make();
    const template = dataWorkspace(v);
    const profiles: string[] = [];
    for (const i of [1, 2, 3, 4]) profiles.push(await profileShard(template, i));
    const gateWs = gateWorkspace(template, profiles);
    const files = [1, 2, 3, 4].map(shardFile).join('\n');

    const merge = await runAction({ action: 'root', workspace: gateWs, inputs: { command: 'merge-profiles', config: 'mlgate.yml', files, out: '.mlgate-results/profile.json' }, timeoutMs: 120_000 });
    const gate = await runAction({ action: 'check', workspace: gateWs, inputs: { ...checkInputs, profiles: files }, timeoutMs: 120_000 });
    const single = await runAction({ action: 'check', workspace: template, inputs: checkInputs, timeoutMs: 120_000 });

    expect(single.exitCode, single.stdout + single.stderr).toBe(1);
    expect(gate.exitCode, gate.stdout + gate.stderr).toBe(single.exitCode);
    expect(merge.exitCode, merge.stdout + merge.stderr).toBe(single.exitCode);
    expect(gate.outputs.verdict).toBe(single.outputs.verdict);
    expect(merge.outputs.verdict).toBe(single.outputs.verdict);
    expect(gate.outputs['failed-checks']).toBe(single.outputs['failed-checks']);

    const one = readJson(template).validation.datasets[0]!;
    const many = readJson(gateWs).validation.datasets[0]!;
    expect(many.rows).toBe(one.rows);
    expect(many.files).toEqual(one.files);
    expect(many.checks.map(comparable)).toEqual(one.checks.map(comparable));
    // Every check this data makes fail, fails: the variants exercise what they say.
    const failed = (c: Check): boolean => c.status === 'fail';
    for (const name of ['unique', 'duplicates', 'pattern', 'max_length', 'nullable', 'in']) expect(one.checks.some((c) => c.check === name && failed(c)), name).toBe(true);

    let crossShard = 0;
    many.checks.forEach((c, k) => {
      const s = one.checks[k]!;
      expect(c.examples.map((e) => [e.file, e.line, e.row]), `${c.column}:${c.check}`).toEqual(s.examples.map((e) => [e.file, e.line, e.row]));
      // A repeat of a value first seen in another shard: its place is known, its text is not kept (and says so).
      const unknown = c.examples.filter((e, j) => e.value === null && s.examples[j]!.value !== null).length;
      c.examples.forEach((e, j) => {
        if (e.value !== null || s.examples[j]!.value === null) expect(e.value).toEqual(s.examples[j]!.value);
      });
      if (unknown > 0) {
        expect(['unique', 'duplicates']).toContain(c.check);
        expect(c.message).toContain(`${unknown} example${unknown === 1 ? '' : 's'} repeat`);
      }
      // Such an example names an earlier place of the same key: the data at both places says so.
      for (const e of c.examples.filter((x) => x.value === null && x.repeats)) {
        crossShard++;
        const at = (p: { file: string; line?: number }): Row => v.files[p.file]![p.line! - (v.format === 'csv' ? 2 : 1)]!;
        const key = (r: Row): string => (c.check === 'unique' ? r.id : text(v.format, [r]));
        const order = (p: { file: string; line?: number }): [number, number] => [Object.keys(v.files).indexOf(p.file), p.line!];
        expect(key(at(e.repeats!)), `${c.check} at ${e.file}:${e.line}`).toBe(key(at(e)));
        const [[fileBefore, lineBefore], [file, line]] = [order(e.repeats!), order(e)];
        expect(fileBefore < file || (fileBefore === file && lineBefore < line), `${e.repeats!.file}:${e.repeats!.line} before ${e.file}:${e.line}`).toBe(true);
      }
      if (unknown > 0) expect(c.examples.filter((x) => x.repeats).length).toBe(unknown);
      if (c.check === 'unique' || c.check === 'duplicates') expect(c.message).toMatch(/P\(a false repeat\) ≤ n\(n−1\)\/2\^65 = [0-9.e-]+ for n = \d+ distinct keys/);
    });
    expect(crossShard, 'examples of repeats across shards').toBeGreaterThan(0);
    // The dataset that was not sharded: its leakage against the sharded one, from the keys in the shard profiles.
    const [oneHoldout, manyHoldout] = [readJson(template).validation.datasets[1]!, readJson(gateWs).validation.datasets[1]!];
    expect(manyHoldout.checks).toEqual(oneHoldout.checks);
    expect(manyHoldout.checks.find((c) => c.check === 'leakage')).toMatchObject({ status: 'fail', failing: 3 });
    const maxAge = (x: Check[]): Check => x.find((c) => c.check === 'max_age')!;
    const hours = (c: Check): number => (c.observed as { age_hours: number }).age_hours;
    expect(Math.abs(hours(maxAge(many.checks)) - hours(maxAge(one.checks)))).toBeLessThan(0.1);
    // Repeats across shards were found (not only those within one shard).
    const dup = many.checks.find((c) => c.check === 'duplicates')!;
    expect(dup.failing).toBeGreaterThan(dup.examples.filter((e) => e.value !== null).length);
  }, 600_000);
});

describe('a merge that cannot be done still reaches the comment', () => {
  let gh: Awaited<ReturnType<typeof startFakeGitHub>> | undefined;
  afterEach(async () => {
    expect(gh?.violations ?? []).toEqual([]);
    await gh?.close();
    gh = undefined;
  });

  it('check given 3 of 4 shard profiles replaces the sticky comment with "could not run" and the missing shard', async () => {
    const v = byFiles();
    const template = dataWorkspace(v);
    const profiles: string[] = [];
    for (const i of [1, 3, 4]) profiles.push(await profileShard(template, i));
    const gateWs = gateWorkspace(template, profiles);
    const files = [1, 3, 4].map(shardFile).join('\n');
    gh = await startFakeGitHub();
    const token = gh.seed.actionsToken().token;
    gh.seed.pull({ number: 42 });
    const event = { name: 'pull_request' as const, action: 'synchronize', pull: { number: 42 } };
    const merge: ActionRun = await runAction({ action: 'root', workspace: gateWs, inputs: { command: 'merge-profiles', config: 'mlgate.yml', files }, apiUrl: gh.url, token, event });
    expect(merge.exitCode).toBe(2);
    expect(merge.failure).toMatch(/missing shard 2/);
    const gate = await runAction({ action: 'check', workspace: gateWs, inputs: { ...checkInputs, comment: 'auto', profiles: files }, apiUrl: gh.url, token, event });
    expect(gate.exitCode).toBe(2);
    expect(gate.failure).toMatch(/missing shard 2/);
    const comments = gh.repo.comments.filter((c) => c.issueNumber === 42 && c.body.includes('<!-- mlgate:'));
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/mlgate could not run/);
    expect(comments[0]!.body).toContain('missing shard 2');
    expect(gate.summary).toContain('mlgate could not run');
  }, 300_000);
});
