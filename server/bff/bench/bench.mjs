#!/usr/bin/env node
import { execFileSync, spawn } from 'node:child_process';
/**
 * BFF benchmark on loopback (DESIGN.md §6). Starts the simulator, the BFF and a reference bare
 * Hono app in their own processes (the BFF and the reference pinned to the same core with taskset
 * when available), signs in through the simulator's hosted page, then measures with autocannon:
 *   1. GET /llave/session with a live session against the reference answering the same JSON
 *      (cookie → Map lookup), in alternating rounds on the same core: the BFF's rate as a ratio of
 *      the reference's (budget ≥ 0.35×, target ≥ 0.6×). A ratio, because the machines this runs on
 *      are shared and noisy: an absolute req/s depends on the machine, not on the BFF. Absolute
 *      figures are printed, never gated;
 *   2. a proxied public API call vs the same upstream call made directly: p50/p99 and the
 *      latency the BFF adds (budget ≤ 2 ms p50, ≤ 10 ms p99).
 * `--check` exits 1 when a budget is missed. A run takes ~50 s.
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
// `--cpu-prof`: the BFF writes a V8 CPU profile into .bench-prof/ when it exits (open it in
// Chromium's DevTools, Performance panel), to see where a request's time goes.
const cpuProf = process.argv.includes('--cpu-prof');
const soakMinutes = soakArg ? Number(soakArg.split('=')[1] ?? 10) : 0;
const BUDGET = { sessionRatio: 0.35, sessionRatioTarget: 0.6, addedP50: 2, addedP99: 10 };
const ROUNDS = 3;
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
function start(entry, env, core, extraNodeArgs = []) {
  const nodeArgs = ['--conditions=source', '--import', 'tsx', ...extraNodeArgs, entry];
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

/** CPU time a process has used so far, in ms (Linux: utime + stime from /proc/PID/stat). */
function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** Runs a load and also measures the server process's CPU time per request, in µs. */
async function runMeasured(opts, pid) {
  const before = cpuMs(pid);
  const result = await run(opts);
  result.cpuPerRequestUs = ((cpuMs(pid) - before) * 1000) / Math.max(1, result.requests.total);
  return result;
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
    cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${join(root, '.bench-prof')}`] : [],
  );
  const bffPid = children.at(-1).pid;

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
  // The reference answers the very JSON the BFF answered, for the same cookie.
  const [sidName, sid] = cookie.split('=');
  const referenceUrl = await start(
    join(here, 'run-reference.ts'),
    { BENCH_COOKIE_NAME: sidName, BENCH_SID: sid, BENCH_SESSION_JSON: JSON.stringify(probe) },
    0,
  );
  const referencePid = children.at(-1).pid;
  const sessionOpts = { headers: { cookie }, connections: 50, pipelining: 1, duration: 5 };
  // Warm-up (JIT) for both, then alternating rounds so that drift on a shared machine hits both.
  await run({ ...sessionOpts, url: `${referenceUrl}/llave/session`, duration: 2 });
  await run({ ...sessionOpts, url: `${origin}/llave/session`, duration: 2 });
  const bffRuns = [];
  const refRuns = [];
  for (let i = 0; i < ROUNDS; i++) {
    refRuns.push(
      await runMeasured({ ...sessionOpts, url: `${referenceUrl}/llave/session` }, referencePid),
    );
    bffRuns.push(await runMeasured({ ...sessionOpts, url: `${origin}/llave/session` }, bffPid));
  }
  const session = bffRuns.at(-1);
  const total = (runs) => runs.reduce((n, r) => n + r.requests.total, 0);
  const ratio = total(bffRuns) / total(refRuns);
  const rpsOf = (runs) => Math.round(total(runs) / (ROUNDS * sessionOpts.duration));
  // CPU time per request is what a saturated core would turn into throughput; unlike req/s it
  // does not depend on whether the load generator kept up. Printed beside the gated ratio.
  const cpuOf = (runs) => median(runs.map((r) => r.cpuPerRequestUs));

  const apiPath = '/v1/catalogs/postal-codes/06700';
  const proxiedOpts = {
    url: `${origin}/llave/api${apiPath}`,
    headers: { 'x-csrf': '1' },
    connections: 4,
    duration: 4,
  };
  const directOpts = { url: `${simUrl}/api${apiPath}`, connections: 4, duration: 4 };
  await run({ ...directOpts, duration: 2 });
  await run({ ...proxiedOpts, duration: 2 });
  // Alternating rounds again; the added latency is the median of the rounds' differences, so one
  // round that a neighbour's burst of work landed in does not decide the gate.
  const directRuns = [];
  const proxiedRuns = [];
  for (let i = 0; i < ROUNDS; i++) {
    directRuns.push(await run(directOpts));
    proxiedRuns.push(await run(proxiedOpts));
  }
  const added = (q) => median(proxiedRuns.map((r, i) => r.latency[q] - directRuns[i].latency[q]));
  const direct = directRuns.at(-1);
  const proxied = proxiedRuns.at(-1);
  for (const [name, r] of [
    ...bffRuns.map((r) => ['session', r]),
    ...refRuns.map((r) => ['reference', r]),
    ...directRuns.map((r) => ['direct', r]),
    ...proxiedRuns.map((r) => ['proxied', r]),
  ]) {
    if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  }

  const addedP50 = added('p50');
  const addedP99 = added('p99');
  const rows = [
    [
      'reference (Hono)',
      `${rpsOf(refRuns)} req/s`,
      `p50 ${refRuns.at(-1).latency.p50} ms`,
      `p99 ${refRuns.at(-1).latency.p99} ms`,
      `CPU ${cpuOf(refRuns).toFixed(0)} µs/req`,
    ],
    [
      'GET /llave/session',
      `${rpsOf(bffRuns)} req/s`,
      `p50 ${session.latency.p50} ms`,
      `p99 ${session.latency.p99} ms`,
      `CPU ${cpuOf(bffRuns).toFixed(0)} µs/req (reference / BFF ${(cpuOf(refRuns) / cpuOf(bffRuns)).toFixed(2)}×)`,
    ],
    [
      'session / reference',
      `${ratio.toFixed(2)}×`,
      '',
      '',
      `budget ≥ ${BUDGET.sessionRatio}× (target ≥ ${BUDGET.sessionRatioTarget}×${ratio >= BUDGET.sessionRatioTarget ? ', met' : ', not met'})`,
      ratio >= BUDGET.sessionRatio,
    ],
    [
      'upstream direct',
      `${Math.round(direct.requests.average)} req/s`,
      `p50 ${direct.latency.p50} ms`,
      `p99 ${direct.latency.p99} ms`,
      '',
    ],
    [
      'through the BFF',
      `${Math.round(proxied.requests.average)} req/s`,
      `p50 ${proxied.latency.p50} ms`,
      `p99 ${proxied.latency.p99} ms`,
      '',
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
  // A row with a verdict is a gate; the others are figures, printed and never gated.
  for (const [name, a, b, c, note, ok] of rows) {
    const verdict = ok === undefined ? '' : ok ? ' OK' : ' OVER BUDGET';
    console.log(
      `${name.padEnd(20)} ${a.padEnd(14)} ${b.padEnd(16)} ${c.padEnd(16)} ${note}${verdict}`,
    );
    if (ok === false) failed = true;
  }
  if (soakMinutes > 0) failed = (await soak(bffPid, { origin, cookie, proxiedOpts })) || failed;
} catch (err) {
  console.error(`bench failed: ${err instanceof Error ? err.message : err}`);
  failed = true;
} finally {
  for (const child of children) child.kill('SIGTERM');
}
process.exit(check && failed ? 1 : 0);
