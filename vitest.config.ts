import { defineConfig } from 'vitest/config';

// MLGATE_TEST_REPORT=<file> also writes vitest's JSON report there (.ci/run reads it: nothing may be skipped).
const report = process.env.MLGATE_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser layout test needs chromium and cmark-gfm: `npm run test:browser` (.ci/run runs it).
    exclude: ['test/browser/**', '**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    ...(report ? { reporters: ['default', 'json'], outputFile: { json: report } } : {}),
  },
});
