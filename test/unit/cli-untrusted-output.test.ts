import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli.js';

async function validate(csv: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'mlgate-cli-untrusted-'));
  writeFileSync(path.join(cwd, 'd.csv'), csv);
  writeFileSync(path.join(cwd, 'mlgate.yml'), 'version: 1\ndatasets:\n  - name: d\n    path: d.csv\n    columns:\n      cat: { in: [a] }\n');
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {} };
  const code = await runCli(['validate'], io);
  return { code, stdout, stderr };
}

describe('the CLI in a terminal: control characters from data are shown escaped', () => {
  it.each([
    ['"\x1b[2J\x1b[31mred"', '\\x1b[2J\\x1b[31mred'],
    ['"over\rwritten"', 'over\\rwritten'],
    ['"rtl\u202etxt.exe"', 'rtl\\u202etxt.exe'],
    ['"bell\x07\x9b"', 'bell\\x07\\x9b'],
  ])('a failing value %j is printed as %j', async (cell, shown) => {
    const r = await validate(`cat\n${cell}\na\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`d.csv:2: ${shown}`);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
  });

  it('a value whose second line opens with :: is printed with that line defused', async () => {
    const r = await validate('cat\n"x\n  ::error::y"\n');
    expect(r.stdout).toContain('d.csv:2: x\n  :\\x3aerror::y\n');
  });
});
