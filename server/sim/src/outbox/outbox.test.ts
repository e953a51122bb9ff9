import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, harness } from '../testing/harness.js';

let sim: Harness;
beforeAll(async () => {
  sim = await harness();
  await sim.ctx.outbox.send({
    channel: 'email',
    to: 'a@example.com',
    subject: 'Primero',
    body: 'uno',
    code: '111111',
    purpose: 'verification',
  });
  await sim.ctx.outbox.send({
    channel: 'sms',
    to: '+525511112222',
    subject: 'Llave',
    body: 'dos <b>',
    code: '222222',
    purpose: 'password-reset',
  });
});
afterAll(() => sim.close());

describe('GET /dev/outbox.json', () => {
  it('lists every message newest first, and filters by destination', async () => {
    const all = await (await sim.app.request('/dev/outbox.json')).json();
    expect(all.items.map((m: { code: string }) => m.code)).toEqual(['222222', '111111']);
    // `+` in a query string arrives as a space; the filter still matches the phone.
    const sms = await (await sim.app.request('/dev/outbox.json?to=+52 55 1111 2222')).json();
    expect(sms.items).toHaveLength(1);
    expect(sms.items[0]).toMatchObject({ channel: 'sms', code: '222222' });
  });
});

describe('GET /dev/outbox', () => {
  it('renders an accessible table in Spanish by default, escaping message text', async () => {
    const res = await sim.app.request('/dev/outbox');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<html lang="es-MX">');
    expect(html).toMatch(/<caption>2 mensajes, los más recientes primero<\/caption>/);
    expect(html).toContain('<th scope="col">Código</th>');
    expect(html.indexOf('222222')).toBeLessThan(html.indexOf('111111'));
    expect(html).toContain('dos &lt;b&gt;');
    expect(html).not.toContain('<script');
  });

  it('speaks English on ?lang=en or Accept-Language: en, and auto-refreshes only on request', async () => {
    const en = await (await sim.app.request('/dev/outbox?lang=en')).text();
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('2 messages, newest first');
    expect(en).not.toContain('http-equiv="refresh"');
    const accept = await (
      await sim.app.request('/dev/outbox', { headers: { 'accept-language': 'en-US,en;q=0.9' } })
    ).text();
    expect(accept).toContain('<html lang="en">');
    const refreshing = await (await sim.app.request('/dev/outbox?refresh=5')).text();
    expect(refreshing).toContain('<meta http-equiv="refresh" content="5">');
  });
});
