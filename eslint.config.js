import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The dependency rule (docs/architecture.md), enforced. */
const moduleDoors = {
  patterns: [
    { group: ['../[a-z]*/*', '!../[a-z]*/index.js'], message: 'Reach another module only through its index.ts.' },
    { group: ['**/packages/web/**', '@yiwang/web'], message: 'The server never imports the web app.' },
  ],
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/*.tmp.ts', 'packages/server/migrations/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['packages/server/src/modules/**/*.ts'],
    ignores: ['packages/server/src/modules/**/*.tables.ts'],
    rules: { 'no-restricted-imports': ['error', moduleDoors] },
  },
  {
    // Table files may name another module's table for a foreign key, and nothing else of it.
    files: ['packages/server/src/modules/**/*.tables.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['../[a-z]*/*', '!../[a-z]*/*.tables.js'], message: 'Only tables for foreign keys.' }] }] },
  },
  {
    files: ['packages/server/src/platform/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/modules/**'], message: 'platform knows no module.' }] }] },
  },
  {
    files: ['packages/web/**/*.{ts,tsx}', 'packages/contracts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/packages/server/**', '@yiwang/server'], message: 'web and contracts never import the server.' }] }] },
  },
  {
    files: ['scripts/**/*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
