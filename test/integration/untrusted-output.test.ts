import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAction, type ActionRun } from '../harness/index.js';

// Data that tries to issue workflow commands: every injected command carries PWNED, so a command the runner
// would parse from it is told apart from mlgate's own (which may quote the data in its message, escaped).
const MARKER = 'PWNED';
const ATTACKS = [
  `x\n::error title=${MARKER}::owned\n::add-mask::verdict`,
  `y\r::warning title=${MARKER}::cr alone\r\n  ::stop-commands::${MARKER}`,
  `z\u2028::notice title=${MARKER}::u2028 \x1b[2J\x1b]0;${MARKER}\x07 ##[error]${MARKER} legacy`,
];

const OWN_COMMANDS = new Set(['error', 'warning', 'notice', 'debug', 'add-mask', 'group', 'endgroup']);

/** What the runner would see: no command line that came from the data, no raw control character. */
function expectNoCommandFromData(run: ActionRun): void {
  for (const stream of [run.stdout, run.stderr]) {
    for (const line of stream.split(/\r\n|\r|\n/)) {
      expect(line).not.toContain('##[');
      const trimmed = line.trimStart();
      if (!trimmed.startsWith('::')) continue;
      const head = trimmed.slice(2, trimmed.indexOf('::', 2));
      expect(head, line).not.toContain(MARKER);
      expect(OWN_COMMANDS.has(head.split(' ')[0]!), line).toBe(true);
    }
    expect(stream).not.toMatch(/[\x1b\x07\u2028]/);
  }
  for (const c of run.commands) {
    expect(Object.values(c.properties).join(' ')).not.toContain(MARKER);
    expect(['stop-commands', 'set-output', 'set-env', 'add-path', MARKER]).not.toContain(c.command);
  }
  expect(run.masks).not.toContain('verdict');
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mlgate-untrusted-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const csvCell = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const yamlString = (s: string): string => JSON.stringify(s);

describe('the action bundle under Node 24: data never issues a workflow command', () => {
  it.each(ATTACKS)('a CSV value and a category (%j) are shown, not obeyed', async (attack) => {
    const ws = workspace({
      'd.csv': `id,cat\n1,${csvCell(attack)}\n2,a\n`,
      'mlgate.yml': 'version: 1\ndatasets:\n  - name: d\n    path: d.csv\n    columns:\n      id: { type: integer }\n      cat: { type: category, in: [a, b] }\n',
    });
    const run = await runAction({ action: 'validate', node: 24, workspace: ws });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(MARKER);
    expectNoCommandFromData(run);
  });

  it.each(ATTACKS)('a column name (%j) is shown, not obeyed', async (attack) => {
    const ws = workspace({
      'd.csv': `id,${csvCell(attack)}\n1,2\n`,
      'mlgate.yml': 'version: 1\ndatasets:\n  - name: d\n    path: d.csv\n    strict_columns: true\n    columns:\n      id: { type: integer }\n',
    });
    const run = await runAction({ action: 'validate', node: 24, workspace: ws });
    expect(run.exitCode).toBe(1);
    expect(`${run.stdout}${run.stderr}`).toContain(MARKER);
    expectNoCommandFromData(run);
  });

  it.each(ATTACKS)('a file name in an error message (%j) is shown, not obeyed', async (attack) => {
    const file = `${attack.replace(/\//g, '_')}.csv`;
    const ws = workspace({
      [file]: 'id,cat\n1,a\n2\n',
      'mlgate.yml': `version: 1\ndatasets:\n  - name: d\n    path: ${yamlString(file)}\n    columns:\n      id: { type: integer }\n`,
    });
    const run = await runAction({ action: 'validate', node: 24, workspace: ws });
    expect(run.exitCode).toBe(2);
    expect(run.failure).toMatch(/ragged row|matches no file/);
    expect(run.failure).toContain(MARKER);
    expectNoCommandFromData(run);
  });

  it.each(ATTACKS)('a config key quoted by an error (%j) is shown, not obeyed', async (attack) => {
    const ws = workspace({ 'mlgate.yml': `version: 1\ndatasets:\n  - name: d\n    path: d.csv\n    ${yamlString(attack)}: {}\n` });
    const run = await runAction({ action: 'validate', node: 24, workspace: ws });
    expect(run.exitCode).toBe(2);
    expect(run.failure).toContain(MARKER);
    expectNoCommandFromData(run);
  });

  it.each(ATTACKS)('a metric name (%j) is shown, not obeyed', async (attack) => {
    const ws = workspace({
      'cand.json': JSON.stringify({ [attack]: 0.5, accuracy: 0.9 }),
      'base.json': JSON.stringify({ [attack]: 0.5, accuracy: 0.9 }),
      'mlgate.yml': 'version: 1\nmodels:\n  - name: m\n    metrics: cand.json\n    baseline: file:base.json\n    gates:\n      "*": { max_regression: 0.01 }\n',
    });
    const run = await runAction({ action: 'compare', node: 24, workspace: ws });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(MARKER);
    expectNoCommandFromData(run);
  });
});
