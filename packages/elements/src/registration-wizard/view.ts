import type { FieldView } from '../internal/form/fields.js';
import type { Translator } from '../internal/i18n-controller.js';
import type { Draft } from './draft.js';
import type { WizardNamespaces } from './registration-wizard.strings.js';

/** What the step templates need from the wizard: the kit's field view plus the draft. */
export interface WizardView extends FieldView {
  draft: Draft;
  /** Translates a wizard key, or a `common:` one. */
  t: Translator<WizardNamespaces>;
  /** The UI language, for Intl. */
  lang: string;
}
