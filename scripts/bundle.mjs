// Builds the one bundle every action and the CLI run: dist/index.js (ncc), plus one tiny
// entry per step action that calls the same code with its command name.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

// Keep src/version.ts in step with package.json.
const versionFile = path.join(root, 'src', 'version.ts');
const versionText = `/** Kept in step with package.json by scripts/bundle.mjs. */\nexport const VERSION = '${pkg.version}';\n`;
if (readFileSync(versionFile, 'utf8') !== versionText) writeFileSync(versionFile, versionText);

rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js'), 'build', 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt', '--quiet', '--target', 'es2022'], {
  cwd: root,
  stdio: 'inherit',
});

const commandsDir = path.join(root, 'actions');
// A step action is a JavaScript action whose main is dist/<its name>.js (composite ones are skipped).
const stepCommands = readdirSync(commandsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(commandsDir, d.name, 'action.yml')))
  .map((d) => d.name)
  .filter((name) => readFileSync(path.join(commandsDir, name, 'action.yml'), 'utf8').includes(`main: ../../dist/${name}.js`))
  .sort();
for (const name of stepCommands) {
  writeFileSync(
    path.join(dist, `${name}.js`),
    `// Entry of actions/${name}: the same bundle as every other action, with its command fixed.\nimport { runAction } from './index.js';\n\nprocess.exitCode = await runAction('${name}');\n`,
  );
}
// Line endings and permissions must not depend on the machine that bundled.
for (const f of readdirSync(dist)) {
  const p = path.join(dist, f);
  if (f.endsWith('.js') || f.endsWith('.txt')) {
    const text = readFileSync(p, 'utf8');
    const normal = text.replace(/\r\n/g, '\n');
    if (normal !== text) writeFileSync(p, normal);
  }
}
