/**
 * The standalone server: SIGTERM drains the requests in flight (a real child process, a slow
 * upstream), and a request whose promised body never arrives is cut by the server's timeout
 * and is not logged as a failure of the BFF.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBffServer } from '../src/server.js';
import { listen } from './support.js';

const SERVER_TS = fileURLToPath(new URL('../src/server.ts', import.meta.url));

let upstream: Awaited<ReturnType<typeof listen>>;
let arrived = 0;
let onArrival: (() => void) | undefined;
/** Answers the slow Llave API holds until the test lets them go (`answerAll`). */
const held: (() => void)[] = [];
const answerAll = () => {
  for (const answer of held.splice(0)) answer();
};

/** Resolves when nothing listens at `url` any more (a connection is refused), else rejects. */
const refused = (url: string) =>
  new Promise<void>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      reject(new Error('still listening'));
    });
    socket.once('error', () => resolve());
  });

beforeAll(async () => {
  // A slow Llave API: it answers only when the test says, so requests are surely in flight.
  upstream = await listen((req, res) => {
    req.resume();
    arrived++;
    held.push(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, path: req.url }));
    });
    onArrival?.();
  });
});
afterAll(async () => {
  answerAll();
  await upstream.close();
});

function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const script = `import { main } from ${JSON.stringify(SERVER_TS)}; const r = await main(); process.stdout.write('LISTENING ' + r.url + '\\n');`;
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script],
    {
      env: {
        ...process.env,
        PORT: '0',
        LLAVE_PUBLIC_ORIGIN: 'http://localhost:3001',
        LLAVE_ADAPTER: 'llave',
        LLAVE_BASE_URL: upstream.url,
        LLAVE_API_BASE: `${upstream.url}/api`,
        LLAVE_CLIENT_ID: 'drain-test',
        LLAVE_CLIENT_SECRET: 'drain-test-secret-0123456789',
        LOG_LEVEL: 'silent',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const m = /LISTENING (\S+)/.exec(chunk.toString());
      if (m) resolve({ child, url: m[1]! });
    });
  });
}

describe('shutdown', () => {
  it('on SIGTERM answers every request in flight, closes idle keep-alive sockets, and exits 0', async () => {
    const { child, url } = await startChild({ LLAVE_DRAIN_MS: '20000' });
    const exited = new Promise<{ code: number | null; at: number }>((resolve) =>
      child.once('exit', (code) => resolve({ code, at: Date.now() })),
    );
    const before = arrived;
    const allArrived = new Promise<void>((resolve) => {
      onArrival = () => {
        if (arrived - before >= 8) resolve();
      };
    });
    const calls = Array.from({ length: 8 }, (_, i) =>
      fetch(`${url}/llave/api/v1/catalogs/postal-codes/0670${i}`, {
        headers: { 'x-csrf': '1' },
      }).then(async (r) => ({ status: r.status, body: await r.json() })),
    );
    await allArrived;
    const termAt = Date.now();
    child.kill('SIGTERM');
    // The drain has begun once the server stopped listening; only then may the IdP answer,
    // so all eight are still in flight when it starts.
    await vi.waitFor(() => refused(url), { timeout: 10_000, interval: 20 });
    answerAll();
    const answers = await Promise.all(calls);
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    for (const a of answers) expect(a.body.ok).toBe(true);
    const exit = await exited;
    expect(exit.code).toBe(0);
    // It did not sit out the 20 s window: the kept-alive sockets were closed once idle.
    expect(exit.at - termAt).toBeLessThan(10_000);
  }, 40_000);
});

describe('server timeouts', () => {
  it('cuts a request whose promised body never arrives, and does not log it as an error', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line));
        done();
      },
    });
    const running = await startBffServer(
      {
        publicOrigin: 'http://localhost:3001',
        adapter: 'llave',
        llaveBaseUrl: upstream.url,
        apiBase: `${upstream.url}/api`,
        clientId: 'timeout-test',
        clientSecret: 'timeout-test-secret-0123456789',
        logLevel: 'info',
        serverRequestTimeoutMs: 1000,
        serverHeadersTimeoutMs: 1000,
      },
      { logger: pino({ level: 'info' }, sink) },
    );
    try {
      const { port } = new URL(running.url);
      const answer = await new Promise<string>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(
            'POST /llave/api/v1/registrations HTTP/1.1\r\nHost: localhost\r\nX-CSRF: 1\r\n' +
              'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"kind":',
          );
        });
        let got = '';
        socket.on('data', (d) => {
          got += d.toString();
        });
        socket.on('close', () => resolve(got));
      });
      // Cut by the server (408) rather than held open until the client gives up.
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      // A client that hangs up halfway through its body.
      await new Promise<void>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(
            'POST /llave/api/v1/registrations HTTP/1.1\r\nHost: localhost\r\nX-CSRF: 1\r\n' +
              'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"kind":',
            () => setTimeout(() => socket.destroy(), 100),
          );
        });
        socket.on('close', () => resolve());
      });
      // Both requests are over once the server has logged how each ended (an abort, or the
      // error this test is here to catch), instead of a guess at how long that takes.
      const outcomes = () =>
        lines.filter((l) => (l.level as number) >= 50 || l.msg === 'request aborted by the client');
      await vi.waitFor(() => expect(outcomes()).toHaveLength(2), { timeout: 10_000 });
      const errors = lines.filter((l) => (l.level as number) >= 50);
      expect(errors).toEqual([]);
      expect(JSON.stringify(lines)).not.toMatch(/"status":500|internal_error/);
    } finally {
      await running.close();
    }
  }, 20_000);
});
