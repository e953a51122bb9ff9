/**
 * Outbound HTTP: one keep-alive undici Agent for the IdP and the API, with connect, headers and
 * body timeouts, so a silent upstream turns into a 502/503 instead of a hung request.
 * (DESIGN.md §5: global fetch is several times slower on Node 20 for proxying.)
 */
import { Agent, Client, type Dispatcher, errors, fetch as undiciFetch } from 'undici';
import { UpstreamError } from '../errors.js';

export interface OutboundOptions {
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
}

export function createAgent(opts: OutboundOptions): Agent {
  return new Agent({
    connect: { timeout: opts.connectTimeoutMs },
    headersTimeout: opts.headersTimeoutMs,
    bodyTimeout: opts.bodyTimeoutMs,
    keepAliveTimeout: 10_000,
    connections: 128,
    pipelining: 1,
  });
}

/** Maps undici's failures to what a citizen-facing answer needs: nobody answered, or too late. */
export function toUpstreamError(err: unknown, what: string): UpstreamError {
  if (err instanceof UpstreamError) return err;
  const cause = (err as { cause?: unknown })?.cause ?? err;
  if (
    cause instanceof errors.HeadersTimeoutError ||
    cause instanceof errors.BodyTimeoutError ||
    (cause as { name?: string })?.name === 'TimeoutError'
  ) {
    return new UpstreamError('timeout', `${what} timed out`, { cause: err });
  }
  if (cause instanceof errors.ConnectTimeoutError) {
    return new UpstreamError('unreachable', `${what} connect timeout`, { cause: err });
  }
  const code = (cause as { code?: string })?.code;
  if (
    code &&
    /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|EAI_AGAIN|UND_ERR_SOCKET)$/.test(code)
  ) {
    return new UpstreamError('unreachable', `${what} unreachable (${code})`, { cause: err });
  }
  return new UpstreamError('bad_response', `${what} failed`, { cause: err });
}

/** A `fetch` bound to the agent, for openid-client's `customFetch` and the Llave adapter. */
export function boundFetch(agent: Agent, totalTimeoutMs: number): typeof fetch {
  return ((input: Parameters<typeof fetch>[0], init?: RequestInit) =>
    undiciFetch(
      input as string,
      {
        ...(init as object),
        dispatcher: agent,
        // A whole-request ceiling on top of undici's per-phase timeouts.
        signal: init?.signal
          ? AbortSignal.any([init.signal, AbortSignal.timeout(totalTimeoutMs)])
          : AbortSignal.timeout(totalTimeoutMs),
      } as never,
    )) as unknown as typeof fetch;
}

/** A one-connection client for a retry: never a socket from the pool. */
export function freshClient(origin: string, opts: OutboundOptions): Client {
  return new Client(origin, {
    connect: { timeout: opts.connectTimeoutMs },
    headersTimeout: opts.headersTimeoutMs,
    bodyTimeout: opts.bodyTimeoutMs,
    pipelining: 1,
  });
}

/**
 * The pooled socket was dead: the server had closed a kept-alive connection (or reset it on our
 * write) before any answer to this request. `agent.request` only rejects before response
 * headers, so no answer was seen; a socket that had already read bytes was a reused one from
 * the pool, not a server refusing a new connection. Timeouts and answered requests are never
 * retried.
 */
function staleSocket(err: unknown): boolean {
  const e = err as { code?: string; socket?: { bytesRead?: number }; cause?: unknown };
  const code = e?.code ?? (e?.cause as { code?: string } | undefined)?.code;
  if (!code || !/^(UND_ERR_SOCKET|ECONNRESET|EPIPE)$/.test(code)) return false;
  return e.socket?.bytesRead === undefined || e.socket.bytesRead > 0;
}

/**
 * `agent.request`, retried once on a fresh connection when a kept-alive socket from the pool
 * turns out to be dead before any answer (DESIGN.md §5). The body is a buffer, so it can be
 * sent again.
 */
export async function requestWithFreshRetry(
  agent: Agent,
  fresh: () => Client,
  options: Dispatcher.RequestOptions,
): Promise<Dispatcher.ResponseData> {
  try {
    return await agent.request(options);
  } catch (err) {
    if (!staleSocket(err)) throw err;
    const client = fresh();
    let res: Dispatcher.ResponseData;
    try {
      res = await client.request(options);
    } catch (retryErr) {
      await client.destroy().catch(() => {});
      throw retryErr;
    }
    // Closed once the body has been read (the caller reads it).
    res.body.once('close', () => {
      client.close().catch(() => {});
    });
    return res;
  }
}
