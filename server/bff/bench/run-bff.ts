// Bench helper: the standalone BFF from environment variables, as bin/llave-bff.mjs runs it.
import { main } from '../src/server.js';

const running = await main(process.env);
process.stdout.write(`READY ${running.url}\n`);
