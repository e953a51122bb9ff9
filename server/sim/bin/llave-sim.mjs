#!/usr/bin/env node
// Runs the simulator from its TypeScript sources:
//   node --conditions=source --import tsx server/sim/bin/llave-sim.mjs
// Configuration comes from SIM_* variables (server/sim/README.md).
import { loadConfigFromEnv, startSimulator } from '@llave-cdmx/sim';

let sim;
try {
  sim = await startSimulator(loadConfigFromEnv());
} catch (err) {
  // What the operator can fix (a data directory that cannot be written, a bad SIM_* variable,
  // a port in use) is said in one line; anything else keeps its stack for a bug report.
  const known =
    ['StorageUnavailableError', 'ConfigError'].includes(err?.name) || err?.code === 'EADDRINUSE';
  if (!known) throw err;
  console.error(`llave-sim: ${err.message}`);
  process.exit(1);
}
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
