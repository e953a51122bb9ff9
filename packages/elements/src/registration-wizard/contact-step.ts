import { html } from 'lit';
import { textField } from '../internal/form/fields.js';
import type { WizardView } from './view.js';

/** Step 2: the email (required, the future username) and an optional mobile. */
export function contactStep(v: WizardView) {
  return html`
    ${textField(v, 'email', {
      label: v.t('common:personal.email'),
      help: v.t('contact.emailHelp'),
      type: 'email',
      autocomplete: 'email',
      inputmode: 'email',
    })}
    ${textField(v, 'mobile', {
      label: v.t('common:personal.mobile'),
      help: v.t('contact.mobileHelp'),
      type: 'tel',
      autocomplete: 'tel-national',
      inputmode: 'tel',
      optional: true,
    })}
  `;
}
