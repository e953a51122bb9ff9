/**
 * The ficha's address section: the address and its "Actualizar" button, and behind the button
 * the form, whose fields live in the host's light DOM (autofill and password managers do not
 * reach into shadow roots). The light-DOM form kit (the form, the field templates and their
 * adopted styles, shared with the wizard and the password reset) is downloaded on first use:
 * most visits to the ficha change nothing (DESIGN.md §6 budgets).
 */
import type { Address, BffClient, Profile } from '@llave-cdmx/core';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, render } from 'lit';
import type { FieldView } from '../internal/form/fields.js';
import type { LightForm } from '../internal/form/light-form.js';
import { AddressEditor, type AddressField, MAX } from './address-editor.js';
import type { ProfileT } from './profile.strings.js';

/**
 * How the form kit is fetched: a dynamic import, so the ficha's page does not carry it. An
 * object, so a test can hold the download back and see what a slow connection shows.
 */
export const formKit = {
  load: () => import('../internal/form/form-kit.js'),
};
type Kit = Awaited<ReturnType<typeof formKit.load>>;

/** What the address section needs from the profile. */
export interface AddressHooks {
  client(): BffClient;
  t: ProfileT;
  /** An error code in words. */
  error(code: string): string;
  /** The profile's unique id prefix, for the light-DOM ids. */
  uid: string;
  /** Saved: the ficha with the new address. */
  saved(profile: Profile): void;
  /** Closed without saving. */
  cancelled(): void;
}

type Host = ReactiveControllerHost & HTMLElement;

/** The focused element, inside shadow roots too. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export class AddressSection implements ReactiveController {
  readonly #hooks: AddressHooks;
  readonly #editor: AddressEditor;
  #kit?: Kit;
  #light?: LightForm;
  /** The citizen asked for the form and its kit is still downloading: the button says so. */
  #opening?: boolean;
  /** The kit could not be downloaded (offline): said next to the button, which tries again. */
  #failed?: boolean;

  constructor(
    private readonly host: Host,
    hooks: AddressHooks,
  ) {
    this.#hooks = hooks;
    this.#editor = new AddressEditor(host, hooks.client);
    host.addController(this);
  }

  /** The form is open. */
  get open(): boolean | undefined {
    return this.#editor.open;
  }

  hostUpdated(): void {
    const light = this.#light;
    if (light) render(this.open ? this.#fields() : nothing, light.form, { host: this.host });
  }

  async #open(current: Address | undefined): Promise<void> {
    if (this.#opening) return;
    const before = deepActiveElement();
    if (!this.#kit) {
      // Downloaded on the first open; one download at a time (#opening), and after a failure
      // the next click downloads again (the connection may be back).
      this.#opening = true;
      this.#failed = false;
      this.host.requestUpdate();
      const kit = await formKit.load().catch(() => undefined);
      this.#failed = !kit;
      this.#opening = false;
      if (!kit) return this.host.requestUpdate();
      this.#kit = kit;
      const editor = this.#editor;
      this.#light = new kit.LightForm(this.host, {
        input: (e) => {
          const el = e.target as HTMLInputElement;
          editor.input(el.name, el.value);
        },
        change: (e) => {
          const el = e.target;
          if (el instanceof HTMLSelectElement) editor.input(el.name, el.value);
        },
        // Saves a valid draft; focus goes to the first field in error, or to the failure.
        submit: async (e) => {
          e.preventDefault();
          const first = editor.validate();
          if (first) return this.#focusField(first);
          const saved = await editor.save();
          if (saved) return this.#hooks.saved(saved);
          const field = Object.keys(editor.errors).find((k) => editor.errors[k as AddressField]);
          if (field) return this.#focusField(field);
          await this.host.updateComplete;
          this.host.shadowRoot?.querySelector<HTMLElement>('#address-failure')?.focus();
        },
        click: (e) => {
          if ((e.target as Element).closest('button')?.name === 'cancel-address') {
            editor.close();
            this.#hooks.cancelled();
          }
        },
      });
    }
    this.#editor.start(current);
    // Focus goes into the form unless the citizen moved it elsewhere while the kit downloaded.
    const after = deepActiveElement();
    if (after === before || after === document.body) this.#focusField('codigoPostal');
  }

  async #focusField(name: string): Promise<void> {
    await this.host.updateComplete;
    this.#light?.form.querySelector<HTMLElement>(`[name="${name}"]`)?.focus();
  }

  /** The section: the address (or the open form, slotted from the light DOM) and its button. */
  render(a: Address | undefined) {
    const { t, error } = this.#hooks;
    const open = this.open;
    const code = this.#editor.failure;
    const failure = this.#failed ? t('address.openFailed') : code ? error(code) : '';
    return html`<section part="section" aria-labelledby="address-title">
      <h3 id="address-title" tabindex="-1">${t('address.title')}</h3>
      ${
        open
          ? nothing
          : a
            ? html`<p class="value">${a.calle} ${a.numeroExterior}${a.numeroInterior ? `, ${a.numeroInterior}` : ''}<br />
                ${a.asentamiento} (${a.tipoAsentamiento}), ${a.codigoPostal}<br />${a.municipio}, ${a.estado}</p>`
            : html`<p class="muted">${t('address.none')}</p>`
      }
      <slot></slot>
      ${failure ? html`<p class="error" role="alert" id="address-failure" tabindex="-1">${failure}</p>` : nothing}
      ${
        open
          ? nothing
          : html`<p><button type="button" aria-disabled=${this.#opening ? 'true' : 'false'}
              @click=${() => void this.#open(a)}>
              ${this.#opening ? t('address.opening') : t('address.update')}</button></p>`
      }
    </section>`;
  }

  /** The form's fields, rendered into the light-DOM form once the kit is here. */
  #fields() {
    const { t } = this.#hooks;
    const { textField, selectField } = this.#kit!;
    const editor = this.#editor;
    const v: FieldView = {
      errors: editor.errors,
      id: (name) => `${this.#hooks.uid}-${name}`,
      message: this.#hooks.error,
      value: (name) => editor.draft[name as AddressField] ?? '',
      optionalLabel: t('common:form.optional'),
      chooseLabel: t('common:form.choose'),
    };
    const p = editor.postal;
    return html`<fieldset class="llave-rw-fieldset">
        <legend>${t('common:address.legend')}</legend>
        ${textField(v, 'codigoPostal', {
          label: t('common:address.codigoPostal'),
          help: t('common:address.codigoPostalHelp'),
          autocomplete: 'postal-code',
          inputmode: 'numeric',
          maxlength: 5,
        })}
        ${editor.looking ? html`<p class="llave-rw-help" role="status">${t('common:address.looking')}</p>` : nothing}
        ${
          p
            ? html`${textField(v, 'estado', { label: t('common:address.estado'), readonly: true, value: p.estado, autocomplete: 'address-level1' })}
              ${textField(v, 'municipio', { label: t('common:address.municipio'), readonly: true, value: p.municipio, autocomplete: 'address-level2' })}
              ${selectField(v, 'asentamientoId', {
                label: t('common:address.colonia'),
                help: t('address.coloniaHelp'),
                options: p.asentamientos.map((a) => [a.id, `${a.nombre} (${a.tipo})`]),
              })}`
            : nothing
        }
        ${textField(v, 'calle', { label: t('common:address.calle'), autocomplete: 'address-line1', maxlength: MAX.calle })}
        ${textField(v, 'numeroExterior', { label: t('common:address.numeroExterior'), maxlength: MAX.numeroExterior })}
        ${textField(v, 'numeroInterior', { label: t('common:address.numeroInterior'), optional: true, autocomplete: 'address-line2', maxlength: MAX.numeroInterior })}
      </fieldset>
      <div class="llave-rw-actions">
        <button type="submit" class="llave-rw-primary" name="save-address" aria-disabled=${editor.saving ? 'true' : 'false'}>
          ${editor.saving ? t('common:status.saving') : t('address.save')}
        </button>
        <button type="button" class="llave-rw-secondary" name="cancel-address">${t('common:actions.cancel')}</button>
      </div>`;
  }
}
