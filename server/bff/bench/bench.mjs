#!/usr/bin/env node
import { execFileSync, spawn } from 'node:child_process';
/**
 * BFF benchmark on loopback (DESIGN.md §6). Starts the simulator and the BFF in their own
 * processes (the BFF pinned to one core with taskset when available), signs in through the
 * simulator's hosted page, then measures with autocannon:
 *   1. GET /llave/session with a live session: requests per second (budget ≥ 15,000);
 *   2. a proxied public API call vs the same upstream call made directly: p50/p99 and the
 *      latency the BFF adds (budget ≤ 2 ms p50, ≤ 10 ms p99).
 * `--check` exits 1 when a budget is missed. A run takes ~40 s.
 * `--soak[=minutes]` (default 10) then keeps both loads going and samples the BFF's resident
 * memory every 30 s: "memory flat under a 10-minute load" holds when the median of the last third
 * of the samples is within 10% of the median of the first third. Too long for every CI run.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const check = process.argv.includes('--check');
const soakArg = process.argv.find((a) => a.startsWith('--soak'));
const soakMinutes = soakArg ? Number(soakArg.split('=')[1] ?? 10) : 0;
const BUDGET = { sessionRps: 15_000, addedP50: 2, addedP99: 10 };
const children = [];

function hasTaskset() {
  try {
    execFileSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function freePort() {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts a TypeScript entry in its own node process, optionally pinned, and waits for READY. */
function start(entry, env, core) {
  const nodeArgs = ['--conditions=source', '--import', 'tsx', entry];
  const [cmd, args] =
    core !== undefined && pinned
      ? ['taskset', ['-c', String(core), process.execPath, ...nodeArgs]]
      : [process.execPath, nodeArgs];
  const child = spawn(cmd, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk;
      const m = /READY (\S+)|listening on (\S+)/.exec(buffer);
      if (m) resolve(m[1] ?? m[2]);
    });
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}`)));
  });
}

function run(opts) {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/** Resident memory of a process in MB (Linux). */
function rssMb(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Keeps the session and proxy loads going for `soakMinutes` in 30 s slices, sampling the BFF's
 * RSS after each; returns true when memory grew (leak budget missed).
 */
async function soak(pid, { origin, cookie, proxiedOpts }) {
  const slices = Math.max(3, Math.round((soakMinutes * 60) / 30));
  const samples = [];
  console.log(`\nSoak: ${soakMinutes} min of load, BFF RSS sampled every 30 s`);
  for (let i = 0; i < slices; i++) {
    const [s, p] = await Promise.all([
      run({ url: `${origin}/llave/session`, headers: { cookie }, connections: 20, duration: 30 }),
      run({ ...proxiedOpts, duration: 30 }),
    ]);
    if (s.non2xx || s.errors || p.non2xx || p.errors) throw new Error('soak: errors under load');
    samples.push(rssMb(pid));
    const total = Math.round(s.requests.total + p.requests.total);
    console.log(
      `  ${String((i + 1) * 30).padStart(4)} s  RSS ${samples.at(-1).toFixed(1)} MB  (${total} requests)`,
    );
  }
  const third = Math.max(1, Math.floor(samples.length / 3));
  const first = median(samples.slice(0, third));
  const last = median(samples.slice(-third));
  const growth = (last - first) / first;
  const ok = growth <= 0.1;
  console.log(
    `memory: first third ${first.toFixed(1)} MB, last third ${last.toFixed(1)} MB (${(growth * 100).toFixed(1)}%)  budget ≤ +10% ${ok ? 'OK' : 'OVER BUDGET'}`,
  );
  return !ok;
}

const pinned = hasTaskset();
// The load generator must not share the BFF's core, or it measures itself: move this process
// (autocannon runs in it) to core 1, beside the simulator.
if (pinned) execFileSync('taskset', ['-cp', '1', String(process.pid)], { stdio: 'ignore' });
let failed = false;
try {
  const bffPort = await freePort();
  const origin = `http://127.0.0.1:${bffPort}`;
  const simUrl = await start(join(here, 'run-sim.ts'), { BENCH_BFF_ORIGIN: origin }, 1);
  const bffEntry = join(here, 'run-bff.ts');
  await start(
    bffEntry,
    {
      PORT: String(bffPort),
      LLAVE_PUBLIC_ORIGIN: origin,
      LLAVE_ADAPTER: 'llave',
      LLAVE_IDP_URL: simUrl,
      LLAVE_CLIENT_ID: 'bench',
      LLAVE_CLIENT_SECRET: 'bench-secret-0123456789',
      LOG_LEVEL: 'warn',
      // The bench hammers one IP; keep the login limiter out of the way.
      LLAVE_RL_LOGIN_IP_LIMIT: '1000',
    },
    0,
  );

  // Sign in through the hosted page, as a browser would.
  const { tsImport } = await import('tsx/esm/api');
  const { signInThroughHostedPage } = await tsImport(
    pathToFileURL(join(root, 'server/sim/src/idp/testing.ts')).href,
    import.meta.url,
  );
  const login = await fetch(`${origin}/llave/login`, { redirect: 'manual' });
  const tx = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const callback = await signInThroughHostedPage(login.headers.get('location'), {
    login: 'demo.ciudadana@example.com',
    password: 'LlaveDemo2026!',
  });
  const landed = await fetch(callback, { headers: { cookie: tx }, redirect: 'manual' });
  const cookie = landed.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter((c) => c.startsWith('llave_sid='))
    .join('; ');
  const probe = await (await fetch(`${origin}/llave/session`, { headers: { cookie } })).json();
  if (!probe.authenticated) throw new Error('bench sign-in failed');

  console.log(
    `BFF ${pinned ? 'pinned to core 0 (taskset)' : 'not pinned (no taskset)'}; simulator on core 1`,
  );
  // Warm-up, then the measured runs.
  await run({ url: `${origin}/llave/session`, headers: { cookie }, connections: 50, duration: 2 });
  const session = await run({
    url: `${origin}/llave/session`,
    headers: { cookie },
    connections: 50,
    pipelining: 1,
    duration: 10,
  });

  const apiPath = '/v1/catalogs/postal-codes/06700';
  const proxiedOpts = {
    url: `${origin}/llave/api${apiPath}`,
    headers: { 'x-csrf': '1' },
    connections: 4,
    duration: 8,
  };
  const directOpts = { url: `${simUrl}/api${apiPath}`, connections: 4, duration: 8 };
  await run({ ...directOpts, duration: 2 });
  await run({ ...proxiedOpts, duration: 2 });
  const direct = await run(directOpts);
  const proxied = await run(proxiedOpts);
  for (const [name, r] of [
    ['session', session],
    ['direct', direct],
    ['proxied', proxied],
  ]) {
    if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  }

  const rps = Math.round(session.requests.average);
  const addedP50 = proxied.latency.p50 - direct.latency.p50;
  const addedP99 = proxied.latency.p99 - direct.latency.p99;
  const rows = [
    [
      'GET /llave/session',
      `${rps} req/s`,
      `p50 ${session.latency.p50} ms`,
      `p99 ${session.latency.p99} ms`,
      `budget ≥ ${BUDGET.sessionRps} req/s`,
      rps >= BUDGET.sessionRps,
    ],
    [
      'upstream direct',
      `${Math.round(direct.requests.average)} req/s`,
      `p50 ${direct.latency.p50} ms`,
      `p99 ${direct.latency.p99} ms`,
      '',
      true,
    ],
    [
      'through the BFF',
      `${Math.round(proxied.requests.average)} req/s`,
      `p50 ${proxied.latency.p50} ms`,
      `p99 ${proxied.latency.p99} ms`,
      '',
      true,
    ],
    [
      'added by the BFF',
      '',
      `p50 +${addedP50.toFixed(2)} ms`,
      `p99 +${addedP99.toFixed(2)} ms`,
      `budget ≤ ${BUDGET.addedP50} / ${BUDGET.addedP99} ms`,
      addedP50 <= BUDGET.addedP50 && addedP99 <= BUDGET.addedP99,
    ],
  ];
  for (const [name, a, b, c, budget, ok] of rows) {
    console.log(
      `${name.padEnd(20)} ${a.padEnd(14)} ${b.padEnd(16)} ${c.padEnd(16)} ${budget} ${budget ? (ok ? 'OK' : 'OVER BUDGET') : ''}`,
    );
    if (!ok) failed = true;
  }
  if (soakMinutes > 0)
    failed = (await soak(children.at(-1).pid, { origin, cookie, proxiedOpts })) || failed;
} catch (err) {
  console.error(`bench failed: ${err instanceof Error ? err.message : err}`);
  failed = true;
} finally {
  for (const child of children) child.kill('SIGTERM');
}
process.exit(check && failed ? 1 : 0);
