import { common, defineNamespace } from '@llave-cdmx/core';
import { helpStrings } from '../internal/help/help.js';
import type { Translator } from '../internal/i18n-controller.js';
import es from './locales/es-MX.js';

/** es-MX bundled (first paint never shows keys), English loaded when a page asks for it. */
export const profileStrings = defineNamespace('profile', es, {
  en: () => import('./locales/en.js'),
});

/** What the profile translates: its own strings, then core's shared ones (errors, sexo, estados), the help. */
export const profileNamespaces = [profileStrings, common, helpStrings] as const;

/** The profile's typed `t`, handed to the templates and controllers that render for it. */
export type ProfileT = Translator<typeof profileNamespaces>;
