/**
 * The `common` namespace: messages for every validator and API error code, level, document and
 * trámite labels, and generic actions. es-MX is bundled (first paint never shows keys); English
 * loads on demand.
 */
import { defineNamespace } from './i18n.js';
import es from './locales/es-MX/common.js';
import type { AssertResources } from './locales/shape.js';

// Fails to compile if the source stops being valid i18n resources.
export type CommonResources = AssertResources<typeof es>;

export const common = defineNamespace('common', es, {
  en: () => import('./locales/en/common.js'),
});
