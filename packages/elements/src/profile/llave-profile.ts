import { LlaveProfile } from './profile.js';

export { LlaveProfile };

// Guarded so a page that loads two copies (CDN + bundle) does not throw.
if (!customElements.get('llave-profile')) {
  customElements.define('llave-profile', LlaveProfile);
}

declare global {
  interface HTMLElementTagNameMap {
    'llave-profile': LlaveProfile;
  }
}
