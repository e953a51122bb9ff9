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

  /** Reads the session again (after a login in another tab, a step-up, an API 401). */
  refresh(): Promise<void> {
    this.#inflight ??= (async () => {
      this.#set({ ...this.#state, status: 'loading' });
      try {
        this.#set({ status: 'ready', info: await this.client.session() });
      } catch (error) {
        this.#set({ status: 'error', info: this.#state.info, error: error as LlaveError });
      } finally {
        this.#inflight = undefined;
      }
    })();
    return this.#inflight;
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
  pageStore ??= new SessionStore();
  return pageStore;
}
