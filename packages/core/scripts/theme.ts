/**
 * `npm run theme -w @llave-cdmx/core`: writes src/theme/theme.css from src/theme/tokens.ts, then
 * lets Biome format it the way the lint step expects.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderThemeCss } from '../src/theme/theme-css.js';

const file = fileURLToPath(new URL('../src/theme/theme.css', import.meta.url));
writeFileSync(file, renderThemeCss());
const r = spawnSync('npx', ['biome', 'format', '--write', file], { stdio: 'inherit' });
process.exit(r.status ?? 1);
