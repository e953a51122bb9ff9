import { common, defineNamespace } from '@llave-cdmx/core';
import es from './locales/es-MX.js';

/** es-MX bundled (first paint never shows keys), English loaded when a page asks for it. */
export const profileStrings = defineNamespace('profile', es, {
  en: () => import('./locales/en.js'),
});

/** What the profile translates: its own strings, then core's shared ones (errors, sexo, estados). */
export const profileNamespaces = [profileStrings, common] as const;
