/** The hosted pages, shared by the Llave and OpenID Connect flows, and their stylesheet. */
import { Hono } from 'hono';
import { SCRIPT, SCRIPT_PATH, STYLESHEET, STYLESHEET_PATH } from '../pages/index.js';
import { loginRoutes } from './login.js';
import { resetRoutes } from './reset.js';
import type { HostedDeps } from './shared.js';
import { stepUpRoutes } from './step-up.js';

export type { HostedDeps, SignInCompleter } from './shared.js';

export function hostedApp(deps: HostedDeps): Hono {
  const app = new Hono();
  app.get(STYLESHEET_PATH, (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(STYLESHEET);
  });
  app.get(SCRIPT_PATH, (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=3600');
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(SCRIPT);
  });
  loginRoutes(app, deps);
  stepUpRoutes(app, deps);
  resetRoutes(app, deps);
  return app;
}
