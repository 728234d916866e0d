import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const semver = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string): boolean; minVersion(range: string): { version: string } | null };

interface Locked {
  version?: string;
  engines?: { node?: string } | string[];
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, Locked> };
const nodeRange = (p: Locked): string | undefined => (Array.isArray(p.engines) ? undefined : p.engines?.node);

/** Where Node would find `name` from the package installed at `from` ('' is the root), as the lockfile lays it out. */
function resolve(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dir.includes('/node_modules/') ? dir.slice(0, dir.lastIndexOf('/node_modules/')) : '') {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (dir === '') return undefined;
  }
}

/** Packages src/ imports by name: what ncc bundles into dist/. */
function importedBySrc(dir = path.join(root, 'src')): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) for (const n of importedBySrc(file)) names.add(n);
    else if (entry.name.endsWith('.ts')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*)['"]([^'"./][^'"]*)['"]/g)) {
        const spec = m[1]!;
        if (spec.startsWith('node:')) continue;
        names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
  }
  return names;
}

/** The lockfile entries of the packages src/ imports and everything they depend on. */
function bundledTree(): string[] {
  const seen = new Set<string>();
  const queue = [...importedBySrc()].map((n) => {
    const at = resolve(n, '');
    if (!at) throw new Error(`src/ imports '${n}', which package-lock.json does not hold`);
    return at;
  });
  while (queue.length) {
    const at = queue.pop()!;
    if (seen.has(at)) continue;
    seen.add(at);
    const p = lock.packages[at]!;
    for (const dep of Object.keys({ ...p.dependencies, ...p.optionalDependencies, ...p.peerDependencies })) {
      const next = resolve(dep, at);
      if (next) queue.push(next);
    }
  }
  return [...seen].sort();
}

describe('package.json engines', () => {
  it('admit every package bundled into dist/ from the oldest Node they allow', () => {
    const oldest = semver.minVersion(pkg.engines.node)!.version;
    const tree = bundledTree();
    expect(tree.length).toBeGreaterThan(20); // @actions/*, @octokit/*, hyparquet, yaml, zod, … and their dependencies
    const refusing = tree.filter((at) => {
      const range = nodeRange(lock.packages[at]!);
      return range !== undefined && !semver.satisfies(oldest, range);
    });
    expect(refusing.map((at) => `${at}@${lock.packages[at]!.version} needs node ${nodeRange(lock.packages[at]!)}`), `engines.node ${pkg.engines.node}`).toEqual([]);
  });

  it('every locked package accepts the Node running the tests (`npm ci` warns EBADENGINE otherwise)', () => {
    const refusing = Object.entries(lock.packages).filter(([at, p]) => at !== '' && nodeRange(p) !== undefined && !semver.satisfies(process.version, nodeRange(p)!));
    expect(refusing.map(([at, p]) => `${at}@${p.version} needs node ${nodeRange(p)}`)).toEqual([]);
  });
});
