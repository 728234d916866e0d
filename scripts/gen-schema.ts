// Writes schema/mlgate.schema.json from the zod schema (never hand-edited). `--check` fails when stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { configSchema } from '../src/domain/config/schema.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const target = path.join(root, 'schema', 'mlgate.schema.json');

const json = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
const document = {
  ...json,
  $id: 'https://github.com/mlgate/mlgate/schema/mlgate.schema.json',
  title: 'mlgate.yml',
};
const text = `${JSON.stringify(document, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error('schema/mlgate.schema.json is stale: run `npm run schema` and commit it.');
    process.exit(1);
  }
  console.log('schema/mlgate.schema.json is up to date.');
} else {
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${path.relative(root, target)}`);
}
