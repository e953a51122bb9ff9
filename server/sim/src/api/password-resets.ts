/** Password resets (public): start always answers 202 the same way, so nobody learns who has an account. */
import { Hono } from 'hono';
import { validationFailed } from '../errors.js';
import { readJson } from './body.js';
import type { ApiDeps } from './deps.js';

export function passwordResetRoutes(deps: ApiDeps): Hono {
  const app = new Hono();

  app.post('/v1/password-resets', async (c) => {
    const body = await readJson(c);
    return c.json(await deps.passwordResets.start(body.curp, body.contact), 202);
  });

  app.post('/v1/password-resets/:id/check', async (c) => {
    const body = await readJson(c);
    if (typeof body.code !== 'string') {
      throw validationFailed({ code: body.code === undefined ? 'required' : 'invalid_type' });
    }
    return c.json(await deps.passwordResets.check(c.req.param('id'), body.code));
  });

  app.post('/v1/password-resets/:id/resend', async (c) => {
    return c.json(await deps.passwordResets.resend(c.req.param('id')));
  });

  app.put('/v1/password-resets/:id/password', async (c) => {
    const body = await readJson(c);
    const fields: Record<string, string> = {};
    if (typeof body.resetToken !== 'string') fields.resetToken = 'required';
    if (typeof body.password !== 'string') fields.password = 'required';
    if (Object.keys(fields).length) throw validationFailed(fields);
    await deps.passwordResets.complete(
      c.req.param('id'),
      body.resetToken as string,
      body.password as string,
    );
    return c.body(null, 204);
  });

  return app;
}
