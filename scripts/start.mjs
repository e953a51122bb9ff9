#!/usr/bin/env node
/**
 * `npm start`: builds the elements when needed, then runs the Llave simulator (4010, accounts kept
 * in .data/sim) and the demo agency site with its BFF (3000), both on loopback, until Ctrl-C.
 * and the demo site without a server (3001, browser-only session). Ports: DEMO_PORT, SIM_PORT,
 * STATIC_PORT. `npm start -- --build` rebuilds the elements first.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElements } from './build-elements.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!buildElements({ force: process.argv.includes('--build') })) process.exit(1);

const dataDir = join(root, '.data/sim');
mkdirSync(dataDir, { recursive: true });
const env = {
  ...process.env,
  DEMO_PORT: process.env.DEMO_PORT ?? '3000',
  SIM_PORT: process.env.SIM_PORT ?? '4010',
  STATIC_PORT: process.env.STATIC_PORT ?? '3001',
  SIM_DATA_DIR: dataDir,
};
const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'demo/main.ts'], {
  cwd: root,
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});

child.stdout.on('data', (chunk) => {
  for (const line of String(chunk).split('\n')) {
    if (!line.startsWith('LLAVE_STACK_READY ')) {
      if (line.trim()) process.stdout.write(`${line}\n`);
      continue;
    }
    const { demoUrl, staticUrl, simUrl, outboxUrl } = JSON.parse(
      line.slice('LLAVE_STACK_READY '.length),
    );
    console.log(`
  Llave CDMX Elements is running

  Demo agency site (SEMOVI):  ${demoUrl}/
  BFF session:                ${demoUrl}/llave/session
  Site without a server:      ${staticUrl}/  (browser-only session, no BFF)
  Llave simulator:            ${simUrl}/
  Dev outbox (codes):         ${outboxUrl}

  Demo account:  CURP PEGJ900115HDFRRN03 · demo.ciudadana@example.com
                 password LlaveDemo2026!
  Simulator data is kept in .data/sim (delete it to start fresh).

  Press Ctrl-C to stop.
`);
  }
});

let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  child.kill(signal);
  setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
child.on('exit', (code) => process.exit(stopping ? 0 : (code ?? 1)));
