import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CURP, DEMO_EMAIL, DEMO_PASSWORD } from '../seed/ids.js';
import { type Harness, harness } from '../testing/harness.js';

let sim: Harness;
beforeEach(async () => {
  sim = await harness({ resendCooldownSeconds: 0 });
});
afterEach(() => sim.close());

const start = (curp: string, contact: string) =>
  sim.call('POST', '/v1/password-resets', { curp, contact });

describe('password resets', () => {
  it('resets the password with the emailed code and the reset token', async () => {
    const started = await start(DEMO_CURP, DEMO_EMAIL);
    expect(started.status).toBe(202);
    const { resetId, destinationMasked } = await started.json();
    expect(destinationMasked).toBe('d***@example.com');
    const checked = await sim.call('POST', `/v1/password-resets/${resetId}/check`, {
      code: await sim.lastCode(DEMO_EMAIL),
    });
    expect(checked.status).toBe(200);
    const { resetToken } = await checked.json();
    const done = await sim.call('PUT', `/v1/password-resets/${resetId}/password`, {
      resetToken,
      password: 'mi nueva contraseña',
    });
    expect(done.status).toBe(204);
    const account = await sim.ctx.accounts.findByLogin(DEMO_CURP);
    expect(await sim.ctx.accounts.checkPassword(account!, 'mi nueva contraseña')).toBe(true);
    expect(await sim.ctx.accounts.checkPassword(account!, DEMO_PASSWORD)).toBe(false);
    const again = await sim.call('PUT', `/v1/password-resets/${resetId}/password`, {
      resetToken,
      password: 'otra contraseña más',
    });
    expect(again.status).toBe(409);
  });

  it('answers the same way for data that matches no account, and sends nothing', async () => {
    const known = await (await start(DEMO_CURP, DEMO_EMAIL)).json();
    const unknown = await start(DEMO_CURP, 'otra.persona@example.com');
    expect(unknown.status).toBe(202);
    const body = await unknown.json();
    expect(Object.keys(body).sort()).toEqual(Object.keys(known).sort());
    expect(await sim.ctx.outbox.list({ to: 'otra.persona@example.com' })).toEqual([]);
    // No code can succeed on it.
    const res = await sim.call('POST', `/v1/password-resets/${body.resetId}/check`, {
      code: '123456',
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('code_invalid');
  });

  it('sends the code by SMS when the contact is the registered mobile', async () => {
    const res = await start(DEMO_CURP, '55-1234-5678');
    expect((await res.json()).channel).toBe('sms');
    expect(await sim.lastCode('+525512345678')).toMatch(/^\d{6}$/);
  });

  it('resends a new code and refuses a wrong reset token', async () => {
    const { resetId } = await (await start(DEMO_CURP, DEMO_EMAIL)).json();
    const resent = await sim.call('POST', `/v1/password-resets/${resetId}/resend`);
    expect(resent.status).toBe(200);
    expect((await sim.ctx.outbox.list({ to: DEMO_EMAIL })).length).toBe(2);
    await sim.call('POST', `/v1/password-resets/${resetId}/check`, {
      code: await sim.lastCode(DEMO_EMAIL),
    });
    const res = await sim.call('PUT', `/v1/password-resets/${resetId}/password`, {
      resetToken: 'not-the-token',
      password: 'mi nueva contraseña',
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error.code).toBe('code_invalid');
  });

  it('refuses a too-short new password without using up the reset', async () => {
    const { resetId } = await (await start(DEMO_CURP, DEMO_EMAIL)).json();
    const { resetToken } = await (
      await sim.call('POST', `/v1/password-resets/${resetId}/check`, {
        code: await sim.lastCode(DEMO_EMAIL),
      })
    ).json();
    const short = await sim.call('PUT', `/v1/password-resets/${resetId}/password`, {
      resetToken,
      password: 'corta',
    });
    expect(short.status).toBe(422);
    expect((await short.json()).error.fields).toEqual({ password: 'password_too_short' });
    const ok = await sim.call('PUT', `/v1/password-resets/${resetId}/password`, {
      resetToken,
      password: 'ahora sí es larga',
    });
    expect(ok.status).toBe(204);
  });

  it('answers 422 for malformed CURP or contact and 404 for unknown resets', async () => {
    const res = await start('nope', 'x');
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields).toEqual({
      curp: 'curp_length',
      contact: 'phone_chars',
    });
    const unknown = await sim.call('POST', '/v1/password-resets/unknown/check', { code: '123456' });
    expect(unknown.status).toBe(404);
  });
});
