import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

/** Browser component tests: real Chromium (Debian's, see .ci/run), TypeScript sources via esbuild. */

export default {
  files: ['packages/elements/src/**/*.test.ts', 'packages/core/src/**/*.browser-test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'packages/elements/tsconfig.json' }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 600_000,
};
