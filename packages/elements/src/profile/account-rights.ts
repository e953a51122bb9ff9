import {
  apiPaths,
  type BffClient,
  type CancellationResponse,
  LlaveError,
  type MisuseReportResponse,
} from '@llave-cdmx/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { ProfileT } from './profile.strings.js';

export type Right = 'export' | 'misuse' | 'cancel';

/** What the rights section needs from the profile. */
export interface RightsHooks {
  client(): BffClient;
  t: ProfileT;
  /** An error code in words. */
  error(code: string): string;
  /** The sign-in that proves a recent login (`recent_login_required`), back to this page. */
  reauthUrl(): string;
  /** Where the password reset is, offered after "No fui yo". */
  resetHref?(): string | undefined;
  /** A right was exercised (the export downloaded; every session ended for the other two). */
  done(right: Right): void;
}

/**
 * The holder's rights (Lineamientos 5.1.1, 5.1.7, 7.1.2), each confirmed in a dialog first:
 * download the data, report a misuse ("No fui yo"), cancel the account. One flow at a time.
 */
export class AccountRights implements ReactiveController {
  /** The dialog open, if any. */
  open?: Right;
  // Flags start undefined (falsy), with no initialiser to ship.
  busy?: boolean;
  /** Error code of the last attempt (`recent_login_required`, `network_error`…). */
  error?: string;
  /** What the last finished action was; the profile says so and, for the last two, stops. */
  done?: Right;

  readonly #hooks: RightsHooks;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    hooks: RightsHooks,
  ) {
    this.#hooks = hooks;
    host.addController(this);
  }

  /** The modal dialog follows `open` (showModal: the page behind is inert, Escape closes it). */
  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector('dialog');
    if (dialog && this.open && !dialog.open) dialog.showModal();
    if (dialog && !this.open && dialog.open) dialog.close();
  }

  /** A right's button opens its dialog, without the last attempt's error. */
  ask(right: Right): void {
    this.open = right;
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** "No, regresar", and the dialog's close however it closes (Escape, a finished right). */
  dismiss = (): void => {
    this.open = undefined;
    this.host.requestUpdate();
  };

  /**
   * The dialog's submit: the confirmed right runs (once at a time), and the profile hears when it
   * is done.
   */
  #onConfirm = async (event: Event): Promise<void> => {
    event.preventDefault();
    const right = this.open;
    if (!right || this.busy) return;
    const description = this.host.renderRoot
      .querySelector<HTMLTextAreaElement>('#misuse-text')
      ?.value.trim();
    this.busy = true;
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const api = this.#hooks.client();
      if (right === 'export') {
        const zip = await api.api<Blob>(apiPaths.meExport, { as: 'blob' });
        saveFile(zip, `llave-cdmx-mis-datos-${new Date().toISOString().slice(0, 10)}.zip`);
      } else if (right === 'misuse') {
        await api.api<MisuseReportResponse>(apiPaths.meMisuseReports, {
          method: 'POST',
          body: description ? { description } : {},
        });
      } else {
        await api.api<CancellationResponse>(apiPaths.meCancellation, {
          method: 'POST',
          body: { confirm: true },
        });
      }
      this.done = right;
      this.open = undefined;
    } catch (err) {
      const e = err instanceof LlaveError ? err : undefined;
      this.error = e ? (e.fields.description ?? e.code) : 'internal_error';
      return;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
    this.#hooks.done(right);
  };

  /** The three rights, and the dialog of the one being confirmed. */
  render() {
    const { t, error } = this.#hooks;
    const ask = (right: Right) => () => this.ask(right);
    // Each right's dialog: its title (the button's words), what will happen, the confirm words.
    const open = this.open;
    return html`<section part="section" aria-labelledby="rights-title">
      <h3 id="rights-title">${t('rights.title')}</h3>
      <p class="row">
        <button type="button" @click=${ask('export')}>${t('rights.export')}</button>
        <button type="button" @click=${ask('misuse')}>${t('rights.misuse')}</button>
        <button type="button" class="danger" @click=${ask('cancel')}>${t('rights.cancel')}</button>
      </p>
      <dialog part="dialog" aria-labelledby="dialog-title" aria-describedby="dialog-what" @close=${this.dismiss}>
        ${
          open
            ? html`<form @submit=${this.#onConfirm}>
                <h3 id="dialog-title">${t(`rights.${open}`)}</h3>
                <p id="dialog-what">${t(`rights.${open}What`)}</p>
                ${
                  open === 'misuse'
                    ? html`<div class="field"><label for="misuse-text">${t('rights.misuseLabel')}</label>
                        <textarea id="misuse-text" maxlength="1000" rows="3"></textarea></div>`
                    : nothing
                }
                ${
                  this.error
                    ? html`<p class="error" role="alert">${error(this.error)}
                        ${this.error === 'recent_login_required' ? html`<a href=${this.#hooks.reauthUrl()}>${t('rights.reauth')}</a>` : nothing}</p>`
                    : nothing
                }
                <p class="row">
                  <button type="submit" class="primary ${open === 'export' ? '' : 'danger'}" ?disabled=${this.busy}>
                    ${this.busy ? t(open === 'export' ? 'rights.exporting' : 'rights.working') : t(`rights.${open}Confirm`)}</button>
                  <button type="button" autofocus @click=${this.dismiss}>${t('rights.back')}</button>
                </p>
              </form>`
            : nothing
        }
      </dialog>
    </section>`;
  }

  /** What the profile shows instead of the ficha once every session ended. */
  renderClosed(done: 'misuse' | 'cancel') {
    const { t } = this.#hooks;
    const reset = this.#hooks.resetHref?.();
    return html`<p class="done" tabindex="-1" role="status">
        ${t(done === 'cancel' ? 'rights.cancelDone' : 'rights.misuseDone')}
      </p>
      ${done === 'misuse' && reset ? html`<a class="button" href=${reset}>${t('rights.resetPassword')}</a>` : nothing}`;
  }
}

/** Hands a blob to the browser's download (the export is fetched with the CSRF header). */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next task: the download has taken the URL by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
