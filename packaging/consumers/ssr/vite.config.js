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
    // One file: split into chunks, Lit would land in a shared chunk that the entry imports, and
    // an import runs before the importing module's own code, so Lit would load before the
    // hydration support that must patch it (the button then rendered a second copy).
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
