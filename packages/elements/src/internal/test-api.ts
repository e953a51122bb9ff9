/**
 * Test support shared by the component suites that talk to the Llave API: a small in-memory API
 * answering real `Request`s (the session, a 401 once signed out, overrides per route, then the
 * suite's own routes), a BffClient whose fetch goes to it, and a session provider over it, so a
 * component's request and error paths run for real in Chromium. Each suite adds its routes and
 * data (document-picker/test-api.ts, document-signer/test-api.ts). Not published.
 */
import { ContextProvider } from '@lit/context';
import { BffClient, type SessionInfo } from '@llave-cdmx/core';
import { sessionContext } from '../session/session-context.js';
import { SessionStore } from '../session/session-store.js';

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The BFF's error shape: `{ error: { code, message, ...extra } }`. */
export const apiError = (status: number, code: string, extra: object = {}) =>
  json(status, { error: { code, message: code, ...extra } });

/** One request the API saw: its JSON body parsed (undefined for none or another type). */
export interface ApiCall {
  method: string;
  path: string;
  headers: Headers;
  body?: unknown;
}

export interface FakeApi {
  session: SessionInfo;
  /** Every request seen, in order. */
  calls: ApiCall[];
  /** Answers that replace a route (`METHOD /path`), for error paths. */
  overrides: Map<string, () => Response | Promise<Response>>;
  handle(req: Request): Promise<Response>;
}

/** A suite's own routes: an answer, or undefined for a 404 `not_found`. */
export type Routes = (
  req: Request,
  call: ApiCall,
) => Response | undefined | Promise<Response | undefined>;

/** A verified citizen's session (the picker's and the signer's default, before their changes). */
export const signedIn = (user: Partial<NonNullable<SessionInfo['user']>> = {}): SessionInfo => ({
  authenticated: true,
  user: { sub: 'u1', name: 'Juana Pérez', level: 'verificada', ...user },
  expiresAt: '2099-01-01T00:00:00Z',
});

/**
 * `state` made a fake API: `handle` records the call, answers an override, the session, a 401
 * once `state.session` is signed out, then `routes`.
 */
export function fakeApi<S extends object>(
  state: S & { session?: SessionInfo },
  routes: Routes,
): S & FakeApi {
  const api = Object.assign(state, {
    session: state.session ?? signedIn(),
    calls: [] as ApiCall[],
    overrides: new Map<string, () => Response | Promise<Response>>(),
    async handle(req: Request): Promise<Response> {
      const path = new URL(req.url).pathname;
      const call: ApiCall = { method: req.method, path, headers: req.headers };
      if (req.headers.get('Content-Type')?.startsWith('application/json')) {
        call.body = await req.clone().json();
      }
      api.calls.push(call);
      const override = api.overrides.get(`${req.method} ${path}`);
      if (override) return override();
      if (path === '/llave/session') return json(200, api.session);
      if (!api.session.authenticated) return apiError(401, 'unauthorized');
      return (await routes(req, call)) ?? apiError(404, 'not_found');
    },
  });
  return api;
}

export function clientFor(api: Pick<FakeApi, 'handle'>): BffClient {
  return new BffClient({
    fetch: async (input, init) =>
      api.handle(new Request(new URL(String(input), location.href), init)),
  });
}

/** Makes `wrapper` a session provider backed by `api`, as `<llave-session>` would. */
export function provideSession(wrapper: HTMLElement, api: Pick<FakeApi, 'handle'>): SessionStore {
  const store = new SessionStore(clientFor(api), wrapper);
  new ContextProvider(wrapper, { context: sessionContext, initialValue: store });
  return store;
}

/**
 * `api` with its session read held until `release()`: what a component shows before the session
 * is known, then what replaces it (the layout-shift tests: nothing in view may move).
 */
export function holdSession(api: Pick<FakeApi, 'handle'>): {
  api: Pick<FakeApi, 'handle'>;
  release: () => void;
} {
  let release!: () => void;
  const held = new Promise<void>((r) => {
    release = r;
  });
  return {
    release,
    api: {
      async handle(req) {
        if (new URL(req.url).pathname === '/llave/session') await held;
        return api.handle(req);
      },
    },
  };
}
