/** `startSimulator`: the simulator on a real socket (`@hono/node-server`). */
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { createSimulator, type Simulator, type SimulatorOptions } from './app.js';
import { resolveConfig } from './config.js';
import type { SimConfig, SimContext } from './types.js';

export interface RunningSimulator {
  url: string;
  port: number;
  ctx: SimContext;
  close(): Promise<void>;
}

/** The env argument carries @hono/node-server's raw `incoming`/`outgoing`, which the OIDC side needs. */
type Fetch = (req: Request, env?: unknown) => Response | Promise<Response>;

const starting: Fetch = () =>
  Response.json(
    { error: { code: 'upstream_unavailable', message: 'El simulador está arrancando.' } },
    { status: 503, headers: { 'Retry-After': '1' } },
  );

function listen(
  host: string,
  port: number,
  fetch: Fetch,
): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname: host, port }, (info: AddressInfo) =>
      resolve({ server, port: info.port }),
    );
    server.once('error', reject);
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive connections would hold close() open until they time out.
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}

/**
 * Listens on `host:port` (port 0 picks a free port; the real one is reported). Without an
 * explicit `publicUrl` it becomes `http://localhost:<real port>`, because the issuer and the
 * redirect URLs must name the port actually bound: hence listen first, build the app second.
 */
export async function startSimulator(
  overrides: Partial<SimConfig> = {},
  options: SimulatorOptions = {},
): Promise<RunningSimulator> {
  const base = resolveConfig(overrides);
  let handler: Fetch = starting;
  const { server, port } = await listen(base.host, base.port, (req, env) => handler(req, env));
  const publicUrl = overrides.publicUrl ?? `http://localhost:${port}`;
  let sim: Simulator;
  try {
    sim = await createSimulator({ ...overrides, port, publicUrl }, options);
  } catch (err) {
    await closeServer(server);
    throw err;
  }
  handler = (req, env) => sim.app.fetch(req, env);
  return {
    url: sim.ctx.config.publicUrl,
    port,
    ctx: sim.ctx,
    async close() {
      await closeServer(server);
      await sim.close();
    },
  };
}
