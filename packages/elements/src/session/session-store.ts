import { type BffClient, bff, type LlaveError, type SessionInfo } from '@llave-cdmx/core';
import { LlaveSessionChangeEvent } from '../events/session-change.js';

export type SessionStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface SessionState {
  status: SessionStatus;
  /** The last session read; kept while a refresh is under way so nothing flickers. */
  info?: SessionInfo;
  error?: LlaveError;
}

type Listener = (state: SessionState) => void;

const sameSession = (a?: SessionInfo, b?: SessionInfo) =>
  a?.authenticated === b?.authenticated &&
  a?.user?.sub === b?.user?.sub &&
  a?.user?.level === b?.user?.level &&
  a?.expiresAt === b?.expiresAt;

/**
 * One read of `/llave/session` shared by every component that needs it (a page with five
 * components makes one request), and the place sign-out goes through.
 *
 * `llave-session-change` is dispatched on `target` (the `<llave-session>` provider, or the
 * document for the page-wide store) whenever what is known about the session changes.
 */
export class SessionStore {
  #state: SessionState = { status: 'idle' };
  #listeners = new Set<Listener>();
  #inflight?: Promise<void>;

  constructor(
    readonly client: BffClient = bff,
    private readonly target: EventTarget | undefined = globalThis.document,
  ) {}

  get state(): SessionState {
    return this.#state;
  }

  /** Calls `listener` on every change; returns the function that removes exactly it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Reads the session once; later calls share the first read. */
  load(): Promise<void> {
    if (this.#state.status === 'idle') return this.refresh();
    return this.#inflight ?? Promise.resolve();
  }

  /**
   * Reads the session again (after a login in another tab, a step-up, an API 401). `fromIdp`
   * has the BFF re-read the claims from the IdP first (`POST /session/refresh`): a level
   * raised meanwhile by a contact verification shows without a new sign-in.
   */
  async refresh(fromIdp?: boolean): Promise<void> {
    // A plain read already under way would miss what the IdP now says: go after it.
    if (fromIdp) await this.#inflight;
    this.#inflight ??= (async () => {
      this.#set({ ...this.#state, status: 'loading' });
      try {
        // The request goes in a task of its own: starting a fetch costs a slow phone ~10 ms,
        // and the first read is asked for while an element upgrades (issue 18).
        await new Promise((r) => setTimeout(r));
        const c = this.client;
        this.#set({ status: 'ready', info: await (fromIdp ? c.refreshSession() : c.session()) });
      } catch (error) {
        this.#set({ status: 'error', info: this.#state.info, error: error as LlaveError });
      } finally {
        this.#inflight = undefined;
      }
    })();
    return this.#inflight;
  }

  /**
   * Listener for `llave-contact-verified`: the account's level may have risen at the IdP, so a
   * signed-in session is refreshed from it. Nobody signed in (a registration) has nothing to refresh.
   */
  readonly verified = (): void => {
    if (this.#state.info?.authenticated) void this.refresh(true);
  };

  /** Takes a session read elsewhere (a status check, an extension, another tab's news). */
  accept(info: SessionInfo): void {
    this.#set({ status: 'ready', info });
  }

  /** Ends the session at the BFF (POST with the CSRF header) and tells everyone. */
  async logout(): Promise<void> {
    await this.client.logout();
    this.#set({ status: 'ready', info: { authenticated: false } });
  }

  #set(next: SessionState): void {
    const changed = next.status === 'ready' && !sameSession(this.#state.info, next.info);
    this.#state = next;
    for (const listener of [...this.#listeners]) listener(next);
    if (changed && next.info) this.target?.dispatchEvent(new LlaveSessionChangeEvent(next.info));
  }
}

/** The page-wide store used by components that have no `<llave-session>` above them. */
let pageStore: SessionStore | undefined;
export function pageSession(): SessionStore {
  if (!pageStore) {
    pageStore = new SessionStore();
    // Verifiers anywhere on the page: the event is composed, so it reaches the document.
    globalThis.document?.addEventListener('llave-contact-verified', pageStore.verified);
  }
  return pageStore;
}
