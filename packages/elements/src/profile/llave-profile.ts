import { defineElement } from '../internal/define-element.js';
import { LlaveProfile } from './profile.js';

export { LlaveProfile };

defineElement('llave-profile', LlaveProfile);

declare global {
  interface HTMLElementTagNameMap {
    'llave-profile': LlaveProfile;
  }
}
