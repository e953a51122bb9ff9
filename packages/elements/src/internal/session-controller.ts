import { ContextConsumer } from '@lit/context';
import type { BffClient } from '@llave-cdmx/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sessionContext } from '../session/session-context.js';
import { pageSession, type SessionState, type SessionStore } from '../session/session-store.js';

/**
 * Gives a component the citizen's session: from the nearest `<llave-session>` provider, or the
 * page-wide store when there is none, and re-renders the host whenever it changes.
 *
 * @example
 * #session = new SessionController(this);
 * render() { return this.#session.state.info?.authenticated ? … : …; }
 */
export class SessionController implements ReactiveController {
  #store?: SessionStore;
  #unsubscribe?: () => void;
  #consumer: ContextConsumer<typeof sessionContext, ReactiveControllerHost & HTMLElement>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    this.#consumer = new ContextConsumer(host, {
      context: sessionContext,
      subscribe: true,
      callback: (store) => this.#use(store),
    });
    host.addController(this);
  }

  get store(): SessionStore {
    return this.#store ?? this.#consumer.value ?? pageSession();
  }

  /**
   * The BFF client a component talks through: its own `client` property when the page set one
   * (tests, a BFF on another prefix), else the session's, so every call shares its CSRF header
   * and prefix with the session.
   */
  client(own?: BffClient): BffClient {
    return own ?? this.store.client;
  }

  get state(): SessionState {
    return this.store.state;
  }

  hostConnected(): void {
    // The context request is answered synchronously while connecting when a provider exists.
    // A `<llave-session>` above that is not defined yet (the lazy loader fetches tags in any
    // order) provides its store once it upgrades: reading the page-wide session meanwhile would
    // ask a BFF the page may not have (a browser-only session). Otherwise, the page-wide store.
    if (!this.#consumer.value && this.host.closest('llave-session:not(:defined)')) {
      // Asked again once it is defined (upgraded synchronously by `define`): its provider
      // answers then. Without a ContextRoot nothing would replay this request.
      void customElements.whenDefined('llave-session').then(() => {
        if (this.host.isConnected && !this.#store) this.#consumer.hostConnected();
      });
      return;
    }
    this.#use(this.#consumer.value ?? pageSession());
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = undefined;
  }

  #use(store: SessionStore): void {
    if (store === this.#store && this.#unsubscribe) return;
    this.#unsubscribe?.();
    this.#store = store;
    this.#unsubscribe = store.subscribe(() => this.host.requestUpdate());
    void store.load();
    this.host.requestUpdate();
  }
}
