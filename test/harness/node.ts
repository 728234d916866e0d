import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The Node majors the integration tests run the bundle under: the machine's 20 and the actions' `node24`. */
export const NODE_VERSIONS = [20, 24] as const;
export type NodeMajor = (typeof NODE_VERSIONS)[number];

const resolved = new Map<number, string>();
const cacheDir = path.join(os.tmpdir(), 'mlgate-test-node');

function majorOf(binary: string): number {
  return Number(execFileSync(binary, ['-p', 'process.versions.node.split(".")[0]'], { encoding: 'utf8' }).trim());
}

/**
 * Path of a `node` binary of the given major. The current one if it matches, else `MLGATE_TEST_NODE<major>` (set by
 * .ci/run), else `npx -y -p node@<major>`
 * (the npm package that carries the official binary), resolved once and cached in a temp file so the next test
 * process skips npx.
 */
export function nodeBinary(major: NodeMajor): string {
  const known = resolved.get(major);
  if (known) return known;
  let binary: string | undefined;
  if (Number(process.versions.node.split('.')[0]) === major) binary = process.execPath;
  const fromEnv = process.env[`MLGATE_TEST_NODE${major}`];
  if (!binary && fromEnv && existsSync(fromEnv) && majorOf(fromEnv) === major) binary = fromEnv;
  const cacheFile = path.join(cacheDir, `node${major}.path`);
  if (!binary && existsSync(cacheFile)) {
    const cached = readFileSync(cacheFile, 'utf8').trim();
    if (cached && existsSync(cached) && majorOf(cached) === major) binary = cached;
  }
  if (!binary) {
    const out = execFileSync('npx', ['-y', '-p', `node@${major}`, 'node', '-p', 'process.execPath'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
    binary = out.trim().split('\n').at(-1)!.trim();
    if (!existsSync(binary) || majorOf(binary) !== major) throw new Error(`npx -p node@${major} gave '${binary}', which is not Node ${major}`);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(cacheFile, `${binary}\n`);
  }
  resolved.set(major, binary);
  return binary;
}
