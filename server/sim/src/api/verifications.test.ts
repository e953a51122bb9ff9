import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BASIC_EMAIL, SEED_IDS } from '../seed/ids.js';
import { type Harness, harness, registration } from '../testing/harness.js';

let sim: Harness;
beforeEach(async () => {
  sim = await harness({ resendCooldownSeconds: 30, maxCodeAttempts: 3, codeTtlSeconds: 600 });
});
afterEach(async () => {
  vi.useRealTimers();
  await sim.close();
});

async function register() {
  const res = await sim.call('POST', '/v1/registrations', registration());
  const body = await res.json();
  return { accountId: body.accountId as string, id: body.verification.id as string };
}

const check = (id: string, code: string) =>
  sim.call('POST', `/v1/verifications/${id}/check`, { code });

describe('verifying a contact', () => {
  it('verifies the email with the code sent and raises the account to verificada', async () => {
    const { accountId, id } = await register();
    const res = await check(id, await sim.lastCode('maria.lopez@example.com'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ verified: true, channel: 'email', level: 'verificada' });
    const account = await sim.ctx.accounts.get(accountId);
    expect(account).toMatchObject({ level: 'verificada', contact: { emailVerified: true } });
    const status = await sim.call('GET', `/v1/verifications/${id}`);
    expect((await status.json()).status).toBe('verified');
  });

  it('accepts a code only once', async () => {
    const { id } = await register();
    const code = await sim.lastCode('maria.lopez@example.com');
    await check(id, code);
    const again = await check(id, code);
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('code_used');
  });

  it('counts wrong codes and locks with 429 too_many_attempts', async () => {
    const { id } = await register();
    const code = await sim.lastCode('maria.lopez@example.com');
    const wrong = code === '000000' ? '111111' : '000000';
    const first = await check(id, wrong);
    expect(first.status).toBe(422);
    expect((await first.json()).error.code).toBe('code_invalid');
    await check(id, wrong);
    const third = await check(id, wrong);
    expect(third.status).toBe(429);
    expect((await third.json()).error).toMatchObject({ code: 'too_many_attempts' });
    // Even the right code no longer works once locked.
    const right = await check(id, code);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses an expired code with code_expired', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T12:00:00Z'), toFake: ['Date'] });
    const { id } = await register();
    const code = await sim.lastCode('maria.lopez@example.com');
    vi.setSystemTime(new Date('2026-03-01T12:10:01Z'));
    const res = await check(id, code);
    expect(res.status).toBe(410);
    expect((await res.json()).error.code).toBe('code_expired');
  });

  it('makes a resend wait for the cooldown, then only the newest code works', async () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T12:00:00Z'), toFake: ['Date'] });
    const { id } = await register();
    const oldCode = await sim.lastCode('maria.lopez@example.com');
    const early = await sim.call('POST', `/v1/verifications/${id}/resend`);
    expect(early.status).toBe(429);
    expect((await early.json()).error).toMatchObject({ code: 'resend_too_soon', retryAfter: 30 });

    vi.setSystemTime(new Date('2026-03-01T12:00:31Z'));
    const resent = await sim.call('POST', `/v1/verifications/${id}/resend`);
    expect(resent.status).toBe(200);
    const newCode = await sim.lastCode('maria.lopez@example.com');
    if (newCode !== oldCode) {
      const stale = await check(id, oldCode);
      expect(stale.status).toBe(422);
      expect((await stale.json()).error.message).toMatch(/más reciente/);
    }
    expect((await check(id, newCode)).status).toBe(200);
  });

  it('corrects a mistyped email before verification and sends the code there', async () => {
    const { accountId, id } = await register();
    const res = await sim.call('PUT', `/v1/verifications/${id}/destination`, {
      destination: 'Maria.Lopez@Example.org',
    });
    expect(res.status).toBe(200);
    expect((await res.json()).destinationMasked).toBe('m***@example.org');
    expect((await sim.ctx.accounts.get(accountId))?.contact.email).toBe('maria.lopez@example.org');
    expect((await check(id, await sim.lastCode('maria.lopez@example.org'))).status).toBe(200);
  });

  it('refuses a correction to an email someone else registered', async () => {
    const { id } = await register();
    const res = await sim.call('PUT', `/v1/verifications/${id}/destination`, {
      destination: BASIC_EMAIL,
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('email_registered');
  });

  it('starts a verification for a signed-in citizen, SMS included', async () => {
    const auth = await sim.tokenFor(SEED_IDS.demo);
    const res = await sim.call('POST', '/v1/verifications', { channel: 'sms' }, auth);
    expect(res.status).toBe(201);
    expect((await res.json()).destinationMasked).toBe('******5678');
    expect(await sim.lastCode('+525512345678')).toMatch(/^\d{6}$/);
  });

  it('needs a session to start a verification', async () => {
    const res = await sim.call('POST', '/v1/verifications', { channel: 'email' });
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthorized');
  });

  it('answers 422 for SMS when the account has no mobile, and for unknown channels', async () => {
    const auth = await sim.tokenFor(SEED_IDS.basic);
    const sms = await sim.call('POST', '/v1/verifications', { channel: 'sms' }, auth);
    expect(sms.status).toBe(422);
    const fax = await sim.call('POST', '/v1/verifications', { channel: 'fax' }, auth);
    expect((await fax.json()).error.fields).toEqual({ channel: 'invalid' });
  });

  it('answers 404 for unknown ids and 422 for malformed codes', async () => {
    expect((await check('no-such-id', '123456')).status).toBe(404);
    const { id } = await register();
    for (const code of ['12345', 'abcdef', '1234567']) {
      const res = await check(id, code);
      expect(res.status, code).toBe(422);
      expect((await res.json()).error.fields).toEqual({ code: 'code_format' });
    }
    const typed = await sim.call('POST', `/v1/verifications/${id}/check`, { code: 123456 });
    expect((await typed.json()).error.fields).toEqual({ code: 'invalid_type' });
  });

  it('stores codes only as hashes', async () => {
    await register();
    const code = await sim.lastCode('maria.lopez@example.com');
    const kv = await sim.ctx.kv.findBy<Record<string, unknown>>('verification', 'channel', 'email');
    expect(JSON.stringify(kv)).not.toContain(code);
  });
});
