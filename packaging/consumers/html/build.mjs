// Self-hosts the CDN build, as a site that cannot use a bundler would (or point the two tags
// at a CDN that serves npm packages: …/@llave-cdmx/elements@0.1.0/dist/cdn/llave.js).
import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const pkg = dirname(
  createRequire(import.meta.url).resolve('@llave-cdmx/elements/custom-elements.json'),
);
mkdirSync('dist', { recursive: true });
cpSync(join(pkg, 'dist/cdn'), 'dist/elements', { recursive: true });
for (const file of ['index.html', 'app.js']) cpSync(file, join('dist', file));
