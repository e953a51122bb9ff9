/**
 * Contact verifications. Start needs a session (your own contact); check, resend and correct
 * work with the verification id, a 128-bit capability the registration answer handed out.
 */
import type { Channel } from '@llave-cdmx/core';
import { Hono } from 'hono';
import { notFound, validationFailed } from '../errors.js';
import { requireCitizen } from './auth.js';
import { readJson } from './body.js';
import type { ApiDeps, AuthEnv } from './deps.js';

const CHANNELS: readonly unknown[] = ['email', 'sms'] satisfies Channel[];

export function verificationRoutes(deps: ApiDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();

  app.post('/v1/verifications', requireCitizen(deps), async (c) => {
    const body = await readJson(c);
    if (!CHANNELS.includes(body.channel)) {
      throw validationFailed({ channel: body.channel === undefined ? 'required' : 'invalid' });
    }
    const verification = await deps.verifications.start(
      c.get('accountId'),
      body.channel as Channel,
    );
    return c.json(verification, 201);
  });

  app.get('/v1/verifications/:id', async (c) => {
    const verification = await deps.verifications.get(c.req.param('id'));
    if (!verification) throw notFound('La verificación no existe o ya venció.');
    return c.json(verification);
  });

  app.post('/v1/verifications/:id/check', async (c) => {
    const body = await readJson(c);
    if (typeof body.code !== 'string') {
      throw validationFailed({ code: body.code === undefined ? 'required' : 'invalid_type' });
    }
    return c.json(await deps.verifications.check(c.req.param('id'), body.code));
  });

  app.post('/v1/verifications/:id/resend', async (c) => {
    return c.json(await deps.verifications.resend(c.req.param('id')));
  });

  app.put('/v1/verifications/:id/destination', async (c) => {
    const body = await readJson(c);
    if (typeof body.destination !== 'string') {
      throw validationFailed({
        destination: body.destination === undefined ? 'required' : 'invalid_type',
      });
    }
    return c.json(await deps.verifications.correctDestination(c.req.param('id'), body.destination));
  });

  return app;
}
