// Bench helper: the simulator in its own process, with the bench BFF registered as a client.
import { startSimulator } from '@llave-cdmx/sim';
import { pino } from 'pino';

const origin = process.env.BENCH_BFF_ORIGIN!;
const sim = await startSimulator(
  {
    port: 0,
    host: '127.0.0.1',
    clients: [
      {
        clientId: 'bench',
        clientSecret: 'bench-secret-0123456789',
        redirectUris: [`${origin}/llave/callback`],
        name: 'Bench',
      },
    ],
  },
  { logger: pino({ level: 'silent' }) },
);
process.stdout.write(`READY ${sim.url.replace('localhost', '127.0.0.1')}\n`);
process.on('SIGTERM', () => {
  sim.close().finally(() => process.exit(0));
});
