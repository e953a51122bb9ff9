#!/usr/bin/env node
// Runs the simulator from its TypeScript sources:
//   node --conditions=source --import tsx server/sim/bin/llave-sim.mjs
// Configuration comes from SIM_* variables (server/sim/README.md).
import { loadConfigFromEnv, startSimulator } from '@llave-cdmx/sim';

const sim = await startSimulator(loadConfigFromEnv());
console.log(`Llave CDMX simulator listening on ${sim.url} (outbox: ${sim.url}/dev/outbox)`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await sim.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
