/** shellcheck's comments on a planted run: block, recorded for workflows.test.ts (see test/references/reference.ts). */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bashRunBlocks, type ShellcheckComment } from '../../scripts/check-workflows.js';
import { shellcheckReference } from '../references/reference.js';

const root = path.resolve(import.meta.dirname, '..', '..');

/** A temporary copy of the files the workflow checks read, to plant a forbidden pattern in. */
export function copyCheckedFiles(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-wf-'));
  for (const p of ['.github', 'templates', 'actions', 'action.yml', 'schema']) cpSync(path.join(root, p), path.join(dir, p), { recursive: true });
  return dir;
}

export function edit(dir: string, rel: string, from: string | RegExp, to: string): void {
  const file = path.join(dir, rel);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`plant failed: ${String(from)} not in ${rel}`);
  writeFileSync(file, next);
}

/** An unquoted `cd $HOME` (SC2086) added to a run: block of the PR workflow. */
export const SHELLCHECK_PLANT = { file: '.github/workflows/mlgate-pr.yml', from: 'do list+=",$i"; done\n', to: 'do list+=",$i"; done\n          cd $HOME\n', line: 'cd $HOME' } as const;

/** The run: block with the planted line, as the checks hand it to shellcheck. */
export const plantedRunBlock = shellcheckReference<ShellcheckComment[]>('shellcheck/planted-cd-home', () => {
  const dir = copyCheckedFiles();
  try {
    edit(dir, SHELLCHECK_PLANT.file, SHELLCHECK_PLANT.from, SHELLCHECK_PLANT.to);
    const blocks = bashRunBlocks(dir).filter((b) => b.script.includes(SHELLCHECK_PLANT.line));
    if (blocks.length !== 1) throw new Error(`expected one run: block with '${SHELLCHECK_PLANT.line}', found ${blocks.length}`);
    return blocks[0]!.script;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
