import { defineNamespace } from '@llave-cdmx/core';
import es from './locales/es-MX.js';

/** es-MX bundled (first paint never shows keys), English loaded when a page asks for it. */
export const sessionTimeoutStrings = defineNamespace('session-timeout', es, {
  en: () => import('./locales/en.js'),
});
