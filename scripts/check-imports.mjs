// The house rules of SPEC §9, checked from the code's own imports (static and dynamic):
//   - src/domain/ imports nothing of src/io/, src/adapters/, src/commands/ or the entries;
//   - no files of src/ import each other in a circle (type-only imports count too: they tie the design);
//   - no source file of src/ is longer than 400 lines.
// `node scripts/check-imports.mjs` prints every breach and exits 1; run by `npm run lint` and a unit test.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAX_LINES = 400;
const DOMAIN_MAY_NOT_IMPORT = ['io', 'adapters', 'commands', 'cli.ts', 'action.ts', 'index.ts', 'run-command.ts'];

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(p));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;

/** The relative imports of one file, resolved to .ts paths. */
export function importsOf(file, text) {
  const out = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    out.push(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
  }
  return out;
}

/** Strongly connected components of more than one file (or a file importing itself): each is a circle. */
export function findCircles(graph) {
  let index = 0;
  const stack = [];
  const onStack = new Set();
  const idx = new Map();
  const low = new Map();
  const circles = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) circles.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return circles;
}

/** Every breach of the house rules in the tree under `srcDir`, as lines for people. */
export function houseBreaches(srcDir) {
  const files = sourceFiles(srcDir);
  const graph = new Map();
  const breaches = [];
  const rel = (p) => path.relative(path.dirname(srcDir), p).split(path.sep).join('/');
  const domain = path.join(srcDir, 'domain') + path.sep;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const imports = importsOf(file, text);
    graph.set(file, imports);
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_LINES) breaches.push(`${rel(file)}: ${lines} lines (at most ${MAX_LINES}; split it by job)`);
    if (!file.startsWith(domain)) continue;
    for (const target of imports) {
      const top = path.relative(srcDir, target).split(path.sep)[0];
      if (DOMAIN_MAY_NOT_IMPORT.includes(top)) breaches.push(`${rel(file)}: the domain imports ${rel(target)} (the domain imports nothing of ${top})`);
    }
  }
  for (const circle of findCircles(graph)) breaches.push(`import circle: ${circle.map(rel).join(' <-> ')}`);
  return breaches;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const breaches = houseBreaches(path.join(root, 'src'));
  for (const b of breaches) console.error(b);
  if (breaches.length > 0) {
    console.error(`${breaches.length} breach(es) of the house rules (docs/CONTRIBUTING.md "The house").`);
    process.exit(1);
  }
}
