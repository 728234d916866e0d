// `npm run bench [-- name...]`: runs every bench/<name>/run.mjs in turn (or only the names given).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flags = args.filter((a) => a.startsWith('--'));
const names = args.filter((a) => !a.startsWith('--'));
const all = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('.') && existsSync(path.join(here, d.name, 'run.mjs')))
  .map((d) => d.name)
  .sort();
const unknown = names.filter((n) => !all.includes(n));
if (unknown.length) {
  console.error(`bench: no bench named ${unknown.join(', ')}; available: ${all.join(', ')}`);
  process.exit(2);
}
let failed = 0;
for (const name of names.length ? names : all) {
  console.log(`\n=== bench/${name} ===`);
  const r = spawnSync(process.execPath, [path.join(here, name, 'run.mjs'), ...flags], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`bench/${name} failed (exit ${r.status ?? r.signal})`);
  }
}
process.exit(failed ? 1 : 0);
