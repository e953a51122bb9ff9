#!/usr/bin/env node
/**
 * `npm test -- --only=packaging` (or `node packaging/run.mjs [--keep]`): the packages as an
 * agency gets them from npm.
 *
 * 1. `npm pack` core, elements and bff (each `prepack` builds the package and writes the
 *    published manifest: scripts/pack-manifest.mjs).
 * 2. Copies the consumer apps (packaging/consumers/*: plain HTML on the CDN build, React 19 +
 *    Vite, Vue 3 + Vite, Angular 21 with its CLI, TypeScript only, a Node SSR server) to a
 *    temporary folder, points their
 *    `@llave-cdmx/*` dependencies at the tarballs (never at this workspace) and installs them in
 *    one `npm install --prefer-offline` (framework packages come from the npm cache or registry).
 * 3. Builds every consumer (`tsc`/`vue-tsc` type checks included), then starts the simulator
 *    (from this repo), the installed `llave-bff` bin with plain node behind a static server for
 *    the three front-end apps, and the SSR server, all on free loopback ports.
 * 4. Runs packaging/*.test.mjs with Node's test runner: tarball contents, and a sign-in through
 *    each app in Chromium.
 *
 * The temporary folder is removed at the end unless `--keep` is given.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  createReadStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../scripts/stack-process.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'llave-packaging-'));
const tarballs = join(work, 'tarballs');
const apps = join(work, 'apps');
const children = [];
let front;

const step = (label) => console.log(`\n▶ packaging: ${label}`);
function run(label, cmd, args, options = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status})`);
  console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
}

/** `run`, without blocking this process (so two builds can run side by side). */
function runAsync(label, cmd, args, options = {}) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...options });
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`${label} failed (exit ${code})`));
      console.log(`✔ ${label} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
      resolve();
    });
  });
}

/** Starts a process and resolves once a line of its stdout matches `ready`. */
function start(label, cmd, args, { env, cwd, ready }) {
  const child = spawn(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error(`${label} did not start in 60 s`)), 60_000);
    child.stdout.on('data', (chunk) => {
      if (buffer === null) return; // ready: keep draining the pipe
      buffer += chunk;
      if (ready.test(buffer)) {
        buffer = null;
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited with code ${code} before it was ready`));
    });
  });
}

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * The agency's web server for the front-end apps: `/html/`, `/react/`, `/vue/`, `/angular/` from their
 * builds, under a strict CSP (no inline script or style), and `/llave/*` proxied to the BFF.
 */
function frontServer(bffPort) {
  return createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname.startsWith('/llave/')) {
      const upstream = request(
        {
          host: '127.0.0.1',
          port: bffPort,
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    const [, app, ...rest] = normalize(decodeURIComponent(url.pathname)).split('/');
    const dir = ['html', 'react', 'vue', 'angular'].includes(app) ? join(apps, app, 'dist') : null;
    let file = dir ? join(dir, ...rest) : '';
    try {
      if (!dir || !file.startsWith(dir)) throw new Error('not an app');
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'content-security-policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'",
    });
    createReadStream(file).pipe(res);
  });
}

let status = 1;
// Interrupted (Ctrl-C, a CI timeout): stop what this started and remove the folder.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const child of children) child.kill('SIGTERM');
    front?.close();
    if (!keep) rmSync(work, { recursive: true, force: true });
    process.exit(1);
  });
}
try {
  step('pack');
  mkdirSync(tarballs);
  run(
    'npm pack (core, elements, bff)',
    'npm',
    [
      'pack',
      '--silent',
      '-w',
      '@llave-cdmx/core',
      '-w',
      '@llave-cdmx/elements',
      '-w',
      '@llave-cdmx/bff',
      '--pack-destination',
      tarballs,
    ],
    { cwd: root },
  );
  const tgz = Object.fromEntries(
    readdirSync(tarballs).map((f) => [
      f.replace(/^llave-cdmx-(\w+)-.*$/, '@llave-cdmx/$1'),
      join(tarballs, f),
    ]),
  );
  for (const name of ['@llave-cdmx/core', '@llave-cdmx/elements', '@llave-cdmx/bff']) {
    if (!tgz[name]) throw new Error(`npm pack made no tarball for ${name}`);
  }

  step('install the tarballs into the consumer apps');
  cpSync(join(root, 'packaging/consumers'), apps, { recursive: true });
  const names = readdirSync(apps).filter((d) => statSync(join(apps, d)).isDirectory());
  for (const name of names) {
    const file = join(apps, name, 'package.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    for (const deps of [pkg.dependencies, pkg.devDependencies]) {
      for (const dep of Object.keys(deps ?? {})) if (tgz[dep]) deps[dep] = `file:${tgz[dep]}`;
    }
    writeFileSync(file, JSON.stringify(pkg, null, 2));
  }
  // One install for every app (npm workspaces): one resolution, one download of shared
  // packages. `overrides` sends the packages' own dependency on core to its tarball too.
  const overrides = Object.fromEntries(Object.entries(tgz).map(([n, f]) => [n, `file:${f}`]));
  writeFileSync(
    join(apps, 'package.json'),
    JSON.stringify(
      { name: 'llave-consumers', private: true, workspaces: names, overrides },
      null,
      2,
    ),
  );
  run(
    'npm install',
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: apps },
  );

  step('build the consumer apps');
  // Two at a time (two cores); the type checks are most of it.
  const queue = [...names];
  await Promise.all(
    [0, 1].map(async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        await runAsync(`build ${name}`, 'npm', ['run', 'build', '--silent'], {
          cwd: join(apps, name),
        });
      }
    }),
  );

  step('start simulator, BFF (installed bin) and servers');
  const [simPort, bffPort, frontPort, ssrPort] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  const simUrl = `http://localhost:${simPort}`;
  const frontUrl = `http://localhost:${frontPort}`;
  const ssrUrl = `http://localhost:${ssrPort}`;
  const client = (id, origin) => ({
    clientId: id,
    clientSecret: `${id}-secret`,
    redirectUris: [`${origin}/llave/callback`],
    postLogoutRedirectUris: [`${origin}/`],
    name: `Packaging (${id})`,
  });
  await start(
    'simulator',
    process.execPath,
    ['--conditions=source', '--import', 'tsx', 'server/sim/bin/llave-sim.mjs'],
    {
      cwd: root,
      env: {
        SIM_PORT: String(simPort),
        SIM_HOST: '127.0.0.1',
        SIM_PUBLIC_URL: simUrl,
        SIM_DATA_DIR: '',
        SIM_CLIENTS: JSON.stringify([client('front', frontUrl), client('ssr', ssrUrl)]),
      },
      ready: /listening on/,
    },
  );
  const bffEnv = (id, origin) => ({
    LLAVE_PUBLIC_ORIGIN: origin,
    LLAVE_IDP_URL: simUrl,
    LLAVE_CLIENT_ID: id,
    LLAVE_CLIENT_SECRET: `${id}-secret`,
    LOG_LEVEL: 'warn',
  });
  // The bin as npm installs it, run with plain node: no tsx, no --conditions.
  await start(
    'llave-bff',
    process.execPath,
    [join(apps, 'node_modules/@llave-cdmx/bff/bin/llave-bff.mjs')],
    {
      cwd: apps,
      env: { ...bffEnv('front', frontUrl), PORT: String(bffPort), NODE_OPTIONS: '' },
      ready: /llave-bff listening on/,
    },
  );
  await start('SSR server', process.execPath, ['server.mjs'], {
    cwd: join(apps, 'ssr'),
    env: { ...bffEnv('ssr', ssrUrl), PORT: String(ssrPort), NODE_OPTIONS: '' },
    ready: /SSR_READY/,
  });
  front = frontServer(bffPort);
  await new Promise((resolve) => front.listen(frontPort, '127.0.0.1', resolve));

  step('tests');
  status = await new Promise((resolve) => {
    const tests = readdirSync(join(root, 'packaging'))
      .filter((f) => f.endsWith('.test.mjs'))
      .map((f) => join('packaging', f));
    const t = spawn(process.execPath, ['--test', '--test-concurrency=1', ...tests], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        PACKAGING_TARBALLS: JSON.stringify(tgz),
        PACKAGING_APPS: apps,
        PACKAGING_FRONT_URL: frontUrl,
        PACKAGING_SSR_URL: ssrUrl,
        PACKAGING_SIM_URL: simUrl,
      },
    });
    t.once('exit', (code) => resolve(code ?? 1));
  });
} catch (error) {
  console.error(`✘ packaging: ${error.message}`);
} finally {
  front?.close();
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
          child.once('exit', () => {
            clearTimeout(force);
            resolve();
          });
        }),
    ),
  );
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
process.exit(status);
