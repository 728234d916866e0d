import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A big JSON Lines file read by the bundle (dist/, built by `npm test`) batch by batch, and in chunks on one thread or two.
const root = path.resolve(import.meta.dirname, '../..');

const MODES = {
  batches: { MLGATE_THREADS: '1', MLGATE_PARALLEL_MIN_BYTES: '1000000000' },
  'chunks-1': { MLGATE_THREADS: '1', MLGATE_PARALLEL_MIN_BYTES: '1000000', MLGATE_CHUNK_BYTES: '65536' },
  'chunks-2': { MLGATE_THREADS: '2', MLGATE_PARALLEL_MIN_BYTES: '1000000', MLGATE_CHUNK_BYTES: '65536' },
} as const;
type Mode = keyof typeof MODES;

function big(): string {
  const lines: string[] = [];
  for (let i = 0; i < 30_000; i++) {
    const id = i % 997 === 0 && i > 0 ? i - 1 : i;
    const name = i % 13 === 0 ? 'bad name!' : i % 17 === 0 ? `n${i}\\"q` : `n${i}`;
    const score = i % 101 === 0 ? 'null' : i % 211 === 0 ? '"high"' : String(((i * 7919) % 1000) / 10);
    const extra = i > 25_000 ? `, "late": ${i % 3 === 0 ? 9007199254740993 + i : i}` : '';
    const nested = i % 50 === 0 ? `, "meta": {"k": [1, {"x": ${i}}]}` : '';
    const repeated = i === 12_346 ? ', "id": 0' : '';
    lines.push(i % 2 === 0 ? `{"id": ${id}, "name": "${name}", "score": ${score}${extra}${nested}${repeated}}` : `{"score":${score},"name":"${name}","id":${id}${extra}${nested}}`);
    if (i % 4001 === 0 && i > 0) lines.push(lines[lines.length - 1]!);
  }
  return `${lines.join('\r\n')}\r\n`;
}

const yaml = `version: 1
datasets:
  - name: big
    path: big.jsonl
    columns:
      id: { type: integer, unique: true }
      name: { pattern: '^n\\d+$' }
      score: { type: number, max: 90, nullable: false }
      late: { type: integer, max: 9007199254740993 }
    duplicates: 0
`;

function run(dir: string, mode: Mode): { status: number | null; stderr: string; json: string } {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'mlgate.js'), 'validate', '--json', `${mode}.json`], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, ...MODES[mode] } });
  return { status: r.status, stderr: r.stderr, json: r.status === 1 ? readFileSync(path.join(dir, `${mode}.json`), 'utf8') : '' };
}

describe('mlgate validate on a big JSON Lines file (bundle)', () => {
  it('gives exactly the batch-by-batch result in chunks, on one thread or two', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-jsonl-it-'));
    writeFileSync(path.join(dir, 'big.jsonl'), big());
    writeFileSync(path.join(dir, 'mlgate.yml'), yaml);
    const one = run(dir, 'batches');
    expect(one.status, one.stderr).toBe(1);
    for (const mode of ['chunks-1', 'chunks-2'] as const) expect(JSON.parse(run(dir, mode).json), mode).toEqual(JSON.parse(one.json));
    const result = JSON.parse(one.json) as { datasets: { checks: { column?: string; check: string; failing: number }[] }[] };
    const failing = Object.fromEntries(result.datasets[0]!.checks.map((c) => [`${c.column ?? ''}.${c.check}`, c.failing]));
    expect(failing['id.unique']).toBeGreaterThan(20);
    expect(failing['.duplicates']).toBeGreaterThan(5);
    expect(failing['.duplicate_keys']).toBe(1);
    expect(failing['late.max']).toBeGreaterThan(100);
  });

  it('names the line of bad input found by a worker', () => {
    const text = big();
    const cut = text.indexOf('{"id": 29990,');
    const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-jsonl-it-'));
    writeFileSync(path.join(dir, 'big.jsonl'), `${text.slice(0, cut)}{"id": 1,}\r\n${text.slice(cut)}`);
    writeFileSync(path.join(dir, 'mlgate.yml'), yaml);
    const line = text.slice(0, cut).split('\n').length;
    for (const mode of Object.keys(MODES) as Mode[]) {
      const r = run(dir, mode);
      expect(r.status, mode).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`big\\.jsonl:${line}: invalid JSON: `));
    }
  });
});
