import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createSimulator } from './app.js';
import { REDACT_PATHS } from './logger.js';
import { DEMO_CURP, DEMO_EMAIL } from './seed/ids.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = pino(
    { level: 'trace', redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
    stream,
  );
  return { logger, lines };
}

describe('logs', () => {
  it('redact passwords, codes and tokens wherever they appear', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        password: 'p4ss',
        body: { code: '123456', resetToken: 'rt' },
        headers: { authorization: 'Bearer t' },
      },
      'x',
    );
    expect(lines.join('')).not.toMatch(/p4ss|123456|"rt"|Bearer t/);
    expect(lines.join('')).toContain('[redacted]');
  });

  it('never carry a code sent through the outbox, nor a password, during a reset', async () => {
    const { logger, lines } = capture();
    const sim = await createSimulator({}, { logger });
    const res = await sim.app.request('/api/v1/password-resets', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ curp: DEMO_CURP, contact: DEMO_EMAIL }),
    });
    expect(res.status).toBe(202);
    const [message] = await sim.ctx.outbox.list({ to: DEMO_EMAIL });
    await sim.close();
    expect(lines.some((l) => l.includes('dev outbox'))).toBe(true);
    expect(lines.join('')).not.toContain(message!.code!);
  });
});
