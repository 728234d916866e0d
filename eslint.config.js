import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**', 'coverage/**', 'demo-out/**', 'bench/.data/**', '.scratch/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['@actions/*', '@octokit/*'], message: 'domain/ is pure: no @actions or @octokit imports.' },
          { group: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:net', 'node:http', 'node:https', 'node:child_process'], message: 'domain/ is pure: no I/O.' },
        ],
      }],
    },
  },
  {
    // Output goes through the neutralising writers only (src/domain/safe-output.ts): untrusted text never steers
    // the runner or the terminal. The writers themselves are the exceptions below.
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts', 'src/adapters/actions/log.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': ['error',
        ...['stdout', 'stderr'].map((property) => ({ object: 'process', property, message: 'write through the neutralised streams (console-log.ts) or the Log port.' })),
        ...['info', 'debug', 'notice', 'warning', 'error', 'setFailed', 'startGroup'].map((property) => ({ object: 'core', property, message: 'log through actionsLog (src/adapters/actions/log.ts), which neutralises.' })),
      ],
    },
  },
);
