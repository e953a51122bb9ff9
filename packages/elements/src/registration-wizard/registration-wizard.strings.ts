import { defineNamespace, i18n, type Language } from '@llave-cdmx/core';
import es from './locales/es-MX.js';

/** es-MX is bundled (first paint, fallback); English loads when a page asks for it. */
export const wizardStrings = defineNamespace('registration-wizard', es, {
  en: () => import('./locales/en.js'),
});

/**
 * A validator or API error code in words: core's shared `common:errors.<code>` when it exists
 * (one wording across components) unless this wizard words it for its own context (`errors.*`).
 */
export function errorMessage(code: string, lng: Language): string {
  const own = i18n.t(`registration-wizard:errors.${code}`, { lng, defaultValue: '' });
  return own || i18n.t(`common:errors.${code}`, { lng, defaultValue: code });
}
