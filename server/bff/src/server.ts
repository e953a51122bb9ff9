/**
 * The standalone BFF: a Node HTTP server around `createLlaveBff`, configured by environment
 * variables (README.md). Exits with a readable message when the configuration is wrong.
 */
import type { Server } from 'node:http';
import { type ServerType, serve } from '@hono/node-server';
import { createLlaveBff, type LlaveBff, type LlaveBffDeps } from './app.js';
import type { LlaveBffOptions } from './config.js';
import { configFromEnv } from './env.js';
import { DEFAULT_DRAIN_MS, drainable, type ServerTimeouts, serverOptions } from './http/drain.js';

export interface ServerOptions extends Partial<ServerTimeouts> {
  port?: number;
  host?: string;
  /** How long shutdown waits for requests in flight before cutting them. */
  drainMs?: number;
}

export interface RunningBff {
  bff: LlaveBff;
  server: ServerType;
  url: string;
  /** Stops accepting, lets requests in flight finish (within `drainMs`), then closes. */
  close(): Promise<void>;
}

export async function startBffServer(
  options: LlaveBffOptions & ServerOptions,
  deps: LlaveBffDeps = {},
): Promise<RunningBff> {
  const bff = createLlaveBff(options, deps);
  const host = options.host ?? '127.0.0.1';
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const s = serve(
      {
        fetch: bff.fetch,
        port: options.port ?? 0,
        hostname: host,
        // A promised body that never arrives must not hold a request open (408 past it).
        serverOptions: serverOptions({
          serverRequestTimeoutMs: options.serverRequestTimeoutMs,
          serverHeadersTimeoutMs: options.serverHeadersTimeoutMs,
          serverKeepAliveTimeoutMs: options.serverKeepAliveTimeoutMs,
        }),
      },
      (info) => resolve({ server: s, port: info.port }),
    );
  });
  const drain = drainable(server as Server);
  let closing: Promise<void> | undefined;
  return {
    bff,
    server,
    url: `http://${host}:${port}`,
    close() {
      closing ??= drain(options.drainMs ?? DEFAULT_DRAIN_MS).then(() => bff.close());
      return closing;
    },
  };
}

export async function main(
  env: Record<string, string | undefined> = process.env,
): Promise<RunningBff> {
  const running = await startBffServer(configFromEnv(env));
  const stop = () => {
    running.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return running;
}
