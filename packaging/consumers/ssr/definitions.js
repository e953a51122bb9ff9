// Every tag the installed package defines and its registration module, from its manifest, so
// the server renders and the browser bundle defines each component, new ones included.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const manifestPath = createRequire(import.meta.url).resolve(
  '@llave-cdmx/elements/custom-elements.json',
);
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

/** `{ tag, specifier }` per custom element, e.g. `@llave-cdmx/elements/session/llave-session.js`. */
export const definitions = manifest.modules.flatMap((m) =>
  (m.exports ?? [])
    .filter((e) => e.kind === 'custom-element-definition')
    .map((e) => ({
      tag: e.name,
      specifier: `@llave-cdmx/elements/${m.path.replace(/^dist\//, '')}`,
    })),
);
