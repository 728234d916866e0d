import { spawnSync } from 'node:child_process';

/** Runs a Python snippet with Debian's python3 (SciPy, statsmodels, NumPy); `data` arrives as `DATA`, the snippet prints JSON. */
export function python<T>(script: string, data: unknown): T {
  const prelude = 'import json, sys\nimport numpy as np\nDATA = json.loads(sys.stdin.read())\n';
  const res = spawnSync('/usr/bin/python3', ['-c', prelude + script], { input: JSON.stringify(data), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (res.status !== 0) throw new Error(`python failed: ${res.stderr}`);
  return JSON.parse(res.stdout) as T;
}
