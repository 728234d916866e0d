import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_VERSIONS, nodeBinary, REPO_ROOT } from '../harness/index.js';

/**
 * The npm package as users get it: `npm pack`, then `npx --package ./mlgate-<version>.tgz mlgate …` in an empty
 * directory. npm runs with a fresh cache, no user config and an unreachable registry, offline: the CLI must
 * install and run from the tarball alone (the bundle in dist/ carries everything; no dependency to fetch).
 */
const work = mkdtempSync(path.join(os.tmpdir(), 'mlgate-package-'));
const cache = path.join(work, 'npm-cache');
const npmEnv: Record<string, string> = {
  PATH: process.env.PATH ?? '',
  HOME: path.join(work, 'home'),
  npm_config_userconfig: path.join(work, 'npmrc'),
  npm_config_cache: cache,
  npm_config_registry: 'http://127.0.0.1:9/',
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};
/** What a user needs at runtime; npm adds package.json, README.md and LICENSE itself. */
const SHIPPED = [/^bin\/mlgate\.js$/, /^dist\/[^/]+\.js$/, /^dist\/package\.json$/, /^dist\/licenses\.txt$/, /^schema\/mlgate\.schema\.json$/, /^package\.json$/, /^README\.md$/, /^LICENSE$/];

/** The packed file list. */
let files: string[];
/** `npx --package <tarball> mlgate --help`, run in an empty directory. */
let help: { status: number | null; stdout: string; stderr: string; cwd: string };
/** Where npx installed the package: npm-cache/_npx/<hash>/node_modules. */
let installed: string[];

beforeAll(() => {
  mkdirSync(npmEnv.HOME!, { recursive: true });
  writeFileSync(npmEnv.npm_config_userconfig!, '');
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: REPO_ROOT, env: npmEnv, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
  const tarball = path.join(work, packed[0]!.filename);
  files = packed[0]!.files.map((f) => f.path).sort();
  const cwd = mkdtempSync(path.join(work, 'empty-'));
  const r = spawnSync('npx', ['--yes', '--package', tarball, 'mlgate', '--help'], { cwd, env: npmEnv, encoding: 'utf8', timeout: 120_000 });
  help = { status: r.status, stdout: r.stdout, stderr: r.stderr, cwd };
  installed = readdirSync(path.join(cache, '_npx')).map((d) => path.join(cache, '_npx', d, 'node_modules'));
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function npxInstall(): string {
  expect(installed).toHaveLength(1);
  return installed[0]!;
}

describe('the npm package', () => {
  it('holds only what users need: the CLI entry, the bundle, the config schema, README and LICENSE', () => {
    expect(files.filter((f) => !SHIPPED.some((re) => re.test(f)))).toEqual([]);
    for (const f of ['bin/mlgate.js', 'dist/index.js', 'dist/licenses.txt', 'schema/mlgate.schema.json', 'README.md', 'LICENSE', 'package.json']) expect(files).toContain(f);
  });

  it('npx installs it from the tarball offline, installing nothing else, and runs `mlgate --help`', () => {
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^mlgate \d+\.\d+\.\d+ — /);
    expect(help.stdout).toContain('Usage: mlgate <command> [options]');
    expect(readdirSync(npxInstall()).filter((n) => !n.startsWith('.'))).toEqual(['mlgate']);
    expect(readdirSync(help.cwd)).toEqual([]); // nothing written where it ran
  });

  it('declares no runtime dependencies, and its entry loads only the bundle', () => {
    const pkgDir = path.join(npxInstall(), 'mlgate');
    const manifest = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as Record<string, unknown>;
    for (const key of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) expect(manifest[key], key).toBeUndefined();
    expect(manifest.bin).toEqual({ mlgate: 'bin/mlgate.js' });
    const entry = readFileSync(path.join(pkgDir, 'bin', 'mlgate.js'), 'utf8');
    const imports = [...entry.matchAll(/\bimport\b[^'"]*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    expect(imports).toEqual(['../dist/index.js']);
  });

  describe.each(NODE_VERSIONS)('the installed CLI under Node %i', (node) => {
    it('validates examples/churn and gates its candidate (loading the CSV, JSONL, drift and significance code)', () => {
      const bin = path.join(npxInstall(), 'mlgate', 'bin', 'mlgate.js');
      const project = mkdtempSync(path.join(work, `churn-${node}-`));
      cpSync(path.join(REPO_ROOT, 'examples', 'churn'), project, { recursive: true });
      const env = { PATH: process.env.PATH ?? '', HOME: npmEnv.HOME!, NO_COLOR: '1' };
      const mlgate = (...args: string[]) => spawnSync(nodeBinary(node), [bin, ...args], { cwd: project, env, encoding: 'utf8', timeout: 120_000 });

      const validate = mlgate('validate', '--json', 'validation.json');
      expect(validate.stderr).toBe('');
      expect(validate.status).toBe(0);
      const validation = JSON.parse(readFileSync(path.join(project, 'validation.json'), 'utf8')) as { verdict: string; datasets: { name: string; checks: unknown[] }[] };
      expect(validation.verdict).toBe('warn'); // the drift the example plants, at severity warn
      expect(validation.datasets.map((d) => d.name)).toEqual(['train', 'test']);
      expect(validation.datasets.every((d) => d.checks.length > 0)).toBe(true);

      const compare = mlgate('compare', '--store', 'local', '--json', 'comparison.json');
      expect(compare.stderr).toBe('');
      expect(compare.status).toBe(0);
      const comparison = JSON.parse(readFileSync(path.join(project, 'comparison.json'), 'utf8')) as { verdict: string; model: string; metrics: { name: string }[] };
      expect([comparison.model, comparison.verdict]).toEqual(['churn', 'pass']);
      expect(comparison.metrics.map((m) => m.name)).toContain('accuracy');
    });
  });
});
