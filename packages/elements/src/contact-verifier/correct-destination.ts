import type { Channel } from '@llave-cdmx/core';
import { validateEmail, validateMobile } from '@llave-cdmx/core';
import { html } from 'lit';

type T = (
  key:
    | 'correct.email'
    | 'correct.sms'
    | 'correct.help'
    | 'correct.submit'
    | 'common:actions.cancel'
    | 'errors.destination_invalid',
) => string;

export interface CorrectDestinationOptions {
  channel: Channel;
  t: T;
  /** The error to show under the input (from the last attempt), or empty. */
  error: string;
  onCancel: () => void;
  /** Sends the normalised destination; resolves to an error message or undefined. */
  onSubmit: (destination: string) => void;
  /** The destination is not valid; the caller keeps the (untranslated) message to show. */
  onInvalid: () => void;
}

/**
 * The small "that's wrong" form: a new email or mobile, checked with core's validators before
 * the API is asked, so a typo gets an answer at once.
 */
export function correctDestination(o: CorrectDestinationOptions) {
  const email = o.channel === 'email';
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem(
      'destination',
    ) as HTMLInputElement;
    const result = email ? validateEmail(input.value) : validateMobile(input.value);
    if (result.ok) o.onSubmit(result.value);
    else {
      o.onInvalid();
      input.focus();
    }
  };
  return html`<form class="correct" novalidate @submit=${submit}>
    <div class="field">
      <label for="destination">${o.t(email ? 'correct.email' : 'correct.sms')}</label>
      <p class="help" id="destination-help">${o.t('correct.help')}</p>
      <input
        id="destination"
        name="destination"
        type=${email ? 'email' : 'tel'}
        autocomplete=${email ? 'email' : 'tel-national'}
        inputmode=${email ? 'email' : 'tel'}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby="destination-help destination-error"
      />
      <p class="error" id="destination-error" role="alert">${o.error}</p>
    </div>
    <div class="actions">
      <button type="submit" part="submit">${o.t('correct.submit')}</button>
      <button type="button" class="secondary" @click=${o.onCancel}>${o.t('common:actions.cancel')}</button>
    </div>
  </form>`;
}
