#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first failure.
 * Lint → type check → Node unit and server tests (vitest, real Redis) → browser component tests
 * (web-test-runner in Chromium) → bundle size budgets → end-to-end tests (playwright-core driving
 * Chromium through simulator + BFF + demo) → Storybook build and every story opened in Chromium → BFF benchmark against its budgets.
 * `npm test -- --only=unit,browser` runs a subset.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['lint', 'npx', ['biome', 'ci', '--colors=off', '.']],
  ['types', 'npx', ['tsc', '-b']],
  // Storybook's preview imports the generated custom-elements.json (never committed).
  ['types', 'node', ['packages/elements/scripts/manifest.mjs']],
  ['types', 'npx', ['tsc', '-p', 'tsconfig.tools.json']],
  ['unit', 'npx', ['vitest', 'run']],
  ['browser', 'npx', ['web-test-runner']],
  ['size', 'node', ['scripts/size.mjs']],
  ['e2e', 'node', ['e2e/run.mjs']],
  ['storybook', 'npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet']],
  // Opens every story of that build in Chromium: renders, no console error, no axe violation.
  ['storybook', 'node', ['scripts/stories-check.mjs']],
  // DESIGN.md §6 budgets for the BFF on loopback. A benchmark on a shared 2-core machine is noisy:
  // one retry, and the failure shows both runs' figures.
  ['bench', 'node', ['server/bff/bench/bench.mjs', '--check'], { retries: 1 }],
];

const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const results = [];
for (const [name, cmd, args, { retries = 0 } = {}] of steps) {
  if (only && !only.includes(name)) continue;
  if (name === 'size' && !existsSync('scripts/size.mjs')) continue;
  if (name === 'e2e' && !existsSync('e2e/run.mjs')) continue;
  if (name === 'storybook' && !existsSync('.storybook/main.ts')) continue;
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  let ok = false;
  for (let attempt = 0; attempt <= retries && !ok; attempt++) {
    if (attempt) console.log(`\n↻ ${name}: attempt ${attempt + 1}`);
    const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
    ok = r.status === 0;
  }
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  if (!ok) break;
}
console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? '✔' : '✘'} ${r.name} (${r.seconds}s)`);
const failed = results.filter((r) => !r.ok).length;
process.exit(failed ? 1 : 0);
