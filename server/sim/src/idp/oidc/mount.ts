/**
 * Hands `/oidc/*` to oidc-provider, a Koa app that wants Node's raw request and response.
 *
 * When the simulator runs on @hono/node-server and the env reaches the app, the raw objects are
 * `c.env.incoming` / `c.env.outgoing`: the provider answers on them and the handler returns
 * RESPONSE_ALREADY_SENT so Hono writes nothing more. The body stream must not have been read
 * before (no body-parsing middleware above this route).
 *
 * Otherwise (`app.request()` in tests, a fetch wrapper that drops the env, another runtime) the
 * request is relayed to the provider on a private loopback listener, with the public host and
 * scheme in X-Forwarded-* so every URL the provider builds still names the simulator.
 *
 * Either way oidc-provider derives its mount path from `originalUrl` minus `url`, as under
 * Express, so its endpoints live under `/oidc`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { Context } from 'hono';
import type Provider from 'oidc-provider';
import { OIDC_PATH } from './provider.js';

type NodeRequest = IncomingMessage & { originalUrl?: string };
type NodeHandler = (req: NodeRequest, res: ServerResponse) => void;

interface NodeEnv {
  incoming?: NodeRequest;
  outgoing?: ServerResponse;
}

/** Strips the mount path so the provider routes `/auth`, `/token`… and reports `/oidc` as its mount. */
function mounted(callback: NodeHandler, trustForwarded: boolean): NodeHandler {
  return (req, res) => {
    if (!trustForwarded) {
      for (const h of ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-for'])
        delete req.headers[h];
    }
    const url = req.url ?? '/';
    req.originalUrl = url;
    req.url = url.slice(OIDC_PATH.length) || '/';
    callback(req, res);
  };
}

export interface OidcMount {
  handler: (c: Context) => Promise<Response>;
  close(): Promise<void>;
}

export function oidcMount(getProvider: () => Promise<Provider>): OidcMount {
  let direct: NodeHandler | undefined;
  let relay: Promise<{ server: Server; port: number }> | undefined;

  const startRelay = async () => {
    const provider = await getProvider();
    const server = createServer(mounted(provider.callback() as NodeHandler, true));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    server.unref();
    return { server, port: (server.address() as AddressInfo).port };
  };

  async function viaRelay(c: Context): Promise<Response> {
    relay ??= startRelay();
    const { port } = await relay;
    const incoming = new URL(c.req.url);
    const headers = new Headers(c.req.raw.headers);
    headers.set('x-forwarded-host', incoming.host);
    headers.set('x-forwarded-proto', incoming.protocol.replace(':', ''));
    headers.delete('x-forwarded-for');
    const hasBody = !['GET', 'HEAD'].includes(c.req.method);
    const upstream = await fetch(`http://127.0.0.1:${port}${incoming.pathname}${incoming.search}`, {
      method: c.req.method,
      headers,
      body: hasBody ? await c.req.arrayBuffer() : undefined,
      redirect: 'manual',
    });
    const out = new Headers(upstream.headers);
    // fetch already de-chunked the body; the length of what is re-sent is Hono's business.
    out.delete('transfer-encoding');
    out.delete('content-length');
    return new Response(upstream.body, { status: upstream.status, headers: out });
  }

  return {
    async handler(c) {
      const { incoming, outgoing } = (c.env ?? {}) as NodeEnv;
      if (!incoming || !outgoing) return viaRelay(c);
      const provider = await getProvider();
      direct ??= mounted(provider.callback() as NodeHandler, false);
      await new Promise<void>((resolve) => {
        outgoing.once('finish', resolve);
        outgoing.once('close', resolve);
        direct!(incoming, outgoing);
      });
      return RESPONSE_ALREADY_SENT;
    },
    async close() {
      if (!relay) return;
      const { server } = await relay;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
