import { LlaveRegistrationWizard } from './registration-wizard.js';

export { LlaveRegistrationWizard };

if (!customElements.get('llave-registration-wizard')) {
  customElements.define('llave-registration-wizard', LlaveRegistrationWizard);
}

declare global {
  interface HTMLElementTagNameMap {
    'llave-registration-wizard': LlaveRegistrationWizard;
  }
}
