import { defineConfig } from 'vitest/config';

/** `npm run test:browser`: the layout of the example reports in headless Chromium (needs chromium and cmark-gfm). */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
