import {
  estimatePasswordStrength,
  type PasswordContext,
  type PasswordStrength,
} from '@llave-cdmx/core';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CommonTranslator } from '../i18n-controller.js';

export { StrengthAnnouncer } from './strength-announcer.js';

/** The new-password block's labels that are each component's own words. */
type PasswordLabel = 'password' | 'confirm';

export interface NewPasswordView {
  /** Light-DOM id for a field name. */
  id(name: string): string;
  /**
   * The component's translator: the two fields' words in its own namespace, under `password.`
   * ("Nueva contraseña" in the reset, "Contraseña" in the wizard), and core's shared ones (the
   * username's label, the advice, show password, strength levels, tips).
   */
  t: CommonTranslator & ((key: `password.${PasswordLabel}`) => string);
  message(code: string): string;
  errors: Readonly<Record<string, string | undefined>>;
  password: string;
  passwordConfirm: string;
  shown: boolean;
  /** The account name password managers should save the password under. */
  username: string;
  context: PasswordContext;
  announcement: string;
}

/**
 * The new-password block shared by the registration wizard and the password reset: a username
 * the password manager can pair with, the password and its confirmation
 * (`autocomplete="new-password"`, paste allowed), a show/hide toggle button with aria-pressed,
 * and a strength meter with tips. Labels from the component's own namespace; levels and tips
 * from core's `common:` one.
 */
export function newPasswordFields(v: NewPasswordView) {
  const strength = v.password ? estimatePasswordStrength(v.password, v.context) : undefined;
  const pw = v.id('password');
  const confirm = v.id('passwordConfirm');
  const error = (name: string) => (v.errors[name] ? v.message(v.errors[name]!) : '');
  return html`
    <div class="llave-rw-field">
      <label for=${v.id('username')}>${v.t('common:password.account')}</label>
      <input id=${v.id('username')} name="username" type="email" autocomplete="username" readonly .value=${live(v.username)} />
    </div>
    <div class="llave-rw-field">
      <label for=${pw}>${v.t('password.password')}</label>
      <p class="llave-rw-help" id="${pw}-help">${v.t('common:password.help')}</p>
      ${newPasswordInput(v, 'password', `${pw}-help ${pw}-strength ${pw}-error`)}
      <div class="llave-rw-meter" data-score=${strength?.score ?? 'none'} aria-hidden="true"><span></span></div>
      <p class="llave-rw-help" id="${pw}-strength">
        ${strength ? strengthLabel(v.t, strength.score) : ''}
        ${strength?.tips.length ? html`<span class="llave-rw-tips">${strength.tips.map((tip) => v.t(`common:password.tips.${tip}`)).join(' ')}</span>` : nothing}
      </p>
      <p class="llave-rw-error" id="${pw}-error">${error('password')}</p>
    </div>
    <button type="button" class="llave-rw-secondary" name="toggle-password" aria-pressed=${v.shown} aria-controls="${pw} ${confirm}">
      ${v.t('common:actions.showPassword')}
    </button>
    <div class="llave-rw-field">
      <label for=${confirm}>${v.t('password.confirm')}</label>
      ${newPasswordInput(v, 'passwordConfirm', `${confirm}-error`)}
      <p class="llave-rw-error" id="${confirm}-error">${error('passwordConfirm')}</p>
    </div>
    <p class="llave-rw-visually-hidden" role="status">${v.announcement}</p>
  `;
}

/**
 * The password and its confirmation are the same kind of input (shown or hidden together, never
 * autocorrected, saved as a new password), so both come from here and cannot drift apart.
 */
function newPasswordInput(
  v: NewPasswordView,
  name: 'password' | 'passwordConfirm',
  describedBy: string,
) {
  return html`<input
    id=${v.id(name)}
    name=${name}
    type=${v.shown ? 'text' : 'password'}
    autocomplete="new-password"
    spellcheck="false"
    autocapitalize="none"
    aria-required="true"
    aria-invalid=${!!v.errors[name]}
    aria-describedby=${describedBy}
    .value=${live(v[name])}
  />`;
}

/** "Seguridad: buena" for a strength score: under the field, and what the announcer says. */
const strengthLabel = (t: CommonTranslator, score: PasswordStrength['score']) =>
  t('common:password.strength.label', { level: t(`common:password.strength.${score}`) });

/** The sentence the announcer says for a password (empty for an empty one). */
export function strengthSentence(
  t: CommonTranslator,
  password: string,
  context: PasswordContext,
): string {
  return password ? strengthLabel(t, estimatePasswordStrength(password, context).score) : '';
}
