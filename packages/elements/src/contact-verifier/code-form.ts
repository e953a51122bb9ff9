import type { Verification } from '@llave-cdmx/core';
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { verifierStrings } from './contact-verifier.strings.js';
import { correctDestination } from './correct-destination.js';
import type { CorrectionController } from './correction-controller.js';
import { formatSeconds } from './countdown-controller.js';

type Key = Parameters<typeof verifierStrings.t>[0] | 'common:actions.cancel';

/** What the code form shows and what it calls back: the element owns the state. */
export interface CodeFormView {
  v: Verification;
  t: (key: Key, options?: Record<string, unknown>) => string;
  /** The contact as shown in the intro (in full when typed here, masked otherwise). */
  destination: string;
  code: string;
  error: string;
  busy: boolean;
  locked: boolean;
  secondsLeft: number;
  /** The "that's wrong" correction: offered only when the channel has `correct`. */
  correction: CorrectionController;
  onInput: (e: Event) => void;
  /** The form was submitted (Enter or the button): check the code. */
  onSubmit: () => void;
  onResend: () => void;
}

/** The code input, confirm, resend with its countdown, and the "that's wrong" correction. */
export function codeForm(f: CodeFormView) {
  const { t, v } = f;
  const waiting = f.secondsLeft > 0;
  const c = f.correction;
  return html`
    <p part="intro">${t(`intro.${v.channel}`, { destination: f.destination })}</p>
    <form
      part="form"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        f.onSubmit();
      }}
    >
      <div class="field">
        <label for="code">${t('label')}</label>
        <p class="help" id="help">${t('help')}</p>
        <input
          id="code"
          part="input"
          name="code"
          autocomplete="one-time-code"
          inputmode="numeric"
          enterkeyhint="done"
          spellcheck="false"
          .value=${live(f.code)}
          aria-invalid=${f.error ? 'true' : 'false'}
          aria-describedby="help error"
          @input=${f.onInput}
        />
        <p class="error" id="error" role="alert">${f.error}</p>
      </div>
      <div class="actions">
        <button part="submit" type="submit" aria-disabled=${f.busy || f.locked ? 'true' : 'false'}>
          ${t(f.busy ? 'checking' : 'submit')}
        </button>
      </div>
    </form>
    <div class="actions">
      <button
        part="resend"
        type="button"
        class="secondary"
        aria-disabled=${waiting ? 'true' : 'false'}
        aria-describedby="countdown"
        @click=${f.onResend}
      >
        ${t('resend')}
      </button>
      ${
        c.offered
          ? html`<button
              part="correct"
              type="button"
              class="secondary"
              aria-expanded=${c.open ? 'true' : 'false'}
              @click=${() => void c.toggle()}
            >
              ${t('wrongContact')}
            </button>`
          : nothing
      }
    </div>
    ${
      c.open
        ? correctDestination({
            channel: v.channel,
            t,
            error: c.error?.() ?? '',
            onCancel: () => c.cancel(),
            onInvalid: () => c.invalid(),
            onSubmit: (destination) => void c.submit(destination),
          })
        : nothing
    }
    <p id="countdown" class="status">
      ${waiting ? t('resendIn', { time: formatSeconds(f.secondsLeft) }) : ''}
    </p>
  `;
}
