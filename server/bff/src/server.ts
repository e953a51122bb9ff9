/**
 * The standalone BFF: a Node HTTP server around `createLlaveBff`, configured by environment
 * variables (README.md). Exits with a readable message when the configuration is wrong.
 */
import { type ServerType, serve } from '@hono/node-server';
import { createLlaveBff, type LlaveBff } from './app.js';
import type { LlaveBffOptions } from './config.js';
import { configFromEnv } from './env.js';

export interface RunningBff {
  bff: LlaveBff;
  server: ServerType;
  url: string;
  close(): Promise<void>;
}

export async function startBffServer(
  options: LlaveBffOptions & { port?: number; host?: string },
): Promise<RunningBff> {
  const bff = createLlaveBff(options);
  const host = options.host ?? '127.0.0.1';
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const s = serve({ fetch: bff.fetch, port: options.port ?? 0, hostname: host }, (info) =>
      resolve({ server: s, port: info.port }),
    );
  });
  return {
    bff,
    server,
    url: `http://${host}:${port}`,
    async close() {
      await new Promise<void>((resolve) => {
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      });
      await bff.close();
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
