import { html } from 'lit';
import type { Translator } from '../internal/i18n-controller.js';
import type { TrackerNamespaces } from './tramite-tracker.strings.js';

/**
 * The folio lookup: label, hint, field and button, and the error under the field (GOV.UK
 * text input: the hint and the error are the field's description).
 */
export function renderLookupForm(
  tr: Translator<TrackerNamespaces>,
  { error, busy, submit }: { error: string; busy: boolean; submit: (e: SubmitEvent) => void },
) {
  return html`<form part="form" class="lookup" novalidate @submit=${submit}>
    <label for="folio">${tr('lookup.label')}</label>
    <p id="folio-help" class="muted">${tr('lookup.help')}</p>
    <div class="row">
      <input
        id="folio"
        name="folio"
        part="input"
        type="text"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        aria-describedby="folio-help folio-error"
        aria-invalid=${error ? 'true' : 'false'}
      />
      <button part="submit" class="primary" type="submit" ?disabled=${busy}>
        ${tr('lookup.submit')}
      </button>
    </div>
    <p id="folio-error" class="error" role="alert">${error}</p>
  </form>`;
}
