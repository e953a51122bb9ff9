import { defineConfig } from 'vite';

// The browser bundle: Lit's hydration support first, then the components (see client.js).
export default defineConfig({
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    lib: { entry: 'client.js', formats: ['es'], fileName: 'client' },
  },
});
