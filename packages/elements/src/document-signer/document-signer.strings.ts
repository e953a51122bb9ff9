import { common, defineNamespace } from '@llave-cdmx/core';
import { helpStrings } from '../internal/help/help.js';
import type { Translator } from '../internal/i18n-controller.js';
import es from './locales/es-MX.js';

/** es-MX is bundled (first paint, fallback); English loads when a page asks for it. */
export const signerStrings = defineNamespace('document-signer', es, {
  en: () => import('./locales/en.js'),
});

/**
 * What the signer translates: its own strings, core's shared ones (levels, document types), and
 * the help every component ends with.
 */
export const signerNamespaces = [signerStrings, common, helpStrings] as const;

/** The signer's typed `t`, for the templates that render for it. */
export type SignerT = Translator<typeof signerNamespaces>;
