import { defineElement } from '../internal/define-element.js';
import { LlaveRegistrationWizard } from './registration-wizard.js';

export { LlaveRegistrationWizard };

defineElement('llave-registration-wizard', LlaveRegistrationWizard);

declare global {
  interface HTMLElementTagNameMap {
    'llave-registration-wizard': LlaveRegistrationWizard;
  }
}
