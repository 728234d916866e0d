import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { houseBreaches, MAX_LINES } from '../../scripts/check-imports.mjs';

const breaches = houseBreaches as (src: string) => string[];
let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A throw-away src/ tree with the given files. */
function tree(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'mlgate-house-'));
  const src = path.join(dir, 'src');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(src, name)), { recursive: true });
    writeFileSync(path.join(src, name), text);
  }
  return src;
}

describe('the house rules (scripts/check-imports.mjs)', () => {
  it('holds for the repository', () => {
    expect(breaches(path.resolve(__dirname, '../../src'))).toEqual([]);
  });

  it('finds a domain file importing io/, adapters/ or commands/, statically or dynamically', () => {
    const src = tree({
      'domain/a.ts': "import { x } from '../io/data/x.js';\nexport const a = x;\n",
      'domain/sub/b.ts': "export async function b() { return import('../../adapters/y.js'); }\n",
      'domain/c.ts': "export type { Z } from '../commands/z.js';\n",
      'domain/ok.ts': "import { a } from './a.js';\nexport const ok = a;\n",
      'io/data/x.ts': "import { ok } from '../../domain/ok.js';\nexport const x = 1; export const y = ok;\n",
      'adapters/y.ts': 'export const y = 1;\n',
      'commands/z.ts': 'export type Z = 1;\n',
    });
    const found = breaches(src);
    expect(found.filter((b) => b.includes('the domain imports'))).toHaveLength(3);
    expect(found.join('\n')).toContain('src/domain/sub/b.ts: the domain imports src/adapters/y.ts');
  });

  it('finds circles of two and of three files (one tie type-only), and none in a chain', () => {
    const src = tree({
      'io/a.ts': "import { b } from './b.js';\nexport const a = b;\n",
      'io/b.ts': "import { a } from './a.js';\nexport const b = a;\n",
      'commands/p.ts': "import { q } from './q.js';\nexport type P = number;\nexport const p = q;\n",
      'commands/q.ts': "import { r } from './r.js';\nexport const q = r;\n",
      'commands/r.ts': "import type { P } from './p.js';\nexport const r: P = 1;\n",
      'chain/one.ts': "import { two } from './two.js';\nexport const one = two;\n",
      'chain/two.ts': 'export const two = 2;\n',
    });
    const circles = breaches(src).filter((b) => b.startsWith('import circle'));
    expect(circles).toHaveLength(2);
    expect(circles.some((c) => c.includes('src/commands/p.ts') && c.includes('src/commands/r.ts'))).toBe(true);
    expect(circles.join('\n')).not.toContain('chain/');
  });

  it('finds a file longer than the limit', () => {
    const src = tree({ 'long.ts': 'export const x = 1;\n'.repeat(MAX_LINES as number + 1), 'short.ts': 'export const y = 1;\n'.repeat(MAX_LINES as number) });
    expect(breaches(src)).toEqual([`src/long.ts: ${(MAX_LINES as number) + 1} lines (at most ${MAX_LINES as number}; split it by job)`]);
  });
});
