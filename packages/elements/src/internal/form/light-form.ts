import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptFormStyles } from './form-styles.js';

/**
 * The light-DOM `<form>` that holds the inputs of the registration wizard and the password
 * reset: password managers and autofill miss inputs inside shadow roots, so the fields live in
 * the host's light DOM, styled by the adopted form sheet. The host renders into `form`.
 */
export class LightForm implements ReactiveController {
  #form?: HTMLFormElement;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Listeners on the form (delegated: the host's templates re-render inside it). */
    private readonly listeners: Partial<
      Record<'input' | 'change' | 'submit' | 'click', (e: Event) => void>
    > = {},
  ) {
    host.addController(this);
  }

  /**
   * The form, made on first use: never while constructing, so server rendering (no document)
   * can construct the element.
   */
  get form(): HTMLFormElement {
    if (!this.#form) {
      this.#form = document.createElement('form');
      this.#form.className = 'llave-rw-form';
      // The components validate themselves, with translated messages next to each field.
      this.#form.noValidate = true;
      for (const [type, listener] of Object.entries(this.listeners))
        this.#form.addEventListener(type, listener);
    }
    return this.#form;
  }

  hostConnected(): void {
    if (this.form.parentNode !== this.host) this.host.append(this.form);
    adoptFormStyles(this.host);
  }
}
