/**
 * Server-side rendering frameworks (Next, Nuxt, Astro…) import components on the server, where
 * there is no DOM: importing the published build there must not throw, and must define nothing.
 * Runs plain Node (no `source` condition), so it exercises dist/ exactly as npm users get it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const importUnderNode = (specifier: string) =>
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(specifier)});
       console.log(JSON.stringify({ keys: Object.keys(m), dom: typeof document }));`,
    ],
    { encoding: 'utf8' },
  );

for (const specifier of [
  '@llave-cdmx/elements',
  '@llave-cdmx/elements/login-button/llave-login-button.js',
  '@llave-cdmx/elements/session/llave-session.js',
]) {
  test(`importing ${specifier} in Node without a DOM does not throw`, () => {
    const r = importUnderNode(specifier);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
    assert.equal(out.dom, 'undefined');
    assert.ok(out.keys.length > 0);
  });
}
