import { defineNamespace } from '@llave-cdmx/core';
import es from './locales/es-MX.js';

/** es-MX bundled, English on demand: every component that offers help declares this namespace. */
export const helpStrings = defineNamespace('help', es, {
  en: () => import('./locales/en.js'),
});

export type HelpTopic = keyof typeof es.topics;
export const HELP_TOPICS = Object.keys(es.topics) as HelpTopic[];
