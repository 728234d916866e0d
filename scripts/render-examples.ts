/**
 * npm run render-examples: rewrites examples/reports/<name>.md from the example results (the same Markdown the unit
 * snapshots hold). `npm run test:browser` then lays each out as GitHub renders it (cmark-gfm, github-markdown-css,
 * Mermaid, headless Chromium at 780 px), checks the layout and writes examples/reports/<name>.png.
 *
 *   npm run render-examples                 # all
 *   npm run render-examples -- fail pass    # some
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_EXAMPLES, EXAMPLES_DIR, exampleMarkdown, type Example } from '../test/unit/report/fixtures/examples.js';

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  for (const name of wanted) {
    if (!(ALL_EXAMPLES as readonly string[]).includes(name)) throw new Error(`unknown example '${name}'; expected one of ${ALL_EXAMPLES.join(', ')}`);
  }
  for (const name of (wanted.length ? wanted : ALL_EXAMPLES) as Example[]) {
    const markdown = await exampleMarkdown(name);
    const file = path.join(EXAMPLES_DIR, `${name}.md`);
    writeFileSync(file, markdown);
    console.log(`${name}: ${markdown.length} characters → ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
