import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

// Autodocs read the components' JSDoc contracts from custom-elements.json. It is generated, never
// committed, so write it fresh whenever Storybook starts (about a second).
execFileSync(process.execPath, [join(root, 'packages/elements/scripts/manifest.mjs')], {
  stdio: 'inherit',
});

/**
 * Serves msw's service worker at /mockServiceWorker.js in dev and emits it in the static build,
 * straight from the installed msw, so no copy is committed and it always matches msw's version.
 */
function mswWorker(): Plugin {
  const file = require.resolve('msw/mockServiceWorker.js');
  const source = () => readFileSync(file, 'utf8');
  return {
    name: 'llave:msw-worker',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: source() });
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(config, {
      // `--quiet` silences Storybook; this silences Vite's per-chunk table (warnings still show).
      logLevel: 'warn',
      // Workspace packages export their TypeScript under `source`: stories run on the sources.
      resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
      plugins: [mswWorker()],
      build: { chunkSizeWarningLimit: 2000, reportCompressedSize: false },
    });
  },
};

export default config;
