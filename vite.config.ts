import { defineConfig } from 'vitest/config';

// Workspace packages export their TypeScript sources under the `source` condition, so tests and
// dev servers run on the sources without a build step (see each package.json `exports`).
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: [
      'packages/core/src/**/*.test.ts',
      'packages/elements/scripts/**/*.test.ts',
      'scripts/**/*.test.ts',
      // Server-side rendering of the components, in Node (the other elements tests run in Chromium).
      'packages/elements/src/**/*.ssr-test.ts',
      'server/*/src/**/*.test.ts',
      'server/*/test/**/*.test.ts',
      'demo/**/*.test.ts',
      // Storybook's navigation, foundations pages and controls, in Node.
      'stories/**/*.test.ts',
      '.storybook/**/*.test.ts',
    ],
    environment: 'node',
    // Two cores: one worker per core; server suites start real servers and a real Redis.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
    globalSetup: ['./scripts/vitest-global-setup.ts'],
  },
});
