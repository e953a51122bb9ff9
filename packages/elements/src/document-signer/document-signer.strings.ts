import { defineNamespace } from '@llave-cdmx/core';
import es from './locales/es-MX.js';

/** es-MX is bundled (first paint, fallback); English loads when a page asks for it. */
export const signerStrings = defineNamespace('document-signer', es, {
  en: () => import('./locales/en.js'),
});
