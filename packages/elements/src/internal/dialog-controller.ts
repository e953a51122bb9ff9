import type { ReactiveElement } from 'lit';

/**
 * A modal confirmation `<dialog>` in the host's shadow root that gives focus back to what opened
 * it. `open(value, opener)` shows it with `showModal()` (the page behind is inert, Escape
 * cancels); however it closes (Escape, a button, `close()`), focus returns to `opener`, or to
 * `fallback()` when the opener is gone, e.g. a deleted row's button (WCAG 2.4.3 Focus Order; the
 * APG dialog pattern).
 *
 * The host renders the `<dialog>`, its words from `value` (undefined while closed), and binds
 * `@close=${dialog.onClose}`.
 *
 * @example
 * #dialog = new DialogController<Doc>(this, () => this.renderRoot.querySelector('h3'));
 * html`<button @click=${(e) => this.#dialog.open(doc, e.currentTarget)}>Eliminar</button>
 *   <dialog @close=${this.#dialog.onClose}>${this.#dialog.value ? … : nothing}</dialog>`;
 */
export class DialogController<T> {
  /** What the open dialog is about; undefined while it is closed. */
  value?: T;
  #opener?: HTMLElement;

  constructor(
    private readonly host: ReactiveElement,
    private readonly fallback?: () => HTMLElement | null,
  ) {}

  get #dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  open(value: T, opener: HTMLElement): void {
    this.value = value;
    this.#opener = opener;
    this.host.requestUpdate();
    // Once its words are rendered (so `autofocus` finds its button).
    void this.host.updateComplete.then(() => {
      const dialog = this.#dialog;
      if (dialog && !dialog.open) dialog.showModal();
    });
  }

  /** Closes it; its `close` event then restores focus. */
  close(): void {
    this.#dialog?.close();
  }

  /** The dialog's `close` handler: forget the value, then hand focus back. */
  readonly onClose = (): void => {
    const opener = this.#opener;
    this.value = this.#opener = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      (opener?.isConnected ? opener : this.fallback?.())?.focus(),
    );
  };
}
