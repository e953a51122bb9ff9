import { ContextProvider } from '@lit/context';
import { BffClient, DEFAULT_BFF_PREFIX } from '@llave-cdmx/core';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { sessionContext } from './session-context.js';
import { SessionStore } from './session-store.js';

/**
 * @summary Shares one read of the citizen's session with every Llave component inside it.
 *
 * Wrap a page (or part of it) in `<llave-session>` when the BFF is not mounted at `/llave`, or
 * to listen to `llave-session-change` on one element. Without a provider, components share a
 * page-wide session for the default prefix.
 *
 * @slot - The page content that uses the session.
 * @event llave-session-change - The session was first read, ended, or changed (`event.session`).
 *   Not fired for property changes made by the page.
 *
 * @property bffPrefix - Where the BFF is mounted on this origin (attribute `prefix`, default
 *   `/llave`). Not called `prefix` as a property because `Element.prefix` is the DOM's own
 *   (namespace prefix) and must keep its meaning.
 * @property store - The session store (read-only in practice; replaced when `prefix` changes).
 */
export class LlaveSession extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  @property({ attribute: 'prefix', reflect: true }) bffPrefix = DEFAULT_BFF_PREFIX;

  #store = new SessionStore(new BffClient({ prefix: this.bffPrefix }), this);
  #provider = new ContextProvider(this, { context: sessionContext, initialValue: this.#store });

  /** The store the components below share: `state`, `refresh()`, `logout()`, `client`. */
  get store(): SessionStore {
    return this.#store;
  }

  /** Reads the session again (after a login in another tab, or a step-up). */
  refresh(): Promise<void> {
    return this.#store.refresh();
  }

  /** Ends the session at the BFF and tells every component. */
  logout(): Promise<void> {
    return this.#store.logout();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (
      changed.has('bffPrefix') &&
      this.#store.client.prefix !== this.bffPrefix.replace(/\/$/, '')
    ) {
      // A different BFF is a different session: consumers resubscribe through the context.
      this.#store = new SessionStore(new BffClient({ prefix: this.bffPrefix }), this);
      this.#provider.setValue(this.#store);
      if (this.isConnected) void this.#store.load();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#store.load();
  }

  override render() {
    return html`<slot></slot>`;
  }
}
