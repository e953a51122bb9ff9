import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptFormStyles } from './registration-wizard.form-styles.js';

/**
 * The light-DOM `<form>` that holds the inputs of the registration wizard and the password
 * reset: password managers and autofill miss inputs inside shadow roots, so the fields live in
 * the host's light DOM, styled by the adopted form sheet. The host renders into `form`.
 */
export class LightForm implements ReactiveController {
  readonly form = document.createElement('form');

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.form.className = 'llave-rw-form';
    // The components validate themselves, with translated messages next to each field.
    this.form.noValidate = true;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.form.parentNode !== this.host) this.host.append(this.form);
    adoptFormStyles(this.host);
  }
}
