/**
 * The browser's client for the agency's BFF (same origin); `apiTarget` is its transport seam.
 *
 * - `credentials: 'same-origin'` so the HttpOnly session cookie goes along, and nothing else.
 * - `X-CSRF: 1` on every call: a plain form or a cross-site fetch without CORS cannot send a
 *   custom header, so the BFF refuses state changes without it (DESIGN.md §5).
 * - Errors are typed by what a component must do about them (see `LlaveError.kind`).
 */
import type { ApiErrorBody, ApiErrorCode, Level, SessionInfo } from '../contract.js';
import { DEFAULT_BFF_PREFIX } from '../contract.js';

export type LlaveErrorKind =
  | 'network' // no answer (offline, DNS, aborted by timeout)
  | 'needs-login' // 401
  | 'needs-level' // 403 level_required
  | 'forbidden' // other 403
  | 'not-found' // 404
  | 'conflict' // 409
  | 'validation' // 400, 413, 415, 422
  | 'rate-limited' // 429
  | 'server' // 5xx and anything unexpected
  | 'sign-in' // the IdP's answer to a sign-in was refused (browser-only session)
  | 'config'; // the page asks for something that cannot work (e.g. Llave protocol without a BFF)

/**
 * Codes the browser raises itself (no server answer to carry them):
 * - `network_error`: no answer at all;
 * - `sign_in_failed`: an IdP's answer to a browser-only sign-in was refused (state, nonce,
 *   error from the IdP), and nothing of it was kept;
 * - `protocol_unsupported`: the Llave CDMX protocol needs a client secret, which a browser
 *   cannot keep: that protocol only works through the BFF;
 * - `config_invalid`: a browser-only session is missing a setting or has one that is not a URL.
 */
export type ClientErrorCode =
  | 'network_error'
  | 'sign_in_failed'
  | 'protocol_unsupported'
  | 'config_invalid';

export class LlaveError extends Error {
  override readonly name = 'LlaveError';
  constructor(
    readonly kind: LlaveErrorKind,
    /** Translatable code, e.g. `email_registered`; `network_error` when there was no answer. */
    readonly code: ApiErrorCode | ClientErrorCode,
    readonly status: number,
    /** Field path → validation code, for 422. */
    readonly fields: Record<string, string> = {},
    /** Seconds until a retry may succeed (429). */
    readonly retryAfter?: number,
    readonly requiredLevel?: Level,
    readonly helpUrl?: string,
    options?: ErrorOptions,
  ) {
    super(`${kind}: ${code}`, options);
  }
}

/**
 * What each status the API answers with means: its kind, and the code it stands for when the
 * body names none. Any other status is a server error (`internal_error` at 5xx, `bad_request`
 * below).
 */
const STATUSES: Record<number, [LlaveErrorKind, ApiErrorCode]> = {
  400: ['validation', 'bad_request'],
  401: ['needs-login', 'unauthorized'],
  403: ['forbidden', 'forbidden'],
  404: ['not-found', 'not_found'],
  409: ['conflict', 'bad_request'],
  413: ['validation', 'payload_too_large'],
  415: ['validation', 'unsupported_media_type'],
  422: ['validation', 'validation_failed'],
  429: ['rate-limited', 'rate_limited'],
  502: ['server', 'upstream_unavailable'],
  503: ['server', 'upstream_unavailable'],
  504: ['server', 'upstream_unavailable'],
};

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON-serialised unless it is FormData, Blob or a string. */
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** `blob`: a successful answer is the body's bytes (a document's content), not JSON. */
  as?: 'json' | 'blob';
}

/** Where an API call goes and what it carries besides its own headers. */
export interface ApiTarget {
  url: string;
  headers: Record<string, string>;
  /** `same-origin` for the BFF's session cookie; `omit` for a Bearer token to another origin. */
  credentials: RequestCredentials;
}

export interface BffClientOptions {
  /** Where the BFF is mounted on this origin. */
  prefix?: string;
  /**
   * The fetch to use; defaults to the global one. Anything fetch-shaped works, including a
   * server app's own handler in tests: `fetch: (input, init) => app.request(input, init)`.
   */
  fetch?: (input: string, init: RequestInit) => Response | Promise<Response>;
}

export class BffClient {
  readonly prefix: string;
  readonly #fetch: NonNullable<BffClientOptions['fetch']>;

  constructor({ prefix = DEFAULT_BFF_PREFIX, fetch: f }: BffClientOptions = {}) {
    this.prefix = prefix.replace(/\/$/, '');
    this.#fetch = f ?? ((...args) => globalThis.fetch(...args));
  }

  /** URL of the login endpoint, for links and the no-JavaScript fallback. */
  loginUrl(returnTo?: string, level?: Level): string {
    const params = new URLSearchParams();
    if (returnTo) params.set('returnTo', returnTo);
    if (level) params.set('level', level);
    const qs = params.toString();
    return `${this.prefix}/login${qs ? `?${qs}` : ''}`;
  }

  session(signal?: AbortSignal): Promise<SessionInfo> {
    return this.request<SessionInfo>('/session', { signal });
  }

  /**
   * Asks the BFF to read the citizen's claims again from the IdP (`POST /session/refresh`), e.g.
   * after a contact verification raised the account's level; answers the updated session.
   */
  refreshSession(signal?: AbortSignal): Promise<SessionInfo> {
    return this.request<SessionInfo>('/session/refresh', { method: 'POST', signal });
  }

  async logout(signal?: AbortSignal): Promise<void> {
    await this.request<unknown>('/logout', { method: 'POST', signal });
  }

  /** Calls the Llave API through the BFF proxy: `api('/v1/me')` → `GET /llave/api/v1/me`. */
  async api<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.send<T>(await this.apiTarget(path), options);
  }

  /**
   * The transport of API calls (`api()` and uploads): the BFF proxy on this origin, with the
   * session cookie and the CSRF header. A session without a BFF swaps it for the API's own
   * origin and a Bearer token (`<llave-session mode="browser">`), so components never know.
   */
  async apiTarget(path: string): Promise<ApiTarget> {
    return this.#bff(`/api${path}`);
  }

  /** A raw call under the prefix, resolving to the parsed JSON (or undefined for 204). */
  request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return this.send<T>(this.#bff(path), options);
  }

  #bff(path: string): ApiTarget {
    return {
      url: `${this.prefix}${path}`,
      headers: { 'X-CSRF': '1' },
      credentials: 'same-origin',
    };
  }

  /** Sends one call to `target` and maps the answer: parsed JSON, or a typed `LlaveError`. */
  protected async send<T>(target: ApiTarget, options: RequestOptions = {}): Promise<T> {
    const { method = options.body === undefined ? 'GET' : 'POST', body, signal } = options;
    const headers: Record<string, string> = {
      Accept: options.as === 'blob' ? '*/*' : 'application/json',
      ...target.headers,
      ...options.headers,
    };
    let payload: BodyInit | undefined;
    if (body instanceof FormData || body instanceof Blob || typeof body === 'string') {
      payload = body;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    let res: Response;
    let text = '';
    let blob: Blob | undefined;
    try {
      res = await this.#fetch(target.url, {
        method,
        headers,
        body: payload,
        signal,
        credentials: target.credentials,
      });
      // Read inside the try: a connection that drops mid-body is a network error too.
      if (options.as === 'blob' && res.ok) blob = await res.blob();
      else text = res.status === 204 ? '' : await res.text();
    } catch (cause) {
      // An abort the caller asked for (a component going away) is not an error to show:
      // rethrow it as is. A timeout is different: the person waited and must be told.
      if (signal?.aborted && !isTimeout(signal.reason)) throw cause;
      throw new LlaveError('network', 'network_error', 0, {}, undefined, undefined, undefined, {
        cause,
      });
    }
    if (blob) return blob as T;
    return parseAnswer<T>(res.status, text, res.headers.get('Retry-After'));
  }
}

/**
 * An API answer read: its JSON body (undefined when empty, as for a 204) when the status is 2xx,
 * else a typed `LlaveError` thrown, from the body's `error` and the `Retry-After` header. What
 * `api()` does with every answer, and what a transport of its own (the picker's uploads, sent
 * with XMLHttpRequest for their progress) does too, so both read and word errors alike.
 */
export function parseAnswer<T>(status: number, text: string, retryAfterHeader?: string | null): T {
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (status >= 200 && status < 300) return data as T;
  const err = (data as Partial<ApiErrorBody> | undefined)?.error;
  const [kind, fallback] = STATUSES[status] ?? [
    'server',
    status >= 500 ? 'internal_error' : 'bad_request',
  ];
  // A proxy's HTML error page or a malformed body still gets a code the UI can translate.
  const code = typeof err?.code === 'string' ? err.code : fallback;
  const retryAfter =
    typeof err?.retryAfter === 'number' && err.retryAfter > 0
      ? err.retryAfter
      : parseRetryAfter(retryAfterHeader ?? null);
  throw new LlaveError(
    kind === 'forbidden' && code === 'level_required' ? 'needs-level' : kind,
    code,
    status,
    err?.fields && typeof err.fields === 'object' ? err.fields : {},
    retryAfter,
    err?.requiredLevel,
    err?.helpUrl,
  );
}

function isTimeout(reason: unknown): boolean {
  return reason instanceof DOMException && reason.name === 'TimeoutError';
}

/** Retry-After is delay-seconds or an HTTP-date (RFC 9110 §10.2.3); answers whole seconds. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) {
    const seconds = Number(trimmed);
    return seconds > 0 ? seconds : undefined;
  }
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  const seconds = Math.ceil((at - Date.now()) / 1000);
  return seconds > 0 ? seconds : undefined;
}

/** The shared client for the default prefix. */
export const bff = new BffClient();
