import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['packages/*/src/**/*.test.ts'],
          exclude: ['**/*.medium.test.ts', '**/*.routes.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'server-db',
          sequence: { groupOrder: 1 },
          include: ['packages/server/src/**/*.medium.test.ts', 'packages/server/src/**/*.routes.test.ts'],
          globalSetup: ['packages/server/test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: one database-heavy file per core.
          maxWorkers: 2,
        },
      },
    ],
  },
});
