/**
 * Outbound HTTP: one keep-alive undici Agent for the IdP and the API, with connect, headers and
 * body timeouts, so a silent upstream turns into a 502/503 instead of a hung request.
 * (DESIGN.md §5: global fetch is several times slower on Node 20 for proxying.)
 */
import { Agent, errors, fetch as undiciFetch } from 'undici';
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
