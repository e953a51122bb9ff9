/**
 * Runs the stack in this process until SIGINT/SIGTERM. Started by `scripts/start.mjs` and
 * `e2e/run.mjs` with `node --import tsx --conditions=source demo/main.ts`.
 *
 * Environment: DEMO_PORT (3000), SIM_PORT (4010), STATIC_PORT (3001, the site without a
 * server), SIM_DATA_DIR (unset = in memory), and the BFF's LLAVE_SESSION_IDLE_SECONDS /
 * LLAVE_SESSION_ABSOLUTE_SECONDS (to see the timeout warning).
 * Prints one `LLAVE_STACK_READY <json>` line (for scripts) once both servers listen.
 */
import { startStack } from './stack.js';

const port = Number(process.env.DEMO_PORT ?? 3000);
const simPort = Number(process.env.SIM_PORT ?? 4010);
const staticPort = Number(process.env.STATIC_PORT ?? 3001);
const dataDir = process.env.SIM_DATA_DIR || undefined;

try {
  const stack = await startStack({ port, simPort, dataDir, staticPort });
  const { demoUrl, staticUrl, simUrl, outboxUrl } = stack;
  console.log(`LLAVE_STACK_READY ${JSON.stringify({ demoUrl, staticUrl, simUrl, outboxUrl })}`);
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    await stack.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
