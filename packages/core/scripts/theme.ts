/**
 * `npm run theme -w @llave-cdmx/core`: writes src/theme/theme.css and the elements' token
 * fallbacks (packages/elements/src/internal/tokens.ts) from src/theme/tokens.ts, then lets
 * Biome format them the way the lint step expects.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderThemeCss, renderTokenModule } from '../src/theme/theme-css.js';

const css = fileURLToPath(new URL('../src/theme/theme.css', import.meta.url));
const module = fileURLToPath(new URL('../../elements/src/internal/tokens.ts', import.meta.url));
writeFileSync(css, renderThemeCss());
writeFileSync(module, renderTokenModule());
const r = spawnSync('npx', ['biome', 'format', '--write', css, module], { stdio: 'inherit' });
process.exit(r.status ?? 1);
