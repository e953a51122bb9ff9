/**
 * custom-elements.json: generated from each component's JSDoc header (the contract), read by
 * Storybook's autodocs, by editors, and by scripts/framework-types.mjs (the React and Vue
 * typings). `npm run build` and Storybook regenerate it.
 *
 * It ships in the npm package, so its module paths name the published JavaScript
 * (`dist/login-button/login-button.js`), not our TypeScript sources, which tools resolve against
 * the package root.
 */

import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicContract } from './scripts/public-contract.mjs';

/**
 * `src/a/b.ts`, `/src/a/b.js` → `dist/a/b.js`; anything else (relative specifiers) unchanged.
 * `src/llave.ts`, the lazy loader, is built for the CDN only (`dist/cdn/llave.js`).
 */
export const publishedPath = (path) =>
  path
    .replace(/^\/?src\/llave\.(?:ts|js)$/, 'dist/cdn/llave.js')
    .replace(/^\/?src\/(.+)\.(?:ts|js)$/, 'dist/$1.js');

function publishedModulePaths() {
  const fix = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) fix(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') {
        node[key] = publishedPath(value);
      } else fix(value);
    }
  };
  return {
    name: 'llave:published-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      fix(customElementsManifest.modules);
    },
  };
}

/**
 * The registration files define their tag with `defineElement('llave-x', LlaveX)`
 * (src/internal/define-element.ts) rather than `customElements.define`, which is all the
 * analyzer recognises: this records the same `custom-element-definition` export it would, so
 * each class keeps its tag name and stays a custom element in the manifest (and in the React and
 * Vue typings made from it).
 */
function defineElementCalls() {
  return {
    name: 'llave:define-element-calls',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (node.kind !== ts.SyntaxKind.CallExpression) return;
      if (!ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !element || !ts.isIdentifier(element)) return;
      const name = element.text;
      const imported = context?.imports?.find((i) => i.name === name);
      const module = imported
        ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname
        : moduleDoc.path;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name, module } },
      ];
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.ssr-test.ts',
    'src/**/*.stories.ts',
    'src/**/locales/**',
    'src/**/*.d.ts',
    // The CDN loader's internals: only bundled into dist/cdn/llave.js.
    'src/internal/lazy-define.ts',
    // The registration files' helper: a function, no element (see defineElementCalls).
    'src/internal/define-element.ts',
    // Test and story helpers: not published.
    'src/**/fixtures.ts',
    'src/**/test-api.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // The contract first (it reads the sources by their src/ paths), then the published paths.
  plugins: [
    defineElementCalls(),
    publicContract(dirname(fileURLToPath(import.meta.url))),
    publishedModulePaths(),
  ],
};
