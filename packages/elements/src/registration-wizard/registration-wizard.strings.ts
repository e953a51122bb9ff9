import { common, defineNamespace } from '@llave-cdmx/core';
import { helpStrings } from '../internal/help/help.js';
import es from './locales/es-MX.js';

/** es-MX is bundled (first paint, fallback); English loads when a page asks for it. */
export const wizardStrings = defineNamespace('registration-wizard', es, {
  en: () => import('./locales/en.js'),
});

/**
 * What the wizard translates: its own strings, then core's shared ones (sexo, documents,
 * password strength). An error code reads the wizard's own wording first (`errors.*`), then
 * core's `common:errors.<code>`, so one wording serves every component unless the wizard needs
 * its own.
 */
export const wizardNamespaces = [wizardStrings, common, helpStrings] as const;
export type WizardNamespaces = typeof wizardNamespaces;
