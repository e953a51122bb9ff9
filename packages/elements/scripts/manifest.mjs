#!/usr/bin/env node
/** Writes packages/elements/custom-elements.json with the analyzer (`--litelement`). */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
const r = spawnSync(process.execPath, [cli, 'analyze', '--quiet'], { cwd: pkg, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
