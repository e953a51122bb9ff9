#!/usr/bin/env node
// Standalone Llave CDMX BFF. Configuration: environment variables, see server/bff/README.md.
// Runs the built JavaScript when present, the TypeScript sources through tsx otherwise.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'server.js');
let mod;
if (existsSync(built)) {
  mod = await import(pathToFileURL(built).href);
} else {
  const { tsImport } = await import('tsx/esm/api');
  mod = await tsImport(pathToFileURL(join(root, 'src', 'server.ts')).href, import.meta.url);
}
try {
  const running = await mod.main(process.env);
  console.log(
    `llave-bff listening on ${running.url} (prefix ${running.bff.config.prefix}, adapter ${running.bff.config.adapter})`,
  );
} catch (err) {
  console.error(`llave-bff: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
