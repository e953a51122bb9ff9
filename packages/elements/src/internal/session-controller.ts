import { ContextConsumer } from '@lit/context';
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

  get state(): SessionState {
    return this.store.state;
  }

  hostConnected(): void {
    // The context request is answered synchronously while connecting when a provider exists;
    // otherwise fall back to the page-wide store.
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
