import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { Agent } from 'undici';
import type { IdpAdapter } from './adapters/types.js';
import type { LlaveBffConfig } from './config.js';
import type { CookieNames } from './session/cookies.js';
import type { Sessions } from './session/sessions.js';
import type { SessionStore } from './session/store.js';

/** What every sub-app of the BFF shares; built once by `createLlaveBff`. */
export interface BffContext {
  config: LlaveBffConfig;
  /** Plain-http localhost development (relaxed cookies). */
  dev: boolean;
  cookies: CookieNames;
  adapter: IdpAdapter;
  store: SessionStore;
  sessions: Sessions;
  logger: Logger;
  agent: Agent;
}

interface NodeEnv {
  incoming?: {
    url?: string;
    socket?: { remoteAddress?: string };
    aborted?: boolean;
    complete?: boolean;
    destroyed?: boolean;
  };
}

/**
 * True when the client is gone before its request was read or answered: it closed the
 * connection, or the server's request timeout destroyed it (a promised body never came).
 */
export function clientGone(c: Context): boolean {
  if (c.req.raw.signal?.aborted) return true;
  const incoming = (c.env as NodeEnv | undefined)?.incoming;
  return (
    !!incoming && (incoming.aborted === true || (incoming.destroyed === true && !incoming.complete))
  );
}

/** The client IP: the socket's peer, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return (c.env as NodeEnv | undefined)?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * The request target as it arrived on the wire (Node), before WHATWG URL parsing resolved dot
 * segments; the parsed URL's path elsewhere (tests through `app.request`).
 */
export function rawTarget(c: Context): string {
  const raw = (c.env as NodeEnv | undefined)?.incoming?.url;
  if (raw) return raw;
  const url = c.req.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  return start === -1 ? '/' : url.slice(start);
}

/** A browser navigation gets a page; fetch and XHR get the JSON error. */
export function wantsHtml(c: Context): boolean {
  const mode = c.req.header('sec-fetch-mode');
  if (mode) return mode === 'navigate';
  return (c.req.header('accept') ?? '').includes('text/html');
}
