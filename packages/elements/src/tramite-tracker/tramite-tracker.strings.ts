import { common, defineNamespace } from '@llave-cdmx/core';
import { helpStrings } from '../internal/help/help.js';
import es from './locales/es-MX.js';

/** es-MX bundled (first paint never shows keys), English loaded when a page asks for it. */
export const tramiteTrackerStrings = defineNamespace('tramite-tracker', es, {
  en: () => import('./locales/en.js'),
});

/** What the tracker translates: its own strings, then core's shared ones (statuses, errors). */
export const trackerNamespaces = [tramiteTrackerStrings, common, helpStrings] as const;
export type TrackerNamespaces = typeof trackerNamespaces;
