/**
 * Graceful shutdown for a Node HTTP server (DESIGN.md §5 "Shutdown drains"): stop accepting,
 * let the requests in flight finish within a window, close keep-alive sockets as soon as they
 * are idle, and only then cut whatever is left. `server.close()` alone waits for keep-alive
 * sockets forever; `closeAllConnections()` first (what the BFF did) cut half of the requests
 * in flight at SIGTERM (issue 11, item 5).
 */
import type { Server, ServerResponse } from 'node:http';

/** Server-side limits that keep a slow or silent client from holding a request open. */
export interface ServerTimeouts {
  /** Whole request, body included, from the first byte (Node answers 408 past it). */
  serverRequestTimeoutMs: number;
  /** Request line and headers. */
  serverHeadersTimeoutMs: number;
  /** An idle keep-alive socket is closed after this. */
  serverKeepAliveTimeoutMs: number;
}

export const DEFAULT_SERVER_TIMEOUTS: ServerTimeouts = {
  serverRequestTimeoutMs: 30_000,
  serverHeadersTimeoutMs: 10_000,
  serverKeepAliveTimeoutMs: 5_000,
};

/** Default drain window: long enough for a proxied call bounded by the outbound timeouts. */
export const DEFAULT_DRAIN_MS = 10_000;

/** `http.createServer` options for these timeouts (the request timeout is only enforced then). */
export function serverOptions(timeouts: Partial<ServerTimeouts> = {}) {
  const t = { ...DEFAULT_SERVER_TIMEOUTS };
  for (const [k, v] of Object.entries(timeouts) as [keyof ServerTimeouts, number | undefined][]) {
    if (v !== undefined) t[k] = v;
  }
  return {
    requestTimeout: t.serverRequestTimeoutMs,
    // Node requires headersTimeout <= requestTimeout.
    headersTimeout: Math.min(t.serverHeadersTimeoutMs, t.serverRequestTimeoutMs),
    keepAliveTimeout: t.serverKeepAliveTimeoutMs,
    // Node checks both timeouts on this interval (30 s by default): check often enough that a
    // request that never completes is cut close to its limit.
    connectionsCheckingInterval: Math.min(1000, t.serverRequestTimeoutMs / 2),
  };
}

/**
 * Tracks the requests in flight on `server` and returns `drain(windowMs)`, which resolves once
 * the server is closed: every request that finished in time got its answer.
 */
export function drainable(server: Server): (windowMs?: number) => Promise<void> {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let settle: (() => void) | undefined;
  server.on('request', (_req, res: ServerResponse) => {
    // A request that slips in on a kept-alive socket during the drain is answered, then the
    // socket closes.
    if (draining) res.setHeader('connection', 'close');
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      if (draining) {
        server.closeIdleConnections();
        if (inFlight.size === 0) settle?.();
      }
    });
  });
  return async (windowMs = DEFAULT_DRAIN_MS) => {
    draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    server.closeIdleConnections();
    if (inFlight.size > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, windowMs);
        timer.unref();
        settle = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    // Past the window (or nothing left): whatever remains is cut.
    server.closeAllConnections();
    await closed;
  };
}
