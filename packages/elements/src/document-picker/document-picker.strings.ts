import { type common, defineNamespace } from '@llave-cdmx/core';
import type { Translator } from '../internal/i18n-controller.js';
import es from './locales/es-MX.js';

/** es-MX bundled (first paint never shows keys), English loaded when a page asks for it. */
export const documentPickerStrings = defineNamespace('document-picker', es, {
  en: () => import('./locales/en.js'),
});

/** The picker's translator (its own keys bare, core's shared words as `common:…`). */
export type PickerT = Translator<[typeof documentPickerStrings, typeof common]>;

/** What the picker's controllers need of its I18nController. */
export interface PickerText {
  readonly translator: PickerT;
  readonly language: string;
}
