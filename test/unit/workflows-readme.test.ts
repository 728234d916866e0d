import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionFiles, renderReadme } from '../../scripts/gen-readme.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

describe('README.md', () => {
  it('starts with the two commands', () => {
    const block = /```bash\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(block.split('\n').filter(Boolean).map((l) => l.split('#')[0]!.trim())).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
  });

  it('has its generated sections (workflows, action inputs/outputs, config reference) up to date: run `npm run readme`', () => {
    expect(renderReadme(root, readme)).toBe(readme);
  });

  it('documents every input and output of every action.yml', () => {
    for (const rel of actionFiles(root)) {
      const action = parse(readFileSync(path.join(root, rel), 'utf8')) as { inputs?: object; outputs?: object };
      const section = readme.slice(readme.indexOf(`(${rel}, `));
      const next = section.indexOf('\n### ');
      const own = next < 0 ? section : section.slice(0, next);
      for (const name of [...Object.keys(action.inputs ?? {}), ...Object.keys(action.outputs ?? {})]) expect(own, `${rel}: ${name}`).toContain(`| \`${name}\` |`);
    }
  });

  it('flags a stale section', () => {
    const stale = readme.replace('| `run-id` |', '| `run_id` |');
    expect(stale).not.toBe(readme);
    expect(renderReadme(root, stale)).toBe(readme);
  });
});
