/** Kept in step with package.json by scripts/bundle.mjs. */
export const VERSION = '0.1.0';
