import type { BffClient, RegistrationResponse } from '@llave-cdmx/core';
import { html, nothing } from 'lit';
import type { Translator } from '../internal/i18n-controller.js';
import { type Conflict, helpTopics } from './outcomes.js';
import type { WizardNamespaces } from './registration-wizard.strings.js';
import type { WizardView } from './view.js';

/** The wizard's own parts around the form (in its shadow root): the templates, no state. */

type T = Translator<WizardNamespaces>;
export type Step = 1 | 2 | 3;

/** "Paso N de 3": the ordered steps, the done ones as buttons back to them (not from the end). */
export function progress(t: T, step: Step | 4, goTo: (step: Step) => void) {
  return html`<ol class="progress" part="progress" aria-label=${t('progress')}>
    ${([1, 2, 3] as const).map((n) => {
      const name = t(`steps.${n}`);
      const done = n < step;
      return html`<li aria-current=${n === step ? 'step' : nothing} class=${done ? 'done' : ''}>
        ${
          done && step !== 4
            ? html`<button type="button" @click=${() => goTo(n)}>
                ${t('goTo', { step: n, name })}
              </button>`
            : html`<span>${n}. ${name}</span>`
        }${done ? html`<span class="visually-hidden"> (${t('done')})</span>` : nothing}
      </li>`;
    })}
  </ol>`;
}

/** The error summary: each error a link that moves focus to its field (GOV.UK). */
export function summary(v: WizardView, names: readonly string[], focus: (name: string) => void) {
  if (!names.length) return nothing;
  return html`<div class="summary" part="summary" tabindex="-1" role="group" aria-labelledby="summary-title">
    <p id="summary-title"><strong>${v.t('common:form.summary')}</strong></p>
    <ul>
      ${names.map(
        (name) => html`<li>
          <a href="#${v.id(name)}" @click=${(e: Event) => {
            e.preventDefault();
            focus(name);
          }}>${v.message(v.errors[name] ?? 'required')}</a>
        </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * The conflict says what happened and what the guide says to do (sign in or recover; if the
 * account is not yours, a módulo de atención or writing with ID, proof of address and a
 * photo; LOCATEL), then the ways out. It takes focus itself (tabindex -1), so it is read first.
 */
export function conflictMessage(
  t: T,
  c: Conflict,
  links: { signIn: string; reset?: string; help?: string },
) {
  const help = c.helpUrl || links.help;
  return html`<div class="conflict" part="conflict" role="group" tabindex="-1" aria-labelledby="conflict-title">
    <p id="conflict-title"><strong>${t(`common:errors.${c.code}`)}</strong></p>
    <p>${t(`help:topics.${helpTopics(c)[0]!}.answer`)}</p>
    <ul>
      <li><a href=${links.signIn}>${t('common:actions.enterAccount')}</a></li>
      ${links.reset ? html`<li><a href=${links.reset}>${t('conflict.recover')}</a></li>` : nothing}
      ${help ? html`<li><a href=${help}>${t('help:more')}</a></li>` : nothing}
    </ul>
    <p>${t('help:locatel')} <a href="tel:+525556581111">55 5658 1111</a></p>
  </div>`;
}

/** Step 4: the emailed code in `<llave-contact-verifier>`, then the way to sign in. */
export function verifyStep(
  t: T,
  o: {
    verified: boolean;
    registration: RegistrationResponse;
    /** The email as typed, shown in full so a typo can be spotted. */
    destination: string;
    client: BffClient;
    helpHref?: string;
    signIn: string;
    onVerified: () => void;
  },
) {
  return o.verified
    ? html`<p class="done-message">${t('verify.done')}</p>
        <p><a class="button" part="sign-in" href=${o.signIn}>${t('common:actions.signIn')}</a></p>`
    : html`<p>${t('verify.intro')}</p>
        <llave-contact-verifier
          .verification=${o.registration.verification}
          .destination=${o.destination}
          .client=${o.client}
          help-href=${o.helpHref ?? nothing}
          @llave-contact-verified=${o.onVerified}
        ></llave-contact-verifier>`;
}

/** The step's primary action and, after step 1, the way back. */
export function actions(t: T, step: Step, busy: boolean) {
  return html`<div class="llave-rw-actions">
    <button type="submit" class="llave-rw-primary" aria-disabled=${busy}>
      ${busy ? t(step === 3 ? 'sending' : 'checking') : t(step === 3 ? 'submit' : 'common:actions.continue')}
    </button>
    ${step > 1 ? html`<button type="button" class="llave-rw-secondary" name="back">${t('common:actions.back')}</button>` : nothing}
  </div>`;
}
