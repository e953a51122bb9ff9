import { defineConfig } from 'vite';
import { definitions } from './definitions.js';

// The browser bundle: Lit's hydration support first, then every component (see client.js).
export default defineConfig({
  logLevel: 'warn',
  plugins: [
    {
      name: 'llave-tags',
      resolveId: (id) => (id === 'virtual:llave-tags' ? '\0llave-tags' : null),
      load: (id) =>
        id === '\0llave-tags'
          ? definitions.map(({ specifier }) => `import ${JSON.stringify(specifier)};`).join('\n')
          : null,
    },
  ],
  build: {
    outDir: 'dist',
    lib: { entry: 'client.js', formats: ['es'], fileName: 'client' },
  },
});
